#include "core/detect/person_detector.h"

#include "core/detect/name_shape.h"

#include <algorithm>
#include <map>
#include <optional>

namespace dais::detect {
namespace {

using text::Span;

constexpr std::size_t kMaxRoleLength = 28;

struct RawMention {
    Span name;
    std::vector<RoleRef> roles;
};

// One pass over one article. Holds only references and the mentions found so far.
class Scanner {
  public:
    Scanner(const Lexicons& lex, std::u32string_view t, const std::vector<Span>& dates)
        : m_lex(lex), m_t(t), m_shape(lex, t, dates), m_owner(t.size(), -1),
          m_nameEnds(t.size() + 1, false) {}

    std::vector<PersonFinding> run() {
        findBylines();
        findPhotoCredits();
        findAppointments();
        findTitledNames();
        findNamesBeforeTitles();
        findUnanchoredLists();
        findClosingParentheses();
        findVisitedNames();
        findFreeNames();
        return collect();
    }

  private:
    // ---- recording -------------------------------------------------------------------------

    // Which mention covers each position (-1: none) and where mentions end: lookups stay
    // constant-time however many mentions a long text holds.
    bool taken(Span s) const {
        for (std::size_t i = s.start; i < s.end && i < m_owner.size(); ++i)
            if (m_owner[i] >= 0) return true;
        return false;
    }

    void record(Span name, std::vector<RoleRef> roles) {
        if (name.start < m_owner.size() && m_owner[name.start] >= 0) {
            auto& m = m_found[static_cast<std::size_t>(m_owner[name.start])];
            if (m.name == name) { // same mention from another context: merge roles
                for (auto& r : roles)
                    m.roles.push_back(std::move(r));
            }
            return;
        }
        if (taken(name)) return;
        for (std::size_t i = name.start; i < name.end; ++i)
            m_owner[i] = static_cast<long>(m_found.size());
        m_nameEnds[name.end] = true;
        m_found.push_back({name, std::move(roles)});
    }

    // ---- role text ---------------------------------------------------------------------------

    // The start of the role text that ends at `end` (exclusive): back over Han characters to a
    // boundary (punctuation, a boundary word such as 由, a name already found), capped.
    std::size_t roleStart(std::size_t end) const {
        // 和 belongs in organisation names (住房和城乡建设厅), but before a kind of person
        // (敬老院和老复员军人) it joins two phrases.
        const bool personNoun =
            m_lex.personNouns.longestEndingAt(m_t, end) > 0 &&
            m_lex.titles.longestEndingAt(m_t, end) == m_lex.personNouns.longestEndingAt(m_t, end);
        std::size_t s = end;
        while (s > 0 && end - s < kMaxRoleLength) {
            const char32_t c = m_t[s - 1];
            if (!text::isHan(c) && c != U'-') break;
            if (m_lex.roleBoundaries.longestEndingAt(m_t, s) > 0) break;
            // (before the title itself: 代表 is a kind of person and also a verb)
            if (personNoun && s + m_lex.titles.longestEndingAt(m_t, end) <= end &&
                (c == U'和' || m_lex.nameFollowers.longestEndingAt(m_t, s) >= 2))
                break;
            if (m_shape.dateEndsAt(s)) break;
            if (nameEndsAt(s)) break;
            --s;
        }
        // 甲和|省委常委、秘书长乙: after a name, a joining word is not part of the next role.
        if (nameEndsAt(s)) {
            if (m_t.compare(s, 2, U"以及") == 0) s += 2;
            else if (s < end && (m_t[s] == U'和' || m_t[s] == U'及' || m_t[s] == U'与')) ++s;
        }
        return s;
    }

    bool joinsNext(std::size_t pos) const {
        return pos < m_t.size() && (m_t[pos] == U'和' || m_t[pos] == U'及' || m_t[pos] == U'与');
    }

    bool nameEndsAt(std::size_t pos) const { return pos < m_nameEnds.size() && m_nameEnds[pos]; }

    // Splits role text [start, end) at 、 into roles, dropping a leading deictic (该县).
    std::vector<RoleRef> splitRoles(std::size_t start, std::size_t end) const {
        std::vector<RoleRef> roles;
        std::size_t piece = start;
        for (std::size_t i = start; i <= end; ++i) {
            if (i == end || m_t[i] == U'、' || m_t[i] == U',') {
                std::size_t s = piece;
                if (const auto d = m_lex.deictics.longestAt(m_t, s); d && s + d < i) s += d;
                if (i > s && m_lex.titles.longestEndingAt(m_t, i) > 0)
                    roles.push_back({{s, i}, {}});
                piece = i + 1;
            }
        }
        return roles;
    }

