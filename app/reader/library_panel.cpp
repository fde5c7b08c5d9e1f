#include "app/reader/library_panel.h"

#include "app/reader/library_model.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace dais::reader {

LibraryPanel::LibraryPanel(LibraryModel* model, QWidget* parent) : QWidget(parent), m_model(model) {
    setObjectName(QStringLiteral("libraryPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    auto* heading = new QLabel(tr("Library"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("libraryFilter"));
    m_filter->setPlaceholderText(tr("Filter by title, date or source"));
    m_filter->setClearButtonEnabled(true);
    m_sort = new QComboBox(this);
    m_sort->setObjectName(QStringLiteral("librarySort"));
    m_sort->addItems({tr("In the order imported"), tr("By title"), tr("By date"), tr("By source")});
    m_sort->setToolTip(tr("Sort the library"));

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(LibraryModel::SortRole);
    m_proxy->setSortLocaleAware(true);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("libraryView"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(LibraryModel::Title, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(LibraryModel::Date, QHeaderView::ResizeToContents);
    // The title matters most; the source file name is elided (its tooltip has the path).
    m_view->header()->setSectionResizeMode(LibraryModel::Source, QHeaderView::Interactive);
    m_view->header()->resizeSection(LibraryModel::Source, 72);
    m_view->header()->setSectionResizeMode(LibraryModel::Annotations, QHeaderView::ResizeToContents);
    m_view->header()->setSortIndicatorShown(false);

    layout->addWidget(heading);
    layout->addWidget(m_filter);
    layout->addWidget(m_sort);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_sort, &QComboBox::currentIndexChanged, this, &LibraryPanel::applySort);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid()) emit articleSelected(current.data(LibraryModel::IdRole).toLongLong());
            });
    // The filter's Down key moves into the list, so the keyboard alone finds an article.
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (visibleCount() > 0 && !m_view->currentIndex().isValid()) selectVisibleRow(0);
        m_view->setFocus();
    });
}

void LibraryPanel::applySort(int choice) {
    switch (choice) {
    case 1:
        m_proxy->sort(LibraryModel::Title, Qt::AscendingOrder);
        break;
    case 2:
        m_proxy->sort(LibraryModel::Date, Qt::AscendingOrder);
        break;
    case 3:
        m_proxy->sort(LibraryModel::Source, Qt::AscendingOrder);
        break;
    default:
        m_proxy->sort(-1);
        break; // the source model's order: the order opened
    }
}

int LibraryPanel::visibleCount() const {
    return m_proxy->rowCount();
}

bool LibraryPanel::selectVisibleRow(int row) {
    const QModelIndex index = m_proxy->index(row, 0);
    if (!index.isValid()) return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

bool LibraryPanel::selectArticle(qint64 id) {
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        if (m_proxy->index(row, 0).data(LibraryModel::IdRole).toLongLong() == id)
            return selectVisibleRow(row);
    return false;
}

qint64 LibraryPanel::currentArticle() const {
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(LibraryModel::IdRole).toLongLong() : 0;
}

void LibraryPanel::selectNext(int step) {
    const int count = visibleCount();
    if (count == 0) return;
    const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    selectVisibleRow(std::clamp(current + step, 0, count - 1));
}

void LibraryPanel::setFilterText(const QString& text) {
    m_filter->setText(text);
}

void LibraryPanel::focusFilter() {
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void LibraryPanel::focusList() {
    m_view->setFocus(Qt::ShortcutFocusReason);
}

} // namespace dais::reader
