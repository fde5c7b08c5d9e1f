#include "store/pinyin.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace dais::store {

Result<std::unique_ptr<Pinyin>> Pinyin::create() {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
        icu::UnicodeString::fromUTF8("Han-Latin; Latin-ASCII; Lower"), UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !t)
        return Error{Error::Kind::Internal,
                     std::string("ICU Han-Latin transform unavailable: ") + u_errorName(status)};
    return std::unique_ptr<Pinyin>(new Pinyin(std::move(t)));
}

Pinyin::Pinyin(std::unique_ptr<icu::Transliterator> t) : m_translit(std::move(t)) {}
Pinyin::~Pinyin() = default;

std::string Pinyin::of(std::string_view utf8) {
    icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    m_translit->transliterate(s);
    std::string out;
    s.toUTF8String(out);
    // Han-Latin separates syllables with spaces already; collapse whatever else came through
    // (middle dots of foreign names, doubled spaces) into single spaces.
    std::string clean;
    for (char c : out) {
        const bool letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (letter) clean.push_back(c);
        else if (!clean.empty() && clean.back() != ' ') clean.push_back(' ');
    }
    while (!clean.empty() && clean.back() == ' ') clean.pop_back();
    return clean;
}

std::string Pinyin::key(std::string_view text) {
    std::string out;
    for (char c : of(text))
        if (c != ' ') out.push_back(c);
    return out;
}

} // namespace dais::store
