// The library commands of dais-cli, run as a user runs them, each on a fresh temporary --db:
// import (files, folders, a failing file, re-import), articles, show, search, people, person,
// with, compare, annotate, annotations, delete-annotation and restore-annotation, and the
// refusals (a damaged library file, a read-only location).
#include "library_fixture.h"

#include "support/test_files.h"
#include "support/utf8_codec.h"

#include <algorithm>
#include <map>
#include <filesystem>

#include <sys/stat.h>
#include <unistd.h>

using namespace dais::test;

namespace {

struct Library {
    TempDir dir;
    std::filesystem::path db = dir.path() / "library.sqlite";
    std::int64_t session4 = 0, session5 = 0;

    Library() {
        const auto a = dir.write("baihe-2025.txt", kBaiheSession4);
        const auto b = dir.write("baihe-2026.txt", kBaiheSession5);
        const auto out = cliJson(db, {"import", a.string(), b.string()});
        REQUIRE(out["files"].arr().size() == 2);
        session4 = static_cast<std::int64_t>(out["files"].arr()[0]["articles"].arr().at(0)["article"].num());
        session5 = static_cast<std::int64_t>(out["files"].arr()[1]["articles"].arr().at(0)["article"].num());
    }
    JsonValue json(std::vector<std::string> args, int expectedExit = 0) const {
        return cliJson(db, std::move(args), expectedExit);
    }
    ProcessResult run(std::vector<std::string> args) const {
        args.insert(args.begin(), {"--db", db.string()});
        return runCli(args);
    }
};

std::vector<std::string> names(const JsonValue& array, const char* key = "name") {
    std::vector<std::string> out;
    for (const auto& v : array.arr()) out.push_back(v[key].str());
    return out;
}

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

} // namespace

TEST_CASE("import takes files and folders, reports a failing file and imports the rest", "[cli][library]") {
    TempDir dir;
    const auto folder = dir.path() / "reports";
    std::filesystem::create_directories(folder / "2026");
    dir.write("reports/baihe-2025.txt", kBaiheSession4);
    dir.write("reports/2026/baihe-2026.txt", kBaiheSession5);
    const auto broken = dir.write("reports/empty.txt", "");
    const auto db = dir.path() / "library.sqlite";

    const auto r = runCli({"--db", db.string(), "import", folder.string(), "--json"});
    CHECK(r.exitStatus == 1); // some file failed
    CHECK(contains(r.err, "[3/3]"));                      // the progress line
    CHECK(contains(r.err, "skipped"));
    CHECK(contains(r.err, broken.string()));
    const auto out = parseJson(r.out);
    CHECK(out["summary"]["added"].num() == 2);
    CHECK(out["summary"]["failed_files"].num() == 1);
    CHECK(out["summary"]["unchanged"].num() == 0);
    int failed = 0;
    for (const auto& f : out["files"].arr())
        if (f.has("error")) {
            ++failed;
            CHECK(f["file"].str() == broken.string());
            CHECK(f["articles"].arr().empty());
        }
    CHECK(failed == 1);
    CHECK(cliJson(db, {"articles"}).arr().size() == 2);

    SECTION("the readable summary") {
        const auto again = runCli({"--db", db.string(), "import", (folder / "baihe-2025.txt").string()});
        CHECK(again.exitStatus == 0);
        CHECK(contains(again.out, "0 added, 0 new versions, 1 unchanged, 0 files failed"));
    }
}

TEST_CASE("importing the same files again changes nothing", "[cli][library]") {
    Library lib;
    const auto before = lib.json({"articles"});
    const auto again = lib.json({"import", (lib.dir.path() / "baihe-2025.txt").string(),
                                 (lib.dir.path() / "baihe-2026.txt").string()});
    CHECK(again["summary"]["added"].num() == 0);
    CHECK(again["summary"]["unchanged"].num() == 2);
    CHECK(again["files"].arr()[0]["articles"].arr()[0]["status"].str() == "unchanged");
    CHECK(again["files"].arr()[0]["articles"].arr()[0]["article"].num() == static_cast<double>(lib.session4));
    const auto after = lib.json({"articles"});
    REQUIRE(after.arr().size() == before.arr().size());
    CHECK(after.arr().size() == 2);
}

