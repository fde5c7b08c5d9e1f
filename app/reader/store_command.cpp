#include "app/reader/store_command.h"

namespace dais::reader {

StoreCommand::StoreCommand(const QString& text, Step redo, Step undo, Report failed)
    : QUndoCommand(text), m_redo(std::move(redo)), m_undo(std::move(undo)),
      m_failed(std::move(failed)) {}

void StoreCommand::redo() {
    auto r = m_redo();
    if (!r) {
        m_failed(r.error());
        // A change that never happened has nothing to undo.
        if (!m_done) setObsolete(true);
        return;
    }
    m_done = true;
}

void StoreCommand::undo() {
    if (auto r = m_undo(); !r) m_failed(r.error());
}

} // namespace dais::reader
