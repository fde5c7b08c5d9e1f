#include "core/extract/extractor.h"

#include <algorithm>
#include <map>

namespace dais::extract {

Result<std::unique_ptr<Extractor>>
Extractor::create(std::shared_ptr<const detect::Lexicons> lexicons) {
    auto folder = text::TextFolder::create();
    if (!folder) return folder.error();
    return std::unique_ptr<Extractor>(
        new Extractor(std::move(lexicons), std::move(folder).value()));
}

Extractor::Extractor(std::shared_ptr<const detect::Lexicons> lexicons,
                     std::unique_ptr<text::TextFolder> folder)
    : m_lex(std::move(lexicons)), m_folder(std::move(folder)), m_dates(m_lex->dates),
      m_people(*m_lex), m_attendance(*m_lex) {}

namespace {

void append(text::MatchView& view, const text::MatchView& piece) {
    view.text += piece.text;
    view.origin.insert(view.origin.end(), piece.origin.begin(), piece.origin.end() - 1);
}

// A line break between headings and paragraphs, mapped to where the previous piece ended.
void appendBreak(text::MatchView& view, std::size_t originalPos) {
    view.text.push_back(U'\n');
    view.origin.push_back(originalPos);
}

std::u32string slice(const std::u32string& text, Span s) {
    return text.substr(s.start, s.size());
}

} // namespace

text::MatchView Extractor::articleView(const layout::Document& doc,
                                       const layout::Article& article) {
    text::MatchView view;
    auto add = [&](Span s) {
        if (!view.text.empty()) appendBreak(view, s.start);
        append(view, m_folder->makeView(std::u32string_view(doc.text).substr(s.start, s.size()),
                                        s.start));
    };
    for (const auto& heading : {article.kicker, article.title, article.subtitle})
        if (heading) add(*heading);
    for (const auto& paragraph : article.body) {
        bool first = true;
        for (const auto& piece : paragraph.pieces) {
            if (first)
                add(piece);
            else
                append(view, m_folder->makeView(
                                 std::u32string_view(doc.text).substr(piece.start, piece.size()),
                                 piece.start));
            first = false;
        }
    }
    view.origin.push_back(article.span.end);
    return view;
}

ArticleExtraction Extractor::extractArticle(const layout::Document& doc,
                                            const layout::Article& article,
                                            std::optional<detect::CivilDate> reference) {
    ArticleExtraction out;
    out.span = article.span;
    if (article.kicker) out.kicker = slice(doc.text, *article.kicker);
    if (article.title) out.title = slice(doc.text, *article.title);
    if (article.subtitle) out.subtitle = slice(doc.text, *article.subtitle);
    if (article.byline) out.byline = slice(doc.text, *article.byline);

    const auto view = articleView(doc, article);
    const std::u32string_view folded = view.text;
    auto original = [&](Span viewSpan) { return view.toOriginal(viewSpan); };

    const auto dates = m_dates.detect(folded, reference);
    std::vector<Span> dateSpans;
    for (const auto& d : dates) {
        dateSpans.push_back(d.span);
        const Span o = original(d.span);
        out.dates.push_back({slice(doc.text, o), d.value, o});
    }

    const auto found = m_people.detect(folded, dateSpans);
    std::vector<detect::MentionRef> mentions;
    for (std::size_t k = 0; k < found.size(); ++k) {
        Person person;
        const Span first = original(found[k].mentions.front());
        person.name = slice(doc.text, first);
        for (const auto& m : found[k].mentions) {
            person.mentions.push_back(original(m));
            mentions.push_back({m, k});
        }
        for (const auto& r : found[k].roles) {
            auto role = r.literal.empty() ? slice(doc.text, original(r.span)) : r.literal;
            if (std::find(person.roles.begin(), person.roles.end(), role) == person.roles.end())
                person.roles.push_back(std::move(role));
        }
        out.people.push_back(std::move(person));
    }
    std::sort(mentions.begin(), mentions.end(),
              [](const auto& a, const auto& b) { return a.span.start < b.span.start; });

    for (const auto& act : m_attendance.detect(folded, mentions, dateSpans)) {
        Attendance a{act.mode, {}, original(act.span)};
        for (auto k : act.people)
            a.people.push_back(out.people[k].name);
        out.attendance.push_back(std::move(a));
    }
    for (const auto& c : m_attendance.detectCounts(folded)) {
        const Span o = original(c.span);
        out.counts.push_back({slice(doc.text, o), c.expected, c.value, o});
    }
    return out;
}

Analysis Extractor::analyse(std::u32string text, std::optional<detect::CivilDate> reference) {
    Analysis result{layout::analyseLayout(std::move(text), m_folder.get()), {}};
    result.extraction = extract(result.document, reference);
    return result;
}

Extraction Extractor::extract(const layout::Document& doc,
                              std::optional<detect::CivilDate> reference) {
    Extraction result;
    if (!reference) {
        // The date a page states about itself, near its top.
        const std::size_t head = std::min<std::size_t>(doc.text.size(), 400);
        const auto view = m_folder->makeView(std::u32string_view(doc.text).substr(0, head));
        reference = m_dates.findPublicationDate(view.text);
    }
    result.referenceDate = reference;
    for (const auto& article : doc.articles)
        result.articles.push_back(extractArticle(doc, article, reference));
    return result;
}

} // namespace dais::extract
