#include "app/reader/annotation_editor.h"

#include "app/reader/error_text.h"
#include "app/reader/store_command.h"

#include <memory>

namespace dais::reader {
namespace {

std::string utf8(const QString& s) {
    return s.toStdString();
}

std::vector<std::string> utf8(const QStringList& list) {
    std::vector<std::string> out;
    for (const QString& s : list)
        if (!s.trimmed().isEmpty()) out.push_back(s.trimmed().toStdString());
    return out;
}

store::Status fromId(const Result<std::int64_t>& r) {
    if (!r) return r.error();
    return store::Done{};
}

} // namespace

AnnotationEditor::AnnotationEditor(store::AnnotationRepository& repository, QObject* parent)
    : QObject(parent), m_repo(repository) {
    m_stack.setUndoLimit(500);
}

std::optional<store::Annotation> AnnotationEditor::fetch(qint64 id) {
    auto a = m_repo.get(id);
    if (!a) {
        emit failed(ErrorText::forAnnotation(a.error()));
        return std::nullopt;
    }
    return a.value();
}

bool AnnotationEditor::push(const QString& text, qint64 articleId, std::function<store::Status()> redo,
                            std::function<store::Status()> undo) {
    auto notify = [this, articleId](std::function<store::Status()> step) {
        return [this, articleId, step = std::move(step)]() -> store::Status {
            auto s = step();
            if (s) emit changed(articleId);
            return s;
        };
    };
    m_lastFailed = false;
    // QUndoStack::push runs the first redo; a command whose first redo failed is made obsolete
    // there and dropped by the stack.
    m_stack.push(new StoreCommand(text, notify(std::move(redo)), notify(std::move(undo)),
                                  [this](const Error& e) {
                                      m_lastFailed = true;
                                      emit failed(ErrorText::forAnnotation(e));
                                  }));
    return !m_lastFailed;
}

qint64 AnnotationEditor::highlight(qint64 articleId, text::Span span, const QString& colour,
                                   const QString& note) {
    auto id = std::make_shared<qint64>(0);
    store::NewHighlight h;
    h.articleId = articleId;
    h.span = span;
    h.colour = utf8(colour);
    h.note = utf8(note);
    const bool ok = push(
        note.isEmpty() ? tr("Highlight") : tr("Add note"), articleId,
        [this, id, h]() -> store::Status {
            if (*id != 0) return m_repo.restore(*id);
            auto added = m_repo.addHighlight(h);
            if (added) *id = added.value();
            return fromId(added);
        },
        [this, id] { return m_repo.trash(*id); });
    return ok ? *id : 0;
}

void AnnotationEditor::setColour(qint64 id, const QString& colour) {
    const auto a = fetch(id);
    if (!a || a->colour == utf8(colour)) return;
    const std::string before = a->colour, after = utf8(colour);
    push(tr("Change colour"), a->articleId, [this, id, after] { return m_repo.setColour(id, after); },
         [this, id, before] { return m_repo.setColour(id, before); });
}

void AnnotationEditor::setNote(qint64 id, const QString& note) {
    const auto a = fetch(id);
    if (!a || a->note == utf8(note)) return;
    const std::string before = a->note, after = utf8(note);
    push(tr("Edit note"), a->articleId, [this, id, after] { return m_repo.setNote(id, after); },
         [this, id, before] { return m_repo.setNote(id, before); });
}

void AnnotationEditor::setTags(qint64 id, const QStringList& tags) {
    const auto a = fetch(id);
    if (!a) return;
    const std::vector<std::string> before = a->tags, after = utf8(tags);
    if (before == after) return;
    push(tr("Edit tags"), a->articleId, [this, id, after] { return m_repo.setTags(id, after); },
         [this, id, before] { return m_repo.setTags(id, before); });
}

void AnnotationEditor::remove(qint64 id) {
    const auto a = fetch(id);
    if (!a) return;
    push(tr("Delete"), a->articleId, [this, id] { return m_repo.trash(id); },
         [this, id] { return m_repo.restore(id); });
}

qint64 AnnotationEditor::reattach(qint64 orphanId, text::Span span) {
    const auto a = fetch(orphanId);
    if (!a) return 0;
    auto id = std::make_shared<qint64>(0);
    store::NewHighlight h;
    h.articleId = a->articleId;
    h.span = span;
    h.colour = a->colour.empty() ? std::string("yellow") : a->colour;
    h.note = a->note;
    h.tags = a->tags;
    const bool ok = push(
        tr("Re-attach"), a->articleId,
        [this, id, h, orphanId]() -> store::Status {
            if (*id != 0) {
                if (auto s = m_repo.restore(*id); !s) return s;
            } else {
                auto added = m_repo.addHighlight(h);
                if (!added) return added.error();
                *id = added.value();
            }
            return m_repo.trash(orphanId);
        },
        [this, id, orphanId]() -> store::Status {
            if (auto s = m_repo.trash(*id); !s) return s;
            return m_repo.restore(orphanId);
        });
    return ok ? *id : 0;
}

} // namespace dais::reader
