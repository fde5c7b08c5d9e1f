#pragma once
// Paragraphs → articles. A newspaper page holds several articles; a new one starts at a run
// of one to three heading lines followed by a dateline paragraph ("本报讯…", "新华社…电"),
// a photo credit or a byline line. Subheadings inside an article are followed by plain body
// text and so start nothing. Text without that structure is one article.

#include "core/layout/document.h"

#include <string_view>
#include <vector>

namespace dais::layout {

/// Most heading lines an article has: kicker (引题), title, subtitle (副题).
inline constexpr std::size_t kMaxHeadingLines = 3;

/// Splits the paragraphs of `text` (from joinParagraphs) into articles, in text order.
std::vector<Article> splitArticles(std::u32string_view text,
                                   const std::vector<Paragraph>& paragraphs);

/// Decides two heading lines: true when the second is a subtitle (so the first is the title),
/// false when the first is a kicker. A subtitle reports who did what
/// ("吴晓军罗东川出席公保扎西主持并讲话") or starts with "——"; a kicker is usually a slogan.
bool looksLikeSubtitle(std::u32string_view secondLine);

} // namespace dais::layout
