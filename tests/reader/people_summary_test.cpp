#include <catch2/catch.hpp>

#include "app/reader/people_summary.h"

using namespace dais;

TEST_CASE("people rows carry roles and distinct attendance modes in text order") {
    extract::ArticleExtraction a;
    a.people.push_back({U"公保扎西", {U"省政协主席"}, {{5, 9}, {40, 44}}});
    a.people.push_back({U"吴晓军", {U"书记"}, {{20, 23}}});
    a.attendance.push_back({U"主持", {U"公保扎西"}, {0, 12}});
    a.attendance.push_back({U"讲话", {U"公保扎西"}, {0, 14}});
    a.attendance.push_back({U"主持", {U"公保扎西"}, {30, 46}});
    const auto rows = reader::summarisePeople(a);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].name == QString::fromUtf8("公保扎西"));
    CHECK(rows[0].roles == QStringList{QString::fromUtf8("省政协主席")});
    CHECK(rows[0].modes == QStringList{QString::fromUtf8("主持"), QString::fromUtf8("讲话")});
    CHECK(rows[1].modes.isEmpty());
    CHECK(rows[1].person == 1);
}

TEST_CASE("role words written next to a mention are found before and after it") {
    const std::u32string text = U"会议由省政协主席公保扎西主持。吴晓军书记出席。";
    extract::ArticleExtraction a;
    a.people.push_back({U"公保扎西", {U"省政协主席"}, {{8, 12}}});
    a.people.push_back({U"吴晓军", {U"书记"}, {{15, 18}}});
    const auto spans = reader::adjacentRoleSpans(a, text);
    REQUIRE(spans.size() == 2);
    CHECK(spans[0] == text::Span{3, 8});
    CHECK(spans[1] == text::Span{18, 20});
}
