#pragma once
// What a personal name looks like in folded report text: where one can end, whether a run of
// characters is plausibly a name (surname, minority-name syllables, middle dots, characters
// names never use), and reading one forwards from a context or backwards from a separator.

#include "core/detect/lexicons.h"
#include "core/text/text_folder.h"

#include <optional>
#include <string>
#include <vector>

namespace dais::detect {

/// How much the surrounding text already says "a name stands here".
enum class NameContext {
    Plain,      ///< no evidence: a surname or minority-name syllable is required
    List,       ///< an item of a list that a role or other names anchor
    AfterTitle, ///< right after a role title (省政协主席|公保扎西)
    Strong,     ///< after an appointment verb (补选|某某为)
    Byline,     ///< after a byline word and a space or colon (记者 某某)
};

/// How clearly the text at a position ends a name that stops there.
enum class StopStrength { None = 0, Soft = 1, Word = 2, Hard = 3 };

class NameShape {
  public:
    NameShape(const Lexicons& lex, std::u32string_view folded,
              const std::vector<text::Span>& dates);

    StopStrength stopAt(std::size_t pos) const;
    bool plausible(text::Span s, NameContext ctx) const;

    /// A name starting at `pos` and ending where the text shows a stop.
    std::optional<text::Span> readNameAfter(std::size_t pos, NameContext ctx) const;
    /// A name ending at `end`, starting at a boundary (punctuation, 由, 以 …); with
    /// `afterTitle` (a title such as 总书记 follows) a surname-initial name needs no boundary.
    std::optional<text::Span> readNameBefore(std::size_t end, bool afterTitle = false) const;
    /// True when a role title starts at `pos` (a list item followed by one is role text).
    bool titleAt(std::size_t pos) const { return m_lex.titles.longestAt(m_t, pos) > 0; }
    /// The name in a byline token ("张三", "张三报道"); `separated` when a space or colon
    /// stands between the byline word and the token.
    std::optional<text::Span> bylineName(text::Span token, bool separated) const;

    /// A name standing on its own, starting at `pos` right after a boundary: a surname and
    /// one or two common given-name characters with a clear stop after them (张敬涛强调), or a
    /// run of transliteration characters before a speech verb (叶利钦说).
    std::optional<text::Span> readFreeName(std::size_t pos) const;
    /// True when a name may start at `pos` as far as the text before it goes.
    bool leftBoundary(std::size_t pos) const;

    /// True when a title ending at `pos` is used after a name (followed by a stop).
    bool endsTitleUse(std::size_t pos) const { return stopAt(pos) >= StopStrength::Soft; }
    /// True when list items look like names enough, given what follows the list at `end`.
    bool confirmsList(const std::vector<text::Span>& items, std::size_t end) const;

    std::size_t skipParenthetical(std::size_t pos) const;
    std::size_t chineseNumberEnd(std::size_t pos) const;
    bool insideDate(std::size_t pos) const { return pos < m_inDate.size() && m_inDate[pos]; }
    bool dateEndsAt(std::size_t end) const {
        return end > 0 && end <= m_inDate.size() && m_inDate[end - 1];
    }
    bool dateStartsAt(std::size_t pos) const {
        return insideDate(pos) && (pos == 0 || !m_inDate[pos - 1]);
    }

    /// Identity of a name: its folded characters without spaces.
    std::u32string key(text::Span s) const;
    bool surnameInitial(text::Span s) const;

    /// True when every character of `s` is one used to write foreign names.
    bool transliterated(text::Span s) const;
    /// True when a speech verb, an honorific or a title written after names starts at `pos`.
    bool speakerCueAt(std::size_t pos) const;

  private:
    bool elementInitial(text::Span s) const;
    std::size_t trimDottedStart(std::size_t runStart, std::size_t firstDot) const;
    std::optional<text::Span> readDottedName(std::size_t pos) const;
    std::optional<text::Span> readSpacedName(std::size_t pos) const;

    const Lexicons& m_lex;
    std::u32string_view m_t;
    std::vector<bool> m_inDate;
};

} // namespace dais::detect
