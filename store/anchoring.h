#pragma once
// Re-finding a highlighted passage in a changed text, as the W3C Web Annotation model anchors
// (TextQuoteSelector + TextPositionSelector): exact position, then the exact quote nearest the
// old position (context decides between copies), then a fuzzy match of quote and context.
// What cannot be found confidently is orphaned — never attached to a look-alike passage.
// Everything counts code points. Pure functions: no database.

#include "core/text/text_folder.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace dais::store {

/// Characters of context kept each side of a quote.
inline constexpr std::size_t kContextLength = 32;

struct TextAnchor {
    text::Span span;      ///< code points in the text the anchor was made on
    std::u32string quote; ///< the text of `span`
    std::u32string prefix; ///< up to kContextLength code points before it
    std::u32string suffix; ///< up to kContextLength code points after it
};

/// Builds the anchor of `span` in `text` (span clamped to the text).
TextAnchor makeAnchor(std::u32string_view text, text::Span span);

enum class AnchorMethod {
    ExactPosition, ///< the quote is still at its old offsets
    Quote,         ///< the exact quote, elsewhere (nearest/best-context copy)
    Fuzzy,         ///< an approximate match of quote and context above the threshold
    Orphaned,      ///< not found confidently; the annotation keeps its quote
};

/// The database spelling of a method: "exact", "quote", "fuzzy", "orphaned".
const char* methodName(AnchorMethod method);

struct Reanchored {
    AnchorMethod method = AnchorMethod::Orphaned;
    text::Span span;         ///< in the new text; meaningless when orphaned
    double confidence = 0.0; ///< 0–1
};

struct AnchorOptions {
    double threshold = 0.75; ///< least confidence of a fuzzy match
    /// A fuzzy candidate must beat the runner-up elsewhere by this much, or the passage is
    /// ambiguous and orphaned rather than guessed.
    double ambiguityMargin = 0.05;
};

Reanchored reanchor(const TextAnchor& anchor, std::u32string_view newText, AnchorOptions options = {});

/// 1 − edit distance / length of the longer string; 1 for two empty strings.
double similarity(std::u32string_view a, std::u32string_view b);

} // namespace dais::store
