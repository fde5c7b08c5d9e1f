#pragma once
// The store as one object: an open database with its schema up to date, and the repositories
// and queries that work on it. One Library per thread (each holds its own connection and ICU
// transforms); several may open the same file, in one process or in several.

#include "store/annotation_repository.h"
#include "store/article_repository.h"
#include "store/clock.h"
#include "store/database.h"
#include "store/person_queries.h"
#include "store/pinyin.h"
#include "store/search.h"
#include "store/search_index.h"

#include <filesystem>
#include <memory>

namespace dais::store {

class Library {
public:
    /// Opens (creating when missing) and migrates the library at `path`; see Database::open
    /// for the errors.
    static Result<std::unique_ptr<Library>> open(const std::filesystem::path& path, Clock clock = systemClock(),
                                                  Database::Options options = {});

    Database& database() { return *m_db; }
    ArticleRepository& articles() { return m_articles; }
    AnnotationRepository& annotations() { return m_annotations; }
    Search& search() { return m_search; }
    PersonQueries& people() { return m_people; }
    text::TextFolder& folder() { return *m_folder; }

private:
    Library(std::unique_ptr<Database> db, std::unique_ptr<text::TextFolder> folder, std::unique_ptr<Pinyin> pinyin,
            Clock clock);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<text::TextFolder> m_folder;
    std::unique_ptr<Pinyin> m_pinyin;
    SearchIndex m_index;
    ArticleRepository m_articles;
    AnnotationRepository m_annotations;
    Search m_search;
    PersonQueries m_people;
};

} // namespace dais::store
