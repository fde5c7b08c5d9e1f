#pragma once
// Dates: calendar points and periods named in a text, normalised to ISO 8601 against a
// reference date that the caller passes in (core never reads the clock).

#include "core/common/result.h"
#include "core/detect/civil_date.h"
#include "core/detect/date_lexicon.h"
#include "core/text/text_folder.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace dais::detect {

namespace detail {
struct DateTables; // hash sets built from a DateLexicon; defined in date_detector.cpp
}

// CivilDate and parseIsoDate() are declared in civil_date.h, DateLexicon and
// loadDateLexicon() in date_lexicon.h; both are included above.

struct DateMention {
    text::Span span;   ///< code points in the folded text given to detect()
    std::string value; ///< ISO 8601 ("2025-01-21", "2024", "2024-03", "2025-W03", "--01-21",
                       ///< "---05", "--08", "2015-02-09/2015-02-11"); empty when it cannot be
                       ///< resolved (null)
};

class DateDetector {
  public:
    /// Cheap to copy: copies share the tables built from the lexicon.
    explicit DateDetector(DateLexicon lexicon);

    /// All date expressions in `folded` (text folded by text::TextFolder: ASCII digits and
    /// punctuation), in text order, without overlaps. Partial dates resolve against
    /// `reference` (a bare day after the reference day falls in the previous month; a month
    /// without a year takes the reference year); without a reference, partial values are
    /// "--MM-DD"/"---DD"/"--MM" and relative words get "". A range (2月9日至11日, 1-3月) is one
    /// mention whose value is an interval. Clock times are never part of a mention.
    std::vector<DateMention> detect(std::u32string_view folded,
                                    std::optional<CivilDate> reference) const;

    /// The publication date a page states about itself (a dateline such as "2022年01月07日"
    /// or "2018-03-06 08:50:57" near the top): the first full year-month-day date in the
    /// first 200 code points, read to the end of the line they stop in (at most 400).
    std::optional<CivilDate> findPublicationDate(std::u32string_view folded) const;

    const DateLexicon& lexicon() const { return m_lexicon; }

  private:
    DateLexicon m_lexicon;
    std::shared_ptr<const detail::DateTables> m_tables; // immutable once built
};

} // namespace dais::detect
