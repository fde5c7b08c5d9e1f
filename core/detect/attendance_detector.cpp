#include "core/detect/attendance_detector.h"

#include <algorithm>

namespace dais::detect {
namespace {

using text::Span;

constexpr std::size_t kMaxGap = 12;       // characters a '*' in a phrase may stand for
constexpr std::size_t kMaxRole = 28;      // longest role text skipped inside a group
constexpr std::size_t kMaxLocation = 24;  // 在……上 phrases between a group and its act
constexpr std::size_t kMaxObject = 10;    // 主持|会议|并讲话: the object before 并
constexpr std::size_t kMaxSentence = 240; // how far back the opening of a sentence is sought

bool isSentenceEnd(char32_t c) {
    return c == U'。' || c == U'!' || c == U'?' || c == U';' || c == U'\n' || c == U'！' ||
           c == U'？' || c == U'；';
}

// Per-article lookups built once: which mention ends or starts where, which positions are
// inside an exclusion (讲话精神) or a date.
class ActScanner {
  public:
    ActScanner(const Lexicons& lex, std::u32string_view t, const std::vector<MentionRef>& mentions,
               const std::vector<Span>& dates)
        : m_lex(lex), m_t(t), m_mentions(mentions), m_endsAt(t.size() + 1, -1),
          m_startsAt(t.size() + 1, -1), m_dateStartFor(t.size() + 1, -1) {
        for (std::size_t k = 0; k < mentions.size(); ++k) {
            m_endsAt[mentions[k].span.end] = static_cast<long>(k);
            m_startsAt[mentions[k].span.start] = static_cast<long>(k);
        }
        for (std::size_t i = 0; i < t.size(); ++i)
            if (const auto len = lex.attendanceExclusions.longestAt(t, i)) {
                m_exclusions.push_back({i, i + len});
                m_longestExclusion = std::max(m_longestExclusion, len);
            }
        for (const auto& d : dates)
            if (d.end <= t.size()) m_dateStartFor[d.end] = static_cast<long>(d.start);
    }

    std::vector<AttendanceAct> run() {
        std::size_t lastEnd = static_cast<std::size_t>(-1);
        for (std::size_t i = 0; i < m_t.size();) {
            const auto match = matchPhrase(i);
            if (!match) {
                ++i;
                continue;
            }
            const auto [end, mode] = *match;
            // 出席会议的还有甲、乙 / 在主席台就座的有:甲、乙 — the people follow the phrase.
            if (const auto listed = groupAfter(end); !listed.empty()) {
                m_acts.push_back({*mode, {i, m_mentions[listed.back()].span.end}, listed});
                lastEnd = end;
                i = end;
                continue;
            }
            const bool excluded = isExcluded({i, end});
            // 陪同调研, 一同出席: a phrase right after another belongs to the first.
            const bool compound = lastEnd == i;
            if (!excluded && !compound) {
                auto people = groupBefore(i);
                if (people.empty() && m_lex.subjectModes.contains(*mode))
                    people = sentenceSubject(i);
                if (!people.empty()) {
                    m_acts.push_back({*mode, {m_mentions[people.front()].span.start, end}, people});
                }
            }
            lastEnd = end;
            i = end;
        }
        // Mentions become people only here: the acts refer to mentions while they are found.
        std::vector<AttendanceAct> acts;
        for (const auto& a : m_acts) {
            std::vector<std::size_t> people;
            for (auto k : a.mentionIdx)
                people.push_back(m_mentions[k].person);
            acts.push_back({a.mode, std::move(people), a.span});
        }
        return acts;
    }

  private:
    struct Act {
        std::u32string mode;
        Span span;
        std::vector<std::size_t> mentionIdx; // into m_mentions, in text order
    };

    // An exclusion that overlaps the phrase without lying inside it (会见时在座 is a phrase of
    // its own; 会见时 around a bare 会见 is not an act).
    bool isExcluded(Span match) const {
        // Exclusions are sorted by start, so only those starting at most one exclusion length
        // before the match need a look.
        const std::size_t from = match.start > m_longestExclusion ? match.start - m_longestExclusion : 0;
        auto it = std::lower_bound(m_exclusions.begin(), m_exclusions.end(), from,
                                   [](const Span& x, std::size_t v) { return x.start < v; });
        for (; it != m_exclusions.end() && it->start < match.end; ++it)
            if (it->end > match.start && !(it->start >= match.start && it->end <= match.end))
                return true;
        return false;
    }

