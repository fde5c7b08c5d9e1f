#include "app/reader/attendance_panel.h"

#include "app/reader/qt_text.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dais::reader {
namespace {

constexpr int kSpanStart = Qt::UserRole, kSpanEnd = Qt::UserRole + 1;

void setSpan(QTreeWidgetItem* item, text::Span span) {
    item->setData(0, kSpanStart, QVariant::fromValue<qulonglong>(span.start));
    item->setData(0, kSpanEnd, QVariant::fromValue<qulonglong>(span.end));
}

} // namespace

AttendancePanel::AttendancePanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_empty =
        new QLabel(tr("Open an article to see who presided, attended and sat on the dais."), this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(12);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("attendanceTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Mode or person"), tr("Position")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setUniformRowHeights(true);
    layout->addWidget(m_empty);
    layout->addWidget(m_tree, 1);
    m_tree->hide();
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (!item) return;
        const QVariant start = item->data(0, kSpanStart);
        if (!start.isValid()) return;
        emit passagePicked({static_cast<std::size_t>(start.toULongLong()),
                            static_cast<std::size_t>(item->data(0, kSpanEnd).toULongLong())});
    });
}

void AttendancePanel::showAttendance(const extract::ArticleExtraction& article) {
    const QSignalBlocker quiet(m_tree);
    m_tree->clear();
    for (const auto& act : article.attendance) {
        auto* list = new QTreeWidgetItem(m_tree);
        list->setText(0, tr("%1 (%n people)", nullptr, static_cast<int>(act.people.size()))
                             .arg(toQString(act.mode)));
        QFont bold = list->font(0);
        bold.setBold(true);
        list->setFont(0, bold);
        setSpan(list, act.span);
        for (std::size_t i = 0; i < act.people.size(); ++i) {
            auto* person = new QTreeWidgetItem(list);
            person->setText(0, toQString(act.people[i]));
            person->setText(1, QString::number(i + 1));
            person->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            setSpan(person, act.span);
        }
    }
    if (!article.counts.empty()) {
        auto* counts = new QTreeWidgetItem(m_tree);
        counts->setText(0, tr("Meeting counts"));
        QFont bold = counts->font(0);
        bold.setBold(true);
        counts->setFont(0, bold);
        for (const auto& count : article.counts) {
            auto* item = new QTreeWidgetItem(counts);
            item->setText(0, (count.expected ? tr("Expected to attend: %1") : tr("Present: %1"))
                                 .arg(toQString(count.text)));
            item->setText(1, QString::number(count.value));
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            setSpan(item, count.span);
        }
    }
    m_tree->expandAll();
    const bool empty = m_tree->topLevelItemCount() == 0;
    if (empty) m_empty->setText(tr("No attendance lists or meeting counts in this article."));
    m_empty->setVisible(empty);
    m_tree->setVisible(!empty);
}

void AttendancePanel::clear() {
    const QSignalBlocker quiet(m_tree);
    m_tree->clear();
    m_empty->setText(tr("Open an article to see who presided, attended and sat on the dais."));
    m_empty->setVisible(true);
    m_tree->setVisible(false);
}

} // namespace dais::reader
