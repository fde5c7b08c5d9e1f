#pragma once
// Attendance acts: for each phrase such as 主持, 出席, 在主席台就座 (resources/lexicon/
// attendance.tsv), the canonical mode and the people who perform it, in text order. The people
// are the names standing right before the phrase (with their roles, separators and fillers such
// as 等市领导 or 在……上进行), the group of an earlier act joined by 并 (主持会议并讲话), or, for
// visits and inspections, the person who opens the sentence.

#include "core/detect/lexicons.h"
#include "core/text/text_folder.h"

#include <string>
#include <vector>

namespace dais::detect {

/// A person mention as the attendance detector needs it.
struct MentionRef {
    text::Span span;    ///< in the folded text
    std::size_t person; ///< index into the caller's list of people
};

struct AttendanceAct {
    std::u32string mode;
    std::vector<std::size_t> people; ///< indexes of people, in text order
    text::Span span;                 ///< from the first person to the end of the phrase
};

struct MeetingCount {
    text::Span span; ///< "应出席委员388人"
    bool expected;   ///< true: expected to attend; false: present
    long value;
};

class AttendanceDetector {
  public:
    explicit AttendanceDetector(const Lexicons& lexicons) : m_lex(lexicons) {}

    /// `mentions` sorted by start; `dates` as found by the date detector.
    std::vector<AttendanceAct> detect(std::u32string_view folded,
                                      const std::vector<MentionRef>& mentions,
                                      const std::vector<text::Span>& dates) const;

    std::vector<MeetingCount> detectCounts(std::u32string_view folded) const;

  private:
    const Lexicons& m_lex;
};

} // namespace dais::detect