    // The longest attendance phrase at `i`: its end and mode.
    std::optional<std::pair<std::size_t, const std::u32string*>> matchPhrase(std::size_t i) const {
        if (!m_lex.attendanceHeads.longestAt(m_t, i)) return std::nullopt;
        std::optional<std::pair<std::size_t, const std::u32string*>> best;
        for (const auto& p : m_lex.attendance) {
            if (m_t.compare(i, p.head.size(), p.head) != 0) continue;
            std::size_t end = i + p.head.size();
            if (!p.tail.empty()) {
                std::size_t k = end;
                bool found = false;
                for (; k < m_t.size() && k - end <= kMaxGap && text::isHan(m_t[k]); ++k)
                    if (m_t.compare(k, p.tail.size(), p.tail) == 0) {
                        found = true;
                        break;
                    }
                if (!found || k == end) continue;
                end = k + p.tail.size();
            }
            if (!best || end > best->first) best = {end, &p.mode};
        }
        return best;
    }

    // Role text ending at `j` (a title with its organisation prefix), skipped inside a group;
    // returns its start, or j when there is none.
    std::size_t roleTextStart(std::size_t j) const {
        const std::size_t title = m_lex.titles.longestEndingAt(m_t, j);
        if (!title) return j;
        std::size_t s = j - title;
        while (s > 0 && j - s < kMaxRole && text::isHan(m_t[s - 1]) && m_endsAt[s] < 0 &&
               m_t[s - 1] != U'等' && !m_lex.roleBoundaries.longestEndingAt(m_t, s))
            --s;
        return s;
    }

    // Fillers between a group and its phrase: 等领导同志, 一行先后, 在……上进行, dates, counts.
    std::size_t skipFillers(std::size_t j) const {
        while (j > 0) {
            const std::size_t before = j;
            while (j > 0 && m_t[j - 1] == U' ')
                --j;
            if (const auto f = m_lex.nameFollowers.longestEndingAt(m_t, j);
                f && m_lex.honorifics.longestEndingAt(m_t, j) == f)
                j -= f; // 同志, 先生
            if (const auto f = fillerEndingAt(j)) j -= f;
            if (m_dateStartFor[j] >= 0) j = static_cast<std::size_t>(m_dateStartFor[j]);
            j = locationStart(j);
            j = onBehalfStart(j);
            // 3名委员: the count before a role after a list
            if (j > 0 && m_t[j - 1] >= U'0' && m_t[j - 1] <= U'9' && m_endsAt[j] < 0)
                while (j > 0 && m_t[j - 1] >= U'0' && m_t[j - 1] <= U'9')
                    --j;
            // 6位 / 11名 after a list
            if (j > 1 && (m_t[j - 1] == U'位' || m_t[j - 1] == U'名')) {
                std::size_t d = j - 1;
                while (d > 0 && m_t[d - 1] >= U'0' && m_t[d - 1] <= U'9')
                    --d;
                if (d < j - 1) j = d;
            }
            if (m_endsAt[j] < 0) {
                const std::size_t role = roleTextStart(j);
                if (role < j && (m_endsAt[role] >= 0 || (role > 0 && m_t[role - 1] == U'等') ||
                                 (role > 0 && m_t[role - 1] >= U'0' && m_t[role - 1] <= U'9')))
                    j = role;
            }
            if (j == before) break;
        }
        return j;
    }

    std::size_t fillerEndingAt(std::size_t j) const {
        return m_lex.attendanceFillers.longestEndingAt(m_t, j);
    }

    // 代表……常委会 (作报告) ending at j → the position of 代表: the body someone speaks for.
    std::size_t onBehalfStart(std::size_t j) const {
        for (std::size_t k = j; k >= 2 && j - k < kMaxLocation; --k) {
            if (!text::isHan(m_t[k - 1])) return j;
            if (m_t.substr(k - 2, 2) == U"代表" && k < j) return k - 2;
        }
        return j;
    }

    // 在……上/中/时/期间 ending at j → the position of 在.
    std::size_t locationStart(std::size_t j) const {
        if (j == 0) return j;
        const char32_t last = m_t[j - 1];
        const bool closes = last == U'上' || last == U'中' || last == U'时' || last == U'内' ||
                            (j >= 2 && m_t.substr(j - 2, 2) == U"期间");
        if (!closes) return j;
        for (std::size_t k = j - 1; k > 0 && j - k < kMaxLocation; --k) {
            if (!text::isHan(m_t[k - 1]) && m_t[k - 1] != U'“' && m_t[k - 1] != U'”') return j;
            if (m_t[k - 1] == U'在') return k - 1;
        }
        return j;
    }

