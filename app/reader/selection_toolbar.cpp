#include "app/reader/selection_toolbar.h"

#include "app/reader/annotation_actions.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QToolButton>

#include <algorithm>

namespace dais::reader {

SelectionToolbar::SelectionToolbar(const AnnotationActions& actions, QWidget* viewport)
    : QFrame(viewport), m_actions(actions) {
    setObjectName(QStringLiteral("selectionToolbar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setFocusPolicy(Qt::NoFocus);
    // A child of the article, it would inherit the reading font; it is part of the interface.
    setFont(QApplication::font());
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    rebuild();
    hide();
}

void SelectionToolbar::rebuild() {
    while (QLayoutItem* item = layout()->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto add = [this](QAction* action, bool iconOnly) {
        auto* b = new QToolButton(this);
        b->setDefaultAction(action);
        b->setFocusPolicy(Qt::NoFocus);
        b->setAutoRaise(true);
        b->setToolButtonStyle(iconOnly ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextOnly);
        layout()->addWidget(b);
    };
    for (QAction* a : m_actions.colourActions()) add(a, true);
    add(m_actions.noteAction(), false);
    add(m_actions.copyAction(), false);
    adjustSize();
}

void SelectionToolbar::showFor(const QRect& selection) {
    adjustSize();
    const QWidget* area = parentWidget();
    int y = selection.top() - height() - 6;
    if (y < 0) y = selection.bottom() + 6;
    const int x = std::clamp(selection.left(), 4, std::max(4, area->width() - width() - 4));
    move(x, std::clamp(y, 0, std::max(0, area->height() - height())));
    show();
    raise();
}

} // namespace dais::reader
