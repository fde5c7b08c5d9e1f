#include "core/layout/article_splitter.h"
#include "core/layout/document.h"
#include "layout_test_support.h"

#include <catch2/catch.hpp>

using dais::layout::analyseLayout;
using dais::layout::looksLikeSubtitle;
using dais::layout::test::quote;

// An invented page in the style of a provincial newspaper: three articles with three, two
// and two heading lines, datelines, a byline line and a photo credit.
static const std::u32string kPage =
    U"东川日报 2025年2月4日 星期二 第2版\n\n"
    U"凝心聚力谱新篇\n\n"
    U"市政协十五届四次会议开幕\n\n"
    U"王明远出席 李文华主持并讲话\n\n"
    U"本报讯(记者 "
    U"陈思远)2月3日上午，市政协十五届四次会议在市会议中心开幕。会议听取并审议了常务委员会"
    U"工作报告和提案工作情况报告，号召全市各级政协组织和广大政协委员团结奋进、担当作为，\n\n"
    U"为谱写东川高质量发展新篇章贡献智慧和力量。\n\n"
    U"会议由市政协主席李文华主持。\n\n"
    U"奋进新征程 建功新时代\n"
    U"东川新区经济运行稳中向好\n\n"
    U"■记者 林晓雨\n\n"
    U"今年以来，东川新区坚持稳中求进工作总基调，各项经济指标稳步提升。\n\n"
    U"产业链条更完整\n\n"
    U"新区围绕新材料、新能源等产业，引进重点项目12个。\n\n"
    U"周立新调研春耕备耕工作\n"
    U"强调要抓好粮食生产\n\n"
    U"新华社东川2月3日电（记者 赵一鸣 通讯员 钱多多）2月3日，周立新到东川市调研春耕备耕工作。\n\n"
    U"他强调，要稳定粮食播种面积。\n";

TEST_CASE("an invented page splits into its articles", "[articles]") {
    const auto doc = analyseLayout(kPage);
    REQUIRE(doc.articles.size() == 4);

    // the page header before the first article is kept, as an article without title
    CHECK_FALSE(doc.articles[0].title);
    REQUIRE(doc.articles[0].body.size() == 1);
    CHECK(quote(doc.text, doc.articles[0].body[0]) == "东川日报 2025年2月4日 星期二 第2版");

    const auto& first = doc.articles[1];
    CHECK(quote(doc.text, first.kicker) == "凝心聚力谱新篇");
    CHECK(quote(doc.text, first.title) == "市政协十五届四次会议开幕");
    CHECK(quote(doc.text, first.subtitle) == "王明远出席 李文华主持并讲话");
    CHECK(quote(doc.text, first.byline) == "记者 陈思远");
    REQUIRE(first.body.size() == 2);
    CHECK(first.body[0].pieces.size() == 2); // cut after the trailing comma

    const auto& second = doc.articles[2];
    CHECK(quote(doc.text, second.kicker) == "奋进新征程 建功新时代");
    CHECK(quote(doc.text, second.title) == "东川新区经济运行稳中向好");
    CHECK_FALSE(second.subtitle);
    CHECK(quote(doc.text, second.byline) == "记者 林晓雨");
    CHECK(second.body.size() == 4); // byline line, two paragraphs and the subheading between

    const auto& third = doc.articles[3];
    CHECK_FALSE(third.kicker);
    CHECK(quote(doc.text, third.title) == "周立新调研春耕备耕工作");
    CHECK(quote(doc.text, third.subtitle) == "强调要抓好粮食生产");
    CHECK(quote(doc.text, third.byline) == "记者 赵一鸣 通讯员 钱多多");

    for (std::size_t i = 1; i < doc.articles.size(); ++i)
        CHECK(doc.articles[i - 1].span.end <= doc.articles[i].span.start);
}

TEST_CASE("headings and a credit before the body make an article", "[articles]") {
    const std::u32string page = U"上一篇的最后一段。\n\n"
                                U"东川湿地迎来越冬候鸟\n\n"
                                U"黎小刚 摄\n\n"
                                U"近日，大批候鸟飞抵东川湿地越冬。\n\n"
                                U"保护区工作人员加强巡护。（记者 孙一帆）\n";
    const auto doc = analyseLayout(page);
    REQUIRE(doc.articles.size() == 2);
    CHECK_FALSE(doc.articles[0].title);
    CHECK(quote(doc.text, doc.articles[1].title) == "东川湿地迎来越冬候鸟");
    CHECK(quote(doc.text, doc.articles[1].byline) == "记者 孙一帆");
}

TEST_CASE("a dateline after body text without headings starts nothing", "[articles]") {
    const auto doc =
        analyseLayout(U"市政协召开常委会议\n\n本报讯 会议召开。\n\n本报讯 另一条消息。\n");
    REQUIRE(doc.articles.size() == 1);
    CHECK(doc.articles[0].body.size() == 2);
}

TEST_CASE("two heading lines: kicker and title, or title and subtitle", "[articles]") {
    CHECK(looksLikeSubtitle(U"吴晓军罗东川出席公保扎西主持并讲话"));
    CHECK(looksLikeSubtitle(U"——2025年1月10日在市人民代表大会上"));
    CHECK_FALSE(looksLikeSubtitle(U"省政协十三届三次会议胜利闭幕"));
}

TEST_CASE("furniture and credits between the headings and the dateline", "[articles]") {
    const std::u32string page = U"2025年2月4日\n\n"
                                U"市政协十五届四次会议闭幕\n\n"
                                U"《东川晚报》(2025年2月4日) 01版\n\n"
                                U"■记者 林晓雨\n"
                                U"摄影 金小敏\n"
                                U"本报讯 2月3日下午，市政协十五届四次会议闭幕。\n";
    const auto doc = analyseLayout(page);
    REQUIRE(doc.articles.size() == 2);
    CHECK_FALSE(doc.articles[0].title);
    const auto& a = doc.articles[1];
    CHECK(quote(doc.text, a.title) == "市政协十五届四次会议闭幕");
    CHECK_FALSE(a.kicker);
    CHECK_FALSE(a.subtitle);
    CHECK(quote(doc.text, a.byline) == "记者 林晓雨");
    CHECK(a.body.size() == 4);
}

TEST_CASE("a byline and credit without headings give one untitled article", "[articles]") {
    const auto doc =
        analyseLayout(U"■记者 林晓雨\n摄影 金小敏\n本报讯 委员们陆续报到。\n报到现场秩序井然。\n");
    REQUIRE(doc.articles.size() == 1);
    CHECK_FALSE(doc.articles[0].title);
    CHECK(quote(doc.text, doc.articles[0].byline) == "记者 林晓雨");
}
