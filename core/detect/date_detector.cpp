#include "core/detect/date_detector.h"

#include "core/detect/date_number.h"

#include <algorithm>
#include <bitset>
#include <cstdint>
#include <cstdlib>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace dais::detect {

namespace {

struct WordHash {
    using is_transparent = void;
    std::size_t operator()(std::u32string_view word) const noexcept {
        return std::hash<std::u32string_view>{}(word);
    }
};
using WordSet = std::unordered_set<std::u32string, WordHash, std::equal_to<>>;
using RelativeMap =
    std::unordered_map<std::u32string, DateLexicon::Relative, WordHash, std::equal_to<>>;

// Coarse to fine; Week stands outside the year-month-day chain and takes no continuation.
enum class Unit : std::uint8_t { Year, Month, Day, Week };

std::optional<Unit> unitFromLetter(char32_t letter) {
    switch (letter) {
    case U'y':
        return Unit::Year;
    case U'm':
        return Unit::Month;
    case U'd':
        return Unit::Day;
    case U'w':
        return Unit::Week;
    default:
        return std::nullopt;
    }
}

bool isAsciiLetter(char32_t c) {
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}

bool isSpace(char32_t c) {
    return c == U' ' || c == U'\t' || c == 0xA0;
}
bool isDash(char32_t c) {
    return c == U'-' || c == 0x2013 || c == 0x2014 || c == 0x2015;
}
bool isConnector(char32_t c) {
    return isDash(c) || c == U'~' || c == 0x301C || c == U'至' || c == U'到';
}

std::optional<Unit> unitOfChar(char32_t c) {
    switch (c) {
    case U'年':
        return Unit::Year;
    case U'月':
        return Unit::Month;
    case U'日':
    case U'号':
        return Unit::Day;
    default:
        return std::nullopt;
    }
}

struct Anchor {
    Unit unit = Unit::Day;
    int offset = 0;
    bool fromLastMention = false;
};

// One side of an expression as written: the explicit fields, and for relative words the
// anchor that supplies the fields coarser than the written ones.
struct Point {
    int year = 0, month = 0, day = 0; // 0 = not written
    Unit finest = Unit::Year;
    std::optional<Anchor> anchor;
    bool dayNearAnchor = false; // 昨(15)日: the written day, in the month around the anchor
};

// A point resolved against the reference date (or the last mention). A year or month of 0
// means "not known" (no reference): formatted as --MM-DD, ---DD, --MM.
struct Resolved {
    bool known = false;
    Unit precision = Unit::Day;
    int year = 0, month = 0, day = 0;
    int week = 0; // Unit::Week: ISO week of week-year `year`
};

Resolved fromCivil(const CivilDate& date) {
    return {true, Unit::Day, date.year, date.month, date.day, 0};
}

std::string format(const Resolved& r) {
    if (!r.known) return {};
    switch (r.precision) {
    case Unit::Year:
        return r.year ? formatYear(r.year) : std::string();
    case Unit::Month:
        return r.year ? formatYearMonth(r.year, r.month)
                      : "--" + formatYearMonth(0, r.month).substr(5);
    case Unit::Week:
        return formatWeek({r.year, r.week});
    case Unit::Day:
        if (r.year && r.month) return formatDate({r.year, r.month, r.day});
        if (r.month) return "--" + formatDate({0, r.month, r.day}).substr(5);
        return "---" + formatDate({0, 1, r.day}).substr(8);
    }
    return {};
}

// Ordering of two resolved sides of a range that share their unknown fields.
bool before(const Resolved& a, const Resolved& b) {
    return std::tie(a.year, a.month, a.day) < std::tie(b.year, b.month, b.day);
}

struct Expr {
    std::size_t end = 0;
    Point first;
    std::optional<Point> last; // ranges
    bool rejected = false;     // looks like a date but is none (2月30日): skip it whole
};

struct Found {
    std::size_t start = 0, end = 0;
    Resolved first;
    std::optional<Resolved> last;
    bool written = false; // no relative word involved
};

} // namespace

