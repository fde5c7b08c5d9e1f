#include "store/library.h"

#include "store/migrations.h"

namespace dais::store {

Library::Library(std::unique_ptr<Database> db, std::unique_ptr<text::TextFolder> folder, std::unique_ptr<Pinyin> pinyin,
                 Clock clock)
    : m_db(std::move(db)), m_folder(std::move(folder)), m_pinyin(std::move(pinyin)), m_index(*m_db, *m_folder),
      m_articles(*m_db, m_index, *m_pinyin, clock), m_annotations(*m_db, m_index, clock), m_search(*m_db, m_index),
      m_people(*m_db, *m_pinyin) {}

Result<std::unique_ptr<Library>> Library::open(const std::filesystem::path& path, Clock clock, Database::Options options) {
    auto folder = text::TextFolder::create();
    if (!folder) return folder.error();
    auto pinyin = Pinyin::create();
    if (!pinyin) return pinyin.error();
    if (options.newestKnownVersion == 0) options.newestKnownVersion = kLatestSchemaVersion;
    auto db = Database::open(path, options);
    if (!db) return db.error();
    std::unique_ptr<Library> library(
        new Library(std::move(db.value()), std::move(folder.value()), std::move(pinyin.value()), std::move(clock)));
    if (auto s = migrate(*library->m_db, library->m_index, *library->m_pinyin); !s) return s.error();
    return library;
}

} // namespace dais::store
