#pragma once
// Lines → paragraphs. PDF extraction cuts paragraphs mid-sentence and puts blank lines into
// the cut ("…重大要求,擘\n\n画了…"); a long line that does not end a sentence is continued
// by the next non-blank line, unless that line is a heading, a dateline, a credit or a list
// item. The text itself is never touched: a repaired paragraph is a list of pieces.

#include "core/layout/document.h"

#include <string_view>
#include <vector>

namespace dais::layout {

/// True when the line `current` (the last piece of a paragraph) is continued by `next`.
bool continuesInto(std::u32string_view current, std::u32string_view next);

/// The paragraphs of `text`, each line one paragraph unless joined by continuesInto().
std::vector<Paragraph> joinParagraphs(std::u32string_view text);

} // namespace dais::layout
