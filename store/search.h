#pragma once
// Full-text search over article text, highlights and notes together. What the user types is
// searched literally: it is split at white space into terms that must all occur; quotes, '*',
// AND/OR/NOT, parentheses and other FTS5 syntax are just characters. The candidates come from
// the bigram index (a term of any length is a phrase of its character pairs), ranked by bm25;
// every hit is then confirmed as a real substring of the folded text, which is also where its
// snippet is cut from. When more than 2,000 items match a query without filters, only the 2,000
// most recently indexed are ranked (SearchQuery::rankedWindow), so that a word in every report is answered as fast as a
// rare name. Traditional and Simplified forms find each other: query and text are both folded.

#include "store/database.h"
#include "store/search_index.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dais::store {

struct SearchQuery {
    std::string text;
    std::optional<std::string> from = {}, to = {}; ///< ISO dates, inclusive, on the article's reference date
    std::optional<std::string> source = {}; ///< part of the source path or URL
    std::optional<std::string> person = {}; ///< a name that must appear in the article
    /// Colour key or name / tag: only annotations carrying it are found.
    std::optional<std::string> colour = {}, tag = {};
    int limit = 50;
    /// Without filters, only this many of the most recently indexed matching items are ranked
    /// (see above); 0 ranks every match.
    int rankedWindow = 2000;
    std::string markOpen = "[", markClose = "]"; ///< put around each hit in snippets
};

struct SearchHit {
    std::int64_t articleId = 0;
    std::optional<std::int64_t> annotationId; ///< set when the hit is in a highlight or note
    std::string title, referenceDate;
    std::string snippet; ///< original text around the first hit, hits marked
    double score = 0.0;  ///< bm25: lower is better; hits come best first
};

class Search {
public:
    Search(Database& db, SearchIndex& index) : m_db(db), m_index(index) {}

    /// An empty or blank query finds nothing. Errors only for database failures.
    Result<std::vector<SearchHit>> run(const SearchQuery& query);

private:
    Database& m_db;
    SearchIndex& m_index;
};

/// The terms of a user query, folded (exposed for tests).
std::vector<std::u32string> searchTerms(text::TextFolder& folder, std::string_view query);

} // namespace dais::store
