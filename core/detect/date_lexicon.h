#pragma once
// The words the date detector reads from resources/lexicon/date_*: parts of days, months and
// years, relative words, and the words they must not cut through.

#include "core/common/result.h"

#include <filesystem>
#include <string>
#include <vector>

namespace dais::detect {

/// Day parts, relative words and the like, from resources/lexicon/date_*.
struct DateLexicon {
    std::vector<std::u32string> dayParts;   ///< after a day: 上午, 下午, 晚, …
    std::vector<std::u32string> monthParts; ///< after a month: 上旬, 中旬, 初, 底, 份, …
    std::vector<std::u32string> yearParts;  ///< after a year: 度, 初, 底, 上半年, …
    struct Relative {
        std::u32string word;          ///< 今年, 去年, 昨天, 上月, 上周, 当天, …
        char unit;                    ///< 'y', 'm', 'w' (ISO week) or 'd'
        int offset;                   ///< -1 for 去年/昨天, 0 for 今年/当天, …
        bool fromLastMention = false; ///< 当天, 次日: counted from the date mentioned last
                                      ///< before the word (the reference when there is none)
    };
    std::vector<Relative> relatives;
    /// Words that a relative word or a part must not cut through (目前 in 目前天气 keeps
    /// 前天 from being read there).
    std::vector<std::u32string> boundaryWords;
};

/// Reads date_day_parts.txt (word, units it follows: any of d m y), date_relative.tsv
/// (word, unit, offset[, "mention"]) and date_boundary_words.txt from `resourceDir`/lexicon.
/// Error (kind Unreadable) naming the file when one is missing, unreadable or has a
/// malformed row.
Result<DateLexicon> loadDateLexicon(const std::filesystem::path& resourceDir);

} // namespace dais::detect