TEST_CASE("articles lists ids, titles and dates; show gives the text and detections", "[cli][library]") {
    Library lib;
    const auto list = lib.json({"articles"});
    REQUIRE(list.arr().size() == 2);
    CHECK(has(names(list, "title"), "白河市政协八届四次会议开幕"));
    CHECK(has(names(list, "date"), "2025-02-10"));
    CHECK(has(names(list, "date"), "2026-02-09"));

    const auto a = lib.json({"show", std::to_string(lib.session4)});
    CHECK(a["id"].num() == static_cast<double>(lib.session4));
    CHECK(a["title"].str() == "白河市政协八届四次会议开幕");
    CHECK(a["date"].str() == "2025-02-10");
    CHECK(contains(a["text"].str(), "祁永康、卢启明、庞春燕、岳川、聂文涛在主席台就座"));
    CHECK(has(names(a["people"]), "岳川"));
    bool dais = false;
    for (const auto& l : a["attendance"].arr())
        if (l["mode"].str() == "主席台就座") {
            dais = true;
            std::vector<std::string> order;
            for (const auto& n : l["people"].arr()) order.push_back(n.str());
            CHECK(order == std::vector<std::string>{"祁永康", "卢启明", "庞春燕", "岳川", "聂文涛"});
        }
    CHECK(dais);

    const auto text = lib.run({"show", std::to_string(lib.session4)});
    CHECK(text.exitStatus == 0);
    CHECK(contains(text.out, "主席台就座"));

    const auto missing = lib.run({"show", "999"});
    CHECK(missing.exitStatus != 0);
    CHECK(!missing.err.empty());
    CHECK(lib.run({"show", "abc"}).exitStatus == 2);
}

TEST_CASE("search finds two-character names and takes hostile syntax literally", "[cli][library]") {
    Library lib;
    const auto two = lib.json({"search", "岳川"});
    REQUIRE(two.arr().size() == 1);
    CHECK(two.arr()[0]["article"].num() == static_cast<double>(lib.session4));
    CHECK(contains(two.arr()[0]["snippet"].str(), "岳川"));

    const auto both = lib.json({"search", "祁永康"});
    CHECK(both.arr().size() == 2);
    const auto dated = lib.json({"search", "祁永康", "--from", "2026-01-01"});
    REQUIRE(dated.arr().size() == 1);
    CHECK(dated.arr()[0]["article"].num() == static_cast<double>(lib.session5));

    for (const std::string hostile : {"\"祁永康", "祁永康 AND (", "*", "NEAR(岳川", "岳川\" OR \"x", "'; DROP TABLE articles; --",
                                      "^祁", "a:b", ")))"}) {
        INFO(hostile);
        const auto r = lib.run({"search", hostile, "--json"});
        CHECK(r.exitStatus == 0);
        CHECK(r.err.empty());
        CHECK_NOTHROW(parseJson(r.out));
    }
    CHECK(lib.json({"articles"}).arr().size() == 2);
    CHECK(lib.run({"search", "x", "--from", "2025/01/01"}).exitStatus == 2);
}

