#include "core/layout/article_splitter.h"

#include "core/layout/byline_finder.h"
#include "core/layout/line_classifier.h"

#include <array>

namespace dais::layout {
namespace {

enum class Kind { Body, Heading, Credit, Byline, Furniture };

struct Classified {
    Kind kind = Kind::Body;
    bool dateline = false; // opens with a news marker
};

// Credits, byline lines and page furniture ("来源：…") that may stand between the headings
// and the first paragraph.
constexpr std::size_t kMaxLinesBetween = 3;

bool mayStandBetween(Kind k) {
    return k == Kind::Credit || k == Kind::Byline || k == Kind::Furniture;
}

std::u32string_view firstLine(std::u32string_view text, const Paragraph& p) {
    return text.substr(p.pieces.front().start, p.pieces.front().size());
}

Classified classify(std::u32string_view text, const Paragraph& p) {
    const auto line = firstLine(text, p);
    Classified c;
    c.dateline = opensWithNewsMarker(line);
    if (p.pieces.size() > 1 || c.dateline) return c;
    if (isPhotoCredit(line))
        c.kind = Kind::Credit;
    else if (isBylineLine(line))
        c.kind = Kind::Byline;
    else if (isPageFurniture(line))
        c.kind = Kind::Furniture;
    else if (isHeadingLike(line))
        c.kind = Kind::Heading;
    return c;
}

// Where an article starts and how many heading lines it has.
struct Start {
    std::size_t first = 0;
    std::size_t headings = 0;
};

Article makeArticle(std::u32string_view text, const std::vector<Paragraph>& paragraphs,
                    const std::vector<Classified>& kinds, std::size_t begin, std::size_t end,
                    std::size_t headings) {
    Article a;
    const auto line = [&](std::size_t i) { return firstLine(text, paragraphs[i]); };
    const auto span = [&](std::size_t i) { return paragraphs[i].pieces.front(); };
    if (headings == 3) {
        a.kicker = span(begin);
        a.title = span(begin + 1);
        a.subtitle = span(begin + 2);
    } else if (headings == 2) {
        if (looksLikeSubtitle(line(begin + 1))) {
            a.title = span(begin);
            a.subtitle = span(begin + 1);
        } else {
            a.kicker = span(begin);
            a.title = span(begin + 1);
        }
    } else if (headings == 1) {
        a.title = span(begin);
    } else if (begin < end && kinds[begin].kind == Kind::Heading) {
        // No structure found: the first line is the title when it looks like one, and a
        // "——…" line under it is the subtitle, as in government work reports.
        a.title = span(begin);
        headings = 1;
        if (begin + 1 < end && kinds[begin + 1].kind == Kind::Heading &&
            line(begin + 1).substr(0, 2) == U"——") {
            a.subtitle = span(begin + 1);
            headings = 2;
        }
    }
    a.body.assign(paragraphs.begin() + static_cast<std::ptrdiff_t>(begin + headings),
                  paragraphs.begin() + static_cast<std::ptrdiff_t>(end));
    a.byline = findByline(text, a.body);
    a.span = {paragraphs[begin].extent().start, paragraphs[end - 1].extent().end};
    return a;
}

} // namespace

bool looksLikeSubtitle(std::u32string_view secondLine) {
    if (secondLine.substr(0, 1) == U"—") return true;
    static constexpr std::array<std::u32string_view, 14> kDoings = {
        U"出席", U"主持", U"讲话", U"致辞", U"会见", U"会谈",   U"看望",
        U"慰问", U"调研", U"参加", U"强调", U"指出", U"作报告", U"发表"};
    for (auto verb : kDoings)
        if (secondLine.find(verb) != std::u32string_view::npos) return true;
    return false;
}

std::vector<Article> splitArticles(std::u32string_view text,
                                   const std::vector<Paragraph>& paragraphs) {
    std::vector<Article> articles;
    if (paragraphs.empty()) return articles;
    std::vector<Classified> kinds;
    kinds.reserve(paragraphs.size());
    for (const auto& p : paragraphs)
        kinds.push_back(classify(text, p));

    std::vector<Start> starts;
    std::size_t floor = 0; // headings of a new article come after the previous one's opening
    for (std::size_t t = 0; t < paragraphs.size(); ++t) {
        const bool opens =
            kinds[t].dateline || kinds[t].kind == Kind::Credit || kinds[t].kind == Kind::Byline;
        if (!opens) continue;
        std::size_t j = t;
        std::size_t between = 0;
        while (j > floor && between < kMaxLinesBetween && mayStandBetween(kinds[j - 1].kind)) {
            --j;
            ++between;
        }
        std::size_t headings = 0;
        while (j > floor && headings < kMaxHeadingLines && kinds[j - 1].kind == Kind::Heading) {
            --j;
            ++headings;
        }
        if (headings == 0) continue;
        starts.push_back({j, headings});
        floor = t + 1;
    }

    const std::size_t firstStart = starts.empty() ? paragraphs.size() : starts.front().first;
    if (firstStart > 0) // text before the first recognised article, or all of it
        articles.push_back(makeArticle(text, paragraphs, kinds, 0, firstStart, 0));
    for (std::size_t k = 0; k < starts.size(); ++k) {
        const std::size_t end = k + 1 < starts.size() ? starts[k + 1].first : paragraphs.size();
        articles.push_back(
            makeArticle(text, paragraphs, kinds, starts[k].first, end, starts[k].headings));
    }
    return articles;
}

} // namespace dais::layout
