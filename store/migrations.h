#pragma once
// The schema, version by version (PRAGMA user_version). migrate() runs every step from the
// file's version to kLatestSchemaVersion in one transaction: an upgrade that fails leaves the
// file exactly as it was.
//
// Version 1: sources, articles and their versions with what core detected, people, colours,
//            annotations (highlights and notes) with tags.
// Version 2: full-text search (folded trigram + bigram index), pinyin of people, the trash
//            (annotations.deleted_at), how each annotation was anchored, note format.

#include "store/database.h"
#include "store/pinyin.h"
#include "store/search_index.h"

#include <vector>

namespace dais::store {

inline constexpr int kLatestSchemaVersion = 3;

/// The statements that create version 1 from an empty file, in order. Exposed so that a test
/// can build a library exactly as the first version of Dais left it.
const std::vector<const char*>& schemaVersion1();

/// Brings `db` to kLatestSchemaVersion. Errors name the library and the step that failed.
Status migrate(Database& db, SearchIndex& index, Pinyin& pinyin);

} // namespace dais::store