TEST_CASE("people, person and with", "[cli][library]") {
    Library lib;
    const auto byName = lib.json({"people", "--match", "永康"});
    REQUIRE(byName.arr().size() >= 1);
    CHECK(byName.arr()[0]["name"].str() == "祁永康");
    CHECK(byName.arr()[0]["articles"].num() == 2);
    const auto byPinyin = lib.json({"people", "--match", "qi yongkang"});
    CHECK(has(names(byPinyin), "祁永康"));
    CHECK(lib.json({"people"}).arr().size() >= 6);

    const auto record = lib.json({"person", "庞春燕"});
    int dais = 0;
    for (const auto& r : record.arr())
        if (r["mode"].str() == "主席台就座") {
            ++dais;
            CHECK(r["list_length"].num() == 5);
            if (r["date"].str() == "2025-02-10") CHECK(r["position"].num() == 3);
            if (r["date"].str() == "2026-02-09") CHECK(r["position"].num() == 2);
        }
    CHECK(dais == 2);
    const auto unknown = lib.run({"person", "无此人"});
    CHECK(unknown.exitStatus != 0);
    CHECK(contains(unknown.err, "无此人"));

    const auto with = lib.json({"with", "祁永康"});
    REQUIRE(!with.arr().empty());
    for (const auto& c : with.arr())
        if (c["name"].str() == "聂文涛") CHECK(c["lists"].num() == 2);
    CHECK(has(names(with), "岳川"));
    CHECK(!has(names(with), "祁永康"));
}

TEST_CASE("compare gives who is new, absent, up and down on the dais", "[cli][library]") {
    Library lib;
    const auto cmp = lib.json({"compare", std::to_string(lib.session4), std::to_string(lib.session5)});
    CHECK(cmp["mode_a"].str() == "主席台就座");
    std::map<std::string, std::string> change;
    for (const auto& c : cmp["changes"].arr()) change[c["name"].str()] = c["change"].str();
    CHECK(change["温如玉"] == "new");
    CHECK(change["岳川"] == "absent");
    CHECK(change["庞春燕"] == "up");
    CHECK(change["卢启明"] == "down");
    CHECK(change["祁永康"] == "same");
    CHECK(lib.run({"compare", std::to_string(lib.session4)}).exitStatus == 2);
}

TEST_CASE("annotate, annotations, delete and restore", "[cli][library]") {
    Library lib;
    const std::string article = std::to_string(lib.session4);
    const auto h = lib.json({"annotate", article, "--quote", "祁永康", "--occurrence", "2", "--color", "red", "--note",
                             "主席作报告", "--tag", "人事", "--tag", "重点"});
    CHECK(h["kind"].str() == "highlight");
    CHECK(h["quote"].str() == "祁永康");
    CHECK(h["color"].str() == "red");
    CHECK(h["note"].str() == "主席作报告");
    std::vector<std::string> tags;
    for (const auto& t : h["tags"].arr()) tags.push_back(t.str());
    CHECK(tags == std::vector<std::string>{"人事", "重点"});
    // The second 祁永康 of the text, in code points.
    const auto text = utf8ToCodePoints(lib.json({"show", article})["text"].str());
    const auto first = text.find(U"祁永康");
    const auto second = text.find(U"祁永康", first + 1);
    CHECK(h["start"].num() == static_cast<double>(second));
    CHECK(h["end"].num() == static_cast<double>(second + 3));

    const auto n = lib.json({"annotate", article, "--note", "会前材料待补", "--tag", "待办"});
    CHECK(n["kind"].str() == "note");

    const auto list = lib.json({"annotations", article});
    REQUIRE(list.arr().size() == 2);
    CHECK(lib.json({"annotations", std::to_string(lib.session5)}).arr().empty());
    CHECK(lib.json({"annotations"}).arr().size() == 2);

    const std::string id = std::to_string(static_cast<long long>(h["id"].num()));
    CHECK(lib.json({"delete-annotation", id})["in_trash"].boolean());
    CHECK(lib.json({"annotations", article}).arr().size() == 1);
    const auto trash = lib.json({"annotations", "trash"});
    REQUIRE(trash.arr().size() == 1);
    CHECK(trash.arr()[0]["id"].num() == h["id"].num());
    CHECK(trash.arr()[0]["in_trash"].boolean());
    CHECK_FALSE(lib.json({"restore-annotation", id})["in_trash"].boolean());
    const auto back = lib.json({"annotations", article});
    REQUIRE(back.arr().size() == 2);
    CHECK(back.arr()[0]["note"].str() == "主席作报告");
    CHECK(back.arr()[0]["start"].num() == static_cast<double>(second));

    SECTION("refusals") {
        const auto absent = lib.run({"annotate", article, "--quote", "不存在的段落"});
        CHECK(absent.exitStatus != 0);
        CHECK(!absent.err.empty());
        CHECK(lib.run({"annotate", article, "--quote", "祁永康", "--occurrence", "9"}).exitStatus != 0);
        CHECK(lib.run({"annotate", article, "--quote", "祁永康", "--color", "no-such-colour"}).exitStatus != 0);
        CHECK(lib.run({"annotate", article}).exitStatus == 2);
        CHECK(lib.run({"annotate", "999", "--note", "x"}).exitStatus != 0);
        CHECK(lib.run({"delete-annotation", "999"}).exitStatus != 0);
        CHECK(lib.json({"annotations", article}).arr().size() == 2);
    }
}

