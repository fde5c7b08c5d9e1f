#pragma once
// The user's own work: highlights (a passage with a colour, optional note and tags) and notes
// standing on their own, attached to an article. Deleting moves to a trash that can be
// restored; nothing here ever removes a row. Every call that changes something is one
// transaction.

#include "store/anchoring.h"
#include "store/clock.h"
#include "store/database.h"
#include "store/search_index.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dais::store {

struct Colour {
    int id = 0;
    std::string key;  ///< fixed: "yellow", "red", "green", "blue", "purple", "orange"
    std::string name; ///< the user's meaning for it ("重点", "人事变动" …), renamable
    std::string rgb;
};

enum class AnnotationKind { Highlight, Note };

struct Annotation {
    std::int64_t id = 0;
    std::int64_t articleId = 0;
    AnnotationKind kind = AnnotationKind::Highlight;
    std::optional<std::int64_t> versionId; ///< the version the passage is anchored to
    std::optional<text::Span> span;        ///< code points of that version's text; highlights only
    std::u32string quote, prefix, suffix;
    std::string colour; ///< colour key; empty for a note
    std::string note;
    std::string noteFormat; ///< "plain" (kept open for "markdown")
    std::vector<std::string> tags;
    std::string createdAt, modifiedAt; ///< ISO 8601 UTC
    std::optional<std::string> deletedAt; ///< set while in the trash
    std::string anchorStatus; ///< "original", "exact", "quote", "fuzzy", "orphaned"
    double anchorConfidence = 1.0;
};

struct NewHighlight {
    std::int64_t articleId = 0;
    text::Span span; ///< code points of the article's current text
    std::string colour = "yellow"; ///< a colour key or its current name
    std::string note;
    std::vector<std::string> tags;
};

/// What importAnnotation did with one annotation read from an export.
struct ImportedAnnotation {
    std::int64_t id = 0;
    bool duplicate = false;   ///< an identical annotation (not in the trash) was already there
    std::string anchorStatus; ///< "exact" (at its offsets), "quote" or "fuzzy" (re-found); notes: ""
};

struct ReanchorCounts {
    int exact = 0, quote = 0, fuzzy = 0, orphaned = 0;
};

class AnnotationRepository {
public:
    AnnotationRepository(Database& db, SearchIndex& index, Clock clock)
        : m_db(db), m_index(index), m_clock(std::move(clock)) {}

    /// Kind::Usage when the article or colour does not exist or the span is empty or outside
    /// the text.
    Result<std::int64_t> addHighlight(const NewHighlight& highlight);
    /// Highlights the `occurrence`-th (1-based) copy of `quote` in the article's current text.
    Result<std::int64_t> addHighlightByQuote(std::int64_t articleId, const std::u32string& quote, int occurrence,
                                             NewHighlight rest);
    Result<std::int64_t> addNote(std::int64_t articleId, const std::string& note,
                                 const std::vector<std::string>& tags = {});

    /// Adds an annotation read back from an export (Web Annotation JSON), keeping its kind,
    /// colour, note, tags and created/modified times. A highlight goes where its quote is in
    /// the article's current text: at its offsets when the quote is still there, else re-found
    /// by quote and context as a re-import does; Kind::Usage when it cannot be found
    /// confidently (nothing is written). An identical annotation already present (same
    /// article, kind, offsets, quote, note and creation time, not in the trash) is not added
    /// twice. `a.id`, `versionId` and `anchorStatus` are ignored.
    Result<ImportedAnnotation> importAnnotation(const Annotation& a);

    Status setNote(std::int64_t id, const std::string& note);
    Status setColour(std::int64_t id, const std::string& colour);
    Status setTags(std::int64_t id, const std::vector<std::string>& tags);

    Status trash(std::int64_t id);
    Status restore(std::int64_t id);

    Result<Annotation> get(std::int64_t id);
    /// Annotations of one article (or all when nullopt), oldest first; the trash is listed
    /// only with `inTrash`.
    Result<std::vector<Annotation>> list(std::optional<std::int64_t> articleId, bool inTrash = false);

    Result<std::vector<Colour>> colours();
    /// Gives the colour `key` a new meaning.
    Status renameColour(const std::string& key, const std::string& name);

private:
    Result<int> colourId(const std::string& keyOrName);
    Status touch(std::int64_t id, const QString& sql, std::initializer_list<QVariant> values);
    Status reindex(std::int64_t id);
    Status writeTags(std::int64_t id, const std::vector<std::string>& tags);

    Database& m_db;
    SearchIndex& m_index;
    Clock m_clock;
};

/// Re-anchors every highlight of `articleId` (trashed and orphaned ones too) on `newText`, the
/// text of its new version `newVersionId`, recording how each was found. Orphans keep their
/// old version, offsets and quote. Runs inside the caller's transaction.
Result<ReanchorCounts> reanchorAnnotations(Database& db, SearchIndex& index, std::int64_t articleId,
                                           std::int64_t newVersionId, std::u32string_view newText,
                                           AnchorOptions options = {});

} // namespace dais::store
