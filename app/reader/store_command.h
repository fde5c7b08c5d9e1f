#pragma once
// One undoable change to the store: what redo and undo do, each one store call that succeeds
// or says why not. A failure is reported through `failed`; a command whose first redo failed
// marks itself obsolete, so that QUndoStack::push drops it.

#include "store/database.h"

#include <QUndoCommand>

#include <functional>

namespace dais::reader {

class StoreCommand : public QUndoCommand {
  public:
    using Step = std::function<store::Status()>;
    using Report = std::function<void(const Error&)>;

    StoreCommand(const QString& text, Step redo, Step undo, Report failed);

    void redo() override;
    void undo() override;

  private:
    Step m_redo, m_undo;
    Report m_failed;
    bool m_done = false;
};

} // namespace dais::reader
