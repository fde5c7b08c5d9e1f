// Golden files (OpenCC style): each invented report in tests/data/reports/ beside the
// <name>.expected.json an annotator wrote for it, following shared/tools/README.md. The
// expected files say what is right, not what the program prints: where the program is wrong,
// the miss is listed below as a known miss, and a [!shouldfail] case asserts the full file.
#include "pipeline_run.h"

#include "support/json_value.h"
#include "support/test_files.h"

#include <algorithm>
#include <map>

using dais::test::JsonValue;

namespace {

const std::string kReports = std::string(DAIS_TEST_DATA_DIR) + "/reports/";

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names)
        out += (out.empty() ? "" : "、") + n;
    return out;
}

void compareSets(std::vector<std::string> expected, std::vector<std::string> got,
                 const std::string& what, std::vector<std::string>& out) {
    // Multisets: an action stated twice (headline and body) is two entries.
    std::sort(expected.begin(), expected.end());
    std::sort(got.begin(), got.end());
    std::vector<std::string> missing, extra;
    std::set_difference(expected.begin(), expected.end(), got.begin(), got.end(),
                        std::back_inserter(missing));
    std::set_difference(got.begin(), got.end(), expected.begin(), expected.end(),
                        std::back_inserter(extra));
    for (const auto& m : missing)
        out.push_back("missing " + what + ": " + m);
    for (const auto& e : extra)
        out.push_back("extra " + what + ": " + e);
}

// Every way the pipeline's result differs from the expected file, one line each.
std::vector<std::string> differences(const std::string& input, const std::string& name) {
    const auto expected =
        dais::test::parseJson(dais::test::readFileBytes(kReports + name + ".expected.json"));
    const auto found = dais::test::runPipeline(kReports + input, expected["pubdate"].str());
    std::vector<std::string> out;

    const auto& articles = expected["articles"].arr();
    if (found.articles.size() != articles.size())
        out.push_back("articles: " + std::to_string(found.articles.size()) + " instead of " +
                      std::to_string(articles.size()));
    for (std::size_t i = 0; i < std::min(articles.size(), found.articles.size()); ++i) {
        const auto& f = found.articles[i];
        // Only the headings the annotator stated are compared; null means "none".
        for (const auto& [field, got] :
             {std::pair{"kicker", f.kicker}, std::pair{"title", f.title},
              std::pair{"subtitle", f.subtitle}, std::pair{"byline", f.byline}}) {
            if (!articles[i].has(field)) continue;
            const auto want = articles[i][field].strOr("(none)");
            if (got.value_or("(none)") != want)
                out.push_back("article " + std::to_string(i + 1) + " " + field + ": '" +
                              got.value_or("(none)") + "' instead of '" + want + "'");
        }
    }

    std::vector<std::string> wantPeople, gotPeople, wantRoles, gotRoles;
    for (const auto& p : expected["people"].arr()) {
        wantPeople.push_back(p["name"].str());
        for (const auto& r : p["roles"].arr())
            wantRoles.push_back(p["name"].str() + " — " + r.str());
    }
    for (const auto& [n, roles] : found.people) {
        gotPeople.push_back(n);
        for (const auto& r : roles)
            gotRoles.push_back(n + " — " + r);
    }
    compareSets(wantPeople, gotPeople, "person", out);
    compareSets(wantRoles, gotRoles, "role", out);

    // Dates are annotated once per distinct text; the program reports every mention.
    std::map<std::string, std::string> gotDates;
    for (const auto& [text, value] : found.dates) {
        const auto [it, fresh] = gotDates.emplace(text, value);
        if (!fresh && it->second != value) out.push_back("date " + text + " resolved two ways");
    }
    std::vector<std::string> wantDateList, gotDateList;
    for (const auto& d : expected["dates"].arr())
        wantDateList.push_back(d["text"].str() + " = " + d["value"].strOr("null"));
    for (const auto& [text, value] : gotDates)
        gotDateList.push_back(text + " = " + (value.empty() ? "null" : value));
    compareSets(wantDateList, gotDateList, "date", out);

    std::vector<std::string> wantActs, gotActs;
    for (const auto& a : expected["attendance"].arr()) {
        std::vector<std::string> people;
        for (const auto& n : a["people"].arr())
            people.push_back(n.str());
        wantActs.push_back(a["mode"].str() + ": " + joined(people));
    }
    for (const auto& [mode, people] : found.attendance)
        gotActs.push_back(mode + ": " + joined(people));
    compareSets(wantActs, gotActs, "attendance", out);

    std::vector<std::string> wantCounts, gotCounts;
    for (const auto& c : expected["counts"].arr())
        for (const char* kind : {"expected", "present"})
            if (c.has(kind))
                wantCounts.push_back(std::string(kind) + " " + std::to_string(long(c[kind].num())));
    for (const auto& [kind, value] : found.counts)
        gotCounts.push_back(kind + " " + std::to_string(value));
    compareSets(wantCounts, gotCounts, "count", out);
    return out;
}

// No difference may appear that is not a listed known miss.
void checkApartFrom(const std::string& input, const std::string& name,
                    const std::vector<std::string>& knownMisses) {
    for (const auto& d : differences(input, name)) {
        INFO(name << ": " << d);
        CHECK(std::find(knownMisses.begin(), knownMisses.end(), d) != knownMisses.end());
    }
}


} // namespace

TEST_CASE("golden: CPPCC closing session with dais lists and head counts", "[golden]") {
    checkApartFrom("cppcc_closing.txt", "cppcc_closing", {});
}

TEST_CASE("golden: people's congress standing committee with attendees and non-voting attendees",
          "[golden]") {
    checkApartFrom("npc_standing_session.txt", "npc_standing_session", {});
}

TEST_CASE("golden: new-year visit", "[golden]") {
    checkApartFrom("new_year_visit.txt", "new_year_visit", {});
}

TEST_CASE("golden: forum page in HTML", "[golden]") {
    checkApartFrom("forum_page.html", "forum_page", {});
}

TEST_CASE("golden: CPPCC standing committee in Traditional script", "[golden]") {
    checkApartFrom("cppcc_standing_traditional.txt", "cppcc_standing_traditional", {});
}

TEST_CASE("golden: township congress in GB18030", "[golden]") {
    checkApartFrom("township_congress_gb18030.txt", "township_congress_gb18030", {});
}
