#pragma once
// Runs the detectors on a short text the way the extractor does (fold, dates, people,
// attendance) and returns plain UTF-8 results that tests can compare.

#include "core/detect/attendance_detector.h"
#include "core/detect/date_detector.h"
#include "core/detect/lexicons.h"
#include "core/detect/person_detector.h"
#include "core/text/text_folder.h"
#include "core/text/utf.h"

#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <vector>

namespace dais::test {

struct Detected {
    std::vector<std::string> names;                                     // in order of first mention
    std::map<std::string, std::vector<std::string>> roles;              // name → roles
    std::vector<std::pair<std::string, std::vector<std::string>>> acts; // mode, people
    std::vector<std::pair<bool, long>> counts;
};

inline const detect::Lexicons& lexicons() {
    static const auto lex = [] {
        auto loaded = detect::loadLexicons(DAIS_RESOURCE_DIR);
        REQUIRE(loaded.ok());
        return std::move(loaded).value();
    }();
    return *lex;
}

inline Detected detectIn(const std::string& utf8) {
    auto folder = text::TextFolder::create();
    REQUIRE(folder.ok());
    const std::u32string original = text::decodeUtf8(utf8);
    const auto view = folder.value()->makeView(original);
    const auto& lex = lexicons();
    std::vector<text::Span> dateSpans;
    for (const auto& d : detect::DateDetector(lex.dates).detect(view.text, std::nullopt))
        dateSpans.push_back(d.span);
    const auto people = detect::PersonDetector(lex).detect(view.text, dateSpans);
    auto originalText = [&](text::Span s) {
        const auto o = view.toOriginal(s);
        return text::toUtf8(std::u32string_view(original).substr(o.start, o.size()));
    };
    Detected out;
    std::vector<detect::MentionRef> mentions;
    for (std::size_t k = 0; k < people.size(); ++k) {
        const auto name = originalText(people[k].mentions.front());
        out.names.push_back(name);
        auto& roles = out.roles[name];
        for (const auto& r : people[k].roles) {
            const auto role = r.literal.empty() ? originalText(r.span) : text::toUtf8(r.literal);
            if (std::find(roles.begin(), roles.end(), role) == roles.end()) roles.push_back(role);
        }
        for (const auto& m : people[k].mentions)
            mentions.push_back({m, k});
    }
    std::sort(mentions.begin(), mentions.end(),
              [](const auto& a, const auto& b) { return a.span.start < b.span.start; });
    const detect::AttendanceDetector attendance(lex);
    for (const auto& act : attendance.detect(view.text, mentions, dateSpans)) {
        std::vector<std::string> who;
        for (auto k : act.people)
            who.push_back(out.names[k]);
        out.acts.emplace_back(text::toUtf8(act.mode), who);
    }
    for (const auto& c : attendance.detectCounts(view.text))
        out.counts.emplace_back(c.expected, c.value);
    return out;
}

using Strings = std::vector<std::string>;

} // namespace dais::test
