// dais-cli export and import-annotations, run as a user runs them on a temporary --db.
#include "../cli/library_fixture.h"

#include "support/test_files.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <cstdlib>
#include <map>
#include <set>

using namespace dais::test;

namespace {

struct Fixture {
    TempDir dir;
    std::filesystem::path db = dir.path() / "library.sqlite";
    std::string a, b;
    Fixture() {
        const auto out = cliJson(db, {"import", dir.write("s4.txt", kBaiheSession4).string(), dir.write("s5.txt", kBaiheSession5).string()});
        a = std::to_string(static_cast<long long>(out["files"].arr()[0]["articles"].arr()[0]["article"].num()));
        b = std::to_string(static_cast<long long>(out["files"].arr()[1]["articles"].arr()[0]["article"].num()));
        cliJson(db, {"annotate", a, "--quote", "祁永康", "--occurrence", "2", "--color", "red", "--note", "主席作报告", "--tag", "人事"});
        cliJson(db, {"annotate", a, "--quote", "岳川", "--color", "green", "--note", "二字姓名"});
        cliJson(db, {"annotate", b, "--quote", "温如玉", "--note", "新上台", "--tag", "人事", "--tag", "新人"});
        cliJson(db, {"annotate", b, "--note", "会前材料待补"});
    }
    ProcessResult exportTo(const std::string& format, const std::filesystem::path& out, std::vector<std::string> extra = {"--all"}) const {
        std::vector<std::string> args{"--db", db.string(), "export"};
        args.insert(args.end(), extra.begin(), extra.end());
        args.insert(args.end(), {"--format", format, "-o", out.string()});
        return runCli(args);
    }
};

std::string nfkc(const std::string& s) {
    UErrorCode status = U_ZERO_ERROR;
    const auto* n = icu::Normalizer2::getNFKCInstance(status);
    REQUIRE(U_SUCCESS(status));
    const auto out = n->normalize(icu::UnicodeString::fromUTF8(s), status);
    std::string bytes;
    out.toUTF8String(bytes);
    return bytes;
}

std::size_t count(const std::string& h, const std::string& n) {
    std::size_t c = 0;
    for (auto at = h.find(n); at != std::string::npos; at = h.find(n, at + 1)) ++c;
    return c;
}

} // namespace

TEST_CASE("JSON round trip: export, delete, import restores every annotation exactly", "[export]") {
    Fixture f;
    const auto before = cliJson(f.db, {"annotations"});
    REQUIRE(before.arr().size() == 4);
    const auto file = f.dir.path() / "annotations.json";
    REQUIRE(f.exportTo("json", file).exitStatus == 0);
    const auto doc = parseJson(readFileBytes(file));
    CHECK(doc["type"].str() == "AnnotationCollection");
    CHECK(doc["total"].num() == 4);
    const auto& first = doc["first"]["items"].arr().at(0);
    CHECK(first["type"].str() == "Annotation");
    CHECK(first["target"]["selector"].arr()[0]["type"].str() == "TextQuoteSelector");
    CHECK(first["target"]["selector"].arr()[1]["type"].str() == "TextPositionSelector");

    for (const auto& a : before.arr()) cliJson(f.db, {"delete-annotation", std::to_string(static_cast<long long>(a["id"].num()))});
    REQUIRE(cliJson(f.db, {"annotations"}).arr().empty());
    const auto imported = cliJson(f.db, {"import-annotations", file.string()});
    CHECK(imported["summary"]["added"].num() == 4);
    CHECK(imported["summary"]["failed"].num() == 0);

    const auto after = cliJson(f.db, {"annotations"});
    REQUIRE(after.arr().size() == 4);
    auto key = [](const JsonValue& a) {
        std::string tags;
        for (const auto& t : a["tags"].arr()) tags += t.str() + ",";
        std::string k = a["kind"].str() + "|" + a["quote"].str() + "|" + a["color"].str() + "|" +
                        a["note"].str() + "|" + tags + "|" + a["created"].str() + "|" + a["modified"].str();
        if (a.has("start")) k += "|" + std::to_string(a["start"].num()) + "-" + std::to_string(a["end"].num());
        return k + "|" + std::to_string(a["article"].num());
    };
    std::multiset<std::string> was, now;
    for (const auto& a : before.arr()) was.insert(key(a));
    for (const auto& a : after.arr()) now.insert(key(a));
    CHECK(was == now);

    // Importing again adds nothing.
    const auto again = cliJson(f.db, {"import-annotations", file.string()});
    CHECK(again["summary"]["added"].num() == 0);
    CHECK(again["summary"]["duplicates"].num() == 4);
    CHECK(cliJson(f.db, {"annotations"}).arr().size() == 4);
}

