// The whole pipeline on the bundled sample page against its hand-made gold file: the same
// people, every role, every attendance list in order, every date with its value.
#include "pipeline_run.h"

#include "support/json_value.h"
#include "support/test_files.h"

#include <set>

using dais::test::JsonValue;
using dais::test::MergedExtraction;

namespace {

struct Sample {
    JsonValue gold;
    MergedExtraction found;
};

const Sample& sample() {
    static const Sample s{
        dais::test::parseJson(
            dais::test::readFileBytes(std::string(DAIS_TEST_DATA_DIR) + "/sample_page.gold.json")),
        dais::test::runPipeline(std::string(DAIS_RESOURCE_DIR) + "/samples/qinghai_cppcc_page.txt",
                                "2025-01-22")};
    return s;
}

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names)
        out += (out.empty() ? "" : "、") + n;
    return out;
}

} // namespace

TEST_CASE("sample page: exactly the 49 people of the gold file", "[extract][sample]") {
    const auto& [gold, found] = sample();
    std::set<std::string> expected, got;
    for (const auto& p : gold["people"].arr())
        expected.insert(p["name"].str());
    for (const auto& [name, roles] : found.people)
        got.insert(name);
    CHECK(expected.size() == 49);
    for (const auto& name : expected) {
        INFO("missing: " << name);
        CHECK(got.count(name) == 1);
    }
    for (const auto& name : got) {
        INFO("not in the gold: " << name);
        CHECK(expected.count(name) == 1);
    }
}

TEST_CASE("sample page: exactly the role pairs of the gold file", "[extract][sample]") {
    const auto& [gold, found] = sample();
    std::set<std::pair<std::string, std::string>> expected, got;
    for (const auto& p : gold["people"].arr())
        for (const auto& r : p["roles"].arr())
            expected.insert({p["name"].str(), r.str()});
    for (const auto& [name, roles] : found.people)
        for (const auto& r : roles)
            got.insert({name, r});
    REQUIRE(expected.size() == 29); // the gold file as reviewed
    for (const auto& [name, role] : expected) {
        INFO("missing: " << name << " — " << role);
        CHECK(got.count({name, role}) == 1);
    }
    for (const auto& [name, role] : got) {
        INFO("not in the gold: " << name << " — " << role);
        CHECK(expected.count({name, role}) == 1);
    }
}

TEST_CASE("sample page: every attendance list of the gold file, people in order",
          "[extract][sample]") {
    const auto& [gold, found] = sample();
    REQUIRE(gold["attendance"].arr().size() == 13);
    for (const auto& a : gold["attendance"].arr()) {
        std::vector<std::string> people;
        for (const auto& n : a["people"].arr())
            people.push_back(n.str());
        INFO(a["mode"].str() << ": " << joined(people));
        const bool present =
            std::any_of(found.attendance.begin(), found.attendance.end(), [&](const auto& f) {
                return f.first == a["mode"].str() && f.second == people;
            });
        CHECK(present);
    }
}

TEST_CASE("sample page: every date of the gold file with its value", "[extract][sample]") {
    const auto& [gold, found] = sample();
    REQUIRE(gold["dates"].arr().size() == 5);
    for (const auto& d : gold["dates"].arr()) {
        INFO(d["text"].str() << " = " << d["value"].str());
        bool textFound = false;
        for (const auto& [text, value] : found.dates)
            if (text == d["text"].str()) {
                textFound = true;
                CHECK(value == d["value"].str()); // every mention of it resolves the same
            }
        CHECK(textFound);
    }
}
