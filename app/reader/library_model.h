#pragma once
// The articles opened in this session, as a table: title, date, source file. Articles arrive
// a file at a time (one insertion per batch) and stay for the session.

#include "app/reader/loaded_article.h"

#include <QAbstractTableModel>

#include <vector>

namespace dais::reader {

class LibraryModel : public QAbstractTableModel {
    Q_OBJECT

  public:
    enum Column { Title, Date, Source, ColumnCount };
    /// Sort key of a column (rows are kept in the order opened).
    static constexpr int SortRole = Qt::UserRole;

    explicit LibraryModel(QObject* parent = nullptr);

    void addArticles(std::vector<LoadedArticle> articles);
    const LoadedArticle& article(int row) const { return m_articles.at(row); }
    bool containsFile(const QString& path) const;
    /// The files of the articles, once each, in the order opened.
    QStringList files() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// What the library shows as an article's title and date.
    static QString titleOf(const LoadedArticle& article);
    static QString dateOf(const LoadedArticle& article);

  private:
    std::vector<LoadedArticle> m_articles;
};

} // namespace dais::reader
