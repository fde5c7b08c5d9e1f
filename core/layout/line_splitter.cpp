#include "core/layout/line_splitter.h"

namespace dais::layout {
namespace {

bool isLineEnd(char32_t c) {
    return c == U'\n' || c == U'\r' || c == U'\f' || c == U'\v' || c == 0x85 || c == 0x2028 ||
           c == 0x2029;
}

} // namespace

bool isLayoutSpace(char32_t c) {
    return c == U' ' || c == U'\t' || c == 0xA0 || c == 0x3000 || (c >= 0x2000 && c <= 0x200B) ||
           c == 0x202F || c == 0x205F || c == 0xFEFF;
}

std::vector<text::Span> splitLines(std::u32string_view text) {
    std::vector<text::Span> lines;
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        std::size_t end = i;
        while (end < n && !isLineEnd(text[end]))
            ++end;
        std::size_t a = i;
        std::size_t b = end;
        while (a < b && isLayoutSpace(text[a]))
            ++a;
        while (b > a && isLayoutSpace(text[b - 1]))
            --b;
        if (a < b) lines.push_back({a, b});
        i = end + 1; // "\r\n" leaves an empty line between, which is blank and skipped
    }
    return lines;
}

} // namespace dais::layout
