#pragma once
// Articles and what core detected in them. Importing is idempotent by content hash; a changed
// text of an article already in the library (same source, same place in it) becomes a new
// version, and the article's annotations are re-anchored on it in the same transaction.

#include "store/clock.h"
#include "store/database.h"
#include "store/pinyin.h"
#include "store/search_index.h"

#include "core/extract/extractor.h"
#include "core/layout/document.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace dais::store {

enum class ImportStatus { Added, NewVersion, Unchanged };

struct ImportedArticle {
    std::int64_t articleId = 0;
    int version = 0; ///< the version now current (1 for a new article)
    ImportStatus status = ImportStatus::Added;
    /// For a new version: how its annotations were re-anchored.
    int exact = 0, quote = 0, fuzzy = 0, orphaned = 0;
};

struct ArticleSummary {
    std::int64_t id = 0;
    int version = 0;
    std::string source;
    std::string title; ///< empty when the article has none
    std::string referenceDate; ///< ISO 8601, empty when unknown
    int people = 0;
    int annotations = 0; ///< not in the trash
};

struct StoredPerson {
    std::int64_t id = 0;
    std::string name;
    std::vector<std::string> roles;
    std::vector<text::Span> mentions; ///< code points of the article text
};

struct StoredAttendance {
    std::string mode;
    std::vector<std::string> people; ///< in list order
    text::Span span;
};

struct StoredDate {
    std::string text, value; ///< value ISO 8601, empty when unresolved
    text::Span span;
};

struct StoredCount {
    std::string text;
    bool expected = false;
    long value = 0;
};

struct StoredArticle {
    std::int64_t id = 0;
    std::int64_t versionId = 0;
    int version = 0;
    std::string source;
    std::optional<std::string> kicker, title, subtitle, byline;
    std::string referenceDate;
    std::u32string text; ///< offsets below count its code points
    std::vector<text::Span> paragraphs;
    std::vector<StoredPerson> people;
    std::vector<StoredDate> dates;
    std::vector<StoredAttendance> attendance;
    std::vector<StoredCount> counts;
};

class ArticleRepository {
public:
    ArticleRepository(Database& db, SearchIndex& index, Pinyin& pinyin, Clock clock)
        : m_db(db), m_index(index), m_pinyin(pinyin), m_clock(std::move(clock)) {}

    /// Stores every article of `document` (as analysed by layout and extracted by core; the
    /// two list the same articles in the same order) from `source` (a path or URL) in one
    /// transaction. Offsets are stored relative to each article's own text.
    Result<std::vector<ImportedArticle>> import(const std::string& source, const layout::Document& document,
                                                const extract::Extraction& extraction);

    Result<std::vector<ArticleSummary>> list();
    /// The library this repository writes to (to group several imports in one transaction).
    Database& database() { return m_db; }
    /// The current version; Kind::Usage when there is no such article.
    Result<StoredArticle> article(std::int64_t id);

private:
    Result<ImportedArticle> importOne(std::int64_t sourceId, int ordinal, const layout::Document& document,
                                      const layout::Article& layoutArticle, const extract::ArticleExtraction& found,
                                      const std::optional<detect::CivilDate>& referenceDate);
    Status storeDetections(std::int64_t versionId, std::size_t base, const layout::Article& layoutArticle,
                           const extract::ArticleExtraction& found);
    Result<std::int64_t> personId(const std::u32string& name);

    Database& m_db;
    SearchIndex& m_index;
    Pinyin& m_pinyin;
    Clock m_clock;
    /// Names already looked up or added: a report names the same people over and over.
    std::unordered_map<std::u32string, std::int64_t> m_personIds;
    std::uint64_t m_personIdsRollbacks = 0;
};

} // namespace dais::store
