#include "app/reader/position_map.h"

#include <algorithm>

namespace dais::reader {

void PositionMap::addSegment(std::size_t cpStart, std::u32string_view piece, int docStart) {
    Segment s;
    s.cpStart = cpStart;
    s.cpEnd = cpStart + piece.size();
    s.docStart = docStart;
    for (std::size_t i = 0; i < piece.size(); ++i)
        if (piece[i] > 0xFFFF) s.astral.push_back(i);
    s.docEnd = docStart + static_cast<int>(piece.size() + s.astral.size());
    m_segments.push_back(std::move(s));
}

std::optional<int> PositionMap::toDocument(std::size_t cp) const {
    for (const auto& s : m_segments) {
        if (cp < s.cpStart || cp > s.cpEnd) continue;
        const std::size_t rel = cp - s.cpStart;
        // Each astral code point before `cp` adds its second UTF-16 unit.
        const auto extra =
            std::lower_bound(s.astral.begin(), s.astral.end(), rel) - s.astral.begin();
        return s.docStart + static_cast<int>(rel + static_cast<std::size_t>(extra));
    }
    return std::nullopt;
}

std::optional<std::pair<int, int>> PositionMap::toDocument(text::Span span) const {
    // The start is looked up as a start (not as the end of a preceding segment) by searching
    // for span.start within [cpStart, cpEnd), and the end within (cpStart, cpEnd].
    std::optional<int> start, end;
    for (const auto& s : m_segments) {
        if (!start && span.start >= s.cpStart && span.start < s.cpEnd)
            start = toDocument(span.start);
        if (!end && span.end > s.cpStart && span.end <= s.cpEnd) {
            const std::size_t rel = span.end - s.cpStart;
            const auto extra =
                std::lower_bound(s.astral.begin(), s.astral.end(), rel) - s.astral.begin();
            end = s.docStart + static_cast<int>(rel + static_cast<std::size_t>(extra));
        }
    }
    if (!start || !end || *end < *start) return std::nullopt;
    return std::pair{*start, *end};
}

std::optional<std::size_t> PositionMap::toCodePoint(int pos) const {
    for (const auto& s : m_segments) {
        if (pos < s.docStart || pos >= s.docEnd) continue;
        int units = s.docStart;
        std::size_t rel = 0;
        auto next = s.astral.begin();
        while (true) {
            const int width = (next != s.astral.end() && *next == rel) ? 2 : 1;
            if (pos < units + width) return s.cpStart + rel;
            units += width;
            if (width == 2) ++next;
            ++rel;
        }
    }
    return std::nullopt;
}

} // namespace dais::reader
