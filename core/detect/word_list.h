#pragma once
// Lexicon files: UTF-8 text, one entry per line; '#' starts a comment; blank lines skipped;
// an entry may have tab-separated columns. Entries are written in Simplified Chinese and
// matched against folded text (see text::TextFolder).

#include "core/common/result.h"

#include <filesystem>
#include <string>
#include <vector>

namespace dais::detect {

using WordRow = std::vector<std::u32string>; ///< the tab-separated columns of one entry

/// Error (kind Unreadable) naming the file when it cannot be read or is not UTF-8.
Result<std::vector<WordRow>> loadWordRows(const std::filesystem::path& file);

/// First column of every row.
Result<std::vector<std::u32string>> loadWordList(const std::filesystem::path& file);

} // namespace dais::detect
