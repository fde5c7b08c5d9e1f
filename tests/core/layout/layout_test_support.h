#pragma once
// Helpers shared by the layout tests: reading spans back as UTF-8 for readable failures.

#include "core/layout/document.h"
#include "core/text/utf.h"

#include <optional>
#include <string>

namespace dais::layout::test {

inline std::string quote(std::u32string_view text, std::optional<Span> span) {
    if (!span) return "(none)";
    return text::toUtf8(text.substr(span->start, span->size()));
}

inline std::string quote(std::u32string_view text, const Paragraph& p) {
    std::string out;
    for (const auto& piece : p.pieces)
        out += text::toUtf8(text.substr(piece.start, piece.size()));
    return out;
}

} // namespace dais::layout::test
