#pragma once
// Folding for matching: full-width ASCII to half-width, U+3000 to a space, middle-dot variants
// to U+00B7, Traditional to Simplified Han, and inline pinyin glosses (會(huì)) removed. The
// result is a MatchView that remembers, for every folded character, where it came from, so
// that detectors work on the folded text and report offsets into the original.

#include "core/common/result.h"

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class Transliterator;
U_NAMESPACE_END

namespace dais::text {

/// A half-open range of code points in some text; which text is said where it is used.
struct Span {
    std::size_t start = 0;
    std::size_t end = 0;
    std::size_t size() const { return end - start; }
    bool empty() const { return end <= start; }
    friend bool operator==(const Span&, const Span&) = default;
};

/// The folded text and, for each of its characters, the index of its source character.
struct MatchView {
    std::u32string text;
    std::vector<std::size_t> origin; ///< origin.size() == text.size() + 1; the last is the
                                     ///< end of the original range the view was made from.

    /// Maps a span of `text` to the span of the original text it was made from.
    Span toOriginal(Span viewSpan) const;
};

/// Stateless apart from a per-code-point cache of the Traditional→Simplified mapping; one
/// instance per thread.
class TextFolder {
  public:
    /// Fails only when ICU lacks the Traditional-Simplified transform.
    static Result<std::unique_ptr<TextFolder>> create();
    ~TextFolder();

    /// The folded form of one code point (always one code point).
    char32_t fold(char32_t cp);

    /// Folds `original` (a whole text, or a slice starting at `base` in the whole text, in
    /// which case origins are `base`-relative to the whole).
    MatchView makeView(std::u32string_view original, std::size_t base = 0);

  private:
    explicit TextFolder(std::unique_ptr<icu::Transliterator> t2s);
    char32_t simplified(char32_t cp);

    std::unique_ptr<icu::Transliterator> m_t2s;
    std::vector<char32_t> m_cache; // BMP only; 0 = not looked up yet
};

/// True for the characters treated as a middle dot in names (·•‧・･ and U+2219, U+22C5).
bool isMiddleDotVariant(char32_t cp);

/// True for CJK unified ideographs (BMP blocks and extensions A–B), plus 〇.
bool isHan(char32_t cp);

} // namespace dais::text