    // The mentions (indexes into m_mentions) right before position `i`, in text order.
    std::vector<std::size_t> groupBefore(std::size_t i) const {
        std::size_t j = skipFillers(i);
        // 主持会议并讲话: 并 joins this phrase to the previous act's people.
        {
            std::size_t k = j;
            if (k > 0 && m_t[k - 1] == U'并') {
                --k;
                for (auto it = m_acts.rbegin(); it != m_acts.rend(); ++it) {
                    if (it->span.end > k) continue;
                    const bool joined = k - it->span.end <= kMaxObject &&
                                        std::all_of(m_t.begin() + it->span.end, m_t.begin() + k,
                                                    [](char32_t c) { return text::isHan(c); });
                    if (joined) return it->mentionIdx;
                    break;
                }
                j = skipFillers(k);
            }
        }
        std::vector<std::size_t> group;
        while (j > 0) {
            if (m_endsAt[j] >= 0) {
                const auto k = static_cast<std::size_t>(m_endsAt[j]);
                group.push_back(k);
                j = m_mentions[k].span.start;
                continue;
            }
            if (group.empty()) break;
            const std::size_t before = j;
            if (m_t[j - 1] == U')') { // 戴某(女)
                for (std::size_t k = j - 1; k > 0 && j - k < 8; --k)
                    if (m_t[k - 1] == U'(') {
                        j = k - 1;
                        break;
                    }
                if (j != before) continue;
            }
            if (m_t[j - 1] == U'、' || m_t[j - 1] == U',' || m_t[j - 1] == U' ') {
                --j;
                continue;
            }
            if (j >= 2 && m_t.substr(j - 2, 2) == U"以及") {
                j -= 2;
                continue;
            }
            if (m_t[j - 1] == U'及' || m_t[j - 1] == U'和' || m_t[j - 1] == U'与') {
                --j;
                continue;
            }
            // A title written after the name (吴晓军书记), or a role before the next name back.
            const std::size_t title = m_lex.titles.longestEndingAt(m_t, j);
            if (title && m_endsAt[j - title] >= 0) {
                j -= title;
                continue;
            }
            const std::size_t role = roleTextStart(j);
            if (role < j) {
                j = role;
                continue;
            }
            break;
        }
        std::reverse(group.begin(), group.end());
        return group;
    }

    // After a phrase: [会议]的[还]有[:] then names with their roles, to the end of the sentence.
    std::vector<std::size_t> groupAfter(std::size_t end) const {
        std::size_t j = end;
        while (j < m_t.size() && j - end < kMaxObject && text::isHan(m_t[j]) && m_t[j] != U'的') ++j;
        if (j >= m_t.size() || m_t[j] != U'的') return {};
        ++j;
        if (j < m_t.size() && m_t[j] == U'还') ++j;
        if (j >= m_t.size() || m_t[j] != U'有') return {};
        ++j;
        if (j < m_t.size() && m_t[j] == U':') ++j;
        std::vector<std::size_t> group;
        while (j < m_t.size() && !isSentenceEnd(m_t[j])) {
            if (m_startsAt[j] >= 0) {
                const auto k = static_cast<std::size_t>(m_startsAt[j]);
                group.push_back(k);
                j = m_mentions[k].span.end;
                continue;
            }
            if (m_t[j] == U'、' || m_t[j] == U',' || m_t[j] == U' ' || m_t[j] == U'和' || m_t[j] == U'及') {
                ++j;
                continue;
            }
            // Role text up to the next name: 市人大常委会副主任|冯某.
            std::size_t k = j;
            while (k < m_t.size() && k - j < kMaxRole && text::isHan(m_t[k]) && m_startsAt[k] < 0) ++k;
            if (k < m_t.size() && m_startsAt[k] >= 0 && m_lex.titles.longestEndingAt(m_t, k)) {
                j = k;
                continue;
            }
            break;
        }
        return group;
    }

