#include "core/layout/byline_finder.h"

#include "core/layout/line_classifier.h"
#include "core/layout/line_splitter.h"

namespace dais::layout {
namespace {

// Bylines sit within the first or last few dozen characters of an article.
constexpr std::size_t kWindow = 40;
// Credits, byline lines and page furniture may precede the first real paragraph.
constexpr std::size_t kMaxLeadingParagraphs = 3;

bool isOpen(char32_t c) {
    return c == U'(' || c == U'（';
}
bool isClose(char32_t c) {
    return c == U')' || c == U'）';
}

// The trimmed inside of a parenthesised group at [open, close] of `text`, when it names a
// reporter.
std::optional<Span> reporterGroup(std::u32string_view text, std::size_t open, std::size_t close) {
    std::size_t a = open + 1;
    std::size_t b = close;
    while (a < b && isLayoutSpace(text[a]))
        ++a;
    while (b > a && isLayoutSpace(text[b - 1]))
        --b;
    if (a >= b || !namesReporter(text.substr(a, b - a))) return std::nullopt;
    return Span{a, b};
}

std::optional<Span> leadingGroup(std::u32string_view text, Span piece) {
    const std::size_t end = std::min(piece.end, piece.start + kWindow);
    for (std::size_t i = piece.start; i < end; ++i) {
        if (!isOpen(text[i])) continue;
        for (std::size_t j = i + 1; j < end; ++j)
            if (isClose(text[j])) return reporterGroup(text, i, j);
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<Span> trailingGroup(std::u32string_view text, Span piece) {
    if (piece.empty() || !isClose(text[piece.end - 1])) return std::nullopt;
    const std::size_t close = piece.end - 1;
    const std::size_t floor = close > piece.start + kWindow ? close - kWindow : piece.start;
    for (std::size_t i = close; i > floor; --i)
        if (isOpen(text[i - 1])) return reporterGroup(text, i - 1, close);
    return std::nullopt;
}

Span withoutBullet(std::u32string_view text, Span line) {
    return {line.start + bulletLength(text.substr(line.start, line.size())), line.end};
}

} // namespace

std::optional<Span> findByline(std::u32string_view text, const std::vector<Paragraph>& body) {
    for (std::size_t i = 0; i < body.size() && i < kMaxLeadingParagraphs; ++i) {
        const Span first = body[i].pieces.front();
        const auto line = text.substr(first.start, first.size());
        if (body[i].pieces.size() == 1 && isBylineLine(line)) return withoutBullet(text, first);
        if (body[i].pieces.size() == 1 && (isPhotoCredit(line) || isPageFurniture(line))) continue;
        if (opensWithNewsMarker(line))
            if (auto group = leadingGroup(text, first)) return group;
        break;
    }
    if (body.empty()) return std::nullopt;
    const Span last = body.back().pieces.back();
    if (body.back().pieces.size() == 1 && isBylineLine(text.substr(last.start, last.size())))
        return withoutBullet(text, last);
    return trailingGroup(text, last);
}

} // namespace dais::layout
