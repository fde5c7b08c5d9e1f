// Arbitrary bytes through the import and layout stages: reading must either succeed or fail
// with a message, and every span the layout reports must lie inside the text, in order.

#include "core/import/html_text.h"
#include "core/import/source_reader.h"
#include "core/layout/document.h"
#include "core/text/utf.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

// __builtin_trap rather than assert: the check must hold in optimised builds as well.
void require(bool condition) {
    if (!condition) __builtin_trap();
}

void checkSpan(const dais::text::Span& s, std::size_t limit) {
    require(s.start <= s.end && s.end <= limit);
}

void checkLayout(std::u32string text) {
    const std::size_t size = text.size();
    const auto doc = dais::layout::analyseLayout(std::move(text));
    require(doc.text.size() == size);
    std::size_t previousEnd = 0;
    for (const auto& a : doc.articles) {
        checkSpan(a.span, size);
        require(a.span.start >= previousEnd);
        previousEnd = a.span.end;
        for (const auto* heading : {&a.kicker, &a.title, &a.subtitle, &a.byline})
            if (*heading) {
                checkSpan(**heading, size);
                require((*heading)->start >= a.span.start && (*heading)->end <= a.span.end);
            }
        std::size_t at = a.span.start;
        for (const auto& p : a.body) {
            require(!p.pieces.empty());
            for (const auto& piece : p.pieces) {
                checkSpan(piece, size);
                require(piece.start >= at && !piece.empty());
                at = piece.end;
            }
        }
        require(at <= a.span.end);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);

    auto source = dais::import::readSourceBytes(bytes, "fuzz");
    if (source) {
        checkLayout(std::move(source.value().text));
    } else {
        require(!source.error().message.empty());
    }

    // The HTML and layout stages also see text the decoder would refuse or not call HTML.
    const auto lossy = dais::text::decodeUtf8(bytes);
    if (auto text = dais::import::htmlToText(lossy)) require(!text.value().empty());
    checkLayout(lossy);
    return 0;
}