namespace detail {
struct DateTables {
    WordSet dayParts, monthParts, yearParts, boundaryWords;
    RelativeMap relatives;
    std::size_t maxPart = 0, maxRelative = 0, maxBoundary = 0;
    // Characters an expression can start with: digits, Han numerals and the first characters
    // of relative words (all in the BMP). One test per character keeps the scan fast.
    std::bitset<0x10000> trigger;
    std::bitset<0x10000> relativeStart;

    const WordSet* partsAfter(Unit unit) const {
        switch (unit) {
        case Unit::Year:
            return &yearParts;
        case Unit::Month:
            return &monthParts;
        case Unit::Day:
            return &dayParts;
        case Unit::Week:
            return nullptr;
        }
        return nullptr;
    }
};
} // namespace detail

namespace {

using detail::DateTables;

// One pass over one text. Holds the reference and the dates mentioned so far, which 当天
// and 次日 count from.
class Scanner {
  public:
    Scanner(const DateTables& tables, std::u32string_view text, std::optional<CivilDate> reference)
        : m_t(tables), m_text(text), m_ref(reference) {}

    std::vector<Found> run();

  private:
    char32_t at(std::size_t i) const { return i < m_text.size() ? m_text[i] : U'\0'; }
    std::size_t skipSpaces(std::size_t i) const {
        while (i < m_text.size() && isSpace(m_text[i]))
            ++i;
        return i;
    }
    std::size_t afterConnector(std::size_t i) const {
        // "——" is written as two dashes; take both.
        if (isDash(at(i)) && isDash(at(i + 1))) return i + 2;
        return i + 1;
    }

    std::optional<Expr> parseNumbered(std::size_t i) const;
    std::optional<Expr> parseNumeric(std::size_t i) const;
    std::optional<Expr> parseRelative(std::size_t i) const;
    std::optional<Expr> readFields(std::size_t i, Point point, Unit firstMin, Unit firstMax) const;
    std::size_t readPart(std::size_t end, Unit finest) const;
    void tryRange(Expr& expr) const;
    bool straddled(std::size_t pos) const;

    Resolved resolve(const Point& p) const;
    Resolved resolveEnd(const Resolved& start, const Point& end) const;
    void remember(const Resolved& r);

