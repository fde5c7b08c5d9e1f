#include "store_test_support.h"

using namespace dais::store;
using namespace dais::store::test;

namespace {
struct Fixture {
    std::unique_ptr<Library> library = openLibrary();
    ReportImporter importer = importerFor(*library);
    std::int64_t s3 = importOne(importer, "s3.txt", kSession3);
    std::int64_t s4 = importOne(importer, "s4.txt", kSession4);
};

const OrderChange& changeOf(const DaisComparison& c, const std::string& name) {
    const auto it = std::find_if(c.changes.begin(), c.changes.end(), [&](const OrderChange& o) { return o.name == name; });
    REQUIRE(it != c.changes.end());
    return *it;
}
} // namespace

TEST_CASE("a person's record lists date, mode, place in the list, list length and roles") {
    Fixture f;
    auto record = f.library->people().record("骆东泉");
    REQUIRE(record);
    const auto& rows = record.value();
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].articleId == f.s3);
    CHECK(rows[0].referenceDate == "2025-01-15");
    CHECK(rows[0].mode == "主席台就座");
    CHECK(rows[0].position == 4);
    CHECK(rows[0].listLength == 6);
    CHECK(rows[1].articleId == f.s4);
    CHECK(rows[1].referenceDate == "2026-01-14");
    CHECK(rows[1].position == 2);
    CHECK(rows[1].listLength == 5);

    auto chair = f.library->people().record("柯振林").value();
    const auto dais = std::find_if(chair.begin(), chair.end(), [](const PersonAppearance& p) { return p.mode == "主席台就座"; });
    REQUIRE(dais != chair.end());
    CHECK(dais->position == 1);
    CHECK(dais->roles == std::vector<std::string>{"省政协主席"});

    auto nobody = f.library->people().record("查无此人");
    REQUIRE_FALSE(nobody);
    CHECK(nobody.error().kind == dais::Error::Kind::Usage);
}

TEST_CASE("co-attendance counts the lists shared with a person") {
    Fixture f;
    auto with = f.library->people().coAttendance("闻海川");
    REQUIRE(with);
    const auto& rows = with.value();
    REQUIRE_FALSE(rows.empty());
    const auto count = [&](const std::string& name) {
        const auto it = std::find_if(rows.begin(), rows.end(), [&](const CoAttendee& c) { return c.name == name; });
        return it == rows.end() ? 0 : it->lists;
    };
    CHECK(count("骆东泉") == 2);
    CHECK(count("岑立") == 2);
    CHECK(count("班禾") == 1);
    CHECK(count("龚晓梅") == 1);
    CHECK(count("闻海川") == 0);
    CHECK(rows.front().lists == 2);
}

TEST_CASE("dais order of two sessions: new, absent, up, down") {
    Fixture f;
    auto cmp = f.library->people().compareDais(f.s3, f.s4);
    REQUIRE(cmp);
    const auto& c = cmp.value();
    CHECK(c.modeA == "主席台就座");
    CHECK(c.modeB == "主席台就座");
    CHECK(changeOf(c, "柯振林").kind == OrderChange::Kind::Same);
    const auto& up = changeOf(c, "骆东泉");
    CHECK(up.kind == OrderChange::Kind::Up);
    CHECK(up.before == 4);
    CHECK(up.after == 2);
    CHECK(changeOf(c, "闻海川").kind == OrderChange::Kind::Down);
    CHECK(changeOf(c, "岑立").kind == OrderChange::Kind::Up);
    CHECK(changeOf(c, "龚晓梅").kind == OrderChange::Kind::New);
    CHECK(changeOf(c, "邝明远").kind == OrderChange::Kind::Absent);
    CHECK(changeOf(c, "班禾").kind == OrderChange::Kind::Absent);
    CHECK(c.changes.size() == 7);
}

TEST_CASE("people are found by part of the name or by pinyin") {
    Fixture f;
    auto& people = f.library->people();
    for (const char* query : {"luo dongquan", "luodongquan", "Luo Dong", "luó dōngquán", "骆东"}) {
        INFO(query);
        auto found = people.find(query);
        REQUIRE(found);
        REQUIRE_FALSE(found.value().empty());
        CHECK(found.value()[0].name == "骆东泉");
        CHECK(found.value()[0].pinyin == "luo dong quan");
    }
    CHECK(people.find("xyz%_").value().empty());
    CHECK(people.find("").value().size() >= 8);
}
