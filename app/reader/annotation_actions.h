#pragma once
// The actions that annotate: one per highlight colour (keys 1–6, named with the colour's
// meaning), add note (N), copy with source, and for a highlight already made: edit note, edit
// tags, delete. The context menu, the floating toolbar and the highlight menu share them; the
// window decides what they apply to.

#include "store/annotation_repository.h"

#include <QObject>

#include <vector>

class QAction;
class QMenu;
class QWidget;

namespace dais::reader {

class AnnotationActions : public QObject {
    Q_OBJECT

  public:
    /// The key actions are added to `shortcutScope` (the article view) with widget scope.
    explicit AnnotationActions(QWidget* shortcutScope);

    /// Names the colour actions after the library's colours (their meanings, in order).
    void setColours(const std::vector<store::Colour>& colours);
    const std::vector<QAction*>& colourActions() const { return m_colours; }
    QAction* noteAction() const { return m_note; }
    QAction* copyAction() const { return m_copy; }
    QAction* editNoteAction() const { return m_editNote; }
    QAction* editTagsAction() const { return m_editTags; }
    QAction* deleteAction() const { return m_delete; }

    /// Enables the selection actions (colours, note, copy) when text is selected.
    void setSelectionActive(bool active);

    /// The menu for selected text.
    void fillSelectionMenu(QMenu& menu) const;
    /// The menu for a highlight: recolour, edit note, edit tags, delete.
    void fillHighlightMenu(QMenu& menu, const QString& currentColour);

    static QIcon swatch(const QColor& colour);

  signals:
    void colourChosen(const QString& key);

  private:
    QWidget* m_scope;
    std::vector<QAction*> m_colours;
    QAction* m_note;
    QAction* m_copy;
    QAction* m_editNote;
    QAction* m_editTags;
    QAction* m_delete;
};

} // namespace dais::reader
