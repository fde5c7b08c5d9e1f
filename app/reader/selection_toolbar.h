#pragma once
// The small floating toolbar over a selection in the article: a button per highlight colour,
// add note, copy with source. A child of the article's viewport, so it scrolls away with the
// text and never takes the keyboard focus.

#include <QFrame>

namespace dais::reader {

class AnnotationActions;

class SelectionToolbar : public QFrame {
    Q_OBJECT

  public:
    SelectionToolbar(const AnnotationActions& actions, QWidget* viewport);

    /// Rebuilds the buttons (after the colours changed).
    void rebuild();
    /// Shows the toolbar just above `selection` (viewport coordinates), or below it when there
    /// is no room above.
    void showFor(const QRect& selection);

  private:
    const AnnotationActions& m_actions;
};

} // namespace dais::reader
