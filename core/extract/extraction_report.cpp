#include "core/extract/extraction_report.h"

#include "core/text/utf.h"

#include <cstdio>

namespace dais::extract {

using text::toUtf8;

void appendJsonString(std::string& out, std::string_view s) {
    out.push_back('"');
    for (unsigned char c : s) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out.push_back(static_cast<char>(c));
            }
        }
    }
    out.push_back('"');
}

namespace {

class JsonWriter {
  public:
    std::string out;

    void key(std::string_view k) {
        comma();
        appendJsonString(out, k);
        out.push_back(':');
        m_needComma = false;
    }
    void str(std::u32string_view v) {
        comma();
        appendJsonString(out, toUtf8(v));
    }
    void str(std::string_view v) {
        comma();
        appendJsonString(out, v);
    }
    void num(long v) {
        comma();
        out += std::to_string(v);
    }
    void null() {
        comma();
        out += "null";
    }
    void open(char c) {
        comma();
        out.push_back(c);
        m_needComma = false;
    }
    void close(char c) {
        out.push_back(c);
        m_needComma = true;
    }
    void span(text::Span s) {
        key("start");
        num(static_cast<long>(s.start));
        key("end");
        num(static_cast<long>(s.end));
    }
    /// "k": [ {…}, … ] with one object per item, written by `writeFields`.
    template <typename Items, typename WriteFields>
    void array(std::string_view k, const Items& items, WriteFields&& writeFields) {
        key(k);
        open('[');
        for (const auto& item : items) {
            open('{');
            writeFields(item);
            close('}');
        }
        close(']');
    }
    void strings(std::string_view k, const std::vector<std::u32string>& values) {
        key(k);
        open('[');
        for (const auto& v : values)
            str(v);
        close(']');
    }
    void optionalStr(std::string_view k, const std::optional<std::u32string>& v) {
        key(k);
        if (v)
            str(*v);
        else
            null();
    }

  private:
    void comma() {
        if (m_needComma) out.push_back(',');
        m_needComma = true;
    }
    bool m_needComma = false;
};

std::string isoDate(const detect::CivilDate& d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

} // namespace

std::string toJson(const Extraction& extraction, std::string_view source) {
    JsonWriter w;
    w.open('{');
    w.key("source");
    w.str(source);
    w.key("reference_date");
    if (extraction.referenceDate)
        w.str(isoDate(*extraction.referenceDate));
    else
        w.null();
    w.array("articles", extraction.articles, [&](const ArticleExtraction& a) {
        w.optionalStr("title", a.title);
        w.optionalStr("kicker", a.kicker);
        w.optionalStr("subtitle", a.subtitle);
        w.optionalStr("byline", a.byline);
        w.span(a.span);
        w.array("people", a.people, [&](const Person& p) {
            w.key("name");
            w.str(p.name);
            w.strings("roles", p.roles);
            w.array("mentions", p.mentions, [&](const Span& m) { w.span(m); });
        });
        w.array("dates", a.dates, [&](const DateFound& d) {
            w.key("text");
            w.str(d.text);
            w.key("value");
            if (d.value.empty())
                w.null();
            else
                w.str(d.value);
            w.span(d.span);
        });
        w.array("attendance", a.attendance, [&](const Attendance& at) {
            w.key("mode");
            w.str(at.mode);
            w.strings("people", at.people);
            w.span(at.span);
        });
        w.array("counts", a.counts, [&](const Count& c) {
            w.key("text");
            w.str(c.text);
            w.key(c.expected ? "expected" : "present");
            w.num(c.value);
            w.span(c.span);
        });
    });
    w.close('}');
    w.out.push_back('\n');
    return std::move(w.out);
}

std::string toSummary(const Extraction& extraction, std::string_view source) {
    std::string out;
    out += std::string(source) + ": " + std::to_string(extraction.articles.size()) + " article(s)";
    if (extraction.referenceDate) out += ", reference date " + isoDate(*extraction.referenceDate);
    out += "\n";
    std::size_t n = 0;
    for (const auto& a : extraction.articles) {
        out +=
            "\n[" + std::to_string(++n) + "] " + (a.title ? toUtf8(*a.title) : "(untitled)") + "\n";
        if (a.kicker) out += "    kicker:   " + toUtf8(*a.kicker) + "\n";
        if (a.subtitle) out += "    subtitle: " + toUtf8(*a.subtitle) + "\n";
        if (a.byline) out += "    byline:   " + toUtf8(*a.byline) + "\n";
        if (!a.dates.empty()) {
            out += "  Dates:\n";
            for (const auto& d : a.dates)
                out += "    " + toUtf8(d.text) + " = " + (d.value.empty() ? "?" : d.value) + "\n";
        }
        if (!a.people.empty()) {
            out += "  People:\n";
            for (const auto& p : a.people) {
                out += "    " + toUtf8(p.name);
                for (std::size_t i = 0; i < p.roles.size(); ++i)
                    out += (i == 0 ? " — " : "、") + toUtf8(p.roles[i]);
                out += "\n";
            }
        }
        if (!a.attendance.empty()) {
            out += "  Attendance:\n";
            for (const auto& at : a.attendance) {
                out += "    " + toUtf8(at.mode) + ": ";
                for (std::size_t i = 0; i < at.people.size(); ++i)
                    out += (i ? "、" : "") + toUtf8(at.people[i]);
                out += "\n";
            }
        }
        for (const auto& c : a.counts)
            out += "  Count: " + toUtf8(c.text) + (c.expected ? " (expected " : " (present ") +
                   std::to_string(c.value) + ")\n";
    }
    return out;
}

} // namespace dais::extract
