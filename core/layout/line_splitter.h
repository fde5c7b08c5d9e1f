#pragma once
// Lines of a decoded text, as spans with the surrounding spaces left out. Line ends are
// "\n", "\r\n", "\r", form feed (pdftotext's page break), vertical tab, NEL, U+2028/U+2029.

#include "core/text/text_folder.h"

#include <string_view>
#include <vector>

namespace dais::layout {

/// True for the spaces trimmed from line ends: ASCII blanks, NBSP, U+3000 (the indentation of
/// Chinese paragraphs), the U+2000 block, BOM.
bool isLayoutSpace(char32_t c);

/// The non-blank lines of `text`, trimmed, in order; code-point spans into `text`.
std::vector<text::Span> splitLines(std::u32string_view text);

} // namespace dais::layout
