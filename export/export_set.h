#pragma once
// What an export holds, gathered from the library once and handed to each format's writer:
// the chosen articles (current version) with their highlights in text order and their
// standalone notes, filtered by colour and tag, plus the colours' meanings and a people index.

#include "store/library.h"

#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace dais::exporting {

struct ExportOptions {
    std::set<std::string> colours; ///< colour keys or names; empty: every colour (notes always kept)
    std::set<std::string> tags;    ///< empty: any tag; else an annotation needs one of them
    bool fullText = false;         ///< include each article's whole text
    bool bom = false;              ///< CSV: start with a UTF-8 byte-order mark
};

struct ExportedArticle {
    store::StoredArticle article;
    std::vector<store::Annotation> highlights; ///< by start offset
    std::vector<store::Annotation> notes;      ///< standalone notes, oldest first
};

struct PersonIndexEntry {
    std::string name;
    struct Appearance {
        std::int64_t articleId = 0;
        std::vector<std::string> roles;
    };
    std::vector<Appearance> appearances; ///< in export order
};

struct ExportSet {
    std::vector<ExportedArticle> articles;
    std::vector<store::Colour> colours;
    std::vector<PersonIndexEntry> people; ///< by name
    ExportOptions options;

    /// The user's meaning of a colour key ("red" → "人事变动"), or the key itself.
    std::string colourName(const std::string& key) const;
    /// "#RRGGBB" of a colour key (a pale yellow when unknown).
    std::string colourRgb(const std::string& key) const;
};

/// Reads `articleIds` (in that order, duplicates dropped) with their annotations. Kind::Usage
/// when an article does not exist.
Result<ExportSet> collectExport(store::Library& library, const std::vector<std::int64_t>& articleIds,
                                const ExportOptions& options);

/// The roles `article` gives `name` (empty when none).
std::vector<std::string> rolesOf(const store::StoredArticle& article, const std::string& name);
/// `dais://article/ID#START-END`, the link the reader opens.
std::string daisLink(std::int64_t articleId, const store::Annotation& a);
/// Text of a u32 string as UTF-8.
std::string utf8(std::u32string_view s);

} // namespace dais::exporting
