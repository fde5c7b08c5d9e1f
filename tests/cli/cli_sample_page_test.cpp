// The bundled sample page through `dais-cli extract --json`: article headings as in the gold
// file, mention offsets that really are code-point offsets, and the meeting counts.
#include "cli_runner.h"

#include "support/json_value.h"
#include "support/test_files.h"
#include "support/utf8_codec.h"

using dais::test::JsonValue;
using dais::test::parseJson;
using dais::test::readFileBytes;
using dais::test::runCli;

namespace {

const std::string kSample = std::string(DAIS_RESOURCE_DIR) + "/samples/qinghai_cppcc_page.txt";

JsonValue sampleReport() {
    const auto r = runCli({"extract", "--json", "--date", "2025-01-22", kSample});
    REQUIRE(r.exitStatus == 0);
    CHECK(r.err.empty());
    return parseJson(r.out);
}

} // namespace

TEST_CASE("sample page: three articles with the headings of the gold file", "[cli][sample]") {
    const auto report = sampleReport();
    CHECK(report["source"].str() == kSample);
    CHECK(report["reference_date"].str() == "2025-01-22");
    const auto gold =
        parseJson(readFileBytes(std::string(DAIS_TEST_DATA_DIR) + "/sample_page.gold.json"));
    const auto& expected = gold["articles"].arr();
    const auto& articles = report["articles"].arr();
    REQUIRE(expected.size() == 3);
    REQUIRE(articles.size() == expected.size());
    for (std::size_t i = 0; i < articles.size(); ++i) {
        INFO("article " << i + 1);
        // A heading missing from the gold must be null in the output, not an empty string.
        for (const char* field : {"title", "kicker", "subtitle", "byline"}) {
            INFO(field);
            const std::string want = expected[i].has(field) ? expected[i][field].str() : "(null)";
            CHECK(articles[i][field].strOr("(null)") == want);
        }
    }
}

TEST_CASE("sample page: every mention's code-point span quotes its name", "[cli][sample]") {
    const auto report = sampleReport();
    // Decoded independently of the program; the page is UTF-8 with Han text, so a byte or
    // UTF-16 offset would land elsewhere.
    const std::u32string text = dais::test::utf8ToCodePoints(readFileBytes(kSample));
    std::size_t mentions = 0;
    for (const auto& article : report["articles"].arr()) {
        const auto aStart = std::size_t(article["start"].num()),
                   aEnd = std::size_t(article["end"].num());
        CHECK(aStart < aEnd);
        CHECK(aEnd <= text.size());
        for (const auto& p : article["people"].arr()) {
            const auto name = p["name"].str();
            REQUIRE_FALSE(p["mentions"].arr().empty());
            for (const auto& m : p["mentions"].arr()) {
                const auto start = std::size_t(m["start"].num()), end = std::size_t(m["end"].num());
                INFO(name << " at " << start << "-" << end);
                REQUIRE(start < end);
                REQUIRE(end <= text.size());
                CHECK(dais::test::codePointsToUtf8(text.substr(start, end - start)) == name);
                CHECK(aStart <= start);
                CHECK(end <= aEnd);
                ++mentions;
            }
        }
        for (const auto& d : article["dates"].arr()) {
            const auto start = std::size_t(d["start"].num()), end = std::size_t(d["end"].num());
            REQUIRE(end <= text.size());
            CHECK(dais::test::codePointsToUtf8(text.substr(start, end - start)) == d["text"].str());
        }
    }
    CHECK(mentions > 49); // at least one mention of each of the 49 people, most have more
}

TEST_CASE("sample page: 388 members expected, 353 present", "[cli][sample]") {
    const auto report = sampleReport();
    bool expected388 = false, present353 = false;
    const std::u32string text = dais::test::utf8ToCodePoints(readFileBytes(kSample));
    for (const auto& article : report["articles"].arr())
        for (const auto& c : article["counts"].arr()) {
            const auto start = std::size_t(c["start"].num()), end = std::size_t(c["end"].num());
            REQUIRE(end <= text.size());
            CHECK(dais::test::codePointsToUtf8(text.substr(start, end - start)) == c["text"].str());
            // Exactly one of the two keys, as the contract says.
            CHECK(c.has("expected") != c.has("present"));
            if (c.has("expected") && c["expected"].num() == 388) expected388 = true;
            if (c.has("present") && c["present"].num() == 353) present353 = true;
        }
    CHECK(expected388);
    CHECK(present353);
}
