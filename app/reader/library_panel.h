#pragma once
// The left panel: a filter box, a sort choice and every article of the library.

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace dais::reader {

class LibraryModel;

class LibraryPanel : public QWidget {
    Q_OBJECT

  public:
    explicit LibraryPanel(LibraryModel* model, QWidget* parent = nullptr);

    /// Rows shown after filtering.
    int visibleCount() const;
    /// Selects the shown row `row` (after filtering and sorting); returns false when absent.
    bool selectVisibleRow(int row);
    /// Selects the article with library id `id` (when the filter shows it).
    bool selectArticle(qint64 id);
    /// The library id of the selected article; 0 when none.
    qint64 currentArticle() const;
    void selectNext(int step);
    void setFilterText(const QString& text);
    void focusFilter();
    void focusList();
    QTreeView* view() const { return m_view; }

  signals:
    /// `id` is the article's library id.
    void articleSelected(qint64 id);

  private:
    void applySort(int choice);

    LibraryModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QComboBox* m_sort;
    QTreeView* m_view;
};

} // namespace dais::reader
