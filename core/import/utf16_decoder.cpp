#include "core/import/utf16_decoder.h"

#include "core/import/offset_list.h"

namespace dais::import {

DecodedText decodeUtf16(std::string_view units, bool bigEndian, std::size_t base) {
    DecodedText out;
    out.encoding = bigEndian ? "UTF-16BE" : "UTF-16LE";
    out.text.reserve(units.size() / 2);
    std::vector<std::size_t> bad;
    std::size_t badCount = 0;
    auto unitAt = [&](std::size_t i) -> char32_t {
        const auto a = static_cast<unsigned char>(units[i]);
        const auto b = static_cast<unsigned char>(units[i + 1]);
        return bigEndian ? char32_t(a << 8 | b) : char32_t(b << 8 | a);
    };
    auto replace = [&](std::size_t offset) {
        out.text.push_back(0xFFFD);
        if (bad.size() < kMaxListedOffsets) bad.push_back(base + offset);
        ++badCount;
    };
    const std::size_t evenEnd = units.size() & ~std::size_t{1};
    std::size_t i = 0;
    while (i < evenEnd) {
        const char32_t u = unitAt(i);
        if (u >= 0xD800 && u <= 0xDBFF) {
            // A high surrogate is only kept together with the low one after it; anything
            // else leaves it alone, and it must not swallow the next unit.
            if (i + 2 < evenEnd) {
                const char32_t v = unitAt(i + 2);
                if (v >= 0xDC00 && v <= 0xDFFF) {
                    out.text.push_back(0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00));
                    i += 4;
                    continue;
                }
            }
            replace(i);
        } else if (u >= 0xDC00 && u <= 0xDFFF) {
            replace(i);
        } else {
            out.text.push_back(u);
        }
        i += 2;
    }
    if (badCount > 0)
        out.warnings.push_back("replaced " + std::to_string(badCount) +
                               " unpaired UTF-16 surrogate(s) with U+FFFD at byte offset(s) " +
                               listOffsets(bad, badCount));
    if (evenEnd < units.size()) {
        out.text.push_back(0xFFFD);
        out.warnings.push_back("an odd final byte at byte offset " +
                               std::to_string(base + evenEnd) + " became U+FFFD");
    }
    return out;
}

} // namespace dais::import