    // Roles written before a name starting at `nameStart`: 省委副书记、代省长|罗东川.
    std::vector<RoleRef> rolesBefore(std::size_t nameStart) const {
        std::size_t end = nameStart;
        if (m_lex.titles.longestEndingAt(m_t, end) == 0) return {};
        // Extend over 、-joined roles: 省委副书记、代省长.
        std::size_t start = roleStart(end);
        while (start >= 2 && m_t[start - 1] == U'、' &&
               m_lex.titles.longestEndingAt(m_t, start - 1))
            start = roleStart(start - 1);
        return splitRoles(start, end);
    }

    // A role written after a group of names: 等市领导, 6位政协委员, 等11位同志为……主席.
    std::vector<RoleRef> rolesAfterGroup(std::size_t end) const {
        std::size_t i = end;
        bool sawDeng = false;
        if (i < m_t.size() && m_t[i] == U'等') {
            ++i;
            sawDeng = true;
        }
        std::size_t digits = i;
        while (digits < m_t.size() && m_t[digits] >= U'0' && m_t[digits] <= U'9')
            ++digits;
        if (digits == i) digits = m_shape.chineseNumberEnd(i);
        if (digits > i && digits < m_t.size() && (m_t[digits] == U'位' || m_t[digits] == U'名'))
            i = digits + 1;
        if (i + 2 <= m_t.size() && m_t.substr(i, 2) == U"同志") i += 2;
        if (i < m_t.size() && m_t[i] == U'为') {
            const std::size_t s = i + 1;
            std::size_t e = s;
            while (e < m_t.size() && text::isHan(m_t[e]) && e - s < kMaxRoleLength)
                ++e;
            while (e > s && m_lex.titles.longestEndingAt(m_t, e) == 0)
                --e;
            if (e > s) return {{{s, e}, {}}};
            return {};
        }
        if (!sawDeng && i == end) {
            // 尹胜6位政协委员 needs the count; a bare run after a list is not a role.
            return {};
        }
        // Role text: Han run up to an attendance phrase, a follower word or punctuation.
        std::size_t e = i;
        while (e < m_t.size() && text::isHan(m_t[e]) && e - i < kMaxRoleLength) {
            if (e > i &&
                (m_lex.attendanceHeads.longestAt(m_t, e) || m_lex.nameFollowers.longestAt(m_t, e) ||
                 m_lex.honorifics.longestAt(m_t, e)))
                break;
            ++e;
        }
        if (e == i || m_lex.titles.longestEndingAt(m_t, e) == 0) return {};
        if (e + 2 <= m_t.size() && m_t.substr(e, 2) == U"同志") return {}; // 领导同志: no role
        return {{{i, e}, {}}};
    }

    // 特困|残疾人|郑某, 和困难|群众: what looks like a name is the front of a role when a title
    // follows it and either a name follows the title or the title is a kind of person. 代表 is
    // also a verb (吕某|代表|区政协常委会作报告), so it alone does not make role text.
    bool isRoleText(Span candidate) const {
        const std::size_t title = m_lex.titles.longestAt(m_t, candidate.end);
        if (!title) return false;
        if (m_shape.readNameAfter(candidate.end + title, NameContext::AfterTitle)) return true;
        return m_lex.personNouns.contains(m_t.substr(candidate.end, title)) &&
               m_lex.nameFollowers.longestAt(m_t, candidate.end) < title;
    }

    // ---- lists --------------------------------------------------------------------------------

    // After a name ending at `end`, the start of the next list item, or nullopt when the list
    // ends: 、 (possibly doubled with commas), 以及/及 before the last item, "(女)" notes.
    std::optional<std::size_t> nextItem(std::size_t end) const {
        std::size_t i = m_shape.skipParenthetical(end);
        // A comma alone ends a clause; with a 、 beside it (成峰,、申某) it is doubled punctuation.
        bool sawEnum = false;
        while (i < m_t.size() && (m_t[i] == U'、' || m_t[i] == U',' || m_t[i] == U' ')) {
            if (m_t[i] == U'、') sawEnum = true;
            ++i;
        }
        if (sawEnum) return i;
        if (i == end) {
            if (i + 2 <= m_t.size() && m_t.substr(i, 2) == U"以及") return i + 2;
            if (i < m_t.size() && (m_t[i] == U'及' || m_t[i] == U'和')) return i + 1;
        }
        return std::nullopt;
    }

