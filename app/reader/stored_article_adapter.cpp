#include "app/reader/stored_article_adapter.h"

#include <QString>

namespace dais::reader {
namespace {

std::u32string u32(const std::string& utf8) {
    return QString::fromStdString(utf8).toStdU32String();
}

std::optional<std::u32string> u32(const std::optional<std::string>& utf8) {
    if (!utf8) return std::nullopt;
    return u32(*utf8);
}

// The headings are stored as strings; the text starts with them, before the first paragraph.
std::optional<text::Span> findHeading(const std::u32string& text,
                                      const std::optional<std::u32string>& heading,
                                      std::size_t& from, std::size_t limit) {
    if (!heading || heading->empty()) return std::nullopt;
    const std::size_t at = text.find(*heading, from);
    if (at == std::u32string::npos || at + heading->size() > limit) return std::nullopt;
    from = at + heading->size();
    return text::Span{at, at + heading->size()};
}

} // namespace

LoadedArticle toLoadedArticle(const store::StoredArticle& stored) {
    auto document = std::make_shared<layout::Document>();
    document->text = stored.text;
    const std::u32string& text = document->text;
    layout::Article a;
    a.span = {0, text.size()};
    extract::ArticleExtraction x;
    x.span = a.span;
    x.kicker = u32(stored.kicker);
    x.title = u32(stored.title);
    x.subtitle = u32(stored.subtitle);
    x.byline = u32(stored.byline);

    const std::size_t bodyStart = stored.paragraphs.empty() ? text.size() : stored.paragraphs.front().start;
    std::size_t from = 0;
    a.kicker = findHeading(text, x.kicker, from, bodyStart);
    a.title = findHeading(text, x.title, from, bodyStart);
    a.subtitle = findHeading(text, x.subtitle, from, bodyStart);
    std::size_t bylineFrom = from;
    a.byline = findHeading(text, x.byline, bylineFrom, text.size());
    for (const auto& p : stored.paragraphs)
        if (!p.empty() && p.end <= text.size()) a.body.push_back(layout::Paragraph{{p}});
    if (a.body.empty() && !text.empty() && !a.title) a.body.push_back(layout::Paragraph{{a.span}});

    for (const auto& p : stored.people) {
        extract::Person person;
        person.name = u32(p.name);
        for (const auto& r : p.roles) person.roles.push_back(u32(r));
        person.mentions = p.mentions;
        x.people.push_back(std::move(person));
    }
    for (const auto& d : stored.dates) x.dates.push_back({u32(d.text), d.value, d.span});
    for (const auto& at : stored.attendance) {
        extract::Attendance list;
        list.mode = u32(at.mode);
        for (const auto& n : at.people) list.people.push_back(u32(n));
        list.span = at.span;
        x.attendance.push_back(std::move(list));
    }
    for (const auto& c : stored.counts) {
        // Counts are stored without their place; their text is found again for the underline.
        const std::u32string t = u32(c.text);
        const std::size_t at = t.empty() ? std::u32string::npos : text.find(t);
        const text::Span span = at == std::u32string::npos ? text::Span{} : text::Span{at, at + t.size()};
        x.counts.push_back({t, c.expected, c.value, span});
    }

    LoadedArticle out;
    out.path = QString::fromStdString(stored.source);
    out.index = 0;
    out.articleId = stored.id;
    document->articles.push_back(std::move(a));
    out.document = std::move(document);
    out.extraction = std::move(x);
    return out;
}

} // namespace dais::reader
