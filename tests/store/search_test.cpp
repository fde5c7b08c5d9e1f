#include "store_test_support.h"

using namespace dais::store;
using namespace dais::store::test;

namespace {

struct Fixture {
    std::unique_ptr<Library> library = openLibrary();
    ReportImporter importer = importerFor(*library);
    std::int64_t s3 = importOne(importer, "/reports/qingjiang/s3.txt", kSession3);
    std::int64_t s4 = importOne(importer, "/reports/qingjiang/s4.txt", kSession4);
    std::int64_t other = importOne(importer, "/reports/linhai/council.txt",
                                   "临海市人大常委会召开主任会议\n"
                                   "本报讯 2025年3月2日，临海市人大常委会召开主任会议。常委会主任申屠岚主持会议。\n"
                                   "會議聽取了關於城市更新工作的報告，研究了代表建议督办事项。\n");

    std::vector<SearchHit> find(SearchQuery q) {
        auto hits = library->search().run(q);
        if (!hits) FAIL(hits.error().message);
        return hits.value();
    }
};

bool hasArticle(const std::vector<SearchHit>& hits, std::int64_t id) {
    return std::any_of(hits.begin(), hits.end(), [&](const SearchHit& h) { return h.articleId == id && !h.annotationId; });
}

} // namespace

TEST_CASE("a two-character name is found") {
    Fixture f;
    auto hits = f.find({.text = "班禾"});
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].articleId == f.s3);
    CHECK_THAT(hits[0].snippet, Catch::Contains("[班禾]"));
    auto two = f.find({.text = "政协"});
    CHECK(hasArticle(two, f.s3));
    CHECK(hasArticle(two, f.s4));
    CHECK_FALSE(hasArticle(two, f.other));
}

TEST_CASE("a one-character query is found, at the end of a run too") {
    Fixture f;
    auto hits = f.find({.text = "岚"}); // the last character of a name before 主持
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].articleId == f.other);
    CHECK_THAT(hits[0].snippet, Catch::Contains("申屠[岚]主持"));
    CHECK(f.find({.text = "禾"}).size() == 1);
}

TEST_CASE("a phrase of three or more characters is found and ranked") {
    Fixture f;
    auto hits = f.find({.text = "隆重开幕"});
    REQUIRE(hits.size() == 2);
    CHECK_THAT(hits[0].snippet, Catch::Contains("[隆重开幕]"));
    auto both = f.find({.text = "主席台就座 龚晓梅"}); // terms of both kinds, all required
    REQUIRE(both.size() == 1);
    CHECK(both[0].articleId == f.s4);
}

TEST_CASE("Traditional and Simplified forms find each other without changing the stored text") {
    Fixture f;
    auto simplifiedQuery = f.find({.text = "会议听取"});
    REQUIRE(simplifiedQuery.size() == 1);
    CHECK(simplifiedQuery[0].articleId == f.other);
    CHECK_THAT(simplifiedQuery[0].snippet, Catch::Contains("[會議聽取]")); // the original, marked
    auto traditionalQuery = f.find({.text = "開幕"});
    CHECK(hasArticle(traditionalQuery, f.s3));
    CHECK(hasArticle(traditionalQuery, f.s4));
    auto text = f.library->articles().article(f.other).value().text;
    CHECK(text.find(u32("會議聽取")) != std::u32string::npos);
}

TEST_CASE("query syntax typed by a user is searched literally and never fails") {
    Fixture f;
    for (const char* hostile : {"\"", "\"政协", "政协\"", "(", "政协)", "((会议", "*", "政*", "AND", "会议 AND",
                                "OR NOT", "NEAR(会议 开幕)", "-政协", "^开幕", "'; DROP TABLE articles; --",
                                "column:text", "{政协}", "+", "\\", "%", "_", "会议'", "\xe4\xbc"}) {
        INFO(hostile);
        auto hits = f.library->search().run({.text = hostile});
        REQUIRE(hits);
        for (const auto& h : hits.value()) CHECK(h.snippet.find('[') != std::string::npos);
    }
    CHECK(f.find({.text = "政*"}).empty());         // no 政* in the text, and * is not a wildcard
    CHECK(f.find({.text = "NEAR(会议 开幕)"}).empty());
    CHECK(f.library->articles().list().value().size() == 3);
    CHECK(f.find({.text = "   "}).empty());
}

TEST_CASE("highlights and notes are searched with the text") {
    Fixture f;
    auto& notes = f.library->annotations();
    NewHighlight h;
    h.colour = "red";
    h.note = "注意届次变化";
    h.tags = {"换届观察"};
    auto highlight = notes.addHighlightByQuote(f.s4, u32("第四次会议"), 1, h);
    REQUIRE(highlight);
    auto note = notes.addNote(f.s3, "对比两次会议的座次", {"座次"});
    REQUIRE(note);

    auto byNote = f.find({.text = "届次"});
    REQUIRE(byNote.size() == 1);
    CHECK(byNote[0].annotationId == std::optional<std::int64_t>(highlight.value()));
    CHECK(byNote[0].articleId == f.s4);
    CHECK(f.find({.text = "座次"}).size() == 1);
    CHECK(f.find({.text = "换届观察"}).size() == 1);

    auto coloured = f.find({.text = "会议", .colour = "red"});
    REQUIRE(coloured.size() == 1);
    CHECK(coloured[0].annotationId == std::optional<std::int64_t>(highlight.value()));
    auto tagged = f.find({.text = "会议", .tag = "座次"});
    REQUIRE(tagged.size() == 1);
    CHECK(tagged[0].annotationId == std::optional<std::int64_t>(note.value()));
}

TEST_CASE("search filters: date range, source, person") {
    Fixture f;
    auto dated = f.find({.text = "会议", .from = "2026-01-01", .to = "2026-12-31"});
    REQUIRE_FALSE(dated.empty());
    for (const auto& h : dated) CHECK(h.articleId == f.s4);
    auto bySource = f.find({.text = "会议", .source = "linhai"});
    REQUIRE(bySource.size() == 1);
    CHECK(bySource[0].articleId == f.other);
    auto byPerson = f.find({.text = "会议", .person = "邝明远"});
    REQUIRE(byPerson.size() == 1);
    CHECK(byPerson[0].articleId == f.s3);
}

TEST_CASE("bigrams cover every character of a run") {
    CHECK(bigramsOf(u32("政协会议")) == u32("政协 协会 会议 议"));
    CHECK(bigramsOf(u32("班禾、岑立")) == u32("班禾 禾 岑立 立"));
    CHECK(bigramsOf(u32("")) == u32(""));
}

TEST_CASE("punctuation inside a term is matched literally") {
    Fixture f;
    auto hits = f.find({.text = "会议。常委会"});
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].articleId == f.other);
    CHECK_THAT(hits[0].snippet, Catch::Contains("[会议。常委会]"));
    CHECK(f.find({.text = "会议常委会"}).empty()); // the same characters without the stop are not in the text
}

TEST_CASE("when more items match than the ranked window, the most recently imported are ranked") {
    Fixture f;
    auto all = f.find({.text = "政协"});
    CHECK(hasArticle(all, f.s3));
    CHECK(hasArticle(all, f.s4));
    auto newest = f.find({.text = "政协", .rankedWindow = 1});
    REQUIRE(newest.size() == 1);
    CHECK(newest[0].articleId == f.s4);
    // A filter ranks every match: the older session is still found through it.
    auto filtered = f.find({.text = "政协", .to = "2025-12-31", .rankedWindow = 1});
    CHECK(hasArticle(filtered, f.s3));
}