    // Reads list items after a first name ending at `end`; items get `roles`. Returns the end
    // of the last item.
    std::size_t readListAfter(std::size_t end, const std::vector<RoleRef>& roles,
                              std::vector<Span>* group) {
        while (true) {
            const auto next = nextItem(end);
            if (!next) break;
            // 以及秘书长某某: a new role inside the list ends the shared role.
            if (m_lex.titles.longestAt(m_t, *next) &&
                !m_shape.readNameAfter(*next, NameContext::List))
                break;
            const auto item = m_shape.readNameAfter(*next, NameContext::List);
            if (!item || taken(*item) || isRoleText(*item)) break;
            record(*item, roles);
            if (group) group->push_back(*item);
            end = item->end;
        }
        return end;
    }

    void applyRolesAfter(const std::vector<Span>& group, std::size_t end) {
        auto roles = rolesAfterGroup(end);
        if (roles.empty()) return;
        for (const auto& s : group)
            record(s, roles);
    }

    // 执行主席是(按姓名笔画排列):甲、乙 / 委员(从左到右)甲、乙: what may stand between a
    // title and the names it introduces.
    std::size_t introducedListStart(std::size_t p) const {
        std::size_t q = p;
        if (q < m_t.size() && m_t[q] == U'是') ++q;
        q = m_shape.skipParenthetical(q);
        if (q < m_t.size() && m_t[q] == U':') ++q;
        if (q != p && q > p + 1 && m_t[q - 1] != U':' && m_t[q - 1] != U')') return p;
        return q;
    }

    // ---- contexts ---------------------------------------------------------------------------

    // 记者 张三 / (特约记者 张晓英) / 天山网-新疆日报记者 崔志坚摄 / 责任编辑: 陈玉
    void findBylines() {
        for (std::size_t i = 0; i < m_t.size();) {
            const std::size_t len = m_lex.bylineRoles.longestAt(m_t, i);
            if (len == 0) {
                ++i;
                continue;
            }
            const std::size_t roleEnd = i + len;
            const std::size_t roleBegin = bylinePrefixStart(i);
            std::size_t j = roleEnd;
            bool separated = false;
            while (j < m_t.size() && (m_t[j] == U' ' || m_t[j] == U':' || m_t[j] == U'\t')) {
                ++j;
                separated = true;
            }
            std::vector<RoleRef> roles{{{roleBegin, roleEnd}, {}}};
            std::size_t after = readBylineNames(j, separated, roles);
            i = std::max(after, roleEnd);
        }
    }

    // A byline word may carry its outlet (本报记者, 天山网-新疆日报记者): back to a space or
    // punctuation, over Han characters and hyphens, when the word starts a byline.
    std::size_t bylinePrefixStart(std::size_t i) const {
        std::size_t s = i;
        while (s > 0 && i - s < 16 && (text::isHan(m_t[s - 1]) || m_t[s - 1] == U'-')) {
            if (m_lex.roleBoundaries.longestEndingAt(m_t, s)) break;
            --s;
        }
        // Only keep an outlet prefix that is itself bounded by a space, punctuation or a line
        // start; otherwise the word is used in running text (与媒体记者…) and stands alone.
        if (s == i) return i;
        if (s == 0 || !text::isHan(m_t[s - 1])) return s;
        return i;
    }

