#include "core/detect/date_number.h"

#include <catch2/catch.hpp>

using namespace dais::detect;

TEST_CASE("numbers as dates write them", "[date_number]") {
    struct Row {
        std::u32string_view text;
        int value, length;
        bool tens;
    };
    const Row rows[] = {
        {U"2024年", 2024, 4, false},     {U"05日", 5, 2, false},
        {U"二〇二四年", 2024, 4, false}, {U"二○二三", 2023, 4, false},
        {U"一九九八", 1998, 4, false},   {U"十月", 10, 1, true},
        {U"十五", 15, 2, true},          {U"二十", 20, 2, true},
        {U"三十一日", 31, 3, true},      {U"九日", 9, 1, false},
    };
    for (const auto& row : rows) {
        CAPTURE(row.value);
        const auto n = readDateNumber(row.text, 0);
        REQUIRE(n);
        CHECK(n->value == row.value);
        CHECK(n->length == row.length);
        CHECK(n->end == static_cast<std::size_t>(row.length));
        CHECK(n->tens == row.tens);
    }
}

TEST_CASE("malformed or overlong numbers are none", "[date_number]") {
    for (const std::u32string_view text :
         {U"12023", U"十十", U"一二十", U"二十一二", U"〇十", U"一二三四五", U"年", U""}) {
        CHECK_FALSE(readDateNumber(text, 0));
    }
}

TEST_CASE("years and small numbers", "[date_number]") {
    const auto number = [](std::u32string_view text) { return *readDateNumber(text, 0); };
    CHECK(isYearNumber(number(U"1900")));
    CHECK(isYearNumber(number(U"2100")));
    CHECK_FALSE(isYearNumber(number(U"1899")));
    CHECK_FALSE(isYearNumber(number(U"30")));
    CHECK_FALSE(isYearNumber(number(U"一")));
    CHECK(isSmallNumber(number(U"12"), 12));
    CHECK(isSmallNumber(number(U"十二"), 12));
    CHECK(isSmallNumber(number(U"三"), 12));
    CHECK_FALSE(isSmallNumber(number(U"13"), 12));
    CHECK_FALSE(isSmallNumber(number(U"0"), 31));
    CHECK_FALSE(isSmallNumber(number(U"一二"), 12)); // positional Han digits are years only
    CHECK_FALSE(isSmallNumber(number(U"123"), 31));
}
