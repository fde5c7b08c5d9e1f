#include "core/layout/paragraph_joiner.h"

#include "core/layout/line_classifier.h"
#include "core/layout/line_splitter.h"

namespace dais::layout {

bool continuesInto(std::u32string_view current, std::u32string_view next) {
    if (endsParagraph(current)) return false;
    // Whatever starts something new is never the second half of a sentence.
    if (opensWithNewsMarker(next) || isPhotoCredit(next) || isBylineLine(next) ||
        isPageFurniture(next) || opensWithListMarker(next) || next.substr(0, 2) == U"——")
        return false;
    // A trailing comma leaves no doubt; otherwise only a body-length line can have been cut,
    // and a short line after it is more likely a subheading than the rest of a sentence.
    if (endsMidClause(current)) return true;
    return current.size() >= kMinBodyLineLength && !isHeadingLike(current) && !isHeadingLike(next);
}

std::vector<Paragraph> joinParagraphs(std::u32string_view text) {
    std::vector<Paragraph> paragraphs;
    const auto lines = splitLines(text);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto line = text.substr(lines[i].start, lines[i].size());
        if (i > 0 && !paragraphs.empty()) {
            const Span previous = paragraphs.back().pieces.back();
            if (continuesInto(text.substr(previous.start, previous.size()), line)) {
                paragraphs.back().pieces.push_back(lines[i]);
                continue;
            }
        }
        paragraphs.push_back(Paragraph{{lines[i]}});
    }
    return paragraphs;
}

} // namespace dais::layout
