#include "store_test_support.h"

using namespace dais::store;
using namespace dais::store::test;

namespace {
struct Fixture {
    std::unique_ptr<Library> library = openLibrary();
    ReportImporter importer = importerFor(*library);
    std::int64_t article = importOne(importer, "s3.txt", kSession3);
};
} // namespace

TEST_CASE("a highlight stores its passage, quote, context, colour, note and tags") {
    Fixture f;
    auto& notes = f.library->annotations();
    NewHighlight h;
    h.colour = "人事变动"; // a colour may be named by its meaning
    h.note = "主席台名单";
    h.tags = {"人事", "政协"};
    auto id = notes.addHighlightByQuote(f.article, u32("柯振林、闻海川"), 1, h);
    REQUIRE(id);
    auto a = notes.get(id.value());
    REQUIRE(a);
    CHECK(a.value().kind == AnnotationKind::Highlight);
    CHECK(a.value().quote == u32("柯振林、闻海川"));
    REQUIRE(a.value().span);
    const auto text = f.library->articles().article(f.article).value().text;
    CHECK(text.substr(a.value().span->start, a.value().span->size()) == a.value().quote);
    CHECK(a.value().prefix.size() == kContextLength);
    CHECK(a.value().suffix.size() == kContextLength);
    CHECK(a.value().colour == "red");
    CHECK(a.value().note == "主席台名单");
    CHECK(a.value().noteFormat == "plain");
    CHECK(a.value().tags == std::vector<std::string>{"人事", "政协"});
    CHECK(a.value().createdAt == "2025-03-01T08:00:02.000Z");
    CHECK(a.value().createdAt == a.value().modifiedAt);

    REQUIRE(notes.setNote(id.value(), "主席台名单，共六人").ok());
    REQUIRE(notes.setColour(id.value(), "blue").ok());
    REQUIRE(notes.setTags(id.value(), {"名单"}).ok());
    auto changed = notes.get(id.value()).value();
    CHECK(changed.note == "主席台名单，共六人");
    CHECK(changed.colour == "blue");
    CHECK(changed.tags == std::vector<std::string>{"名单"});
    CHECK(changed.modifiedAt > changed.createdAt);
}

TEST_CASE("the n-th occurrence of a quote can be highlighted, and a missing one is refused") {
    Fixture f;
    auto& notes = f.library->annotations();
    auto second = notes.addHighlightByQuote(f.article, u32("会议强调"), 2, {});
    REQUIRE(second);
    auto first = notes.addHighlightByQuote(f.article, u32("会议强调"), 1, {});
    REQUIRE(first);
    CHECK(notes.get(second.value()).value().span->start > notes.get(first.value()).value().span->start);
    auto third = notes.addHighlightByQuote(f.article, u32("会议强调"), 3, {});
    REQUIRE_FALSE(third);
    CHECK(third.error().kind == dais::Error::Kind::Usage);
    CHECK_FALSE(notes.addHighlightByQuote(f.article, u32("没有这句话"), 1, {}));
    CHECK_FALSE(notes.addHighlight({f.article, {5, 5}, "yellow", "", {}}));
    CHECK_FALSE(notes.addHighlight({f.article, {0, 100000}, "yellow", "", {}}));
    CHECK_FALSE(notes.addHighlight({f.article, {0, 4}, "no-such-colour", "", {}}));
    CHECK_FALSE(notes.addHighlight({999, {0, 4}, "yellow", "", {}}));
}

TEST_CASE("a note may stand on its own, attached to an article") {
    Fixture f;
    auto& notes = f.library->annotations();
    auto id = notes.addNote(f.article, "和去年的开幕式对照：主席台少了一人", {"对照"});
    REQUIRE(id);
    auto a = notes.get(id.value()).value();
    CHECK(a.kind == AnnotationKind::Note);
    CHECK_FALSE(a.span);
    CHECK(a.colour.empty());
    CHECK(notes.list(f.article).value().size() == 1);
    CHECK_FALSE(notes.addNote(12345, "无处可挂"));
}

TEST_CASE("deleting moves to the trash, and restoring brings it back") {
    Fixture f;
    auto& notes = f.library->annotations();
    auto id = notes.addHighlightByQuote(f.article, u32("符合规定人数"), 1, {});
    REQUIRE(id);
    REQUIRE(notes.trash(id.value()).ok());
    CHECK(notes.list(f.article).value().empty());
    auto trashed = notes.list(f.article, true).value();
    REQUIRE(trashed.size() == 1);
    CHECK(trashed[0].deletedAt);
    CHECK(trashed[0].quote == u32("符合规定人数"));
    CHECK(f.library->search().run({.text = "符合规定人数"}).value().size() == 1); // the article only
    CHECK_FALSE(notes.trash(id.value())); // already there

    REQUIRE(notes.restore(id.value()).ok());
    auto back = notes.list(f.article).value();
    REQUIRE(back.size() == 1);
    CHECK_FALSE(back[0].deletedAt);
    CHECK(f.library->search().run({.text = "符合规定人数"}).value().size() == 2);
    CHECK_FALSE(notes.restore(id.value())); // not in the trash
    CHECK_FALSE(notes.restore(777));
}

TEST_CASE("there are at least six colours and their meanings can be renamed") {
    Fixture f;
    auto& notes = f.library->annotations();
    auto colours = notes.colours();
    REQUIRE(colours);
    REQUIRE(colours.value().size() >= 6);
    REQUIRE(notes.renameColour("green", "关键决策").ok());
    auto renamed = notes.colours().value();
    CHECK(std::any_of(renamed.begin(), renamed.end(), [](const Colour& c) { return c.key == "green" && c.name == "关键决策"; }));
    NewHighlight h;
    h.colour = "关键决策";
    auto id = notes.addHighlightByQuote(f.article, u32("工作报告"), 1, h);
    REQUIRE(id);
    CHECK(notes.get(id.value()).value().colour == "green");
    CHECK_FALSE(notes.renameColour("no-such-key", "x"));
    CHECK_FALSE(notes.renameColour("green", ""));
}
