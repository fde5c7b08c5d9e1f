#include "export/formats.h"

#include <sstream>

namespace dais::exporting {

namespace {

std::string esc(const std::string& s) {
    std::string out;
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string joined(const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : "、") + s;
    return out;
}

const char* const kTable = " style=\"border-collapse:collapse;margin:0.5em 0\"";
const char* const kCell = " style=\"border:1px solid #999;padding:2px 6px;text-align:left\"";

} // namespace

std::string renderHtml(const ExportSet& set) {
    std::ostringstream o;
    o << "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>Dais export</title>\n</head>\n"
         "<body style=\"font-family:'Noto Sans CJK SC','Source Han Sans SC',sans-serif;max-width:50em;margin:2em auto;"
         "line-height:1.6;color:#111\">\n";
    const bool many = set.articles.size() > 1;
    if (many) {
        o << "<h1>Dais export</h1>\n<h2>Contents</h2>\n<ol>\n";
        for (const auto& e : set.articles)
            o << "<li><a href=\"#article-" << e.article.id << "\">" << esc(e.article.title.value_or("(untitled)"))
              << "</a> " << esc(e.article.referenceDate) << "</li>\n";
        o << "</ol>\n<h2>People</h2>\n<table" << kTable << ">\n<tr><th" << kCell << ">Name</th><th" << kCell
          << ">Articles and roles</th></tr>\n";
        for (const auto& p : set.people) {
            o << "<tr><td" << kCell << ">" << esc(p.name) << "</td><td" << kCell << ">";
            bool first = true;
            for (const auto& ap : p.appearances) {
                if (!first) o << "; ";
                first = false;
                o << "<a href=\"#article-" << ap.articleId << "\">" << ap.articleId << "</a>";
                if (!ap.roles.empty()) o << " " << esc(joined(ap.roles));
            }
            o << "</td></tr>\n";
        }
        o << "</table>\n";
    }
    const char* h1 = many ? "h2" : "h1";
    const char* h2 = many ? "h3" : "h2";
    for (const auto& e : set.articles) {
        const auto& a = e.article;
        o << "<section id=\"article-" << a.id << "\">\n";
        if (a.kicker) o << "<p style=\"margin:0;color:#555\">" << esc(*a.kicker) << "</p>\n";
        o << "<" << h1 << ">" << esc(a.title.value_or("(untitled)")) << "</" << h1 << ">\n";
        if (a.subtitle) o << "<p style=\"font-weight:bold\">" << esc(*a.subtitle) << "</p>\n";
        o << "<p style=\"color:#555\">Article " << a.id << " (version " << a.version << ") · " << esc(a.source);
        if (!a.referenceDate.empty()) o << " · " << esc(a.referenceDate);
        if (a.byline) o << " · " << esc(*a.byline);
        o << "</p>\n";
        if (!a.attendance.empty()) {
            o << "<" << h2 << ">Attendance</" << h2 << ">\n<table" << kTable << ">\n<tr><th" << kCell << ">Mode</th><th"
              << kCell << ">Order</th><th" << kCell << ">Name</th><th" << kCell << ">Roles</th></tr>\n";
            for (const auto& l : a.attendance) {
                int pos = 0;
                for (const auto& n : l.people)
                    o << "<tr><td" << kCell << ">" << esc(l.mode) << "</td><td" << kCell << ">" << ++pos << "</td><td"
                      << kCell << ">" << esc(n) << "</td><td" << kCell << ">" << esc(joined(rolesOf(a, n))) << "</td></tr>\n";
            }
            o << "</table>\n";
        }
        if (!a.counts.empty()) {
            o << "<ul>\n";
            for (const auto& c : a.counts) o << "<li>" << esc(c.text) << "</li>\n";
            o << "</ul>\n";
        }
        if (!e.highlights.empty()) {
            o << "<" << h2 << ">Highlights</" << h2 << ">\n";
            for (const auto& hl : e.highlights) {
                o << "<blockquote style=\"margin:0.8em 0;padding:0.3em 0.8em;border-left:4px solid "
                  << esc(set.colourRgb(hl.colour)) << "\"><mark style=\"background:" << esc(set.colourRgb(hl.colour))
                  << "\">" << esc(utf8(hl.quote)) << "</mark><br>\n<small>" << esc(set.colourName(hl.colour));
                if (!hl.note.empty()) o << " — " << esc(hl.note);
                for (const auto& t : hl.tags) o << " #" << esc(t);
                o << " — <a href=\"" << esc(daisLink(a.id, hl)) << "\">article " << a.id;
                if (hl.span) o << ", " << hl.span->start << "–" << hl.span->end;
                o << "</a>";
                if (hl.anchorStatus == "orphaned") o << " (orphaned)";
                o << "</small></blockquote>\n";
            }
        }
        if (!e.notes.empty()) {
            o << "<" << h2 << ">Notes</" << h2 << ">\n<ul>\n";
            for (const auto& n : e.notes) {
                o << "<li>" << esc(n.note);
                for (const auto& t : n.tags) o << " #" << esc(t);
                o << "</li>\n";
            }
            o << "</ul>\n";
        }
        if (!a.people.empty()) {
            o << "<" << h2 << ">People</" << h2 << ">\n<ul>\n";
            for (const auto& p : a.people)
                o << "<li>" << esc(p.name) << (p.roles.empty() ? "" : "：" + esc(joined(p.roles))) << "</li>\n";
            o << "</ul>\n";
        }
        if (!a.dates.empty()) {
            o << "<" << h2 << ">Dates</" << h2 << ">\n<ul>\n";
            for (const auto& d : a.dates) o << "<li>" << esc(d.text) << (d.value.empty() ? "" : " (" + d.value + ")") << "</li>\n";
            o << "</ul>\n";
        }
        if (set.options.fullText) {
            o << "<" << h2 << ">Text</" << h2 << ">\n";
            for (const auto& p : a.paragraphs)
                o << "<p>" << esc(utf8(std::u32string_view(a.text).substr(p.start, p.size()))) << "</p>\n";
        }
        o << "</section>\n";
    }
    o << "</body>\n</html>\n";
    return o.str();
}

} // namespace dais::exporting
