#include "core/text/utf.h"

namespace dais::text {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Length of the well-formed sequence starting at `i`, or 0 when it is ill-formed; the
// byte ranges follow Unicode Table 3-7 so that overlongs and surrogates are rejected.
std::size_t wellFormedLength(std::string_view s, std::size_t i, char32_t& cp) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
        cp = b0;
        return 1;
    }
    auto cont = [&](std::size_t k, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
        if (i + k >= s.size()) return false;
        const auto b = static_cast<unsigned char>(s[i + k]);
        return b >= lo && b <= hi;
    };
    auto tail = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]) & 0x3Fu; };
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        if (!cont(1)) return 0;
        cp = ((b0 & 0x1Fu) << 6) | tail(1);
        return 2;
    }
    if (b0 >= 0xE0 && b0 <= 0xEF) {
        const unsigned char lo = b0 == 0xE0 ? 0xA0 : 0x80;
        const unsigned char hi = b0 == 0xED ? 0x9F : 0xBF;
        if (!cont(1, lo, hi) || !cont(2)) return 0;
        cp = ((b0 & 0x0Fu) << 12) | (tail(1) << 6) | tail(2);
        return 3;
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
        const unsigned char lo = b0 == 0xF0 ? 0x90 : 0x80;
        const unsigned char hi = b0 == 0xF4 ? 0x8F : 0xBF;
        if (!cont(1, lo, hi) || !cont(2) || !cont(3)) return 0;
        cp = ((b0 & 0x07u) << 18) | (tail(1) << 12) | (tail(2) << 6) | tail(3);
        return 4;
    }
    return 0;
}

// Bytes covered by one maximal ill-formed subpart starting at `i` (at least one).
std::size_t illFormedLength(std::string_view s, std::size_t i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    std::size_t need = b0 >= 0xF0 && b0 <= 0xF4   ? 4
                       : b0 >= 0xE0 && b0 <= 0xEF ? 3
                       : b0 >= 0xC2 && b0 <= 0xDF ? 2
                                                  : 1;
    std::size_t n = 1;
    while (n < need && i + n < s.size()) {
        const auto b = static_cast<unsigned char>(s[i + n]);
        if ((b & 0xC0u) != 0x80u) break;
        // Stop at the first byte that could not continue this lead (Table 3-7 second byte).
        if (n == 1) {
            if ((b0 == 0xE0 && b < 0xA0) || (b0 == 0xED && b > 0x9F) || (b0 == 0xF0 && b < 0x90) ||
                (b0 == 0xF4 && b > 0x8F))
                break;
        }
        ++n;
    }
    return n;
}

} // namespace

std::u32string decodeUtf8(std::string_view bytes, std::vector<std::size_t>* badOffsets) {
    std::u32string out;
    out.reserve(bytes.size());
    std::size_t i = 0;
    while (i < bytes.size()) {
        char32_t cp = 0;
        if (const auto n = wellFormedLength(bytes, i, cp)) {
            out.push_back(cp);
            i += n;
        } else {
            if (badOffsets) badOffsets->push_back(i);
            out.push_back(kReplacement);
            i += illFormedLength(bytes, i);
        }
    }
    return out;
}

bool isValidUtf8(std::string_view bytes) {
    std::size_t i = 0;
    while (i < bytes.size()) {
        char32_t cp = 0;
        const auto n = wellFormedLength(bytes, i, cp);
        if (n == 0) return false;
        i += n;
    }
    return true;
}

void appendUtf8(std::string& out, char32_t cp) {
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = kReplacement;
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

std::string toUtf8(std::u32string_view text) {
    std::string out;
    out.reserve(text.size() * 3);
    for (char32_t cp : text)
        appendUtf8(out, cp);
    return out;
}

} // namespace dais::text
