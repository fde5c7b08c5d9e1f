#pragma once
// Runs the whole text pipeline on a file the way dais-cli does (read and decode → layout →
// extract) and flattens the articles into one document-level result of UTF-8 strings, the
// way shared/tools/run_extract.py merges them for the scorer.

#include "core/detect/civil_date.h"
#include "core/detect/lexicons.h"
#include "core/extract/extractor.h"
#include "core/import/source_reader.h"
#include "core/layout/document.h"
#include "core/text/utf.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace dais::test {

struct Headings {
    std::optional<std::string> kicker, title, subtitle, byline;
};

struct MergedExtraction {
    std::vector<Headings> articles;
    std::vector<std::pair<std::string, std::vector<std::string>>>
        people; ///< name, roles; first mention order
    std::vector<std::pair<std::string, std::string>>
        dates; ///< text, value ("" unresolved); every mention
    std::vector<std::pair<std::string, std::vector<std::string>>> attendance; ///< mode, people
    std::vector<std::pair<std::string, long>> counts; ///< "expected" | "present", value
};

inline const std::shared_ptr<const detect::Lexicons>& pipelineLexicons() {
    static const auto lex = [] {
        auto loaded = detect::loadLexicons(DAIS_RESOURCE_DIR);
        REQUIRE(loaded.ok());
        return std::move(loaded).value();
    }();
    return lex;
}

inline MergedExtraction runPipeline(const std::filesystem::path& file,
                                    const std::string& isoReference) {
    const auto reference = detect::parseIsoDate(isoReference);
    REQUIRE(reference);
    auto source = import::readSource(file);
    INFO((source ? std::string() : source.error().message));
    REQUIRE(source.ok());
    auto extractor = extract::Extractor::create(pipelineLexicons());
    REQUIRE(extractor.ok());
    const auto analysis = extractor.value()->analyse(std::move(source.value().text), reference);
    const auto& result = analysis.extraction;

    using text::toUtf8;
    auto opt = [](const std::optional<std::u32string>& s) {
        return s ? std::optional<std::string>(toUtf8(*s)) : std::nullopt;
    };
    MergedExtraction out;
    for (const auto& a : result.articles) {
        out.articles.push_back({opt(a.kicker), opt(a.title), opt(a.subtitle), opt(a.byline)});
        for (const auto& p : a.people) {
            const auto name = toUtf8(p.name);
            auto it = std::find_if(out.people.begin(), out.people.end(),
                                   [&](const auto& e) { return e.first == name; });
            if (it == out.people.end()) it = out.people.insert(out.people.end(), {name, {}});
            for (const auto& r : p.roles)
                if (std::find(it->second.begin(), it->second.end(), toUtf8(r)) == it->second.end())
                    it->second.push_back(toUtf8(r));
        }
        for (const auto& d : a.dates)
            out.dates.emplace_back(toUtf8(d.text), d.value);
        for (const auto& at : a.attendance) {
            std::vector<std::string> who;
            for (const auto& n : at.people)
                who.push_back(toUtf8(n));
            out.attendance.emplace_back(toUtf8(at.mode), who);
        }
        for (const auto& c : a.counts)
            out.counts.emplace_back(c.expected ? "expected" : "present", c.value);
    }
    return out;
}

} // namespace dais::test
