#include "export/export_set.h"

#include <QString>

#include <algorithm>
#include <map>

namespace dais::exporting {

std::string utf8(std::u32string_view s) {
    return QString::fromUcs4(s.data(), static_cast<qsizetype>(s.size())).toStdString();
}

std::string ExportSet::colourName(const std::string& key) const {
    for (const auto& c : colours)
        if (c.key == key) return c.name.empty() ? c.key : c.name;
    return key;
}

std::string ExportSet::colourRgb(const std::string& key) const {
    for (const auto& c : colours)
        if (c.key == key && !c.rgb.empty()) return c.rgb[0] == '#' ? c.rgb : "#" + c.rgb;
    return "#fff3a0";
}

std::vector<std::string> rolesOf(const store::StoredArticle& article, const std::string& name) {
    for (const auto& p : article.people)
        if (p.name == name) return p.roles;
    return {};
}

std::string daisLink(std::int64_t articleId, const store::Annotation& a) {
    std::string link = "dais://article/" + std::to_string(articleId);
    if (a.span) link += "#" + std::to_string(a.span->start) + "-" + std::to_string(a.span->end);
    return link;
}

namespace {

bool keep(const store::Annotation& a, const ExportOptions& o, const ExportSet& set) {
    if (a.kind == store::AnnotationKind::Highlight && !o.colours.empty() && !o.colours.count(a.colour) &&
        !o.colours.count(set.colourName(a.colour)))
        return false;
    if (o.tags.empty()) return true;
    return std::any_of(a.tags.begin(), a.tags.end(), [&](const std::string& t) { return o.tags.count(t) > 0; });
}

} // namespace

Result<ExportSet> collectExport(store::Library& library, const std::vector<std::int64_t>& articleIds,
                                const ExportOptions& options) {
    ExportSet set;
    set.options = options;
    auto colours = library.annotations().colours();
    if (!colours) return colours.error();
    set.colours = colours.value();
    std::set<std::int64_t> seen;
    std::map<std::string, PersonIndexEntry> index;
    for (const auto id : articleIds) {
        if (!seen.insert(id).second) continue;
        auto article = library.articles().article(id);
        if (!article) return article.error();
        auto annotations = library.annotations().list(id);
        if (!annotations) return annotations.error();
        ExportedArticle out{std::move(article.value()), {}, {}};
        for (auto& a : annotations.value()) {
            if (!keep(a, options, set)) continue;
            (a.kind == store::AnnotationKind::Note ? out.notes : out.highlights).push_back(std::move(a));
        }
        std::stable_sort(out.highlights.begin(), out.highlights.end(), [](const auto& x, const auto& y) {
            return (x.span ? x.span->start : 0) < (y.span ? y.span->start : 0);
        });
        for (const auto& p : out.article.people) {
            auto& entry = index[p.name];
            entry.name = p.name;
            entry.appearances.push_back({id, p.roles});
        }
        set.articles.push_back(std::move(out));
    }
    for (auto& [name, entry] : index) set.people.push_back(std::move(entry));
    return set;
}

} // namespace dais::exporting
