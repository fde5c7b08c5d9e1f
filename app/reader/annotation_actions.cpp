#include "app/reader/annotation_actions.h"

#include "app/reader/qt_text.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QWidget>

namespace dais::reader {

AnnotationActions::AnnotationActions(QWidget* shortcutScope)
    : QObject(shortcutScope), m_scope(shortcutScope) {
    m_note = new QAction(tr("Add &note…"), this);
    m_note->setObjectName(QStringLiteral("addNote"));
    m_note->setShortcut(QKeySequence(Qt::Key_N));
    m_note->setShortcutContext(Qt::WidgetShortcut);
    m_copy = new QAction(tr("&Copy with source"), this);
    m_copy->setObjectName(QStringLiteral("copyWithSource"));
    m_copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copy->setShortcutContext(Qt::WidgetShortcut);
    m_editNote = new QAction(tr("Edit &note…"), this);
    m_editTags = new QAction(tr("Edit &tags…"), this);
    m_delete = new QAction(tr("&Delete highlight"), this);
    m_scope->addAction(m_note);
    m_scope->addAction(m_copy);
    setSelectionActive(false);
}

QIcon AnnotationActions::swatch(const QColor& colour) {
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(colour.darker(140));
    p.setBrush(colour);
    p.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3);
    return QIcon(pixmap);
}

void AnnotationActions::setColours(const std::vector<store::Colour>& colours) {
    for (QAction* a : m_colours) {
        m_scope->removeAction(a);
        delete a;
    }
    m_colours.clear();
    for (std::size_t i = 0; i < colours.size(); ++i) {
        const auto& c = colours[i];
        auto* a = new QAction(swatch(QColor(fromUtf8(c.rgb))), fromUtf8(c.name), this);
        a->setData(fromUtf8(c.key));
        a->setObjectName(QStringLiteral("colour_") + fromUtf8(c.key));
        if (i < 9) {
            a->setShortcut(QKeySequence(Qt::Key_1 + static_cast<int>(i)));
            a->setShortcutContext(Qt::WidgetShortcut);
            a->setToolTip(tr("Highlight: %1 (%2)").arg(a->text(), a->shortcut().toString(QKeySequence::NativeText)));
        }
        connect(a, &QAction::triggered, this, [this, key = fromUtf8(c.key)] { emit colourChosen(key); });
        m_scope->addAction(a);
        m_colours.push_back(a);
    }
    setSelectionActive(m_note->isEnabled());
}

void AnnotationActions::setSelectionActive(bool active) {
    for (QAction* a : m_colours) a->setEnabled(active);
    m_note->setEnabled(active);
    m_copy->setEnabled(active);
}

void AnnotationActions::fillSelectionMenu(QMenu& menu) const {
    menu.addSection(tr("Highlight"));
    for (QAction* a : m_colours) menu.addAction(a);
    menu.addSeparator();
    menu.addAction(m_note);
    menu.addAction(m_copy);
}

void AnnotationActions::fillHighlightMenu(QMenu& menu, const QString& currentColour) {
    menu.addSection(tr("Colour"));
    for (QAction* c : m_colours) {
        // The highlight menu recolours; its own entries, so the selection shortcuts stay apart.
        QAction* a = menu.addAction(c->icon(), c->text());
        a->setCheckable(true);
        a->setChecked(c->data().toString() == currentColour);
        connect(a, &QAction::triggered, this, [this, key = c->data().toString()] { emit colourChosen(key); });
    }
    menu.addSeparator();
    menu.addAction(m_editNote);
    menu.addAction(m_editTags);
    menu.addSeparator();
    menu.addAction(m_delete);
}

} // namespace dais::reader
