#include "core/layout/document.h"
#include "layout_test_support.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <sstream>

using dais::layout::analyseLayout;
using dais::layout::test::quote;

namespace {

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

double secondsFor(std::u32string text) {
    const auto start = std::chrono::steady_clock::now();
    const auto doc = analyseLayout(std::move(text));
    CHECK_FALSE(doc.articles.empty());
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

struct Expected {
    std::string kicker, title, subtitle, byline;
};

} // namespace

TEST_CASE("the sample page splits into the three articles of its gold file", "[layout]") {
    const auto doc = analyseLayout(dais::text::decodeUtf8(
        readFile(std::string(DAIS_RESOURCE_DIR) + "/samples/qinghai_cppcc_page.txt")));
    const std::string gold = readFile(std::string(DAIS_TEST_DATA_DIR) + "/sample_page.gold.json");

    // The expected strings are those of the gold file's "articles"; each is checked to be there.
    const std::vector<Expected> expected = {
        {"共同绘就中国式现代化青海篇章的锦绣画卷", "省政协十三届三次会议胜利闭幕",
         "吴晓军罗东川出席公保扎西主持并讲话", "特约记者 张晓英"},
        {"(none)", "罗东川看望省政协港澳委员并座谈交流", "(none)", "特约记者 石成观"},
        {"(none)", "多项指标领跑! 西宁开发区经济答卷亮眼", "(none)", "记者 樊娅楠"},
    };
    REQUIRE(doc.articles.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO("article " << i + 1);
        const auto& a = doc.articles[i];
        const auto& e = expected[i];
        for (const auto* s : {&e.kicker, &e.title, &e.subtitle, &e.byline})
            if (*s != "(none)") CHECK(gold.find("\"" + *s + "\"") != std::string::npos);
        CHECK(quote(doc.text, a.kicker) == e.kicker);
        CHECK(quote(doc.text, a.title) == e.title);
        CHECK(quote(doc.text, a.subtitle) == e.subtitle);
        CHECK(quote(doc.text, a.byline) == e.byline);
        REQUIRE_FALSE(a.body.empty());
        CHECK(a.span.start <= a.body.front().extent().start);
        CHECK(a.span.end == a.body.back().extent().end);
    }
    CHECK(quote(doc.text, doc.articles[0].body[0]).rfind("本报讯(特约记者 张晓英)1月21日下午", 0) ==
          0);
    CHECK(quote(doc.text, doc.articles[2].body.back()).find("(记者 樊娅楠)") != std::string::npos);

    SECTION("paragraphs cut by the PDF are one paragraph of several pieces") {
        const auto& body = doc.articles[1].body;
        const auto cut = std::find_if(body.begin(), body.end(), [&](const auto& p) {
            return quote(doc.text, p).find("擘画了") != std::string::npos;
        });
        REQUIRE(cut != body.end());
        CHECK(cut->pieces.size() == 2);
        CHECK(quote(doc.text, cut->pieces.back()).rfind("画了打造", 0) == 0);
        // the pieces are spans of the text, which still holds the blank line
        CHECK(doc.text.substr(cut->pieces[0].end - 1, 4) == U"擘\n\n画");
    }
    SECTION("internal subheadings do not start articles") {
        const auto& body = doc.articles[2].body;
        const auto has = [&](const std::string& s) {
            return std::any_of(body.begin(), body.end(),
                               [&](const auto& p) { return quote(doc.text, p) == s; });
        };
        CHECK(has("增的态势更稳健! 一组组捷报相继传来"));
        CHECK(has("——把“风光”优势转化为发展优势"));
        CHECK(has("黎晓刚 摄"));
    }
}

TEST_CASE("a text without page structure is one article", "[layout]") {
    const std::u32string report =
        U"政府工作报告\n"
        U"——2025年1月10日在东川市第五届人民代表大会第四次会议上\n"
        U"市长 周立新\n\n"
        U"各位代表：\n\n"
        U"现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员"
        U"提出意见。\n";
    const auto doc = analyseLayout(report);
    REQUIRE(doc.articles.size() == 1);
    const auto& a = doc.articles[0];
    CHECK(quote(doc.text, a.title) == "政府工作报告");
    CHECK(quote(doc.text, a.subtitle) == "——2025年1月10日在东川市第五届人民代表大会第四次会议上");
    CHECK_FALSE(a.kicker);
    CHECK(a.body.size() == 3);
    CHECK(a.span.start == 0);
}

TEST_CASE("a text that starts with body text has no title", "[layout]") {
    const auto doc = analyseLayout(U"会议强调，要坚持稳中求进工作总基调。\n会议要求各地抓好落实。");
    REQUIRE(doc.articles.size() == 1);
    CHECK_FALSE(doc.articles[0].title);
    CHECK(doc.articles[0].body.size() == 2);
}

TEST_CASE("blank text has no articles", "[layout]") {
    CHECK(analyseLayout(U"").articles.empty());
    CHECK(analyseLayout(U" \n\r\n\t\u3000\f\n").articles.empty());
}

TEST_CASE("the document keeps the text unchanged", "[layout]") {
    const std::u32string text = U"\r\n标题\r\n\r\n本报讯 正文。\r\n";
    CHECK(analyseLayout(text).text == text);
}

TEST_CASE("large inputs take linear time", "[layout][performance]") {
    SECTION("one 5 MB line") {
        std::u32string line;
        while (line.size() < 5'000'000)
            line += U"会议指出，要坚持稳中求进工作总基调";
        CHECK(secondsFor(line) < 5.0);
    }
    SECTION("a 20 MB page of short and long lines") {
        std::u32string page;
        const std::u32string article =
            U"多项指标领跑\n\n本报讯(记者 陈思远)2月3日上午,市政协十五届四次会议在市会议中心开幕"
            U"会议听取并审议了常务委员会工作报告\n\n号召全市各级政协组织团结奋进。\n"
            U"小标题\n正文，没有结束\n";
        while (page.size() < 7'000'000)
            page += article; // ~20 MB of UTF-8
        CHECK(secondsFor(page) < 10.0);
    }
}
