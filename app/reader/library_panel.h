#pragma once
// The left panel: a filter box, a sort choice and the list of articles opened this session.

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
    void selectNext(int step);
    void setFilterText(const QString& text);
    void focusFilter();
    void focusList();
    QTreeView* view() const { return m_view; }

  signals:
    /// `row` is a row of the LibraryModel.
    void articleSelected(int row);

  private:
    void applySort(int choice);

    LibraryModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QComboBox* m_sort;
    QTreeView* m_view;
};

} // namespace dais::reader
