#include "core/import/html_text.h"

#include "core/import/html_entities.h"

#include <algorithm>
#include <array>
#include <vector>

namespace dais::import {
namespace {

// What an element does to the text. Hidden elements drop their content; raw-text ones hold
// content that is not markup at all (a '<' in a script is no tag), so it is skipped unread.
enum class Role {
    Inline,
    Block,
    LineBreak,
    Cell,
    Hidden,
    RawText,
    Head,
    Body,
    Pre,
    Article,
    Chrome
};

struct ElementRole {
    std::u32string_view name;
    Role role;
};

constexpr std::array kRoles = std::to_array<ElementRole>({
    {U"address", Role::Block},    {U"article", Role::Article},  {U"aside", Role::Hidden},
    {U"blockquote", Role::Block}, {U"body", Role::Body},        {U"br", Role::LineBreak},
    {U"button", Role::Hidden},    {U"canvas", Role::Hidden},    {U"caption", Role::Block},
    {U"center", Role::Block},     {U"dd", Role::Block},         {U"details", Role::Block},
    {U"dialog", Role::Hidden},    {U"div", Role::Block},        {U"dl", Role::Block},
    {U"dt", Role::Block},         {U"fieldset", Role::Block},   {U"figcaption", Role::Block},
    {U"figure", Role::Block},     {U"footer", Role::Chrome},    {U"form", Role::Hidden},
    {U"h1", Role::Block},         {U"h2", Role::Block},         {U"h3", Role::Block},
    {U"h4", Role::Block},         {U"h5", Role::Block},         {U"h6", Role::Block},
    {U"head", Role::Head},        {U"header", Role::Chrome},    {U"hr", Role::Block},
    {U"html", Role::Block},       {U"iframe", Role::RawText},   {U"legend", Role::Block},
    {U"li", Role::Block},         {U"main", Role::Article},     {U"map", Role::Hidden},
    {U"math", Role::Hidden},      {U"menu", Role::Block},       {U"nav", Role::Hidden},
    {U"noembed", Role::RawText},  {U"noframes", Role::RawText}, {U"noscript", Role::RawText},
    {U"object", Role::Hidden},    {U"ol", Role::Block},         {U"optgroup", Role::Hidden},
    {U"option", Role::Hidden},    {U"p", Role::Block},          {U"pre", Role::Pre},
    {U"script", Role::RawText},   {U"section", Role::Block},    {U"select", Role::Hidden},
    {U"style", Role::RawText},    {U"summary", Role::Block},    {U"svg", Role::Hidden},
    {U"table", Role::Block},      {U"tbody", Role::Block},      {U"td", Role::Cell},
    {U"template", Role::Hidden},  {U"textarea", Role::RawText}, {U"tfoot", Role::Block},
    {U"th", Role::Cell},          {U"thead", Role::Block},      {U"title", Role::RawText},
    {U"tr", Role::Block},         {U"ul", Role::Block},         {U"xmp", Role::RawText},
});

static_assert(std::is_sorted(kRoles.begin(), kRoles.end(),
                             [](const auto& a, const auto& b) { return a.name < b.name; }));

// Longest element name above; longer names are read but cannot match.
constexpr std::size_t kMaxNameLength = 10;

// Index of `name` in kRoles, or kRoles.size() for elements without a role of their own.
std::size_t roleIndex(std::u32string_view name) {
    const auto it =
        std::lower_bound(kRoles.begin(), kRoles.end(), name,
                         [](const auto& e, std::u32string_view n) { return e.name < n; });
    return it != kRoles.end() && it->name == name ? static_cast<std::size_t>(it - kRoles.begin())
                                                  : kRoles.size();
}

Role roleOf(std::u32string_view name) {
    const std::size_t index = roleIndex(name);
    return index < kRoles.size() ? kRoles[index].role : Role::Inline;
}

bool isAsciiAlpha(char32_t c) {
    return (c | 0x20) >= U'a' && (c | 0x20) <= U'z';
}
bool isAsciiAlnum(char32_t c) {
    return isAsciiAlpha(c) || (c >= U'0' && c <= U'9');
}
char32_t asciiLower(char32_t c) {
    return c >= U'A' && c <= U'Z' ? c + 32 : c;
}
bool isTagSpace(char32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Spaces that collapse into one; the typographic ones come from &nbsp; &ensp; &emsp; and
// the ideographic space Chinese pages indent paragraphs with.
bool isCollapsibleSpace(char32_t c) {
    return isTagSpace(c) || c == 0xA0 || c == 0x2002 || c == 0x2003 || c == 0x2009 || c == 0x3000 ||
           c == '\v';
}

bool startsWithNoCase(std::u32string_view s, std::size_t at, std::u32string_view prefix) {
    if (at > s.size() || s.size() - at < prefix.size()) return false;
    for (std::size_t k = 0; k < prefix.size(); ++k)
        if (asciiLower(s[at + k]) != prefix[k]) return false;
    return true;
}

// Builds the output lines: one paragraph per line, spaces collapsed and trimmed, at most
// one blank line in a row.
class LineWriter {
  public:
    void put(char32_t c) {
        if (c == 0xFEFF) return;
        if (isCollapsibleSpace(c)) {
            m_pendingSpace = true;
            return;
        }
        if (!m_out.empty()) {
            if (m_pendingBreaks > 0)
                m_out.append(static_cast<std::size_t>(m_pendingBreaks), U'\n');
            else if (m_pendingSpace)
                m_out.push_back(U' ');
        }
        m_pendingBreaks = 0;
        m_pendingSpace = false;
        m_out.push_back(c);
    }
    void endParagraph() { m_pendingBreaks = std::max(m_pendingBreaks, 1); }
    void lineBreak() { m_pendingBreaks = std::min(m_pendingBreaks + 1, 2); }
    void separateCell() { m_pendingSpace = true; }
    void clear() {
        m_out.clear();
        m_pendingBreaks = 0;
        m_pendingSpace = false;
    }
    std::u32string take() { return std::move(m_out); }

  private:
    std::u32string m_out;
    int m_pendingBreaks = 0;
    bool m_pendingSpace = false;
};

// class="nav", id="breadcrumb", class="dqwz" (当前位置) …: page furniture around an article.
bool marksNavigation(std::u32string_view attributes) {
    static constexpr std::u32string_view kMarks[] = {
        U"nav",    U"crumb",    U"menu",     U"footer",     U"sidebar", U"share",
        U"toolbar", U"pagination", U"position", U"location", U"dqwz"};
    std::u32string lower;
    lower.reserve(attributes.size());
    for (char32_t c : attributes)
        lower.push_back(asciiLower(c));
    for (std::u32string_view key : {std::u32string_view(U"class="), std::u32string_view(U"id=")}) {
        for (auto at = lower.find(key); at != std::u32string::npos; at = lower.find(key, at + 1)) {
            if (at > 0 && !isTagSpace(lower[at - 1])) continue; // data-id=, …
            std::size_t v = at + key.size();
            const char32_t quote = v < lower.size() && (lower[v] == U'"' || lower[v] == U'\'') ? lower[v] : 0;
            if (quote) ++v;
            std::size_t end = v;
            while (end < lower.size() && (quote ? lower[end] != quote : !isTagSpace(lower[end]))) ++end;
            const std::u32string_view value = std::u32string_view(lower).substr(v, end - v);
            for (auto mark : kMarks)
                if (value.find(mark) != std::u32string_view::npos) return true;
        }
    }
    return false;
}

class HtmlTextExtractor {
  public:
    explicit HtmlTextExtractor(std::u32string_view html) : m_html(html) {}

    std::u32string run() {
        const std::size_t n = m_html.size();
        std::size_t i = 0;
        while (i < n) {
            const char32_t c = m_html[i];
            if (c == U'<') {
                i = markup(i);
            } else if (hidden()) {
                ++i;
            } else if (c == U'&') {
                i = entity(i);
            } else {
                text(c, i);
                ++i;
            }
        }
        return m_writer.take();
    }

  private:
    bool hidden() const { return !m_hidden.empty(); }

    void text(char32_t c, std::size_t i) {
        if (m_preDepth > 0 && (c == U'\n' || c == U'\r')) {
            // "\r\n" is one break
            if (!(c == U'\r' && i + 1 < m_html.size() && m_html[i + 1] == U'\n'))
                m_writer.lineBreak();
            return;
        }
        m_writer.put(c);
    }

    void literal(char32_t c) {
        if (!hidden()) m_writer.put(c);
    }

    std::size_t findOrEnd(std::u32string_view what, std::size_t from) const {
        const auto at = m_html.find(what, from);
        return at == std::u32string_view::npos ? m_html.size() : at;
    }

    // Returns the index after whatever starts with '<' at `i`.
    std::size_t markup(std::size_t i) {
        const std::size_t n = m_html.size();
        if (i + 1 >= n) {
            literal(U'<');
            return n;
        }
        const char32_t next = m_html[i + 1];
        if (m_html.substr(i, 4) == U"<!--") {
            // "<!-->" and "<!--->" are complete (empty) comments in HTML5
            if (m_html.substr(i + 4, 1) == U">") return i + 5;
            if (m_html.substr(i + 4, 2) == U"->") return i + 6;
            return std::min(n, findOrEnd(U"-->", i + 4) + 3);
        }
        if (startsWithNoCase(m_html, i, U"<![cdata["))
            return std::min(n, findOrEnd(U"]]>", i + 9) + 3);
        if (next == U'!' || next == U'?') return std::min(n, findOrEnd(U">", i + 2) + 1);
        if (next == U'/') {
            if (i + 2 < n && isAsciiAlpha(m_html[i + 2])) {
                std::u32string name;
                const std::size_t after = readName(i + 2, name);
                endTag(name);
                return std::min(n, findOrEnd(U">", after) + 1);
            }
            // "</>" is ignored; "</ 3" and the like are bogus comments
            return std::min(n, findOrEnd(U">", i + 2) + 1);
        }
        if (!isAsciiAlpha(next)) {
            literal(U'<');
            return i + 1;
        }
        std::u32string name;
        std::size_t j = readName(i + 1, name);
        const std::size_t attributesStart = j;
        // Attributes are skipped, but a '>' inside a quoted value does not end the tag.
        char32_t lastNonSpace = 0;
        while (j < n && m_html[j] != U'>') {
            const char32_t c = m_html[j];
            if ((c == U'"' || c == U'\'') && lastNonSpace == U'=') {
                const auto close = m_html.find(c, j + 1);
                if (close == std::u32string_view::npos) return n; // EOF in a tag drops it
                j = close + 1;
                lastNonSpace = c;
                continue;
            }
            if (!isTagSpace(c)) lastNonSpace = c;
            ++j;
        }
        if (j >= n) return n;
        return startTag(name, lastNonSpace == U'/', j + 1,
                        m_html.substr(attributesStart, j - attributesStart));
    }

    std::size_t readName(std::size_t j, std::u32string& name) const {
        const std::size_t n = m_html.size();
        while (j < n && !isTagSpace(m_html[j]) && m_html[j] != U'/' && m_html[j] != U'>') {
            if (name.size() <= kMaxNameLength) name.push_back(asciiLower(m_html[j]));
            ++j;
        }
        return j;
    }

    // `after` is the index after the tag's '>'; returns where scanning continues.
    std::size_t startTag(const std::u32string& name, bool selfClosing, std::size_t after,
                         std::u32string_view attributes) {
        const Role role = roleOf(name);
        const bool hasEndTag = !selfClosing && (role == Role::Block || role == Role::Chrome ||
                                                role == Role::Article || role == Role::Hidden);
        // Inside a hidden element, a nested one of the same name must close before it does.
        if (hasEndTag && hidden() && m_hidden.back() == name) {
            hide(name);
            return after;
        }
        // Breadcrumbs, menus and share bars are marked by class or id, not by element.
        if (hasEndTag && role == Role::Block && marksNavigation(attributes)) {
            hide(name);
            return after;
        }
        switch (role) {
        case Role::Inline:
            break;
        case Role::RawText:
            return skipRawText(name, after);
        case Role::Head:
        case Role::Hidden:
            if (!selfClosing) hide(name);
            break;
        case Role::Chrome:
            // A page's header and footer are chrome; an article's own header holds its title.
            if (!selfClosing && m_articleDepth == 0) hide(name);
            break;
        case Role::Body:
            unhide(U"head");
            if (!m_seenBody && !hidden()) m_writer.clear(); // only the body is the page
            m_seenBody = true;
            break;
        case Role::LineBreak:
            if (!hidden()) m_writer.lineBreak();
            break;
        case Role::Cell:
            if (!hidden()) m_writer.separateCell();
            break;
        case Role::Pre:
            if (!hidden()) m_writer.endParagraph();
            if (selfClosing) break;
            ++m_preDepth;
            // A line break right after <pre> is not content (HTML5 drops it too).
            if (m_html.substr(after, 2) == U"\r\n") return after + 2;
            if (m_html.substr(after, 1) == U"\n" || m_html.substr(after, 1) == U"\r")
                return after + 1;
            break;
        case Role::Article:
            if (!selfClosing) ++m_articleDepth;
            if (!hidden()) m_writer.endParagraph();
            break;
        case Role::Block:
            if (!hidden()) m_writer.endParagraph();
            break;
        }
        return after;
    }

    void endTag(const std::u32string& name) {
        if (unhide(name)) return;
        if (hidden()) return;
        switch (roleOf(name)) {
        case Role::Pre:
            if (m_preDepth > 0) --m_preDepth;
            m_writer.endParagraph();
            break;
        case Role::Article:
            if (m_articleDepth > 0) --m_articleDepth;
            m_writer.endParagraph();
            break;
        case Role::Block:
        case Role::Body:
            m_writer.endParagraph();
            break;
        case Role::LineBreak: // browsers treat "</br>" as "<br>"
            m_writer.lineBreak();
            break;
        case Role::Cell:
            m_writer.separateCell();
            break;
        default:
            break;
        }
    }

    void hide(const std::u32string& name) {
        // <option> and <optgroup> close the previous one implicitly.
        if ((name == U"option" || name == U"optgroup") && !m_hidden.empty() &&
            m_hidden.back() == U"option")
            unhide(U"option");
        m_hidden.push_back(name);
        ++m_hiddenCount[hiddenSlot(name)];
    }

    // Closes the innermost hidden element called `name` and everything opened inside it
    // (they were left unclosed). The per-name counts make a stray end tag cost O(1).
    bool unhide(std::u32string_view name) {
        const auto slot = hiddenSlot(name);
        if (slot >= kRoles.size() || m_hiddenCount[slot] == 0) return false;
        while (!m_hidden.empty()) {
            const std::u32string top = std::move(m_hidden.back());
            m_hidden.pop_back();
            --m_hiddenCount[hiddenSlot(top)];
            if (top == name) break;
        }
        return true;
    }

    // The element's index in kRoles, or kRoles.size() for an element not listed there. Any
    // listed element can hide content: <nav> by its role, a <div class="nav"> by its class.
    static std::size_t hiddenSlot(std::u32string_view name) { return roleIndex(name); }

    std::size_t skipRawText(const std::u32string& name, std::size_t from) {
        const std::size_t n = m_html.size();
        std::size_t at = from;
        for (;;) {
            at = m_html.find(U"</", at);
            if (at == std::u32string_view::npos) return n;
            const std::size_t end = at + 2 + name.size();
            if (startsWithNoCase(m_html, at + 2, name) &&
                (end >= n || isTagSpace(m_html[end]) || m_html[end] == U'/' || m_html[end] == U'>'))
                return std::min(n, findOrEnd(U">", end) + 1);
            at += 2;
        }
    }

    std::size_t entity(std::size_t i) {
        const std::size_t n = m_html.size();
        std::size_t j = i + 1;
        if (j < n && m_html[j] == U'#') {
            ++j;
            const bool hex = j < n && (m_html[j] == U'x' || m_html[j] == U'X');
            if (hex) ++j;
            const std::size_t digitsStart = j;
            unsigned long value = 0;
            while (j < n) {
                const char32_t c = m_html[j];
                int digit = -1;
                if (c >= U'0' && c <= U'9')
                    digit = static_cast<int>(c - U'0');
                else if (hex && (c | 0x20) >= U'a' && (c | 0x20) <= U'f')
                    digit = static_cast<int>((c | 0x20) - U'a' + 10);
                if (digit < 0) break;
                // Saturate: any value past U+10FFFF is replaced anyway.
                value = std::min<unsigned long>(value * (hex ? 16 : 10) + digit, 0x110000);
                ++j;
            }
            if (j == digitsStart) { // "&#" or "&#x" without digits is text
                m_writer.put(U'&');
                return i + 1;
            }
            if (j < n && m_html[j] == U';') ++j;
            m_writer.put(numericEntity(value));
            return j;
        }
        constexpr std::size_t kMaxEntityName = 32;
        while (j < n && j - i - 1 < kMaxEntityName && isAsciiAlnum(m_html[j]))
            ++j;
        const std::u32string_view name = m_html.substr(i + 1, j - i - 1);
        if (!name.empty()) {
            const bool terminated = j < n && m_html[j] == U';';
            if (terminated || isLegacyEntityName(name)) {
                if (const auto cp = namedEntity(name)) {
                    m_writer.put(*cp);
                    return terminated ? j + 1 : j;
                }
            }
        }
        m_writer.put(U'&'); // not a reference: kept as written
        return i + 1;
    }

    std::u32string_view m_html;
    LineWriter m_writer;
    std::vector<std::u32string> m_hidden; // open hidden elements, innermost last
    std::array<std::size_t, kRoles.size()> m_hiddenCount{};
    int m_preDepth = 0;
    int m_articleDepth = 0;
    bool m_seenBody = false;
};

// Starts a document or fragment might have; checked case-insensitively after whitespace.
constexpr std::array<std::u32string_view, 17> kHtmlStarts = {U"<!doctype html",
                                                             U"<html",
                                                             U"<head",
                                                             U"<body",
                                                             U"<meta",
                                                             U"<div",
                                                             U"<p>",
                                                             U"<p ",
                                                             U"<table",
                                                             U"<span",
                                                             U"<section",
                                                             U"<article",
                                                             U"<br",
                                                             U"<title",
                                                             U"<h1",
                                                             U"<h2",
                                                             U"<!--"};

bool containsNoCase(std::u32string_view s, std::u32string_view what) {
    for (std::size_t i = 0; i + what.size() <= s.size(); ++i)
        if (startsWithNoCase(s, i, what)) return true;
    return false;
}

} // namespace

bool looksLikeHtml(std::u32string_view text) {
    std::size_t i = 0;
    while (i < text.size() && (isCollapsibleSpace(text[i]) || text[i] == 0xFEFF))
        ++i;
    for (auto start : kHtmlStarts)
        if (startsWithNoCase(text, i, start)) return true;
    const auto head = text.substr(0, 1024);
    return containsNoCase(head, U"<html") || containsNoCase(head, U"<body");
}

Result<std::u32string> htmlToText(std::u32string_view html) {
    auto text = HtmlTextExtractor(html).run();
    if (text.empty()) return Error{Error::Kind::Undecodable, "HTML page holds no text"};
    return text;
}

} // namespace dais::import
