#include "store_test_support.h"

using namespace dais::store;
using namespace dais::store::test;

TEST_CASE("an imported report keeps its headings, text, paragraphs and detections") {
    auto library = openLibrary();
    auto importer = importerFor(*library);
    const auto id = importOne(importer, "/reports/qingjiang/2025-01-15.txt", kSession3);
    auto stored = library->articles().article(id);
    REQUIRE(stored);
    const auto& a = stored.value();
    CHECK(a.version == 1);
    CHECK(a.source == "/reports/qingjiang/2025-01-15.txt");
    CHECK(a.title == std::optional<std::string>("青江省政协十三届三次会议开幕"));
    CHECK(a.byline == std::optional<std::string>("记者 韩立新"));
    CHECK(a.referenceDate == "2025-01-15");
    CHECK(a.text.substr(0, 14) == u32("青江省政协十三届三次会议开幕"));
    CHECK_FALSE(a.paragraphs.empty());

    const auto dais = std::find_if(a.attendance.begin(), a.attendance.end(),
                                   [](const StoredAttendance& l) { return l.mode == "主席台就座"; });
    REQUIRE(dais != a.attendance.end());
    CHECK(dais->people == std::vector<std::string>{"柯振林", "闻海川", "邝明远", "骆东泉", "班禾", "岑立"});

    const auto ke = std::find_if(a.people.begin(), a.people.end(), [](const StoredPerson& p) { return p.name == "柯振林"; });
    REQUIRE(ke != a.people.end());
    CHECK(ke->roles == std::vector<std::string>{"省政协主席"});
    REQUIRE_FALSE(ke->mentions.empty());
    // Offsets count code points of the article's own text.
    for (const auto& m : ke->mentions) CHECK(a.text.substr(m.start, m.size()) == u32("柯振林"));

    REQUIRE(a.counts.size() == 2);
    CHECK(a.counts[0].value == 388);
    CHECK(a.counts[0].expected);
    CHECK(a.counts[1].value == 353);
    REQUIRE_FALSE(a.dates.empty());
    CHECK(a.dates[0].value == "2025-01-15");
    CHECK(a.text.substr(a.dates[0].span.start, a.dates[0].span.size()) == u32(a.dates[0].text));
}

TEST_CASE("importing the same text again creates nothing") {
    auto library = openLibrary();
    auto importer = importerFor(*library);
    const auto id = importOne(importer, "a.txt", kSession3);
    auto again = importer.importText("a.txt", u32(kSession3));
    REQUIRE(again);
    CHECK(again.value().front().status == ImportStatus::Unchanged);
    CHECK(again.value().front().articleId == id);
    auto elsewhere = importer.importText("copy-of-a.txt", u32(kSession3));
    REQUIRE(elsewhere);
    CHECK(elsewhere.value().front().status == ImportStatus::Unchanged);
    CHECK(library->articles().list().value().size() == 1);
    auto people = library->database().scalar(QStringLiteral("SELECT count(*) FROM people WHERE name = '柯振林'"));
    CHECK(people.value().toInt() == 1);
}

TEST_CASE("people are shared across articles") {
    auto library = openLibrary();
    auto importer = importerFor(*library);
    importOne(importer, "s3.txt", kSession3);
    importOne(importer, "s4.txt", kSession4);
    CHECK(library->articles().list().value().size() == 2);
    auto rows = library->database().scalar(QStringLiteral("SELECT count(*) FROM people WHERE name = '骆东泉'"));
    CHECK(rows.value().toInt() == 1);
    auto found = library->people().find("骆东泉");
    REQUIRE(found);
    REQUIRE(found.value().size() == 1);
    CHECK(found.value()[0].articles == 2);
}

TEST_CASE("a corrected text of the same source becomes a new version and its highlights follow") {
    auto library = openLibrary();
    auto importer = importerFor(*library);
    const auto id = importOne(importer, "s3.txt", kSession3);
    auto& notes = library->annotations();
    const auto quote = [&](const char* q) {
        auto h = notes.addHighlightByQuote(id, u32(q), 1, NewHighlight{});
        if (!h) FAIL(h.error().message);
        return h.value();
    };
    const auto unchanged = quote("青江省政协十三届三次会议开幕");
    const auto moved = quote("协商议政取得新成效");
    const auto edited = quote("把握新时代人民政协的性质定位，在服务高质量发展中展现新作为");
    const auto removed = quote("要加强委员队伍建设");
    REQUIRE(notes.setNote(removed, "委员履职是下一步重点").ok());
    REQUIRE(notes.trash(removed).ok()); // trashed highlights are re-anchored too

    std::string corrected(kSession3);
    auto replace = [&](std::string_view from, std::string_view to) {
        const auto p = corrected.find(from);
        REQUIRE(p != std::string::npos);
        corrected.replace(p, from.size(), to);
    };
    replace("报告指出，过去一年，", "报告指出，过去一年来，面对复杂形势，");
    replace("展现新作为", "展现更大作为");
    replace("会议强调，要加强委员队伍建设。", "");

    auto result = importer.importText("s3.txt", u32(corrected));
    REQUIRE(result);
    const auto& outcome = result.value().front();
    CHECK(outcome.status == ImportStatus::NewVersion);
    CHECK(outcome.articleId == id);
    CHECK(outcome.version == 2);
    CHECK(outcome.exact == 1);
    CHECK(outcome.quote == 1);
    CHECK(outcome.fuzzy == 1);
    CHECK(outcome.orphaned == 1);

    auto article = library->articles().article(id);
    REQUIRE(article);
    CHECK(article.value().version == 2);
    const auto check = [&](std::int64_t annotation, const char* status) {
        auto a = notes.get(annotation);
        REQUIRE(a);
        CHECK(a.value().anchorStatus == status);
        if (std::string(status) != "orphaned") {
            CHECK(a.value().versionId == std::optional<std::int64_t>(article.value().versionId));
            CHECK(article.value().text.substr(a.value().span->start, a.value().span->size()) == a.value().quote);
        }
        return a.value();
    };
    check(unchanged, "exact");
    check(moved, "quote");
    const auto fuzzy = check(edited, "fuzzy");
    CHECK(fuzzy.quote.find(u32("展现更大作为")) != std::u32string::npos);
    const auto orphan = check(removed, "orphaned");
    CHECK(orphan.quote == u32("要加强委员队伍建设"));
    CHECK(orphan.note == "委员履职是下一步重点");
    CHECK(orphan.versionId != std::optional<std::int64_t>(article.value().versionId));
    CHECK(orphan.deletedAt);

    // The search index follows the current version.
    CHECK(library->search().run({.text = "面对复杂形势"}).value().size() == 1);
    CHECK(library->search().run({.text = "展现新作为"}).value().empty());
}

TEST_CASE("an unknown article is a usage error") {
    auto library = openLibrary();
    auto missing = library->articles().article(42);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().kind == dais::Error::Kind::Usage);
}