    std::size_t readBylineNames(std::size_t j, bool separated, const std::vector<RoleRef>& roles) {
        std::size_t end = j;
        Span pendingSingle; // a one-character token waiting for its second half
        bool hasPendingSingle = false;
        while (j < m_t.size()) {
            std::size_t k = j;
            while (k < m_t.size() && (text::isHan(m_t[k]) || m_t[k] == U'·')) {
                if (k > j && (m_lex.bylineRoles.longestAt(m_t, k) || photoMarkAt(k))) break;
                ++k;
            }
            const Span token{j, k};
            if (token.empty()) break;
            if (token.size() == 1 && m_lex.surnames.longestAt(m_t, j) && !hasPendingSingle) {
                pendingSingle = token; // 刘 睿: a two-character name spaced out
                hasPendingSingle = true;
            } else if (token.size() == 1 && hasPendingSingle) {
                const Span joined{pendingSingle.start, token.end};
                record(joined, roles);
                hasPendingSingle = false;
                end = token.end;
            } else {
                const auto name = m_shape.bylineName(token, separated);
                if (!name) break;
                record(*name, rolesWithPhoto(roles, name->end));
                end = name->end;
            }
            j = token.end;
            if (photoMarkAt(j)) {
                end = j + 1;
                break;
            }
            if (j < m_t.size() && m_t[j] == U'、') {
                ++j;
                continue;
            } // 记者甲、乙报道
            if (j < m_t.size() && m_t[j] == U' ') {
                while (j < m_t.size() && m_t[j] == U' ')
                    ++j;
                if (photoMarkAt(j)) {
                    end = j + 1;
                    break;
                }
                if (m_lex.bylineRoles.longestAt(m_t, j)) break; // the next byline word
                continue;
            }
            break;
        }
        return end;
    }

    std::vector<RoleRef> rolesWithPhoto(std::vector<RoleRef> roles, std::size_t nameEnd) const {
        std::size_t j = nameEnd;
        while (j < m_t.size() && m_t[j] == U' ')
            ++j;
        if (photoMarkAt(j)) roles.push_back({{}, U"摄影"});
        return roles;
    }

    // 摄 as a photo credit mark: not the first character of 摄影/摄像, followed by a boundary.
    bool photoMarkAt(std::size_t i) const {
        if (i >= m_t.size() || m_t[i] != U'摄') return false;
        if (i + 1 == m_t.size()) return true;
        const char32_t next = m_t[i + 1];
        return !text::isHan(next) || next == U'图'; // 摄 followed by punctuation, space, end
    }

    // 黎晓刚 摄 / 记者 崔志坚摄 (the byline pass already took those with a byline word).
    void findPhotoCredits() {
        for (std::size_t i = 1; i < m_t.size(); ++i) {
            if (!photoMarkAt(i)) continue;
            std::size_t e = i;
            while (e > 0 && m_t[e - 1] == U' ')
                --e;
            std::size_t s = e;
            while (s > 0 && e - s < 12 && (text::isHan(m_t[s - 1]) || m_t[s - 1] == U'·'))
                --s;
            const Span token{s, e};
            if (token.size() < 2 || token.size() > 12) continue;
            if (s > 0 && m_t[s - 1] != U' ' && m_t[s - 1] != U'\n' && text::isHan(m_t[s - 1]))
                continue;
            if (!m_shape.plausible(token, NameContext::Byline)) continue;
            record(token, {{{}, U"摄影"}});
        }
    }

    // 补选某某为……代表 / 任命某某为……副主席 / 推选甲、乙等11位同志为……
    void findAppointments() {
        for (std::size_t i = 0; i < m_t.size(); ++i) {
            const std::size_t len = m_lex.appointmentVerbs.longestAt(m_t, i);
            if (!len) continue;
            const auto first = m_shape.readNameAfter(i + len, NameContext::Strong);
            if (!first) continue;
            std::vector<Span> group{*first};
            const std::size_t end = readListAfter(first->end, {}, &group);
            auto roles = rolesAfterGroup(end);
            // 免去某某的……职务 names a person without giving a role; a bare name after the verb
            // needs a surname to count.
            if (roles.empty() &&
                !(m_shape.surnameInitial(*first) && m_shape.stopAt(end) >= StopStrength::Soft))
                continue;
            for (const auto& s : group)
                record(s, roles);
            i = end;
        }
    }

    // 省政协主席公保扎西 / 副主席仁青安杰、匡湧、…… / 由法国……议长比雷尔率领
    void findTitledNames() {
        for (std::size_t i = 0; i < m_t.size(); ++i) {
            const std::size_t len = m_lex.titles.longestAt(m_t, i);
            if (!len) continue;
            const std::size_t p = i + len;
            // 群众, 委员 and the like say less than 主席 that a name follows: the name must
            // look like one and end clearly.
            const bool weak = m_lex.personNouns.contains(m_t.substr(i, len));
            const auto name = m_shape.readNameAfter(
                introducedListStart(p), weak ? NameContext::Plain : NameContext::AfterTitle);
            if (!name || taken(*name)) continue;
            // Two characters after 代表 or 领导 are as often a word (谈判, 班子) as a name.
            if (weak && name->size() == 2 && !m_shape.speakerCueAt(name->end)) continue;
            // After a kind of person, a name ends clearly or joins the next (老党员周某和……);
            // 群众|冷暖放|在心上 is a phrase, not a name.
            if (weak && m_shape.stopAt(name->end) == StopStrength::Soft && !joinsNext(name->end))
                continue;
            if (isRoleText(*name)) continue;
            auto roles = rolesBefore(p);
            record(*name, roles);
            std::vector<Span> group{*name};
            const std::size_t end = readListAfter(name->end, roles, &group);
            applyRolesAfter(group, end);
            i = end - 1;
        }
    }

