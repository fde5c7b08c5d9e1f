#pragma once
// Where the code points of the decoded text ended up in a QTextDocument. Core spans count
// Unicode code points; QTextDocument positions count UTF-16 units, and names outside the BMP
// (𠮷) take two. The reader copies pieces of the text (headings, paragraph pieces) into the
// document; each piece is one segment here.

#include "core/text/text_folder.h"

#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace dais::reader {

class PositionMap {
  public:
    /// Records that `piece`, the code points starting at `cpStart` of the decoded text, was
    /// inserted at document position `docStart`. Segments are added in document order.
    void addSegment(std::size_t cpStart, std::u32string_view piece, int docStart);

    /// The document position of code point offset `cp` (a segment's end offset maps to the
    /// position right after it); nullopt when no segment holds it.
    std::optional<int> toDocument(std::size_t cp) const;

    /// The document range [first, second) of a span of code points; nullopt when its start or
    /// end is in no segment.
    std::optional<std::pair<int, int>> toDocument(text::Span span) const;

    /// The code point offset at document position `pos`; nullopt outside every segment.
    std::optional<std::size_t> toCodePoint(int pos) const;

  private:
    struct Segment {
        std::size_t cpStart = 0, cpEnd = 0;
        int docStart = 0, docEnd = 0;
        std::vector<std::size_t> astral; ///< offsets (relative) of code points above U+FFFF
    };
    std::vector<Segment> m_segments;
};

} // namespace dais::reader
