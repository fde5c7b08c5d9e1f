#pragma once
// People and the roles the text gives them, found from context: a role before a name
// (省政协主席公保扎西), a title after it (吴晓军书记), lists that a role governs
// (副主席甲、乙、丙) or that an attendance phrase closes (甲、乙在主席台就座), bylines and
// photo credits (记者 张三, 李四 摄), appointments (补选某某为……代表). A name found in such
// a context is then recognised at its other mentions in the same text.

#include "core/detect/lexicons.h"
#include "core/text/text_folder.h"

#include <string>
#include <vector>

namespace dais::detect {

/// A role as the text writes it (a span of the folded text) or, for a photo credit, the
/// conventional word 摄影 (`literal`, with an empty span).
struct RoleRef {
    text::Span span;
    std::u32string literal;
};

struct PersonFinding {
    std::u32string key;               ///< folded name without spaces; identity within one text
    std::vector<text::Span> mentions; ///< spans of the folded text, in text order, no overlaps
    std::vector<RoleRef> roles;       ///< in the order found; may repeat (callers dedupe by text)
};

class PersonDetector {
  public:
    explicit PersonDetector(const Lexicons& lexicons) : m_lex(lexicons) {}

    /// `folded` is one article's folded text; `dates` are the date spans found in it (they
    /// end names and never hold one). Results are ordered by first mention.
    std::vector<PersonFinding> detect(std::u32string_view folded,
                                      const std::vector<text::Span>& dates) const;

  private:
    const Lexicons& m_lex;
};

} // namespace dais::detect