    // 吴晓军书记 / 习近平同志 / 罗东川代省长: a title or honorific right after a name.
    void findNamesBeforeTitles() {
        for (std::size_t i = 2; i < m_t.size(); ++i) {
            std::size_t len = m_lex.postNameTitles.longestAt(m_t, i);
            const bool isTitle = len > 0;
            if (!len) len = m_lex.honorifics.longestAt(m_t, i);
            if (!len) continue;
            if (!m_shape.endsTitleUse(i + len)) continue;
            const auto name = m_shape.readNameBefore(i, /*afterTitle=*/true);
            if (!name || taken(*name)) continue;
            std::vector<RoleRef> roles;
            if (isTitle) roles.push_back({{i, i + len}, {}});
            record(*name, roles);
            i += len - 1;
        }
    }

    // 甲、乙、丙在主席台就座 / 甲、乙等市领导出席 / 甲、乙、丙6位政协委员: lists that no role
    // precedes, recognised by their shape and what closes them.
    void findUnanchoredLists() {
        for (std::size_t i = 0; i < m_t.size(); ++i) {
            if (m_t[i] != U'、') continue;
            const auto first = m_shape.readNameBefore(i);
            if (!first || taken(*first)) continue;
            std::vector<Span> items{*first};
            std::size_t end = first->end;
            while (true) {
                const auto next = nextItem(end);
                if (!next) break;
                const auto item = m_shape.readNameAfter(*next, NameContext::List);
                if (!item || taken(*item)) break;
                items.push_back(*item);
                end = item->end;
            }
            if (items.size() < 2 || !m_shape.confirmsList(items, end)) {
                i = std::max(i, end);
                continue;
            }
            for (const auto& s : items)
                record(s, {});
            applyRolesAfter(items, end);
            i = end;
        }
    }

    // (徐少波 周帅) closing a paragraph: the authors of the report.
    void findClosingParentheses() {
        for (std::size_t i = 0; i < m_t.size(); ++i) {
            if (m_t[i] != U'(') continue;
            // Look no further than a credit can be long: an unclosed '(' must not make the
            // scan quadratic.
            const std::size_t close = m_t.substr(0, std::min(m_t.size(), i + 25)).find(U')', i);
            if (close == std::u32string_view::npos) continue;
            const std::size_t after = close + 1;
            const bool closesParagraph = after >= m_t.size() || m_t[after] == U'\n';
            std::vector<Span> tokens;
            bool ok = true;
            for (std::size_t j = i + 1; j < close;) {
                while (j < close && (m_t[j] == U' ' || m_t[j] == U'、'))
                    ++j;
                std::size_t k = j;
                while (k < close && m_t[k] != U' ' && m_t[k] != U'、')
                    ++k;
                if (k == j) break;
                const Span token{j, k};
                if (!m_shape.plausible(token, NameContext::Plain)) {
                    ok = false;
                    break;
                }
                tokens.push_back(token);
                j = k;
            }
            // Mid-paragraph, one name in parentheses is too little to go on: (王府井).
            if (!ok || tokens.empty() || (!closesParagraph && tokens.size() < 2)) continue;
            for (const auto& tk : tokens)
                record(tk, {});
        }
    }

    // 看望了严某 / 来到严某家中: the person visited, named without a role.
    void findVisitedNames() {
        for (std::size_t i = 0; i < m_t.size(); ++i) {
            const std::size_t len = m_lex.visitVerbs.longestAt(m_t, i);
            if (!len) continue;
            const auto name = m_shape.readNameAfter(i + len, NameContext::AfterTitle);
            if (name && !taken(*name) && m_shape.surnameInitial(*name) &&
                m_shape.stopAt(name->end) >= StopStrength::Word && !isRoleText(*name))
                record(*name, {});
            i += len - 1;
        }
    }

