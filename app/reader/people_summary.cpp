#include "app/reader/people_summary.h"

#include "app/reader/qt_text.h"

#include <algorithm>

namespace dais::reader {

std::vector<PersonRow> summarisePeople(const extract::ArticleExtraction& article) {
    std::vector<PersonRow> rows;
    for (std::size_t i = 0; i < article.people.size(); ++i) {
        const auto& person = article.people[i];
        PersonRow row;
        row.person = static_cast<int>(i);
        row.name = toQString(person.name);
        for (const auto& role : person.roles)
            row.roles << toQString(role);
        for (const auto& act : article.attendance) {
            if (std::find(act.people.begin(), act.people.end(), person.name) == act.people.end())
                continue;
            const QString mode = toQString(act.mode);
            if (!row.modes.contains(mode)) row.modes << mode;
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<text::Span> adjacentRoleSpans(const extract::ArticleExtraction& article,
                                          std::u32string_view text) {
    std::vector<text::Span> spans;
    for (const auto& person : article.people) {
        for (const auto& mention : person.mentions) {
            for (const auto& role : person.roles) {
                const std::size_t n = role.size();
                if (n == 0) continue;
                if (mention.start >= n && mention.start <= text.size() &&
                    text.substr(mention.start - n, n) == role)
                    spans.push_back({mention.start - n, mention.start});
                if (mention.end + n <= text.size() && text.substr(mention.end, n) == role)
                    spans.push_back({mention.end, mention.end + n});
            }
        }
    }
    std::sort(spans.begin(), spans.end(),
              [](const auto& a, const auto& b) { return a.start < b.start; });
    spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
    return spans;
}

} // namespace dais::reader