TEST_CASE("Markdown: contents, people index, attendance tables, highlights", "[export]") {
    Fixture f;
    const auto file = f.dir.path() / "summary.md";
    REQUIRE(f.exportTo("md", file).exitStatus == 0);
    const auto md = readFileBytes(file);
    CHECK(contains(md, "## Contents\n\n1. ["));
    CHECK(contains(md, "## People\n\n| Name | Articles and roles |\n| --- | --- |\n"));
    CHECK(contains(md, "| Mode | Order | Name | Roles |\n| --- | ---: | --- | --- |\n"));
    CHECK(contains(md, "| 主席台就座 | 4 | 岳川 |"));
    CHECK(contains(md, "> 祁永康\n"));
    CHECK(contains(md, "](dais://article/" + f.a + "#"));
    CHECK(contains(md, "主席作报告"));
    CHECK(contains(md, "会前材料待补"));
    // Every table row has the header's number of cells.
    std::size_t rows = 0;
    std::size_t at = 0;
    while ((at = md.find("| 主席台就座 |", at)) != std::string::npos) {
        const auto end = md.find('\n', at);
        CHECK(count(md.substr(at, end - at), " | ") == 3);
        ++rows;
        at = end;
    }
    CHECK(rows == 10);

    SECTION("filters by colour and tag") {
        REQUIRE(f.exportTo("md", file, {f.a, "--colors", "green"}).exitStatus == 0);
        const auto green = readFileBytes(file);
        CHECK(contains(green, "> 岳川"));
        CHECK_FALSE(contains(green, "> 祁永康"));
        CHECK_FALSE(contains(green, "## Contents"));
        REQUIRE(f.exportTo("md", file, {"--all", "--tags", "人事"}).exitStatus == 0);
        const auto tagged = readFileBytes(file);
        CHECK(contains(tagged, "> 温如玉"));
        CHECK_FALSE(contains(tagged, "> 岳川"));
    }
}

TEST_CASE("HTML is one self-contained file with the highlight colours", "[export]") {
    Fixture f;
    const auto file = f.dir.path() / "summary.html";
    REQUIRE(f.exportTo("html", file, {"--search", "祁永康"}).exitStatus == 0);
    const auto html = readFileBytes(file);
    CHECK(contains(html, "<!DOCTYPE html>"));
    for (const char* external : {"src=", "<link", "http://", "https://", "url(", "@import", "<script"}) {
        INFO(external);
        CHECK_FALSE(contains(html, external));
    }
    CHECK(contains(html, "<mark style=\"background:#"));
    CHECK(contains(html, "主席作报告"));
}

TEST_CASE("CSV of attendance rows, with an optional BOM", "[export]") {
    Fixture f;
    const auto file = f.dir.path() / "rows.csv";
    REQUIRE(f.exportTo("csv", file, {f.a}).exitStatus == 0);
    const auto csv = readFileBytes(file);
    CHECK(csv.rfind("article,date,mode,position,name,roles\r\n", 0) == 0);
    CHECK(contains(csv, f.a + ",2025-02-10,主席台就座,4,岳川,\r\n"));
    CHECK(contains(csv, f.a + ",2025-02-10,主席台就座,1,祁永康,市政协主席\r\n"));
    REQUIRE(f.exportTo("csv", file, {f.a, "--bom"}).exitStatus == 0);
    CHECK(readFileBytes(file).rfind("\xEF\xBB\xBF" "article,date", 0) == 0);
}

TEST_CASE("PDF: A4, Noto Sans CJK SC embedded, names, notes and quotes extract", "[export][pdf]") {
    if (std::system("command -v pdftotext >/dev/null 2>&1") != 0) FAIL("pdftotext is missing: run scripts/install-deps (poppler-utils)");
    Fixture f;
    const auto file = f.dir.path() / "summary.pdf";
    REQUIRE(f.exportTo("pdf", file).exitStatus == 0);
    const auto txt = f.dir.path() / "summary.txt";
    REQUIRE(std::system(("pdftotext -enc UTF-8 '" + file.string() + "' '" + txt.string() + "'").c_str()) == 0);
    const auto text = nfkc(readFileBytes(txt));
    for (const char* s : {"祁永康", "岳川", "温如玉", "庞春燕", "主席作报告", "二字姓名", "会前材料待补", "白河市政协八届四次会议开幕", "主席台就座"}) {
        INFO(s);
        CHECK(contains(text, s));
    }
    const auto fonts = f.dir.path() / "fonts.txt";
    REQUIRE(std::system(("pdffonts '" + file.string() + "' > '" + fonts.string() + "'").c_str()) == 0);
    CHECK(contains(readFileBytes(fonts), "NotoSansCJKsc"));
    const auto info = f.dir.path() / "info.txt";
    REQUIRE(std::system(("pdfinfo '" + file.string() + "' > '" + info.string() + "'").c_str()) == 0);
    CHECK(contains(readFileBytes(info), "(A4)"));
}

TEST_CASE("a failed export says so and leaves the earlier file in place", "[export]") {
    Fixture f;
    const auto good = f.dir.write("summary.md", "an earlier good export\n");
    std::filesystem::create_directories(f.dir.path() / "folder.md");
    const auto r = f.exportTo("md", f.dir.path() / "folder.md");
    CHECK(r.exitStatus == 1);
    CHECK(contains(r.err, "folder.md"));
    const auto missing = f.exportTo("md", f.dir.path() / "no-such-folder" / "x.md");
    CHECK(missing.exitStatus == 1);
    CHECK(contains(missing.err, "no-such-folder"));
    // A failure before writing (no such article) leaves the earlier file untouched.
    CHECK(f.exportTo("md", good, {"999"}).exitStatus != 0);
    CHECK(readFileBytes(good) == "an earlier good export\n");
    for (const auto& e : std::filesystem::directory_iterator(f.dir.path()))
        CHECK(e.path().filename().string().find(".md.") == std::string::npos); // no temporary left behind
    const auto usage = runCli({"--db", f.db.string(), "export", "--all", "--format", "nope", "-o", good.string()});
    CHECK(usage.exitStatus == 2);
    CHECK(readFileBytes(good) == "an earlier good export\n");
}
