#include "core/detect/civil_date.h"

#include <catch2/catch.hpp>

using namespace dais::detect;

TEST_CASE("parseIsoDate accepts real calendar days only", "[civil_date]") {
    CHECK(parseIsoDate("2025-01-21") == CivilDate{2025, 1, 21});
    CHECK(parseIsoDate("2024-02-29") == CivilDate{2024, 2, 29});
    const char* bad[] = {"2023-02-29", "1900-02-29", "2025-13-01", "2025-00-10", "2025-04-31",
                         "2025-1-21",  "2025/01/21", "20250121",   "",           "2025-01-2x"};
    for (const char* iso : bad) {
        CAPTURE(iso);
        CHECK_FALSE(parseIsoDate(iso));
    }
}

TEST_CASE("leap years and month lengths", "[civil_date]") {
    CHECK(isLeapYear(2024));
    CHECK(isLeapYear(2000));
    CHECK_FALSE(isLeapYear(1900));
    CHECK_FALSE(isLeapYear(2025));
    CHECK(daysInMonth(2024, 2) == 29);
    CHECK(daysInMonth(2025, 2) == 28);
    CHECK(daysInMonth(0, 2) == 29); // year unknown: 29 February exists in some year
    CHECK(daysInMonth(2025, 4) == 30);
    CHECK(daysInMonth(2025, 12) == 31);
    CHECK(daysInMonth(2025, 13) == 0);
}

TEST_CASE("day arithmetic crosses month and year boundaries", "[civil_date]") {
    struct Row {
        CivilDate from;
        int days;
        CivilDate to;
    };
    const Row rows[] = {
        {{2025, 1, 1}, -1, {2024, 12, 31}}, {{2024, 12, 31}, 1, {2025, 1, 1}},
        {{2024, 3, 1}, -1, {2024, 2, 29}},  {{2023, 3, 1}, -1, {2023, 2, 28}},
        {{2000, 2, 28}, 1, {2000, 2, 29}},  {{1900, 2, 28}, 1, {1900, 3, 1}},
        {{2025, 1, 22}, -2, {2025, 1, 20}}, {{2024, 1, 1}, 366, {2025, 1, 1}},
    };
    for (const auto& row : rows) {
        CAPTURE(formatDate(row.from), row.days);
        CHECK(addDays(row.from, row.days) == row.to);
        CHECK(daysBetween(row.from, row.to) == row.days);
    }
}

TEST_CASE("month arithmetic wraps years", "[civil_date]") {
    CHECK(addMonths({2025, 1}, -1) == YearMonth{2024, 12});
    CHECK(addMonths({2024, 12}, 1) == YearMonth{2025, 1});
    CHECK(addMonths({2025, 3}, -14) == YearMonth{2024, 1});
    CHECK(addMonths({2025, 6}, 0) == YearMonth{2025, 6});
}

TEST_CASE("ISO weeks belong to the year of their Thursday", "[civil_date]") {
    struct Row {
        CivilDate date;
        int year, week;
    };
    const Row rows[] = {
        {{2025, 1, 22}, 2025, 4},  {{2025, 1, 15}, 2025, 3}, {{2021, 1, 3}, 2020, 53},
        {{2024, 12, 30}, 2025, 1}, {{2025, 1, 1}, 2025, 1},  {{2024, 12, 25}, 2024, 52},
    };
    for (const auto& row : rows) {
        CAPTURE(formatDate(row.date));
        const IsoWeek w = isoWeekOf(row.date);
        CHECK(w.year == row.year);
        CHECK(w.week == row.week);
    }
}

TEST_CASE("ISO 8601 formatting pads every field", "[civil_date]") {
    CHECK(formatDate({2025, 1, 5}) == "2025-01-05");
    CHECK(formatYearMonth(2024, 3) == "2024-03");
    CHECK(formatYear(2016) == "2016");
    CHECK(formatWeek({2025, 3}) == "2025-W03");
}
