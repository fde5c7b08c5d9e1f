#include "app/reader/person_view.h"

#include "app/reader/qt_text.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dais::reader {
namespace {

constexpr int kIdRole = Qt::UserRole;

QTableWidget* makeTable(QWidget* parent, const QString& name, const QStringList& headers) {
    auto* t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setColumnCount(static_cast<int>(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->horizontalHeader()->setHighlightSections(false);
    return t;
}

QTableWidgetItem* cell(const QString& text, const QVariant& sortKey = {}) {
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    if (sortKey.isValid()) item->setData(Qt::DisplayRole, sortKey);
    return item;
}

} // namespace

PersonView::PersonView(QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("personView"));
    setModal(false);
    resize(820, 560);
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_heading->setFont(big);
    m_record = makeTable(this, QStringLiteral("personRecord"),
                         {tr("Date"), tr("Article"), tr("Attendance"), tr("Place"), tr("Roles")});
    m_record->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_record->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_record->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_company = makeTable(this, QStringLiteral("personCompany"), {tr("Seen with"), tr("Shared lists")});
    m_company->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_company->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto* recordBox = new QWidget(this);
    auto* recordLayout = new QVBoxLayout(recordBox);
    recordLayout->setContentsMargins(0, 0, 0, 0);
    recordLayout->addWidget(new QLabel(tr("Appearances (double-click to open the article):"), recordBox));
    recordLayout->addWidget(m_record);
    auto* companyBox = new QWidget(this);
    auto* companyLayout = new QVBoxLayout(companyBox);
    companyLayout->setContentsMargins(0, 0, 0, 0);
    companyLayout->addWidget(new QLabel(tr("Most often in the same lists:"), companyBox));
    companyLayout->addWidget(m_company);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(recordBox);
    split->addWidget(companyBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(m_heading);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_record, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* item) {
        emit articleRequested(m_record->item(item->row(), 0)->data(kIdRole).toLongLong(), m_name);
    });
    connect(m_company, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* item) {
        emit personRequested(m_company->item(item->row(), 0)->text());
    });
}

void PersonView::showPerson(const QString& name, const std::vector<store::PersonAppearance>& record,
                            const std::vector<store::CoAttendee>& company) {
    m_name = name;
    setWindowTitle(tr("%1 — Dais").arg(name));
    m_heading->setText(tr("%1: %n appearance(s) in the library", nullptr, static_cast<int>(record.size())).arg(name));
    m_record->setSortingEnabled(false);
    m_record->setRowCount(static_cast<int>(record.size()));
    for (int r = 0; r < static_cast<int>(record.size()); ++r) {
        const auto& a = record[static_cast<std::size_t>(r)];
        auto* date = cell(fromUtf8(a.referenceDate));
        date->setData(kIdRole, QVariant::fromValue<qint64>(a.articleId));
        m_record->setItem(r, 0, date);
        m_record->setItem(r, 1, cell(a.title.empty() ? tr("(untitled)") : fromUtf8(a.title)));
        m_record->setItem(r, 2, cell(a.mode.empty() ? tr("named") : fromUtf8(a.mode)));
        m_record->setItem(r, 3, cell(a.position > 0 ? tr("%1 of %2").arg(a.position).arg(a.listLength) : QString()));
        QStringList roles;
        for (const auto& role : a.roles) roles << fromUtf8(role);
        m_record->setItem(r, 4, cell(roles.join(tr("; ", "between roles"))));
    }
    m_record->setSortingEnabled(true);
    m_company->setSortingEnabled(false);
    m_company->setRowCount(static_cast<int>(company.size()));
    for (int r = 0; r < static_cast<int>(company.size()); ++r) {
        const auto& c = company[static_cast<std::size_t>(r)];
        m_company->setItem(r, 0, cell(fromUtf8(c.name)));
        m_company->setItem(r, 1, cell(QString(), c.lists));
    }
    m_company->setSortingEnabled(true);
    m_company->sortItems(1, Qt::DescendingOrder);
}

} // namespace dais::reader