    const DateTables& m_t;
    std::u32string_view m_text;
    std::optional<CivilDate> m_ref;
    std::optional<Resolved> m_lastYear, m_lastMonth, m_lastDay;
};

std::vector<Found> Scanner::run() {
    std::vector<Found> found;
    const std::size_t n = m_text.size();
    std::size_t i = 0;
    while (i < n) {
        const char32_t c = m_text[i];
        if (c >= 0x10000 || !m_t.trigger[c]) {
            ++i;
            continue;
        }
        std::optional<Expr> expr;
        // Numbers are tried only where a run of digits starts, so 12023年 is not 2023年.
        if (isAsciiDigit(c)) {
            if (i == 0 || (!isAsciiDigit(m_text[i - 1]) && m_text[i - 1] != U'.'))
                expr = parseNumbered(i);
        } else if (isHanNumeral(c)) {
            if (i == 0 || !isHanNumeral(m_text[i - 1])) expr = parseNumbered(i);
        } else if (m_t.relativeStart[c]) {
            expr = parseRelative(i);
        }
        if (!expr) {
            ++i;
            continue;
        }
        if (expr->rejected) {
            i = expr->end;
            continue;
        }
        Found f;
        f.start = i;
        f.end = expr->end;
        f.first = resolve(expr->first);
        f.written = !expr->first.anchor;
        if (expr->last) {
            f.last = resolveEnd(f.first, *expr->last);
        } else {
            remember(f.first);
        }
        found.push_back(f);
        i = expr->end;
    }
    return found;
}

std::optional<Expr> Scanner::parseNumbered(std::size_t i) const {
    if (i > 0 && m_text[i - 1] == U'第') return std::nullopt; // 第3日 is an ordinal
    std::optional<Expr> expr;
    if (isAsciiDigit(m_text[i])) expr = parseNumeric(i);
    if (!expr) expr = readFields(i, Point{}, Unit::Year, Unit::Day);
    if (!expr || expr->rejected) return expr;
    if (!expr->last) {
        expr->end = readPart(expr->end, expr->first.finest);
        tryRange(*expr);
    }
    return expr;
}

// 2023-05-12, 2023/5/12, 2023.05.12 and day-first 02.02.2018. Anything glued to letters,
// slashes or further digits is an address or a code (…/2007-10-13/0800….shtml), not a date.
std::optional<Expr> Scanner::parseNumeric(std::size_t i) const {
    const auto glued = [](char32_t c) {
        return isAsciiDigit(c) || isAsciiLetter(c) || c == U'/' || c == U'_' || c == U'=' ||
               c == U'-' || c == U'.';
    };
    if (i > 0 && glued(m_text[i - 1])) return std::nullopt;
    const auto a = readDateNumber(m_text, i);
    if (!a) return std::nullopt;
    const char32_t sep = at(a->end);
    if (sep != U'-' && sep != U'/' && sep != U'.') return std::nullopt;
    const auto b = readDateNumber(m_text, a->end + 1);
    if (!b || !isAsciiDigit(at(a->end + 1)) || b->length > 2 || at(b->end) != sep)
        return std::nullopt;
    const auto c = readDateNumber(m_text, b->end + 1);
    if (!c || !isAsciiDigit(at(b->end + 1))) return std::nullopt;
    const char32_t next = at(c->end);
    if (isAsciiLetter(next) || next == U'/' || next == U'_' ||
        ((next == sep || next == U'.') && isAsciiDigit(at(c->end + 1))))
        return std::nullopt;

    CivilDate date;
    if (a->length == 4 && c->length <= 2) {
        date = {a->value, b->value, c->value};
    } else if (a->length <= 2 && c->length == 4 && sep == U'.') {
        date = {c->value, b->value, a->value};
        if (!isValidDate(date)) date = {c->value, a->value, b->value}; // month first, then
    } else {
        return std::nullopt;
    }
    if (date.year < 1900 || date.year > 2100 || !isValidDate(date)) return std::nullopt;
    Expr expr;
    expr.end = c->end;
    expr.first = {date.year, date.month, date.day, Unit::Day, std::nullopt, false};
    return expr;
}

// "<number>年|月|日|号" components in year-month-day order, each optional but contiguous,
// starting with a unit between firstMin and firstMax. The finest component may be a range
// of numbers (9-11日, 1至3月, 2021-2025年).
std::optional<Expr> Scanner::readFields(std::size_t i, Point point, Unit firstMin,
                                        Unit firstMax) const {
    Expr expr;
    bool any = false;
    Unit min = firstMin, max = firstMax;
    std::size_t pos = i;
    while (true) {
        const auto num = readDateNumber(m_text, pos);
        if (!num) break;
        std::size_t unitPos = skipSpaces(num->end);
        std::optional<DateNumber> upper;
        if (isConnector(at(unitPos))) {
            const std::size_t k = skipSpaces(afterConnector(unitPos));
            const bool sameScript = isAsciiDigit(at(k)) == isAsciiDigit(m_text[pos]);
            upper = sameScript ? readDateNumber(m_text, k) : std::nullopt;
            if (!upper) break;
            unitPos = skipSpaces(upper->end);
        }
        const auto unit = unitOfChar(at(unitPos));
        if (!unit || *unit < min || *unit > max) break;

        const auto valid = [&](const DateNumber& n) {
            switch (*unit) {
            case Unit::Year:
                return isYearNumber(n);
            case Unit::Month:
                return isSmallNumber(n, 12);
            default:
                return isSmallNumber(n, 31) &&
                       n.value <= daysInMonth(point.year, point.month ? point.month : 1);
            }
        };
        // A number with its unit that is not a calendar value (5年, 13月, 2月30日) makes the
        // whole expression a non-date, not a shorter date.
        if (!valid(*num) || (upper && (!valid(*upper) || upper->value <= num->value)) ||
            (*unit == Unit::Year && at(unitPos + 1) == U'代')) { // 1990年代
            Expr rejected;
            rejected.end = unitPos + 1;
            rejected.rejected = true;
            return rejected;
        }
        // 号 is a day only after a month: 3号楼, 15号文件 are not dates.
        if (at(unitPos) == U'号' &&
            !(point.month || (point.anchor && point.anchor->unit == Unit::Month)))
            break;

        int* field = *unit == Unit::Year    ? &point.year
                     : *unit == Unit::Month ? &point.month
                                            : &point.day;
        *field = num->value;
        point.finest = *unit;
        any = true;
        expr.end = unitPos + 1;
        if (upper) {
            Point last = point;
            *(*unit == Unit::Year    ? &last.year
              : *unit == Unit::Month ? &last.month
                                     : &last.day) = upper->value;
            expr.last = last;
            break;
        }
        if (*unit == Unit::Day) break;
        min = max = static_cast<Unit>(static_cast<int>(*unit) + 1);
        pos = skipSpaces(expr.end);
    }
    if (!any) return std::nullopt;
    expr.first = point;
    return expr;
}

std::optional<Expr> Scanner::parseRelative(std::size_t i) const {
    const std::size_t n = m_text.size();
    Expr expr;
    Point point;
    // 昨(15)日: a day word with the day written inside it.
    if (at(i + 1) == U'(' && isAsciiDigit(at(i + 2))) {
        const auto day = readDateNumber(m_text, i + 2);
        if (day && day->length <= 2 && at(day->end) == U')' && day->end + 1 < n) {
            const char32_t word[] = {m_text[i], m_text[day->end + 1]};
            const auto it = m_t.relatives.find(std::u32string_view(word, 2));
            if (it != m_t.relatives.end() && it->second.unit == 'd' &&
                !it->second.fromLastMention && day->value >= 1 && day->value <= 31) {
                point.day = day->value;
                point.finest = Unit::Day;
                point.anchor = Anchor{Unit::Day, it->second.offset, false};
                point.dayNearAnchor = true;
                expr.end = day->end + 2;
                expr.first = point;
                expr.end = readPart(expr.end, Unit::Day);
                return expr;
            }
        }
    }
    const DateLexicon::Relative* rel = nullptr;
    std::size_t len = std::min(m_t.maxRelative, n - i);
    for (; len >= 1; --len) {
        const auto it = m_t.relatives.find(m_text.substr(i, len));
        if (it != m_t.relatives.end() && !straddled(i) && !straddled(i + len)) {
            rel = &it->second;
            break;
        }
    }
    if (!rel) return std::nullopt;
    const Unit unit = *unitFromLetter(static_cast<char32_t>(rel->unit));
    point.anchor = Anchor{unit, rel->offset, rel->fromLastMention};
    point.finest = unit;
    expr.first = point;
    expr.end = i + len;
    // 今年3月5日, 上月15日: the written fields below the relative unit.
    if (unit == Unit::Year || unit == Unit::Month) {
        const Unit next = unit == Unit::Year ? Unit::Month : Unit::Day;
        if (auto more = readFields(expr.end, point, next, next); more && !more->rejected)
            expr = *more;
    }
    if (!expr.last) {
        expr.end = readPart(expr.end, expr.first.finest);
        tryRange(expr);
    }
    return expr;
}

std::size_t Scanner::readPart(std::size_t end, Unit finest) const {
    const WordSet* parts = m_t.partsAfter(finest);
    if (!parts) return end;
    for (std::size_t len = std::min(m_t.maxPart, m_text.size() - end); len >= 1; --len) {
        if (parts->contains(m_text.substr(end, len)) && !straddled(end + len)) return end + len;
    }
    return end;
}

// 2月9日至11日, 2024年1月至3月, 3月5日—4月2日: a second date of the same finest unit after a
// connector, written fields only; the fields it leaves out are those of the first.
void Scanner::tryRange(Expr& expr) const {
    const std::size_t k = skipSpaces(expr.end);
    if (!isConnector(at(k))) return;
    const std::size_t start = skipSpaces(afterConnector(k));
    const char32_t c = at(start);
    if (!isAsciiDigit(c) && !isHanNumeral(c)) return;
    std::optional<Expr> second;
    if (isAsciiDigit(c)) second = parseNumeric(start);
    if (!second) second = readFields(start, Point{}, Unit::Year, Unit::Day);
    if (!second || second->rejected || second->last || second->first.finest != expr.first.finest)
        return;
    const Resolved from = resolve(expr.first);
    const Resolved to = resolveEnd(from, second->first);
    if (!to.known && from.known) return;
    if (from.known && !before(from, to)) return;
    expr.last = second->first;
    expr.end = readPart(second->end, second->first.finest);
}

// True when a boundary word starts before `pos` and ends after it.
bool Scanner::straddled(std::size_t pos) const {
    for (std::size_t len = 2; len <= m_t.maxBoundary; ++len) {
        for (std::size_t back = 1; back < len; ++back) {
            if (back > pos || pos - back + len > m_text.size()) continue;
            if (m_t.boundaryWords.contains(m_text.substr(pos - back, len))) return true;
        }
    }
    return false;
}

Resolved Scanner::resolve(const Point& p) const {
    Resolved r;
    r.precision = p.finest;
    if (p.anchor) {
        const Anchor& a = *p.anchor;
        std::optional<Resolved> base;
        if (a.fromLastMention)
            base = a.unit == Unit::Day     ? m_lastDay
                   : a.unit == Unit::Month ? m_lastMonth
                                           : m_lastYear;
        if (!base && m_ref) base = fromCivil(*m_ref);
        if (!base) {
            if (!p.dayNearAnchor) return r; // unknown: 今年 without a reference
            r.known = true;
            r.day = p.day;
            return r;
        }
        const bool full = base->year && base->month && base->day;
        if (p.dayNearAnchor) {
            r.known = true;
            r.day = p.day;
            if (!full) return r;
            // The written day in the month of anchor+offset or a neighbouring one, whichever
            // lands nearest (昨(31)日 read on the 1st is the 31st of the month before).
            const CivilDate target = addDays({base->year, base->month, base->day}, a.offset);
            std::optional<CivilDate> best;
            long bestGap = 0;
            for (int shift = -1; shift <= 1; ++shift) {
                const YearMonth ym = addMonths({target.year, target.month}, shift);
                const CivilDate candidate{ym.year, ym.month, p.day};
                if (!isValidDate(candidate)) continue;
                const long gap = std::labs(daysBetween(target, candidate));
                if (!best || gap < bestGap) best = candidate, bestGap = gap;
            }
            if (best) r.year = best->year, r.month = best->month;
            return r;
        }
        switch (a.unit) {
        case Unit::Year:
            if (!base->year) return r;
            r.year = base->year + a.offset;
            r.month = p.month;
            r.day = p.day;
            if (p.day && !isValidDate({r.year, r.month, r.day})) return r;
            break;
        case Unit::Month: {
            if (!base->year || !base->month) return r;
            const YearMonth ym = addMonths({base->year, base->month}, a.offset);
            r.year = ym.year;
            r.month = ym.month;
            r.day = p.day;
            if (p.day && !isValidDate({r.year, r.month, r.day})) return r;
            break;
        }
        case Unit::Day:
            if (full) {
                const CivilDate d = addDays({base->year, base->month, base->day}, a.offset);
                r.year = d.year, r.month = d.month, r.day = d.day;
            } else if (a.offset == 0 && base->precision == Unit::Day) {
                r.year = base->year, r.month = base->month, r.day = base->day;
            } else {
                return r;
            }
            break;
        case Unit::Week: {
            if (!full) return r;
            const IsoWeek w =
                isoWeekOf(addDays({base->year, base->month, base->day}, 7 * a.offset));
            r.year = w.year;
            r.week = w.week;
            break;
        }
        }
        r.known = true;
        return r;
    }

    r.known = true;
    r.year = p.year, r.month = p.month, r.day = p.day;
    if (p.year || !m_ref) return r;
    if (p.month) {
        // A month without a year takes the reference year, even when it lies after the
        // reference month; 2月29日 in a common year keeps an unknown year.
        r.year = m_ref->year;
        if (p.day && !isValidDate({r.year, r.month, r.day})) r.year = 0;
        return r;
    }
    // A bare day after the reference day belongs to the month before (or earlier, when that
    // month is too short).
    YearMonth ym{m_ref->year, m_ref->month};
    if (p.day > m_ref->day) ym = addMonths(ym, -1);
    while (p.day > daysInMonth(ym.year, ym.month))
        ym = addMonths(ym, -1);
    r.year = ym.year, r.month = ym.month;
    return r;
}

Resolved Scanner::resolveEnd(const Resolved& start, const Point& end) const {
    Resolved r = start;
    r.precision = end.finest;
    if (end.year) {
        r.year = end.year, r.month = end.month, r.day = end.day;
    } else if (end.month) {
        r.month = end.month, r.day = end.day;
    } else {
        r.day = end.day;
    }
    if (r.precision == Unit::Day && r.month && r.day > daysInMonth(r.year, r.month))
        r.known = false;
    return r;
}

void Scanner::remember(const Resolved& r) {
    if (!r.known || r.precision == Unit::Week) return;
    if (r.year) m_lastYear = Resolved{true, Unit::Year, r.year, 0, 0, 0};
    if (r.precision == Unit::Year) return;
    m_lastMonth = Resolved{true, Unit::Month, r.year, r.month, 0, 0};
    if (r.precision == Unit::Day) m_lastDay = r;
}

} // namespace