    // For visits and inspections stated apart from their subject: the person (group) that
    // opens the sentence, when no act of this sentence has taken them already.
    std::vector<std::size_t> sentenceSubject(std::size_t i) const {
        std::size_t s = i;
        while (s > 0 && i - s < kMaxSentence && !isSentenceEnd(m_t[s - 1]))
            --s;
        // Skip what may open a sentence before its subject: dates, spaces, a dateline.
        std::size_t p = s;
        while (p < i) {
            const std::size_t before = p;
            while (p < i && (m_t[p] == U' ' || m_t[p] == U',' || m_t[p] == U'■'))
                ++p;
            if (p < i && m_t[p] == U'(') {
                // Bounded search: an unclosed '(' must not make the scan quadratic.
                const auto close = m_t.substr(0, std::min(i, p + 31)).find(U')', p);
                if (close != std::u32string_view::npos) p = close + 1;
            }
            if (p + 1 < i && m_t[p] != U'在') {
                // A Han run ending in 讯 or 电 is a dateline (本报讯, 新华社北京5月7日电).
                std::size_t k = p;
                while (k < i && k - p < 10 && text::isHan(m_t[k]) && m_t[k] != U'讯')
                    ++k;
                if (k < i && m_t[k] == U'讯') p = k + 1;
            }
            p = skipDateAt(p);
            if (p == before) break;
        }
        // Role text, then the subject's name.
        std::size_t q = p;
        while (q < i && q - p <= kMaxRole && m_startsAt[q] < 0 &&
               (text::isHan(m_t[q]) || m_t[q] == U'、'))
            ++q;
        if (q >= i || m_startsAt[q] < 0) return {};
        if (q > p && !m_lex.titles.longestEndingAt(m_t, q)) return {};
        std::vector<std::size_t> group{static_cast<std::size_t>(m_startsAt[q])};
        std::size_t e = m_mentions[group.back()].span.end;
        while (e < i && m_t[e] == U'、' && m_startsAt[e + 1] >= 0) {
            group.push_back(static_cast<std::size_t>(m_startsAt[e + 1]));
            e = m_mentions[group.back()].span.end;
        }
        // A later act of the same subject counts only when 并 joins its clause to the one
        // before (……走访慰问困难群众,并就……开展调研); 出席会议,看望委员 lists what an
        // attendance involved, not further acts.
        if (clauseOpensWithAnd(i)) return group;
        for (auto act = m_acts.rbegin(); act != m_acts.rend() && act->span.start >= s; ++act)
            for (auto k : act->mentionIdx)
                if (std::find(group.begin(), group.end(), k) != group.end()) return {};
        return group;
    }

    bool clauseOpensWithAnd(std::size_t i) const {
        std::size_t c = i;
        while (c > 0 && i - c < kMaxSentence && text::isHan(m_t[c - 1])) --c;
        return c > 0 && m_t[c - 1] == U',' && m_t[c] == U'并';
    }

    std::size_t skipDateAt(std::size_t p) const {
        // m_dateStartFor maps ends to starts; find a date starting at p by scanning its end.
        for (std::size_t e = p + 1; e < m_dateStartFor.size() && e - p <= 24; ++e)
            if (m_dateStartFor[e] == static_cast<long>(p)) return e;
        return p;
    }

    const Lexicons& m_lex;
    std::u32string_view m_t;
    const std::vector<MentionRef>& m_mentions;
    std::vector<long> m_endsAt;
    std::vector<long> m_startsAt;
    std::vector<Span> m_exclusions; // 讲话精神, 参加单位 …, in text order
    std::size_t m_longestExclusion = 0;
    std::vector<long> m_dateStartFor;
    std::vector<Act> m_acts;
};

} // namespace

std::vector<AttendanceAct> AttendanceDetector::detect(std::u32string_view folded,
                                                      const std::vector<MentionRef>& mentions,
                                                      const std::vector<text::Span>& dates) const {
    return ActScanner(m_lex, folded, mentions, dates).run();
}

std::vector<MeetingCount> AttendanceDetector::detectCounts(std::u32string_view t) const {
    std::vector<MeetingCount> counts;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!m_lex.meetingCountHeads.longestAt(t, i)) continue;
        for (const auto& [phrase, expected] : m_lex.meetingCounts) {
            if (t.compare(i, phrase.size(), phrase) != 0) continue;
            std::size_t k = i + phrase.size();
            while (k < t.size() && k - i <= phrase.size() + 6 && text::isHan(t[k]))
                ++k;
            std::size_t d = k;
            long value = 0;
            while (d < t.size() && t[d] >= U'0' && t[d] <= U'9' && d - k < 9)
                value = value * 10 + static_cast<long>(t[d++] - U'0');
            if (d == k || d >= t.size() || (t[d] != U'人' && t[d] != U'名')) continue;
            counts.push_back({{i, d + 1}, expected, value});
            i = d;
            break;
        }
    }
    return counts;
}

} // namespace dais::detect
