#pragma once
// The extraction pipeline for one decoded document: per article, fold the text for matching,
// find dates, people with roles, attendance acts and meeting counts, and report everything
// with spans in code points of the decoded text.

#include "core/common/result.h"
#include "core/detect/attendance_detector.h"
#include "core/detect/date_detector.h"
#include "core/detect/lexicons.h"
#include "core/detect/person_detector.h"
#include "core/layout/document.h"
#include "core/text/text_folder.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace dais::extract {

using text::Span;

struct Person {
    std::u32string name;               ///< as written at its first mention
    std::vector<std::u32string> roles; ///< as written, distinct, in the order found
    std::vector<Span> mentions;
};

struct DateFound {
    std::u32string text;
    std::string value; ///< ISO 8601, empty when unresolved
    Span span;
};

struct Attendance {
    std::u32string mode;
    std::vector<std::u32string> people; ///< names, in the order the text gives them
    Span span;
};

struct Count {
    std::u32string text;
    bool expected; ///< true: expected to attend (应出席); false: present (实到)
    long value;
    Span span;
};

struct ArticleExtraction {
    Span span;
    std::optional<std::u32string> kicker, title, subtitle, byline;
    std::vector<Person> people; ///< in order of first mention
    std::vector<DateFound> dates;
    std::vector<Attendance> attendance;
    std::vector<Count> counts;
};

struct Extraction {
    std::optional<detect::CivilDate> referenceDate; ///< the one used to resolve dates
    std::vector<ArticleExtraction> articles;
};

/// A decoded text laid out and extracted.
struct Analysis {
    layout::Document document;
    Extraction extraction;
};

/// Holds the lexicons and per-thread caches; use one per thread.
class Extractor {
  public:
    static Result<std::unique_ptr<Extractor>>
    create(std::shared_ptr<const detect::Lexicons> lexicons);

    /// `reference` resolves relative dates; without it a date stated at the top of the
    /// document is used, and failing that dates stay partial.
    Extraction extract(const layout::Document& document,
                       std::optional<detect::CivilDate> reference);

    /// Layout (recognising headings and bylines in any script) then extraction.
    Analysis analyse(std::u32string text, std::optional<detect::CivilDate> reference);

  private:
    Extractor(std::shared_ptr<const detect::Lexicons> lexicons,
              std::unique_ptr<text::TextFolder> folder);
    text::MatchView articleView(const layout::Document& document, const layout::Article& article);
    ArticleExtraction extractArticle(const layout::Document& document,
                                     const layout::Article& article,
                                     std::optional<detect::CivilDate> reference);

    std::shared_ptr<const detect::Lexicons> m_lex;
    std::unique_ptr<text::TextFolder> m_folder;
    detect::DateDetector m_dates;
    detect::PersonDetector m_people;
    detect::AttendanceDetector m_attendance;
};

} // namespace dais::extract