DateDetector::DateDetector(DateLexicon lexicon) : m_lexicon(std::move(lexicon)) {
    auto tables = std::make_shared<DateTables>();
    for (char32_t c = U'0'; c <= U'9'; ++c)
        tables->trigger.set(c);
    for (const char32_t c : kHanNumerals)
        tables->trigger.set(c);
    const auto fill = [](WordSet& set, std::size_t& max, const std::vector<std::u32string>& words) {
        for (const auto& w : words) {
            if (w.empty()) continue;
            set.insert(w);
            max = std::max(max, w.size());
        }
    };
    fill(tables->dayParts, tables->maxPart, m_lexicon.dayParts);
    fill(tables->monthParts, tables->maxPart, m_lexicon.monthParts);
    fill(tables->yearParts, tables->maxPart, m_lexicon.yearParts);
    fill(tables->boundaryWords, tables->maxBoundary, m_lexicon.boundaryWords);
    for (const auto& rel : m_lexicon.relatives) {
        // Words the scanner cannot start on (empty, outside the BMP, unknown unit) are ignored.
        if (rel.word.empty() || rel.word[0] >= 0x10000 || !unitFromLetter(rel.unit)) continue;
        tables->relatives.emplace(rel.word, rel);
        tables->maxRelative = std::max(tables->maxRelative, rel.word.size());
        tables->relativeStart.set(rel.word[0]);
        tables->trigger.set(rel.word[0]);
    }
    m_tables = std::move(tables);
}

std::vector<DateMention> DateDetector::detect(std::u32string_view folded,
                                              std::optional<CivilDate> reference) const {
    std::vector<DateMention> mentions;
    for (const Found& f : Scanner(*m_tables, folded, reference).run()) {
        DateMention m;
        m.span = {f.start, f.end};
        if (f.last) {
            if (f.first.known && f.last->known) m.value = format(f.first) + "/" + format(*f.last);
        } else {
            m.value = format(f.first);
        }
        mentions.push_back(std::move(m));
    }
    return mentions;
}

std::optional<CivilDate> DateDetector::findPublicationDate(std::u32string_view folded) const {
    constexpr std::size_t kHead = 200, kMaxHead = 400;
    std::size_t end = std::min(folded.size(), kHead);
    while (end < folded.size() && end < kMaxHead && folded[end] != U'\n')
        ++end;
    for (const Found& f : Scanner(*m_tables, folded.substr(0, end), std::nullopt).run()) {
        const Resolved& r = f.first;
        if (f.written && !f.last && r.known && r.precision == Unit::Day && r.year && r.month)
            return CivilDate{r.year, r.month, r.day};
    }
    return std::nullopt;
}

} // namespace dais::detect
