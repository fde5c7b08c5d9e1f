#pragma once
// Numbers as dates write them: ASCII digits (2024, 05), positional Han digits (二〇二四) and
// Han tens (十二, 二十四, 三十一), read from folded text. Internal to the date detector.

#include <cstddef>
#include <optional>
#include <string_view>

namespace dais::detect {

/// Every character a Han number is written with.
inline constexpr std::u32string_view kHanNumerals = U"〇○零一二三四五六七八九十";

inline bool isAsciiDigit(char32_t c) {
    return c >= U'0' && c <= U'9';
}

/// 0–9 for 〇 ○ 零 一 … 九, -1 otherwise (○ U+25CB is the usual stand-in for 〇 in years).
int hanDigit(char32_t c);

/// A Han digit or 十.
inline bool isHanNumeral(char32_t c) {
    return c == U'十' || hanDigit(c) >= 0;
}

struct DateNumber {
    int value = 0;
    std::size_t end = 0; ///< code point after the number
    int length = 0;      ///< code points
    bool han = false;
    bool tens = false; ///< written with 十
};

/// The number starting at `i`: a run of ASCII digits or of Han numerals, at most 4 long.
/// nullopt when there is none, when the run is longer, or when Han tens are malformed (十十).
std::optional<DateNumber> readDateNumber(std::u32string_view text, std::size_t i);

/// Years are four digits from 1900 to 2100, so 30年, 5年来 and 一年来 are durations.
bool isYearNumber(const DateNumber& n);

/// A month or day (1..max): one or two ASCII digits, one Han digit or Han tens.
bool isSmallNumber(const DateNumber& n, int max);

} // namespace dais::detect
