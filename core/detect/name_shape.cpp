#include "core/detect/name_shape.h"

#include "core/detect/date_number.h"

#include <algorithm>

namespace dais::detect {

using text::Span;

namespace {

constexpr std::size_t kMaxDottedName = 24;
constexpr std::size_t kMaxDottedPart = 8;

bool isNameChar(char32_t c) {
    return text::isHan(c) && c != U'〇';
}

} // namespace

NameShape::NameShape(const Lexicons& lex, std::u32string_view folded,
                     const std::vector<Span>& dates)
    : m_lex(lex), m_t(folded), m_inDate(folded.size(), false) {
    for (const auto& d : dates)
        for (std::size_t i = d.start; i < d.end && i < m_inDate.size(); ++i)
            m_inDate[i] = true;
}

StopStrength NameShape::stopAt(std::size_t pos) const {
    if (pos >= m_t.size()) return StopStrength::Hard;
    const char32_t c = m_t[pos];
    if (!isNameChar(c) && c != U'·') return StopStrength::Hard;
    if (dateStartsAt(pos)) return StopStrength::Hard;
    if (m_lex.attendanceHeads.longestAt(m_t, pos) || m_lex.titles.longestAt(m_t, pos) ||
        m_lex.honorifics.longestAt(m_t, pos) > 1 || m_lex.bylineRoles.longestAt(m_t, pos))
        return StopStrength::Word;
    const std::size_t follower = m_lex.nameFollowers.longestAt(m_t, pos);
    // 艾买提|出席 read as 艾买|提出: an attendance phrase starting one character later wins
    // over a word that would swallow its first character.
    if (follower >= 2 && m_lex.attendanceHeads.longestAt(m_t, pos + 1) >= follower)
        return StopStrength::None;
    if (follower >= 2) return StopStrength::Word;
    if (follower == 1) return StopStrength::Soft;
    return StopStrength::None;
}

bool NameShape::surnameInitial(Span s) const {
    return m_lex.surnames.longestAt(m_t.substr(0, s.end), s.start) > 0;
}

bool NameShape::elementInitial(Span s) const {
    return m_lex.nameElements.longestAt(m_t.substr(0, s.end), s.start) >= 2;
}

bool NameShape::plausible(Span s, NameContext ctx) const {
    if (s.size() < 2 || s.end > m_t.size()) return false;
    const auto name = m_t.substr(s.start, s.size());
    if (name.find(U'·') != std::u32string_view::npos) {
        // Dotted names (乌拉孜别克·热苏力汗): every part a short run of Han characters.
        std::size_t part = 0;
        for (char32_t c : name) {
            if (c == U'·') {
                if (part == 0) return false;
                part = 0;
            } else if (!isNameChar(c) || ++part > kMaxDottedPart) {
                return false;
            }
        }
        return part > 0;
    }
    if (s.size() > 4) return false;
    for (char32_t c : name)
        if (!isNameChar(c)) return false;
    // 白沙镇, 青石县: without a title vouching for it, a run ending in a unit is a place.
    if ((ctx == NameContext::Plain || ctx == NameContext::List) &&
        m_lex.placeUnitChars.contains(name.substr(name.size() - 1)))
        return false;
    // A word that ends names cannot stand inside one (时|表示, 向秋|主持).
    for (std::size_t k = s.start + 1; k < s.end; ++k)
        if (stopAt(k) == StopStrength::Word) return false;
    if (m_lex.notNames.contains(name)) return false;
    const std::size_t surname = m_lex.surnames.longestAt(name, 0);
    const std::size_t element = m_lex.nameElements.longestAt(name, 0);
    // An item of an anchored list with a surname is a name whatever its given name holds
    // (张院忠 in 领导甲、乙、张院忠).
    if (ctx == NameContext::List && surname > 0 && s.size() <= 3) return true;
    // Characters after the surname must be usable in given names; minority-name syllables
    // (才让, 次仁) are taken whole, whatever characters they use.
    for (std::size_t i = std::max(surname, element); i < name.size();) {
        if (const auto syllable = m_lex.nameElements.longestAt(name, i); syllable >= 2) {
            i += syllable;
            continue;
        }
        if (m_lex.isNonNameChar(name[i])) return false;
        ++i;
    }
    if (surname == 0 && element == 0 &&
        (m_lex.isNonNameChar(name[0]) || m_lex.nonInitialChars.longestAt(name, 0)))
        return false;
    if (element >= 2) return true;
    // 和白林, 向中国: a surname that is also a joining word, before another surname, is the word.
    if (surname == 1 && s.size() == 3 && m_lex.nameFollowers.longestAt(name, 0) == 1 &&
        m_lex.surnames.longestAt(name, 1))
        return false;
    if (surname > 0) return s.size() <= 3 || ctx != NameContext::Plain || surname == 2;
    // No surname: only context vouches for it. It must not open with a word that follows
    // names (表示欢迎), and two characters are too little to go on except in a byline or list.
    if (m_lex.nameFollowers.longestAt(name, 0) > 0) return false;
    switch (ctx) {
    case NameContext::Plain:
        return false;
    case NameContext::AfterTitle:
        return s.size() >= 3 || transliterated(s); // 外交大臣库克
    default:
        return true;
    }
}

// 王  伟: newspapers pad two-character names with spaces to the width of three. A surname,
// one to three spaces, one character and a stop.
std::optional<Span> NameShape::readSpacedName(std::size_t pos) const {
    if (m_lex.surnames.longestAt(m_t, pos) != 1) return std::nullopt;
    std::size_t j = pos + 1;
    while (j < m_t.size() && j - pos <= 3 && m_t[j] == U' ') ++j;
    if (j == pos + 1 || j - pos > 3 || j >= m_t.size() || !isNameChar(m_t[j])) return std::nullopt;
    if (m_lex.isNonNameChar(m_t[j]) || stopAt(j + 1) < StopStrength::Soft) return std::nullopt;
    return Span{pos, j + 1};
}

bool NameShape::transliterated(Span s) const {
    for (std::size_t i = s.start; i < s.end; ++i)
        if (m_lex.translitChars.longestAt(m_t, i) != 1) return false;
    return s.size() >= 2;
}

bool NameShape::speakerCueAt(std::size_t pos) const {
    return m_lex.speechVerbs.longestAt(m_t, pos) || m_lex.honorifics.longestAt(m_t, pos) ||
           m_lex.postNameTitles.longestAt(m_t, pos);
}

// A long first part before a middle dot may carry words before the name (网坛老将|鲍里斯·贝克尔):
// keep its transliterated tail when it has one of two characters or more.
std::size_t NameShape::trimDottedStart(std::size_t runStart, std::size_t firstDot) const {
    if (firstDot - runStart <= 4) return runStart;
    std::size_t s = firstDot;
    while (s > runStart && m_lex.translitChars.longestAt(m_t, s - 1) == 1)
        --s;
    return firstDot - s >= 2 ? s : runStart;
}

std::optional<Span> NameShape::readDottedName(std::size_t pos) const {
    std::size_t lastDot = std::u32string_view::npos;
    std::size_t e = pos;
    while (e < m_t.size() && e - pos < kMaxDottedName && (isNameChar(m_t[e]) || m_t[e] == U'·')) {
        if (m_t[e] == U'·') lastDot = e;
        ++e;
    }
    if (lastDot == std::u32string_view::npos || lastDot == pos) return std::nullopt;
    pos = trimDottedStart(pos, m_t.find(U'·', pos));
    // The last part runs to the best stop within a few characters (巴里·奥法雷尔|一行).
    std::optional<Span> best;
    StopStrength bestStop = StopStrength::None;
    // A known name syllable at the start of the last part is read whole (阿不都|满金, not 阿不|都).
    const std::size_t minLength = std::max<std::size_t>(1, m_lex.nameElements.longestAt(m_t, lastDot + 1));
    for (std::size_t len = minLength; len <= 6 && lastDot + 1 + len <= e; ++len) {
        const std::size_t end = lastDot + 1 + len;
        const StopStrength stop = stopAt(end);
        if (stop > bestStop) {
            bestStop = stop;
            best = Span{pos, end};
        }
        // 巴里·奥法雷尔|一行, 玛格丽特·里德|说: the nearest stop once the part has two characters.
        if (stop >= StopStrength::Word || (stop == StopStrength::Soft && len >= 2)) break;
    }
    if (!best || !plausible(*best, NameContext::List)) return std::nullopt;
    if (m_lex.orgSuffixes.longestAt(m_t, best->end)) return std::nullopt; // 葛兰素·威康公司
    return best;
}

std::optional<Span> NameShape::readNameAfter(std::size_t pos, NameContext ctx) const {
    if (pos >= m_t.size() || !isNameChar(m_t[pos]) || insideDate(pos)) return std::nullopt;
    if (auto dotted = readDottedName(pos)) return dotted;
    if (auto spaced = readSpacedName(pos)) return spaced;
    // 由张某担任: a boundary word before a name that stands on its own.
    if (m_lex.roleBoundaries.longestAt(m_t, pos) == 1 && pos + 1 < m_t.size())
        if (auto after = readNameAfter(pos + 1, ctx); after && surnameInitial(*after)) return after;

    struct Candidate {
        Span span;
        int score;
    };
    std::vector<Candidate> candidates;
    for (std::size_t len = 2; len <= 4; ++len) {
        const std::size_t end = pos + len;
        if (end > m_t.size()) break;
        if (!isNameChar(m_t[end - 1]) || insideDate(end - 1)) break;
        // A word that ends names inside the run (向秋|主持) means the name ended before it.
        if (stopAt(end - 1) == StopStrength::Word) break;
        int stop = static_cast<int>(stopAt(end));
        if (stop == 0 || m_lex.orgSuffixes.longestAt(m_t, end)) continue;
        // Four characters with a single surname are rare: only before a clear stop.
        if (len == 4 && stop == static_cast<int>(StopStrength::Soft) && ctx != NameContext::List &&
            m_lex.surnames.longestAt(m_t, pos) == 1 && !m_lex.nameElements.longestAt(m_t, pos))
            continue;
        // A candidate ending in a character that itself ends names (王玲都|详细) is weaker.
        if (m_lex.nameFollowers.longestAt(m_t, end - 1) == 1) stop -= 1;
        const int lengthPreference = len == 3 ? 2 : len == 2 ? 1 : 0;
        candidates.push_back({{pos, end}, stop * 10 + lengthPreference});
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
    for (const auto& c : candidates) {
        if (c.score < 10) break;
        // Without a clear stop after it, a name needs evidence of its own (a list item has
        // the list for evidence).
        const bool vouched =
            c.score >= 20 || ctx == NameContext::List || ctx == NameContext::AfterTitle;
        const NameContext need = vouched ? ctx : NameContext::Plain;
        if (plausible(c.span, need)) return c.span;
    }
    return std::nullopt;
}

std::optional<Span> NameShape::readNameBefore(std::size_t end, bool afterTitle) const {
    if (end == 0 || end > m_t.size()) return std::nullopt;
    // 李  军、: a spaced two-character name ending here.
    if (end >= 3 && isNameChar(m_t[end - 1]) && m_t[end - 2] == U' ') {
        std::size_t s = end - 2;
        while (s > 0 && m_t[s - 1] == U' ' && end - s < 5) --s;
        if (s > 0 && (s == 1 || !isNameChar(m_t[s - 2]) || leftBoundary(s - 1)))
            if (const auto spaced = readSpacedName(s - 1); spaced && spaced->end == end) return spaced;
    }
    // Dotted names are read whole, back to the boundary before them.
    {
        std::size_t s = end;
        bool dotted = false;
        while (s > 0 && end - s < kMaxDottedName &&
               (isNameChar(m_t[s - 1]) || m_t[s - 1] == U'·')) {
            if (m_t[s - 1] == U'·') dotted = true;
            --s;
        }
        if (dotted) {
            // Trim anything before the first part (e.g. a role): keep parts of ≤ 8 characters.
            const std::size_t start = trimDottedStart(s, m_t.find(U'·', s));
            const Span span{start, end};
            if (plausible(span, NameContext::List)) return span;
            return std::nullopt;
        }
    }
    struct Candidate {
        Span span;
        int score;
    };
    std::vector<Candidate> candidates;
    for (std::size_t len : {3u, 2u, 4u}) {
        if (len > end) continue;
        const std::size_t s = end - len;
        bool allHan = true;
        for (std::size_t i = s; i < end; ++i)
            if (!isNameChar(m_t[i]) || insideDate(i)) allHan = false;
        if (!allHan) continue;
        const bool strictBoundary = s == 0 || !isNameChar(m_t[s - 1]) ||
                                    m_lex.roleBoundaries.longestEndingAt(m_t, s) > 0 ||
                                    m_lex.titles.longestEndingAt(m_t, s) > 0 || dateEndsAt(s) ||
                                    m_lex.nameFollowers.longestEndingAt(m_t, s) >= 2;
        const Span span{s, end};
        const bool surname = surnameInitial(span) || elementInitial(span);
        const bool titled = afterTitle && surname && len == 3; // 学习习近平|总书记
        if (!strictBoundary && !titled && !(surname && m_lex.isNonNameChar(m_t[s - 1]))) continue;
        if (afterTitle && !surname && !(strictBoundary && transliterated(span))) continue;
        if (!plausible(span, strictBoundary ? NameContext::AfterTitle : NameContext::Plain))
            continue;
        const int lengthPreference = len == 3 ? 2 : len == 2 ? 1 : 0;
        candidates.push_back(
            {span, (strictBoundary ? 20 : 0) + (surname ? 10 : 0) + lengthPreference});
    }
    if (candidates.empty()) return std::nullopt;
    return std::max_element(
               candidates.begin(), candidates.end(),
               [](const Candidate& a, const Candidate& b) { return a.score < b.score; })
        ->span;
}

bool NameShape::leftBoundary(std::size_t pos) const {
    if (pos == 0 || !isNameChar(m_t[pos - 1])) return true;
    return m_lex.roleBoundaries.longestEndingAt(m_t, pos) > 0 ||
           m_lex.nameFollowers.longestEndingAt(m_t, pos) > 0 ||
           m_lex.titles.longestEndingAt(m_t, pos) > 0 ||
           m_lex.attendanceHeads.longestEndingAt(m_t, pos) > 0 || dateEndsAt(pos);
}

std::optional<Span> NameShape::readFreeName(std::size_t pos) const {
    if (pos >= m_t.size() || !isNameChar(m_t[pos])) return std::nullopt;
    const std::size_t surname = m_lex.surnames.longestAt(m_t, pos);
    auto given = [&](std::size_t i) {
        return i < m_t.size() && m_lex.givenNameChars.longestAt(m_t, i) == 1;
    };
    auto noInnerStop = [&](Span s) {
        for (std::size_t k = s.start + 1; k < s.end; ++k)
            if (stopAt(k) == StopStrength::Word || insideDate(k)) return false;
        return true;
    };
    // 向中国, 和芬兰: a surname that is also a word names follow is read as that word.
    if (surname == 1 && m_lex.nameFollowers.longestAt(m_t, pos) == 1 && pos > 0 &&
        isNameChar(m_t[pos - 1]))
        return std::nullopt;
    if (surname) {
        // Surname + two given-name characters ending at any clear stop; + one only before a
        // word that names take (说, 强调, a title) or punctuation.
        // At the opening of a sentence or clause the stop after it may be any word
        // (黄某某新著《…》).
        const bool opensClause =
            (pos == 0 ||
             (!isNameChar(m_t[pos - 1]) && !(m_t[pos - 1] >= U'0' && m_t[pos - 1] <= U'9'))) &&
            !m_lex.nameFollowers.longestAt(m_t, pos) && !m_lex.roleBoundaries.longestAt(m_t, pos);
        const Span three{pos, pos + surname + 2};
        // Evidence adds up: common given-name characters, a clause opening before, a stop
        // after. One uncommon given-name character needs the boundaries on both sides.
        const int givenCount = int(given(pos + surname)) + int(given(pos + surname + 1));
        const StopStrength after = three.end <= m_t.size() ? stopAt(three.end) : StopStrength::None;
        const bool enough = (givenCount == 2 && (opensClause || after >= StopStrength::Soft)) ||
                            (givenCount == 1 && speakerCueAt(three.end));
        if (three.end <= m_t.size() && enough && noInnerStop(three) &&
            !m_lex.orgSuffixes.longestAt(m_t, three.end) && plausible(three, NameContext::Plain) &&
            !m_lex.notNames.contains(m_t.substr(pos, surname + 1)) &&
            !m_lex.notNames.contains(m_t.substr(pos + surname, 2)))
            return three;
        // Two characters make too many ordinary words (方法, 信心): only before 说, 同志 or
        // a title written after names.
        const Span two{pos, pos + surname + 1};
        if (given(pos + surname) && speakerCueAt(two.end) && plausible(two, NameContext::Plain) &&
            noInnerStop(two))
            return two;
    }
    // Foreign names: 3–6 transliteration characters before a speech verb or such a title.
    std::size_t e = pos;
    while (e < m_t.size() && e - pos < 6 && m_lex.translitChars.longestAt(m_t, e) == 1) {
        ++e;
        if (e - pos >= 3 && speakerCueAt(e) && noInnerStop({pos, e}) &&
            !m_lex.notNames.contains(m_t.substr(pos, e - pos)))
            return Span{pos, e};
    }
    return std::nullopt;
}

std::optional<Span> NameShape::bylineName(Span token, bool separated) const {
    Span s = token;
    if (s.size() > 2 && m_t.substr(s.end - 2, 2) == U"报道") s.end -= 2;
    if (s.size() >= 2 && plausible(s, separated ? NameContext::Byline : NameContext::Plain))
        return s;
    if (auto read =
            readNameAfter(token.start, separated ? NameContext::Byline : NameContext::Plain);
        read && read->end <= token.end)
        return read;
    return std::nullopt;
}

bool NameShape::confirmsList(const std::vector<Span>& items, std::size_t end) const {
    std::size_t good = 0;
    for (const auto& s : items)
        if (surnameInitial(s) || elementInitial(s) ||
            m_t.substr(s.start, s.size()).find(U'·') != std::u32string_view::npos)
            ++good;
    if (good * 3 < items.size() * 2) return false;
    if (m_lex.placeListClosers.longestAt(m_t, end)) return false; // 华北、东北等地
    if (good == items.size() && items.size() >= 3) return true;
    // A short list needs something after it that names take: 在主席台就座, 等, 6位, 出席.
    if (end < m_t.size() && (m_t[end] == U'等' || (m_t[end] >= U'0' && m_t[end] <= U'9')))
        return true;
    return stopAt(end) == StopStrength::Word;
}

std::size_t NameShape::skipParenthetical(std::size_t pos) const {
    if (pos >= m_t.size() || m_t[pos] != U'(') return pos;
    for (std::size_t i = pos + 1; i < m_t.size() && i - pos <= 12; ++i) {
        if (m_t[i] == U')') return i + 1;
        if (m_t[i] == U'、' || m_t[i] == U'\n') break;
    }
    return pos;
}

std::size_t NameShape::chineseNumberEnd(std::size_t pos) const {
    // Counts before 位/名 (十一位同志, 两名): the date reader's numerals plus 百 and 两.
    std::size_t i = pos;
    while (i < m_t.size() && (isHanNumeral(m_t[i]) || m_t[i] == U'百' || m_t[i] == U'两'))
        ++i;
    return i;
}

std::u32string NameShape::key(Span s) const {
    std::u32string k;
    for (std::size_t i = s.start; i < s.end; ++i)
        if (m_t[i] != U' ') k.push_back(m_t[i]);
    return k;
}

} // namespace dais::detect