TEST_CASE("annotate --batch acknowledges each committed line", "[cli][library]") {
    Library lib;
    const auto file = lib.dir.write("batch.jsonl",
                                    "{\"article\":" + std::to_string(lib.session4) + ",\"quote\":\"岳川\",\"color\":\"green\"}\n"
                                    "\n"
                                    "{\"article\":" + std::to_string(lib.session5) + ",\"note\":\"第二条\",\"tags\":[\"a\"]}\n"
                                    "{\"article\":" + std::to_string(lib.session5) + ",\"quote\":\"不在文中\"}\n"
                                    "{\"article\":" + std::to_string(lib.session5) + ",\"note\":\"不会写入\"}\n");
    const auto r = lib.run({"annotate", "--batch", file.string()});
    CHECK(r.exitStatus == 1);
    CHECK(contains(r.err, "batch.jsonl:4"));
    CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 2);
    CHECK(lib.json({"annotations"}).arr().size() == 2);
}

TEST_CASE("a damaged library file is refused and left byte-identical", "[cli][library]") {
    TempDir dir;
    std::string bytes = "SQLite format 3";
    bytes.push_back('\0');
    for (int i = 0; i < 8192; ++i) bytes.push_back(static_cast<char>((i * 37) & 0xFF));
    const auto damaged = dir.write("damaged.sqlite", bytes);
    const auto foreign = dir.write("notes.txt", "这不是一个数据库\n");
    for (const auto& db : {damaged, foreign}) {
        const auto before = readFileBytes(db);
        for (const auto& cmd : {std::vector<std::string>{"articles"},
                                                   {"annotate", "1", "--note", "x"},
                                                   {"import", dir.write("a.txt", kBaiheSession4).string()}}) {
            std::vector<std::string> args{"--db", db.string()};
            args.insert(args.end(), cmd.begin(), cmd.end());
            const auto r = runCli(args);
            CHECK(r.exitStatus == 1);
            CHECK(contains(r.err, db.string()));
            CHECK(readFileBytes(db) == before);
        }
        CHECK_FALSE(std::filesystem::exists(db.string() + "-wal"));
    }
}

TEST_CASE("a read-only location gets a clear error", "[cli][library]") {
    TempDir dir;
    std::filesystem::path db;
    if (::geteuid() != 0) {
        const auto locked = dir.path() / "locked";
        std::filesystem::create_directories(locked);
        ::chmod(locked.c_str(), 0555);
        db = locked / "library.sqlite";
    } else {
        // Permissions do not stop root; /sys refuses new files to everyone.
        db = "/sys/dais-library-test.sqlite";
    }
    const auto r = runCli({"--db", db.string(), "articles"});
    CHECK(r.exitStatus == 1);
    CHECK(contains(r.err, db.string()));
    CHECK(r.out.empty());
    CHECK_FALSE(std::filesystem::exists(db));
    ::chmod((dir.path() / "locked").c_str(), 0755);

    const auto missing = runCli({"--db", (dir.path() / "no-such-folder" / "library.sqlite").string(), "articles"});
    CHECK(missing.exitStatus == 1);
    CHECK(contains(missing.err, "does not exist"));
}
