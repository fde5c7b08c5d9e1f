#include "core/import/decoder.h"

#include "core/import/legacy_decoder.h"
#include "core/import/offset_list.h"
#include "core/import/utf16_decoder.h"
#include "core/text/utf.h"

#include <algorithm>
#include <cstring>
#include <optional>

namespace dais::import {
namespace {

// Shares of bad input tolerated before the guess is abandoned. A UTF-8 file with a damaged
// byte here and there is still UTF-8; a file where one character in twenty fails to convert
// was not written in that encoding.
constexpr std::size_t kMaxBadUtf8Percent = 1;
// ... but a short file may have a few: one broken character in a title is still UTF-8.
constexpr std::size_t kMinToleratedBadUtf8 = 4;
constexpr std::size_t kMaxLegacyErrorPercent = 5;

Error undecodable(std::string message) {
    return Error{Error::Kind::Undecodable, std::move(message)};
}

bool startsWith(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && s.substr(0, prefix.size()) == prefix;
}

// C0 controls other than the ones text files use (tab, newlines, form feed between PDF pages).
bool isStrayControl(char32_t c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r') || c == 0x7F;
}

// Binary data shows itself by NUL bytes or by many control characters; a stray one in a long
// text does not make it binary.
bool tooManyControls(std::size_t controls, std::size_t total) {
    return controls > 0 && controls * 50 > total;
}

// In UTF-8, GB18030 and Big5 no byte below 0x40 occurs inside a multi-byte character, so
// the raw bytes can be checked before knowing which of them it is.
std::optional<Error> checkNotBinary(std::string_view bytes) {
    if (const void* nul = std::memchr(bytes.data(), 0, bytes.size())) {
        const auto at = static_cast<const char*>(nul) - bytes.data();
        return undecodable("binary data, not text (NUL byte at offset " + std::to_string(at) + ")");
    }
    std::size_t controls = 0;
    for (char c : bytes)
        controls += isStrayControl(static_cast<unsigned char>(c));
    if (tooManyControls(controls, bytes.size()))
        return undecodable("binary data, not text (" + std::to_string(controls) +
                           " control characters)");
    return std::nullopt;
}

std::optional<Error> checkNotBinary(std::u32string_view text) {
    std::size_t controls = 0;
    for (char32_t c : text) {
        if (c == 0) return undecodable("binary data, not text (NUL character)");
        controls += isStrayControl(c);
    }
    if (tooManyControls(controls, text.size()))
        return undecodable("binary data, not text (" + std::to_string(controls) +
                           " control characters)");
    return std::nullopt;
}

// Decoding works block by block so that a file which plainly is not UTF-8 (GB18030 goes
// wrong at its first Chinese character) is given up after one block, not decoded in full.
constexpr std::size_t kUtf8Block = 256 * 1024;

struct Utf8Attempt {
    std::u32string text;
    std::vector<std::size_t> bad; // byte offsets of every ill-formed sequence
    std::size_t nonAscii = 0;     // well-formed multi-byte characters
    bool gaveUp = false;          // more than `maxBad` ill-formed sequences; text incomplete
};

Utf8Attempt decodeUtf8Counting(std::string_view bytes, std::size_t base, std::size_t maxBad) {
    Utf8Attempt a;
    a.text.reserve(bytes.size());
    std::vector<std::size_t> bad;
    std::size_t at = 0;
    while (at < bytes.size()) {
        std::size_t end = std::min(bytes.size(), at + kUtf8Block);
        // Cutting before a byte that cannot continue a sequence splits none, well-formed or not.
        while (end < bytes.size() && (static_cast<unsigned char>(bytes[end]) & 0xC0u) == 0x80u)
            ++end;
        bad.clear();
        a.text += text::decodeUtf8(bytes.substr(at, end - at), &bad);
        for (auto offset : bad)
            a.bad.push_back(base + at + offset);
        if (a.bad.size() > maxBad) {
            a.gaveUp = true;
            return a;
        }
        at = end;
    }
    for (char32_t c : a.text)
        a.nonAscii += c >= 0x80;
    a.nonAscii -= std::min(a.nonAscii, a.bad.size());
    return a;
}

DecodedText utf8Result(Utf8Attempt&& a) {
    DecodedText out{std::move(a.text), "UTF-8", {}};
    if (!a.bad.empty())
        out.warnings.push_back("replaced " + std::to_string(a.bad.size()) +
                               " invalid UTF-8 sequence(s) with U+FFFD at byte offset(s) " +
                               listOffsets(a.bad, a.bad.size()));
    return out;
}

Result<DecodedText> withoutBinary(DecodedText&& decoded) {
    if (auto error = checkNotBinary(decoded.text)) return *error;
    return std::move(decoded);
}

Result<DecodedText> decodeChinese(std::string_view bytes) {
    const char* charset = chooseChineseCharset(bytes);
    auto legacy = decodeLegacy(bytes, charset);
    if (!legacy) return legacy.error();
    auto& d = legacy.value();
    if (d.errors * 100 > d.text.size() * kMaxLegacyErrorPercent)
        return undecodable("not text in a supported encoding (UTF-8, UTF-16, GB18030, Big5)");
    DecodedText out{std::move(d.text), charset, {}};
    if (d.errors > 0)
        out.warnings.push_back("replaced " + std::to_string(d.errors) + " invalid " + charset +
                               " sequence(s) with U+FFFD at byte offset(s) " +
                               listOffsets(d.errorOffsets, d.errors));
    return out;
}

} // namespace

Result<DecodedText> decodeBytes(std::string_view bytes) {
    if (bytes.empty()) return undecodable("the input is empty");

    if (startsWith(bytes, std::string_view("\xFF\xFE\0\0", 4)) ||
        startsWith(bytes, std::string_view("\0\0\xFE\xFF", 4)))
        return undecodable("UTF-32 text is not supported");
    if (startsWith(bytes, "\xFF\xFE")) return withoutBinary(decodeUtf16(bytes.substr(2), false, 2));
    if (startsWith(bytes, "\xFE\xFF")) return withoutBinary(decodeUtf16(bytes.substr(2), true, 2));

    if (auto error = checkNotBinary(bytes)) return *error;

    // A BOM declares UTF-8, so damage in such a file is reported, never reinterpreted.
    if (startsWith(bytes, "\xEF\xBB\xBF"))
        return utf8Result(decodeUtf8Counting(bytes.substr(3), 3, bytes.size()));

    // Mostly UTF-8: few bad sequences, and well-formed multi-byte characters outnumber them
    // (a GBK file with a handful of Chinese words in ASCII has few bad bytes but none of these).
    auto utf8 = decodeUtf8Counting(
        bytes, 0, std::max(bytes.size() * kMaxBadUtf8Percent / 100, kMinToleratedBadUtf8));
    const bool fewBad = !utf8.gaveUp;
    if (fewBad && (utf8.bad.empty() || utf8.nonAscii >= 4 * utf8.bad.size()))
        return utf8Result(std::move(utf8));

    auto chinese = decodeChinese(bytes);
    if (chinese && chinese.value().warnings.empty()) return chinese;
    // Both readings are damaged: the one with less damage wins, UTF-8 when it is only lightly so.
    if (fewBad) return utf8Result(std::move(utf8));
    return chinese;
}

} // namespace dais::import
