#pragma once
// Every change the user makes to highlights and notes, as undoable commands on one QUndoStack.
// Each change is written to the store at once (one transaction per call); undo and redo write
// again. Deleting moves to the store's trash, so undoing a delete restores the same row.

#include "store/annotation_repository.h"

#include <QObject>
#include <QUndoStack>

#include <functional>

namespace dais::reader {

class AnnotationEditor : public QObject {
    Q_OBJECT

  public:
    explicit AnnotationEditor(store::AnnotationRepository& repository, QObject* parent = nullptr);

    QUndoStack* undoStack() { return &m_stack; }

    /// Highlights `span` (code points of the article's current text) in `colour` (a key).
    /// Returns the new annotation's id, 0 when the store refused (failed() says why).
    qint64 highlight(qint64 articleId, text::Span span, const QString& colour,
                     const QString& note = {});
    void setColour(qint64 id, const QString& colour);
    void setNote(qint64 id, const QString& note);
    void setTags(qint64 id, const QStringList& tags);
    void remove(qint64 id);
    /// Re-attaches an orphaned annotation to `span`: a new highlight with its colour, note and
    /// tags takes its place, and the orphan goes to the trash (undo brings it back).
    qint64 reattach(qint64 orphanId, text::Span span);

  signals:
    /// Something of article `articleId` changed in the store (also after undo and redo).
    void changed(qint64 articleId);
    /// A change could not be made; the message is for the user.
    void failed(const QString& message);

  private:
    bool push(const QString& text, qint64 articleId, std::function<store::Status()> redo,
              std::function<store::Status()> undo);
    std::optional<store::Annotation> fetch(qint64 id);

    store::AnnotationRepository& m_repo;
    QUndoStack m_stack;
    bool m_lastFailed = false;
};

} // namespace dais::reader
