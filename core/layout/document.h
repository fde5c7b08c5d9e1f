#pragma once
// The layout of a decoded text: articles, their headings, and body paragraphs. Nothing here
// changes the text; every span counts code points of the decoded text. A paragraph cut by
// PDF extraction ("擘\n\n画了") is one Paragraph made of several pieces.

#include "core/text/text_folder.h"

#include <optional>
#include <string>
#include <vector>

namespace dais::layout {

using text::Span;

struct Paragraph {
    std::vector<Span> pieces; ///< in text order; joined without the line breaks between them
    Span extent() const { return {pieces.front().start, pieces.back().end}; }
};

struct Article {
    Span span;                  ///< from the first heading to the end of the last paragraph
    std::optional<Span> kicker; ///< 引题, the line above the title
    std::optional<Span> title;
    std::optional<Span> subtitle; ///< 副题, the line below the title
    std::optional<Span> byline; ///< e.g. "特约记者 张晓英" inside "本报讯(特约记者 张晓英)"
    std::vector<Paragraph> body; ///< paragraphs after the headings, in order
};

struct Document {
    std::u32string text;
    std::vector<Article> articles; ///< never empty for a non-blank text
};

/// Splits a text into articles and paragraphs, repairing paragraphs broken by PDF extraction.
/// A blank or whitespace-only text gives a document with no articles. With a `folder`, lines
/// are recognised on a folded copy (本報訊 as 本报讯, full-width forms as half-width), so
/// Traditional-script pages lay out like Simplified ones; the text itself is never changed.
Document analyseLayout(std::u32string text, text::TextFolder* folder = nullptr);

} // namespace dais::layout
