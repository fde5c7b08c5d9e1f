#include "app/reader/message_area.h"

#include "app/reader/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace dais::reader {

MessageArea::MessageArea(QWidget* parent) : QFrame(parent) {
    setObjectName(QStringLiteral("messageArea"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* close = new QToolButton(this);
    close->setText(tr("Dismiss"));
    close->setAutoRaise(true);
    layout->addWidget(m_text, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    connect(close, &QToolButton::clicked, this, &MessageArea::dismiss);
    hide();
}

void MessageArea::post(Level level, const QString& text) {
    if (m_messages.isEmpty() || level > m_worst) m_worst = level;
    m_messages << text;
    refresh();
    show();
}

void MessageArea::dismiss() {
    m_messages.clear();
    m_worst = Level::Info;
    hide();
}

void MessageArea::refresh() {
    // The last few messages; older ones scroll away rather than grow the strip without end.
    const QStringList recent = m_messages.mid(std::max<qsizetype>(0, m_messages.size() - 4));
    QString html;
    if (m_messages.size() > recent.size())
        html += tr("(%1 earlier messages)").arg(m_messages.size() - recent.size()) +
                QStringLiteral("<br>");
    QStringList escaped;
    for (const QString& m : recent)
        escaped << m.toHtmlEscaped();
    html += escaped.join(QStringLiteral("<br>"));
    m_text->setText(html);

    const bool dark = Theme::isDark();
    QColor bg;
    switch (m_worst) {
    case Level::Error:
        bg = dark ? QColor(0x5a, 0x22, 0x22) : QColor(0xfd, 0xe2, 0xe1);
        break;
    case Level::Warning:
        bg = dark ? QColor(0x55, 0x45, 0x10) : QColor(0xff, 0xf3, 0xcd);
        break;
    case Level::Info:
        bg = dark ? QColor(0x1e, 0x3a, 0x5a) : QColor(0xe3, 0xef, 0xfc);
        break;
    }
    QPalette p = palette();
    p.setColor(QPalette::Window, bg);
    setPalette(p);
}

} // namespace dais::reader
