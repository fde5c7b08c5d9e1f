#include "core/detect/date_number.h"

namespace dais::detect {

int hanDigit(char32_t c) {
    static constexpr std::u32string_view kZeros = U"〇○零";
    static constexpr std::u32string_view kDigits = U"一二三四五六七八九";
    if (kZeros.find(c) != std::u32string_view::npos) return 0;
    const auto k = kDigits.find(c);
    return k == std::u32string_view::npos ? -1 : static_cast<int>(k) + 1;
}

std::optional<DateNumber> readDateNumber(std::u32string_view text, std::size_t i) {
    DateNumber n;
    std::size_t j = i;
    if (j < text.size() && isAsciiDigit(text[j])) {
        while (j < text.size() && isAsciiDigit(text[j])) {
            if (++n.length > 4) return std::nullopt;
            n.value = n.value * 10 + static_cast<int>(text[j] - U'0');
            ++j;
        }
        n.end = j;
        return n;
    }
    int digits[4];
    int tenAt = -1;
    while (j < text.size() && isHanNumeral(text[j])) {
        if (n.length == 4) return std::nullopt;
        if (text[j] == U'十') {
            if (tenAt >= 0) return std::nullopt;
            tenAt = n.length;
        }
        digits[n.length++] = hanDigit(text[j]);
        ++j;
    }
    if (n.length == 0) return std::nullopt;
    n.end = j;
    n.han = true;
    if (tenAt < 0) {
        for (int k = 0; k < n.length; ++k)
            n.value = n.value * 10 + digits[k];
        return n;
    }
    // [d]十[d] with d in 1–9: 十 = 10, 十五 = 15, 二十 = 20, 三十一 = 31.
    n.tens = true;
    const int after = n.length - tenAt - 1;
    if (tenAt > 1 || after > 1) return std::nullopt;
    const int high = tenAt == 0 ? 1 : digits[0];
    const int low = after == 1 ? digits[tenAt + 1] : 0;
    if (high < 1 || (after == 1 && low < 1)) return std::nullopt;
    n.value = high * 10 + low;
    return n;
}

bool isYearNumber(const DateNumber& n) {
    return n.length == 4 && !n.tens && n.value >= 1900 && n.value <= 2100;
}

bool isSmallNumber(const DateNumber& n, int max) {
    const bool shape = n.tens || (n.han ? n.length == 1 : n.length <= 2);
    return shape && n.value >= 1 && n.value <= max;
}

} // namespace dais::detect
