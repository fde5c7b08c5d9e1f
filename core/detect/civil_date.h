#pragma once
// Proleptic Gregorian calendar arithmetic for the date detector: validity, day and month
// shifts, ISO weeks and ISO 8601 formatting. Pure functions, no clock.

#include <optional>
#include <string>
#include <string_view>

namespace dais::detect {

struct CivilDate {
    int year = 0;
    int month = 0; ///< 1–12
    int day = 0;   ///< 1–31
    friend bool operator==(const CivilDate&, const CivilDate&) = default;
    friend auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

/// Parses "YYYY-MM-DD"; nullopt when malformed or not a real calendar day.
std::optional<CivilDate> parseIsoDate(std::string_view iso);

bool isLeapYear(int year);

/// Days in `month` (1–12) of `year`; 0 when the month is out of range. `year` 0 stands for
/// "year unknown" and allows 29 February, which exists in some year.
int daysInMonth(int year, int month);

/// True for a real calendar day (year 1–9999).
bool isValidDate(const CivilDate& date);

/// Days from `from` to `to` (negative when `to` is earlier); both must be valid.
long daysBetween(const CivilDate& from, const CivilDate& to);

/// `date` shifted by `days` (negative goes back); `date` must be valid.
CivilDate addDays(const CivilDate& date, int days);

struct YearMonth {
    int year = 0;
    int month = 0;
    friend bool operator==(const YearMonth&, const YearMonth&) = default;
};

/// The month `months` after (or before, when negative) year/month.
YearMonth addMonths(YearMonth ym, int months);

struct IsoWeek {
    int year = 0; ///< the ISO week-numbering year, which differs from the calendar year
                  ///< for some days at the turn of the year
    int week = 0; ///< 1–53
};

IsoWeek isoWeekOf(const CivilDate& date);

/// "YYYY-MM-DD", "YYYY-MM", "YYYY", "YYYY-Www".
std::string formatDate(const CivilDate& date);
std::string formatYearMonth(int year, int month);
std::string formatYear(int year);
std::string formatWeek(const IsoWeek& week);

} // namespace dais::detect
