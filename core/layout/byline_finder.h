#pragma once
// Where an article names its reporters: "本报讯(特约记者 张晓英)" at the start, a line
// "■记者 居丹荔" under the headings, or "(记者 樊娅楠)" closing the last paragraph.

#include "core/layout/document.h"

#include <optional>
#include <string_view>
#include <vector>

namespace dais::layout {

/// The byline of an article whose body is `body` (paragraphs of `text`): the words inside the
/// parentheses, or the byline line without its bullet. Nothing when there is none.
std::optional<Span> findByline(std::u32string_view text, const std::vector<Paragraph>& body);

} // namespace dais::layout
