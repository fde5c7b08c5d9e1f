#include "core/text/text_folder.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace dais::text {

Span MatchView::toOriginal(Span viewSpan) const {
    if (viewSpan.empty()) return {origin[viewSpan.start], origin[viewSpan.start]};
    return {origin[viewSpan.start], origin[viewSpan.end - 1] + 1};
}

bool isMiddleDotVariant(char32_t cp) {
    switch (cp) {
    case 0x00B7:
    case 0x2022:
    case 0x2027:
    case 0x30FB:
    case 0xFF65:
    case 0x2219:
    case 0x22C5:
        return true;
    default:
        return false;
    }
}

bool isHan(char32_t cp) {
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
           (cp >= 0x20000 && cp <= 0x2A6DF) || (cp >= 0xF900 && cp <= 0xFAFF) || cp == 0x3007;
}

Result<std::unique_ptr<TextFolder>> TextFolder::create() {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t2s(icu::Transliterator::createInstance(
        icu::UnicodeString::fromUTF8("Traditional-Simplified"), UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !t2s)
        return Error{Error::Kind::Internal,
                     std::string("ICU Traditional-Simplified transform unavailable: ") +
                         u_errorName(status)};
    return std::unique_ptr<TextFolder>(new TextFolder(std::move(t2s)));
}

TextFolder::TextFolder(std::unique_ptr<icu::Transliterator> t2s)
    : m_t2s(std::move(t2s)), m_cache(0x10000, 0) {}

TextFolder::~TextFolder() = default;

char32_t TextFolder::simplified(char32_t cp) {
    if (cp >= 0x10000) return cp;
    char32_t& cached = m_cache[cp];
    if (cached == 0) {
        icu::UnicodeString s(static_cast<UChar32>(cp));
        m_t2s->transliterate(s);
        // Only one-to-one mappings keep offsets aligned; anything else stays as written.
        cached = (s.countChar32() == 1) ? static_cast<char32_t>(s.char32At(0)) : cp;
    }
    return cached;
}

char32_t TextFolder::fold(char32_t cp) {
    if (cp < 0x80) return cp;
    if (cp >= 0xFF01 && cp <= 0xFF5E) return cp - 0xFEE0;
    if (cp == 0x3000 || cp == 0x00A0) return U' ';
    if (isMiddleDotVariant(cp)) return 0x00B7;
    if (isHan(cp)) return simplified(cp);
    return cp;
}

namespace {

bool isPinyinLetter(char32_t cp) {
    if ((cp >= U'a' && cp <= U'z') || cp == U'ü') return true;
    // Latin-1 Supplement and Extended-A/B vowels with tone marks (āáǎà ēéěè …).
    return (cp >= 0x00E0 && cp <= 0x00FC) || (cp >= 0x0100 && cp <= 0x01DC);
}

// Length of an inline pinyin gloss "(huì)" starting at `i` right after a Han character, or 0.
std::size_t pinyinGlossLength(std::u32string_view s, std::size_t i) {
    if (i >= s.size() || (s[i] != U'(' && s[i] != U'\uFF08')) return 0;
    std::size_t j = i + 1;
    while (j < s.size() && j - i <= 8 && isPinyinLetter(s[j]))
        ++j;
    if (j == i + 1 || j >= s.size() || (s[j] != U')' && s[j] != U'\uFF09')) return 0;
    return j + 1 - i;
}

} // namespace

MatchView TextFolder::makeView(std::u32string_view original, std::size_t base) {
    MatchView view;
    view.text.reserve(original.size());
    view.origin.reserve(original.size() + 1);
    for (std::size_t i = 0; i < original.size(); ++i) {
        view.text.push_back(fold(original[i]));
        view.origin.push_back(base + i);
        if (isHan(original[i])) i += pinyinGlossLength(original, i + 1);
    }
    view.origin.push_back(base + original.size());
    return view;
}

} // namespace dais::text
