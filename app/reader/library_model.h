#pragma once
// Every article of the library, as a table: title, date, source and the number of the user's
// annotations. The window reloads it from the store in one batch after imports and edits.

#include "store/article_repository.h"

#include <QAbstractTableModel>

#include <vector>

namespace dais::reader {

class LibraryModel : public QAbstractTableModel {
    Q_OBJECT

  public:
    enum Column { Title, Date, Source, Annotations, ColumnCount };
    /// Sort key of a column (rows are kept in import order).
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit LibraryModel(QObject* parent = nullptr);

    /// Replaces the rows (one reset: the library is reloaded as a whole).
    void setArticles(std::vector<store::ArticleSummary> articles);
    const store::ArticleSummary& summary(int row) const { return m_articles.at(row); }
    qint64 articleId(int row) const { return m_articles.at(row).id; }
    /// The row of article `id`, -1 when absent.
    int rowOf(qint64 id) const;
    /// Updates the annotation count shown for article `id`.
    void setAnnotationCount(qint64 id, int count);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString titleOf(const store::ArticleSummary& article);

  private:
    std::vector<store::ArticleSummary> m_articles;
};

} // namespace dais::reader
