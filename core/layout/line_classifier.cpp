#include "core/layout/line_classifier.h"

#include "core/layout/line_splitter.h"
#include "core/text/text_folder.h"

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

namespace dais::layout {
namespace {

// How far into a line a dateline marker may sit: "新华社北京1月21日电" is 13 code points,
// "西宁晚报讯" 5; more room only invites false matches.
constexpr std::size_t kMarkerWindow = 30;

bool isSentenceFinal(char32_t c) {
    switch (c) {
    case U'。':
    case U'．':
    case U'.':
    case U'！':
    case U'!':
    case U'？':
    case U'?':
    case U'；':
    case U';':
    case U'…':
    case U'｡':
        return true;
    default:
        return false;
    }
}

bool isClosingQuote(char32_t c) {
    switch (c) {
    case U'”':
    case U'’':
    case U'」':
    case U'』':
    case U'"':
    case U'\'':
    case U'》':
    case U'】':
    case U'〕':
        return true;
    default:
        return false;
    }
}

bool isComma(char32_t c) {
    return c == U'，' || c == U',' || c == U'、';
}

bool isBullet(char32_t c) {
    switch (c) {
    case U'■':
    case U'□':
    case U'●':
    case U'○':
    case U'◆':
    case U'◇':
    case U'▲':
    case U'△':
    case U'★':
    case U'☆':
    case U'▼':
    case U'▽':
    case U'◎':
    case U'•':
        return true;
    default:
        return isLayoutSpace(c);
    }
}

bool startsWith(std::u32string_view s, std::u32string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

bool contains(std::u32string_view s, std::u32string_view what) {
    return s.find(what) != std::u32string_view::npos;
}

bool isChineseNumeral(char32_t c) {
    return contains(U"一二三四五六七八九十百零〇", std::u32string_view(&c, 1));
}
bool isDigit(char32_t c) {
    return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９');
}

std::size_t digitsAt(std::u32string_view s, std::size_t i, std::size_t max) {
    std::size_t n = 0;
    while (i + n < s.size() && n < max && isDigit(s[i + n]))
        ++n;
    return n;
}

// The first full date in `line` ("2025年1月21日", "2025-01-21", "2025/1/21", "2025.1.21") as
// (start, length).
std::optional<std::pair<std::size_t, std::size_t>> findDate(std::u32string_view line) {
    for (std::size_t i = 0; i + 4 < line.size(); ++i) {
        if (!isDigit(line[i]) || (i > 0 && isDigit(line[i - 1])) || digitsAt(line, i, 5) != 4)
            continue;
        std::size_t j = i + 4;
        const char32_t sep = line[j];
        const bool chinese = sep == U'年';
        if (!chinese && sep != U'-' && sep != U'/' && sep != U'.') continue;
        std::size_t d = digitsAt(line, ++j, 2);
        if (d == 0 || j + d >= line.size()) continue;
        j += d;
        if (line[j] != (chinese ? U'月' : sep)) continue;
        d = digitsAt(line, ++j, 2);
        if (d == 0) continue;
        j += d;
        if (chinese) {
            if (j >= line.size() || line[j] != U'日') continue;
            ++j;
        }
        return std::make_pair(i, j - i);
    }
    return std::nullopt;
}

} // namespace

std::size_t bulletLength(std::u32string_view line) {
    std::size_t i = 0;
    while (i < line.size() && isBullet(line[i]))
        ++i;
    return i;
}

bool endsSentence(std::u32string_view line) {
    if (line.empty()) return false;
    const char32_t last = line.back();
    if (isSentenceFinal(last)) return true;
    if (last == U'）' || last == U')') return true;
    // "…。”" ends a sentence; "提出了“三个坚持”" does not.
    std::size_t i = line.size();
    while (i > 0 && isClosingQuote(line[i - 1]))
        --i;
    return i < line.size() && i > 0 && isSentenceFinal(line[i - 1]);
}

bool endsParagraph(std::u32string_view line) {
    if (line.empty()) return false;
    if (endsSentence(line) || line.back() == U'：' || line.back() == U':') return true;
    // A caption ends with its credit: "图为会议现场。天山网记者 崔志坚摄".
    if (line.back() != U'摄') return false;
    std::size_t i = line.size() - 1;
    const std::size_t floor = line.size() > kMaxCreditLength ? line.size() - kMaxCreditLength : 0;
    while (i > floor && !isSentenceFinal(line[i - 1]) && !isComma(line[i - 1]))
        --i;
    return i == 0 || isSentenceFinal(line[i - 1]) || isPhotoCredit(line);
}

bool endsMidClause(std::u32string_view line) {
    return !line.empty() && isComma(line.back());
}

bool isHeadingLike(std::u32string_view line) {
    const std::size_t n = line.size();
    if (n == 0 || n > kMaxHeadingLength) return false;
    const char32_t last = line.back();
    if (endsMidClause(line) || last == U'：' || last == U':' || last == U'；' || last == U';')
        return false;
    if (endsSentence(line)) {
        // A headline may shout ("多项指标领跑！") but does not end with a full stop.
        std::size_t i = n;
        while (i > 0 && isClosingQuote(line[i - 1]))
            --i;
        const char32_t final = i > 0 ? line[i - 1] : last;
        if (final != U'！' && final != U'!' && final != U'？' && final != U'?') return false;
    }
    bool hasWord = false;
    bool hasComma = false;
    for (char32_t c : line) {
        hasWord = hasWord || text::isHan(c) || ((c | 0x20) >= U'a' && (c | 0x20) <= U'z');
        hasComma = hasComma || c == U'，' || c == U',';
        if (c == U'。') return false; // two sentences are no heading
    }
    // Body-length lines with commas are body text cut by the PDF; headings are terse, except
    // the numbered ones of reports ("（一）坚持稳中求进，推动经济持续回升向好").
    if (hasComma && n >= kMinBodyLineLength && !opensWithListMarker(line)) return false;
    return hasWord;
}

bool opensWithNewsMarker(std::u32string_view line) {
    const auto head = line.substr(bulletLength(line), kMarkerWindow);
    static constexpr std::array<std::u32string_view, 12> kOpenings = {
        U"本报讯",   U"本网讯",   U"本刊讯",   U"本台讯",   U"本报消息",     U"本网消息",
        U"本报记者", U"本台记者", U"本刊记者", U"本网记者", U"本报特约记者", U"本报通讯员"};
    for (auto opening : kOpenings)
        if (startsWith(head, opening)) return true;
    if (!head.empty() && (head.front() == U'(' || head.front() == U'（') &&
        namesReporter(head.substr(1, 8)))
        return true;
    // "青海日报讯", "西宁晚报讯(记者 …)"
    const auto front = head.substr(0, 12);
    if (contains(front, U"报讯") || contains(front, U"网讯") || contains(front, U"台讯") ||
        contains(front, U"社讯"))
        return true;
    // "新华社北京1月21日电(记者 …)", "中新网上海3月5日电 "
    const auto at = head.find(U"日电");
    if (at != std::u32string_view::npos) {
        const auto before = head.substr(0, at);
        const char32_t after = at + 2 < head.size() ? head[at + 2] : U' ';
        if ((contains(before, U"社") || contains(before, U"网") || contains(before, U"报")) &&
            (after == U'(' || after == U'（' || after == U'记' || isLayoutSpace(after)))
            return true;
    }
    return false;
}

bool isPhotoCredit(std::u32string_view line) {
    const std::size_t n = line.size();
    if (n < 2 || n > kMaxHeadingLength) return false;
    // "摄影 金睿敏", "图/王五", "摄影：李四"
    for (std::u32string_view role : {std::u32string_view(U"摄影"), std::u32string_view(U"图")}) {
        if (!startsWith(line, role) || n == role.size()) continue;
        const char32_t next = line[role.size()];
        if (isLayoutSpace(next) || next == U'/' || next == U'／' || next == U'：' || next == U':')
            return n <= 20;
    }
    if (line.back() != U'摄') return false;
    const char32_t before = line[n - 2];
    if (isLayoutSpace(before)) return true;
    if (before == U'拍') return false; // "…的拍摄" is a phrase, not a credit
    // "新华社记者李四摄": short and without punctuation
    return n <= 16 && std::none_of(line.begin(), line.end(), [](char32_t c) {
               return isComma(c) || isSentenceFinal(c) || c == U'：';
           });
}

bool isBylineLine(std::u32string_view line) {
    const auto words = line.substr(bulletLength(line));
    if (words.empty() || words.size() > 30) return false;
    if (std::any_of(words.begin(), words.end(),
                    [](char32_t c) { return isComma(c) || isSentenceFinal(c); }))
        return false;
    static constexpr std::array<std::u32string_view, 9> kRoles = {
        U"本报特约记者", U"本报记者", U"特约记者", U"见习记者", U"本报通讯员",
        U"通讯员",       U"记者",     U"撰稿",     U"文"};
    for (auto role : kRoles) {
        if (!startsWith(words, role)) continue;
        const auto rest = words.substr(role.size());
        if (rest.empty()) return false;
        if (role == U"文") return rest.front() == U'/' || rest.front() == U'／';
        if (isLayoutSpace(rest.front()) || rest.front() == U'：' || rest.front() == U':' ||
            rest.front() == U'/' || rest.front() == U'／')
            return true;
        // "本报记者张三": a name straight after the role, nothing else
        return rest.size() <= 4 && rest != U"手记" &&
               std::all_of(rest.begin(), rest.end(), [](char32_t c) { return text::isHan(c); });
    }
    return false;
}

bool isPageFurniture(std::u32string_view line) {
    if (line.empty() || line.size() > kMaxFurnitureLength || startsWith(line, U"—")) return false;
    static constexpr std::array<std::u32string_view, 9> kLabels = {
        U"来源", U"责任编辑", U"编辑", U"作者", U"原标题", U"发布时间", U"时间", U"字号", U"校对"};
    for (auto label : kLabels)
        if (startsWith(line, label) && line.size() > label.size() &&
            (line[label.size()] == U'：' || line[label.size()] == U':'))
            return true;
    const auto date = findDate(line);
    if (!date) return false;
    // A date with little else ("甘孜日报 2022年01月07日"), or with the words of a page header.
    if (line.size() - date->second <= 10) return true;
    for (std::u32string_view word : {U"星期", U"版", U"来源", U"作者", U"编辑"})
        if (contains(line, word)) return true;
    return false;
}

bool opensWithListMarker(std::u32string_view line) {
    std::size_t i = 0;
    if (!line.empty() && (line[0] == U'（' || line[0] == U'(')) {
        i = 1;
        const std::size_t start = i;
        while (i < line.size() && i < 4 && (isChineseNumeral(line[i]) || isDigit(line[i])))
            ++i;
        return i > start && i < line.size() && (line[i] == U'）' || line[i] == U')');
    }
    while (i < line.size() && i < 3 && isChineseNumeral(line[i]))
        ++i;
    if (i > 0) return i < line.size() && line[i] == U'、';
    while (i < line.size() && i < 3 && isDigit(line[i]))
        ++i;
    if (i == 0 || i >= line.size()) return false;
    if (line[i] == U'、') return true;
    // "4." but not "1286.1亿元"
    return (line[i] == U'.' || line[i] == U'．') && i + 1 < line.size() && !isDigit(line[i + 1]);
}

bool namesReporter(std::u32string_view text) {
    return contains(text, U"记者") || contains(text, U"通讯员") || contains(text, U"撰稿");
}

} // namespace dais::layout
