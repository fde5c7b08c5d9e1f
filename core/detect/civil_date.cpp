#include "core/detect/civil_date.h"

#include <cstdio>

namespace dais::detect {

namespace {

// Howard Hinnant's days_from_civil / civil_from_days: exact for the whole proleptic
// Gregorian calendar, with no table and no locale.
long daysFromCivil(const CivilDate& date) {
    const int y = date.month <= 2 ? date.year - 1 : date.year;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned mp = static_cast<unsigned>(date.month > 2 ? date.month - 3 : date.month + 9);
    const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(date.day) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

CivilDate civilFromDays(long z) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int year = static_cast<int>(static_cast<long>(yoe) + era * 400) + (month <= 2 ? 1 : 0);
    return {year, month, day};
}

// 0 = Monday … 6 = Sunday; day 0 of the epoch (1970-01-01) was a Thursday.
int weekdayIndex(long days) {
    const long w = (days + 3) % 7;
    return static_cast<int>(w < 0 ? w + 7 : w);
}

bool readInt(std::string_view s, int& out) {
    out = 0;
    if (s.empty()) return false;
    for (const char c : s) {
        if (c < '0' || c > '9') return false;
        out = out * 10 + (c - '0');
    }
    return true;
}

} // namespace

std::optional<CivilDate> parseIsoDate(std::string_view iso) {
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
    CivilDate date;
    if (!readInt(iso.substr(0, 4), date.year) || !readInt(iso.substr(5, 2), date.month) ||
        !readInt(iso.substr(8, 2), date.day))
        return std::nullopt;
    if (!isValidDate(date)) return std::nullopt;
    return date;
}

bool isLeapYear(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    if (month == 2 && (year == 0 || isLeapYear(year))) return 29;
    return kDays[month - 1];
}

bool isValidDate(const CivilDate& date) {
    return date.year >= 1 && date.year <= 9999 && date.day >= 1 &&
           date.day <= daysInMonth(date.year, date.month);
}

long daysBetween(const CivilDate& from, const CivilDate& to) {
    return daysFromCivil(to) - daysFromCivil(from);
}

CivilDate addDays(const CivilDate& date, int days) {
    return civilFromDays(daysFromCivil(date) + days);
}

YearMonth addMonths(YearMonth ym, int months) {
    const int index = ym.year * 12 + (ym.month - 1) + months;
    const int year = index >= 0 ? index / 12 : (index - 11) / 12;
    return {year, index - year * 12 + 1};
}

IsoWeek isoWeekOf(const CivilDate& date) {
    // The ISO week belongs to the year that holds its Thursday.
    const long days = daysFromCivil(date);
    const long thursday = days - weekdayIndex(days) + 3;
    const int year = civilFromDays(thursday).year;
    const long firstDay = daysFromCivil({year, 1, 1});
    return {year, static_cast<int>((thursday - firstDay) / 7 + 1)};
}

std::string formatDate(const CivilDate& date) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", date.year, date.month, date.day);
    return buf;
}

std::string formatYearMonth(int year, int month) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
    return buf;
}

std::string formatYear(int year) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d", year);
    return buf;
}

std::string formatWeek(const IsoWeek& week) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "%04d-W%02d", week.year, week.week);
    return buf;
}

} // namespace dais::detect
