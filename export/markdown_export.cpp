#include "export/formats.h"

#include <sstream>

namespace dais::exporting {

namespace {

// CommonMark: a backslash before any ASCII punctuation makes it literal; line breaks inside a
// table cell or a quote would end it, so they become spaces.
std::string md(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '\n' || c == '\r') {
            out += ' ';
            continue;
        }
        if (std::string_view("\\`*_[]{}<>()#+-!|~").find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
    return out;
}

std::string joined(const std::vector<std::string>& v, const char* sep = "、") {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : sep) + s;
    return out;
}

std::string titleOf(const store::StoredArticle& a) {
    return a.title.value_or("(article " + std::to_string(a.id) + ")");
}

} // namespace

std::string renderMarkdown(const ExportSet& set) {
    std::ostringstream o;
    const bool many = set.articles.size() > 1;
    if (many) {
        o << "# Dais export\n\n## Contents\n\n";
        int n = 0;
        for (const auto& e : set.articles)
            o << ++n << ". [" << md(titleOf(e.article)) << "](#article-" << e.article.id << ")"
              << (e.article.referenceDate.empty() ? "" : " — " + e.article.referenceDate) << "\n";
        o << "\n## People\n\n| Name | Articles and roles |\n| --- | --- |\n";
        for (const auto& p : set.people) {
            std::string cell;
            for (const auto& ap : p.appearances) {
                if (!cell.empty()) cell += "; ";
                cell += "[" + std::to_string(ap.articleId) + "](#article-" + std::to_string(ap.articleId) + ")";
                if (!ap.roles.empty()) cell += " " + md(joined(ap.roles));
            }
            o << "| " << md(p.name) << " | " << cell << " |\n";
        }
        o << "\n";
    }
    for (const auto& e : set.articles) {
        const auto& a = e.article;
        o << (many ? "## " : "# ") << "<a id=\"article-" << a.id << "\"></a>" << md(titleOf(a)) << "\n\n";
        const std::string h = many ? "### " : "## ";
        if (a.kicker) o << "*" << md(*a.kicker) << "*\n\n";
        if (a.subtitle) o << "**" << md(*a.subtitle) << "**\n\n";
        o << "- Article: " << a.id << " (version " << a.version << ")\n- Source: " << md(a.source) << "\n";
        if (!a.referenceDate.empty()) o << "- Date: " << a.referenceDate << "\n";
        if (a.byline) o << "- Byline: " << md(*a.byline) << "\n";
        o << "\n";
        if (!a.attendance.empty() || !a.counts.empty()) {
            o << h << "Attendance\n\n";
            if (!a.attendance.empty()) {
                o << "| Mode | Order | Name | Roles |\n| --- | ---: | --- | --- |\n";
                for (const auto& l : a.attendance) {
                    int pos = 0;
                    for (const auto& n : l.people)
                        o << "| " << md(l.mode) << " | " << ++pos << " | " << md(n) << " | " << md(joined(rolesOf(a, n))) << " |\n";
                }
                o << "\n";
            }
            for (const auto& c : a.counts) o << "- " << md(c.text) << "\n";
            if (!a.counts.empty()) o << "\n";
        }
        if (!e.highlights.empty()) {
            o << h << "Highlights\n\n";
            for (const auto& hl : e.highlights) {
                o << "> " << md(utf8(hl.quote)) << "\n\n";
                o << "*" << md(set.colourName(hl.colour)) << "*";
                if (!hl.note.empty()) o << " — " << md(hl.note);
                for (const auto& t : hl.tags) o << " \\#" << md(t);
                o << " — [article " << a.id;
                if (hl.span) o << ", " << hl.span->start << "–" << hl.span->end;
                o << "](" << daisLink(a.id, hl) << ")";
                if (hl.anchorStatus == "orphaned") o << " (orphaned: not found in the current text)";
                o << "\n\n";
            }
        }
        if (!e.notes.empty()) {
            o << h << "Notes\n\n";
            for (const auto& n : e.notes) {
                o << "- " << md(n.note);
                for (const auto& t : n.tags) o << " \\#" << md(t);
                o << "\n";
            }
            o << "\n";
        }
        if (!a.people.empty()) {
            o << h << "People\n\n";
            for (const auto& p : a.people)
                o << "- " << md(p.name) << (p.roles.empty() ? "" : "：" + md(joined(p.roles))) << "\n";
            o << "\n";
        }
        if (!a.dates.empty()) {
            o << h << "Dates\n\n";
            for (const auto& d : a.dates) o << "- " << md(d.text) << (d.value.empty() ? "" : " (" + d.value + ")") << "\n";
            o << "\n";
        }
        if (set.options.fullText) {
            o << h << "Text\n\n";
            for (const auto& p : a.paragraphs) o << md(utf8(std::u32string_view(a.text).substr(p.start, p.size()))) << "\n\n";
        }
    }
    return o.str();
}

} // namespace dais::exporting