    // Names with no role, list or byline around them (张敬涛强调, 叶利钦说, 卡洛斯·阿马特),
    // read from their own shape and the boundaries on both sides; and the familiar 老李 / 胡老,
    // where the surname alone names the person.
    void findFreeNames() {
        std::size_t nextDot = m_t.find(U'·');
        for (std::size_t i = 0; i < m_t.size(); ++i) {
            if (nextDot < i) nextDot = m_t.find(U'·', i);
            const bool dotAhead = nextDot != std::u32string_view::npos && nextDot - i < 12;
            // Cheap tests first: most positions open no name of any kind.
            const char32_t c = m_t[i];
            if (!dotAhead && !m_lex.surnames.longestAt(m_t, i) &&
                !m_lex.translitChars.longestAt(m_t, i) && c != U'老' && c != U'小')
                continue;
            if (!m_shape.leftBoundary(i) || m_shape.insideDate(i)) continue;
            if (auto dotted =
                    dotAhead ? m_shape.readNameAfter(i, NameContext::Plain) : std::nullopt;
                dotted &&
                m_t.substr(dotted->start, dotted->size()).find(U'·') != std::u32string_view::npos) {
                if (!taken(*dotted)) record(*dotted, {});
                i = dotted->end - 1;
                continue;
            }
            if (auto name = m_shape.readFreeName(i); name && !taken(*name)) {
                record(*name, {});
                i = name->end - 1;
                continue;
            }
            if (auto familiar = familiarSurname(i)) record(*familiar, {});
        }
    }

    std::optional<Span> familiarSurname(std::size_t i) const {
        // 老李说 / 小王 … : 老/小 + surname; 胡老说: surname + 老.
        if ((m_t[i] == U'老' || m_t[i] == U'小') && i + 1 < m_t.size() &&
            m_lex.surnames.longestAt(m_t, i + 1) == 1 && m_lex.speechVerbs.longestAt(m_t, i + 2))
            return Span{i + 1, i + 2};
        if (m_lex.surnames.longestAt(m_t, i) == 1 && i + 1 < m_t.size() && m_t[i + 1] == U'老' &&
            m_lex.speechVerbs.longestAt(m_t, i + 2))
            return Span{i, i + 1};
        return std::nullopt;
    }

    // ---- results ----------------------------------------------------------------------------

    std::vector<PersonFinding> collect() {
        // Every confirmed name is recognised at its other mentions.
        PhraseSet known;
        // One-character names (胡老) are too short to recognise anywhere else.
        for (const auto& m : m_found)
            if (m.name.size() >= 2) known.add(m_shape.key(m.name));
        std::vector<RawMention> all = m_found;
        for (std::size_t i = 0; i < m_t.size();) {
            const std::size_t len = known.longestAt(m_t, i);
            if (!len || taken(Span{i, i + len}) || m_shape.insideDate(i)) {
                ++i;
                continue;
            }
            // A title after a known name gives a role there too (全面贯彻习近平|总书记).
            std::vector<RoleRef> roles;
            if (const auto title = m_lex.postNameTitles.longestAt(m_t, i + len);
                title && m_shape.endsTitleUse(i + len + title))
                roles.push_back({{i + len, i + len + title}, {}});
            all.push_back({{i, i + len}, std::move(roles)});
            i += len;
        }
        std::sort(all.begin(), all.end(), [](const RawMention& a, const RawMention& b) {
            return a.name.start < b.name.start;
        });

        std::vector<PersonFinding> people;
        std::map<std::u32string, std::size_t> index;
        for (auto& m : all) {
            const auto key = m_shape.key(m.name);
            auto [it, fresh] = index.emplace(key, people.size());
            if (fresh) people.push_back({key, {}, {}});
            auto& person = people[it->second];
            person.mentions.push_back(m.name);
            for (auto& r : m.roles)
                person.roles.push_back(std::move(r));
        }
        return people;
    }

    const Lexicons& m_lex;
    std::u32string_view m_t;
    NameShape m_shape;
    std::vector<RawMention> m_found;
    std::vector<long> m_owner;    // per position: index into m_found, or -1
    std::vector<bool> m_nameEnds; // per position (size + 1): a found name ends here
};

} // namespace

std::vector<PersonFinding> PersonDetector::detect(std::u32string_view folded,
                                                  const std::vector<text::Span>& dates) const {
    return Scanner(m_lex, folded, dates).run();
}

} // namespace dais::detect
