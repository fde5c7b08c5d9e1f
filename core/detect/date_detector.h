#pragma once
// Dates: calendar points and periods named in a text, normalised to ISO 8601 against a
// reference date that the caller passes in (core never reads the clock).

#include "core/common/result.h"
#include "core/text/text_folder.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace dais::detect {

struct CivilDate {
    int year = 0;
    int month = 0; ///< 1–12
    int day = 0;   ///< 1–31
    friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

/// Parses "YYYY-MM-DD"; nullopt when malformed or not a real calendar day.
std::optional<CivilDate> parseIsoDate(std::string_view iso);

struct DateMention {
    text::Span span;   ///< in the folded text given to detect()
    std::string value; ///< ISO 8601 ("2025-01-21", "2024", "2024-03", "--01-21", "---05",
                       ///< "2015-02-09/2015-02-11"); empty when it cannot be resolved (null)
};

/// Day parts, relative words and the like, from resources/lexicon/date_*.txt.
struct DateLexicon {
    std::vector<std::u32string> dayParts;      ///< 上午, 下午, 晚, 中旬, …
    struct Relative {
        std::u32string word;                   ///< 今年, 去年, 昨天, 上月, …
        char unit;                             ///< 'y', 'm' or 'd'
        int offset;                            ///< -1 for 去年/昨天, 0 for 今年/当天, …
    };
    std::vector<Relative> relatives;
};

Result<DateLexicon> loadDateLexicon(const std::filesystem::path& resourceDir);

class DateDetector {
public:
    explicit DateDetector(DateLexicon lexicon);

    /// All date expressions in `folded` (text folded by text::TextFolder: ASCII digits and
    /// punctuation), in text order, without overlaps. Partial dates resolve against
    /// `reference` (a bare day after the reference day falls in the previous month); without
    /// a reference, partial values are "--MM-DD"/"---DD"/"--MM" and relative words get "".
    std::vector<DateMention> detect(std::u32string_view folded,
                                    std::optional<CivilDate> reference) const;

    /// The publication date a page states about itself (a dateline such as "2022年01月07日"
    /// or "2018-03-06 08:50:57" near the top), if any.
    std::optional<CivilDate> findPublicationDate(std::u32string_view folded) const;

private:
    DateLexicon m_lexicon;
};

} // namespace dais::detect
