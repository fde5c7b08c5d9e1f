#pragma once
// The full-text index: what is searched is a folded copy of the text, never the stored text.
// Folding is one code point for one code point (TextFolder::fold plus ASCII lower case), so a
// position in the folded copy is the same position in the original — snippets are cut from
// the original with it.
//
// Two FTS5 tables share one rowid (search_items.id):
//   search_trigram (trigram tokenizer, holds the folded text): finds strings of 3+ characters;
//   search_bigram  (unicode61 over space-separated character pairs, contentless): finds 1- and
//                  2-character strings, which the trigram tokenizer silently never matches.

#include "store/database.h"

#include "core/text/text_folder.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace dais::store {

/// Folds `text` for matching; the result has exactly text.size() code points.
std::u32string foldForSearch(text::TextFolder& folder, std::u32string_view text);

/// The bigram column for a folded text: every pair of adjacent letters/digits within a run,
/// plus the last character of each run alone, separated by spaces ("政协会议" → "政协 协会 会议 议"),
/// so that every character of a run starts a token: a 1-character query is a prefix query.
std::u32string bigramsOf(std::u32string_view folded);

/// True for the characters that make up runs in the bigram column (letters and digits).
bool isWordChar(char32_t cp);

class SearchIndex {
public:
    SearchIndex(Database& db, text::TextFolder& folder) : m_db(db), m_folder(folder) {}

    text::TextFolder& folder() { return m_folder; }

    /// Replaces the indexed text of an article (its current version).
    Status indexArticle(std::int64_t articleId, std::u32string_view text);
    /// Replaces the indexed text of an annotation: see annotationSearchText().
    Status indexAnnotation(std::int64_t annotationId, std::int64_t articleId, std::u32string_view text);

private:
    Status replace(const QString& findItemSql, std::initializer_list<QVariant> key,
                   std::int64_t articleId, QVariant annotationId, std::u32string_view text);

    Database& m_db;
    text::TextFolder& m_folder;
};

/// What an annotation contributes to search: its quote, note and tags, one per line.
std::u32string annotationSearchText(std::u32string_view quote, std::u32string_view note,
                                    const std::vector<std::u32string>& tags);

} // namespace dais::store
