#include "app/reader/people_panel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dais::reader {

PeoplePanel::PeoplePanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(tr("Open an article to see the people it names."), this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(12);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("peopleTree"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Name"), tr("Roles"), tr("Attendance")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    // Names in full; roles and modes share the rest and elide (their tooltips are whole).
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_tree->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_empty);
    layout->addWidget(m_tree, 1);
    m_tree->hide();
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        emit personPicked(item ? item->data(0, Qt::UserRole).toInt() : -1);
    });
    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { emit personActivated(item->text(0)); });
    m_tree->setToolTip(tr("Double-click a person to see their record across the library"));
}

void PeoplePanel::showPeople(const std::vector<PersonRow>& rows) {
    const QSignalBlocker quiet(m_tree);
    m_tree->clear();
    for (const auto& row : rows) {
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(0, row.name);
        item->setText(1, row.roles.join(tr("; ", "between roles")));
        item->setText(2, row.modes.join(tr(", ", "list separator")));
        item->setData(0, Qt::UserRole, row.person);
        item->setToolTip(1, item->text(1));
        item->setToolTip(2, item->text(2));
    }
    m_empty->setText(rows.empty() ? tr("No people were found in this article.") : QString());
    m_empty->setVisible(rows.empty());
    m_tree->setVisible(!rows.empty());
}

void PeoplePanel::clear() {
    showPeople({});
    m_empty->setText(tr("Open an article to see the people it names."));
}

} // namespace dais::reader
