#include "app/reader/find_bar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace dais::reader {

FindBar::FindBar(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("findBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    auto* label = new QLabel(tr("Find:"), this);
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("findQuery"));
    m_query->setPlaceholderText(tr("Text in this article"));
    m_query->setClearButtonEnabled(true);
    label->setBuddy(m_query);
    m_previous = new QToolButton(this);
    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("Previous match (Shift+Enter)"));
    m_next = new QToolButton(this);
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Next match (Enter)"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("findCount"));
    m_count->setMinimumWidth(
        m_count->fontMetrics().horizontalAdvance(QStringLiteral("0000 / 0000")));
    auto* close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close (Esc)"));
    close->setAutoRaise(true);
    layout->addWidget(label);
    layout->addWidget(m_query, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_count);
    layout->addWidget(close);

    connect(m_query, &QLineEdit::textChanged, this, &FindBar::queryChanged);
    connect(m_query, &QLineEdit::returnPressed, this, &FindBar::nextRequested);
    connect(m_next, &QToolButton::clicked, this, &FindBar::nextRequested);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::previousRequested);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        emit closed();
    });
    showCount(-1, 0);
}

void FindBar::activate() {
    show();
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

QString FindBar::query() const {
    return m_query->text();
}

void FindBar::showCount(int current, int count) {
    if (m_query->text().isEmpty())
        m_count->clear();
    else if (count == 0)
        m_count->setText(tr("No matches"));
    else
        m_count->setText(tr("%1 / %2", "match number / match count").arg(current + 1).arg(count));
    m_previous->setEnabled(count > 1);
    m_next->setEnabled(count > 1);
}

QString FindBar::countText() const {
    return m_count->text();
}

void FindBar::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Escape) {
        hide();
        emit closed();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers() & Qt::ShiftModifier) {
        emit previousRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace dais::reader
