#include "core/import/legacy_decoder.h"

#include "core/import/common_han.h"
#include "core/import/offset_list.h"

#include <array>
#include <cstring>
#include <memory>

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>
#include <unicode/utf16.h>

namespace dais::import {
namespace {

// Enough text to tell the encodings apart; scoring the whole of a large file would double
// the decoding time for no better answer.
constexpr std::size_t kSampleBytes = 64 * 1024;

struct ConverterCloser {
    void operator()(UConverter* c) const { ucnv_close(c); }
};
struct DetectorCloser {
    void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};

// Substitutes U+FFFD like ICU's own callback, and counts how often it had to.
void countingSubstitute(const void* context, UConverterToUnicodeArgs* args, const char* codeUnits,
                        int32_t length, UConverterCallbackReason reason, UErrorCode* err) {
    if (reason > UCNV_IRREGULAR) return; // reset, close, clone: nothing was lost
    ++*static_cast<std::size_t*>(const_cast<void*>(context));
    UCNV_TO_U_CALLBACK_SUBSTITUTE(nullptr, args, codeUnits, length, reason, err);
}

bool isHanOrSymbol(char32_t cp) {
    return (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0x20000 && cp <= 0x3134F) ||
           (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF) ||
           (cp >= 0x2000 && cp <= 0x206F) || cp == 0x00B7;
}

int detectorConfidence(std::string_view sample, const char* charset) {
    UErrorCode st = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorCloser> det(ucsdet_open(&st));
    if (U_FAILURE(st)) return 0;
    ucsdet_setText(det.get(), sample.data(), static_cast<int32_t>(sample.size()), &st);
    int32_t count = 0;
    const UCharsetMatch** matches = ucsdet_detectAll(det.get(), &count, &st);
    if (U_FAILURE(st)) return 0;
    for (int32_t i = 0; i < count; ++i) {
        const char* name = ucsdet_getName(matches[i], &st);
        if (U_SUCCESS(st) && name && std::strcmp(name, charset) == 0)
            return ucsdet_getConfidence(matches[i], &st);
    }
    return 0;
}

// Both encodings keep their everyday characters in a "level 1" block of byte pairs (GB2312
// level 1: leads B0–D7, trails A1–FE; Big5 frequently used: leads A4–C6, trails 40–7E and
// A1–FE) and rare ones elsewhere. Text in one encoding read as the other lands outside that
// block more often, which decides short texts where the character test alone ties. Returns
// pairs inside the block minus pairs outside it.
long levelOneBalance(std::string_view bytes, bool big5) {
    const unsigned char firstLead = big5 ? 0xA4 : 0xB0;
    const unsigned char lastLead = big5 ? 0xC6 : 0xD7;
    long balance = 0;
    std::size_t i = 0;
    while (i + 1 < bytes.size()) {
        const auto lead = static_cast<unsigned char>(bytes[i]);
        const auto trail = static_cast<unsigned char>(bytes[i + 1]);
        if (lead < 0x81 || lead == 0xFF) {
            ++i;
            continue;
        }
        if (!big5 && trail >= 0x30 && trail <= 0x39) { // GB18030 four-byte sequence: rare
            --balance;
            i += 4;
            continue;
        }
        const bool highTrail = trail >= 0xA1 && trail <= 0xFE;
        const bool lowTrail = big5 && trail >= 0x40 && trail <= 0x7E;
        balance += lead >= firstLead && lead <= lastLead && (highTrail || lowTrail) ? 1 : -1;
        i += 2;
    }
    return balance;
}

} // namespace

Result<LegacyDecoding> decodeLegacy(std::string_view bytes, const char* charset, bool complete) {
    UErrorCode st = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> cnv(ucnv_open(charset, &st));
    if (U_FAILURE(st))
        return Error{Error::Kind::Internal,
                     std::string("ICU has no converter for ") + charset + ": " + u_errorName(st)};
    LegacyDecoding out;
    ucnv_setToUCallBack(cnv.get(), countingSubstitute, &out.errors, nullptr, nullptr, &st);
    if (U_FAILURE(st))
        return Error{Error::Kind::Internal, std::string("ICU converter setup: ") + u_errorName(st)};
    out.text.reserve(bytes.size());

    // Converted in pieces so that the offsets array stays small; a surrogate pair may straddle
    // two pieces, hence `high`.
    constexpr std::size_t kChunk = 16 * 1024;
    std::array<UChar, kChunk> units{};
    std::array<int32_t, kChunk> offsets{};
    const char* src = bytes.data();
    const char* const srcEnd = bytes.data() + bytes.size();
    UChar high = 0;
    for (;;) {
        const std::size_t base = static_cast<std::size_t>(src - bytes.data());
        UChar* target = units.data();
        st = U_ZERO_ERROR;
        ucnv_toUnicode(cnv.get(), &target, units.data() + units.size(), &src, srcEnd,
                       offsets.data(), complete, &st);
        const auto produced = static_cast<std::size_t>(target - units.data());
        for (std::size_t k = 0; k < produced; ++k) {
            const UChar u = units[k];
            if (high != 0) {
                if (U16_IS_TRAIL(u)) {
                    out.text.push_back(U16_GET_SUPPLEMENTARY(high, u));
                    high = 0;
                    continue;
                }
                out.text.push_back(0xFFFD); // ICU never emits this; kept safe regardless
                high = 0;
            }
            if (U16_IS_LEAD(u)) {
                high = u;
            } else if (U16_IS_TRAIL(u)) {
                out.text.push_back(0xFFFD);
            } else {
                if (u == 0xFFFD && out.errorOffsets.size() < kMaxListedOffsets)
                    out.errorOffsets.push_back(
                        base + static_cast<std::size_t>(offsets[k] < 0 ? 0 : offsets[k]));
                out.text.push_back(u);
            }
        }
        if (st == U_BUFFER_OVERFLOW_ERROR) continue;
        if (U_FAILURE(st))
            return Error{Error::Kind::Internal,
                         std::string("ICU conversion from ") + charset + ": " + u_errorName(st)};
        break;
    }
    if (high != 0) out.text.push_back(0xFFFD);
    return out;
}

long chineseScore(std::u32string_view text, std::size_t errors) {
    long score = 0;
    for (char32_t cp : text) {
        if (cp < 0x80 || cp == 0xFFFD) continue;
        if (isCommonHan(cp))
            score += 4;
        else if (isHanOrSymbol(cp))
            score += 1;
        else
            score -= 2; // kana, box drawing, Greek, private use: signs of the wrong table
    }
    return score - 8 * static_cast<long>(errors);
}

const char* chooseChineseCharset(std::string_view bytes) {
    const bool whole = bytes.size() <= kSampleBytes;
    const std::string_view sample = whole ? bytes : bytes.substr(0, kSampleBytes);
    auto gb = decodeLegacy(sample, "GB18030", whole);
    auto big5 = decodeLegacy(sample, "Big5", whole);
    if (!gb) return big5 ? "Big5" : "GB18030";
    if (!big5) return "GB18030";
    const long gbScore =
        chineseScore(gb.value().text, gb.value().errors) + 2 * levelOneBalance(sample, false);
    const long big5Score =
        chineseScore(big5.value().text, big5.value().errors) + 2 * levelOneBalance(sample, true);
    if (gbScore != big5Score) return gbScore > big5Score ? "GB18030" : "Big5";
    return detectorConfidence(sample, "Big5") > detectorConfidence(sample, "GB18030") ? "Big5"
                                                                                      : "GB18030";
}

} // namespace dais::import
