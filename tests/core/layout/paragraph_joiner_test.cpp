#include "core/layout/paragraph_joiner.h"
#include "layout_test_support.h"

#include <catch2/catch.hpp>

using dais::layout::continuesInto;
using dais::layout::joinParagraphs;
using dais::layout::test::quote;

namespace {

std::vector<std::string> paragraphs(std::u32string_view text) {
    std::vector<std::string> out;
    for (const auto& p : joinParagraphs(text))
        out.push_back(quote(text, p));
    return out;
}

} // namespace

TEST_CASE("a long line cut mid-sentence continues on the next non-blank line", "[joiner]") {
    const std::u32string text =
        U"市委书记王明远在讲话中充分肯定了过去一年的工作成绩，提出了“三个坚持”重大要求，擘\n\n"
        U"画了全面建设现代化新东川的宏伟蓝图。\n";
    const auto ps = joinParagraphs(text);
    REQUIRE(ps.size() == 1);
    REQUIRE(ps[0].pieces.size() == 2);
    CHECK(text.substr(ps[0].pieces[0].end - 1, 1) == U"擘");
    CHECK(text.substr(ps[0].pieces[1].start, 2) == U"画了");
}

TEST_CASE("various cut points", "[joiner]") {
    // a number cut from its unit
    CHECK(paragraphs(
              U"先后赴北京、上海等地与有关企业对接洽谈，共邀请10\n\n余家重点企业来东川考察。") ==
          std::vector<std::string>{
              "先后赴北京、上海等地与有关企业对接洽谈，共邀请10余家重点企业来东川考察。"});
    // a trailing comma even on a short line
    CHECK(paragraphs(U"会议指出，\n\n要坚持稳中求进。") ==
          std::vector<std::string>{"会议指出，要坚持稳中求进。"});
    // a cut inside a quotation
    CHECK(
        paragraphs(
            U"会议强调，要在更高起点上推进“四个示范区”建设，让“东川制造”\n“东川服务”走向全国。") ==
        std::vector<std::string>{
            "会议强调，要在更高起点上推进“四个示范区”建设，让“东川制造”“东川服务”走向全国。"});
    // three pieces
    CHECK(joinParagraphs(U"一二三四五六七八九十一二三四五六七八九十一二三四五，六七八九\n"
                         U"一二三四五六七八九十一二三四五六七八九十一二三四五，六七八九\n"
                         U"完。")
              .front()
              .pieces.size() == 3);
}

TEST_CASE("finished sentences and headings are not joined", "[joiner]") {
    CHECK(
        paragraphs(U"会议应出席委员388人，实到353人，符合规定人数。\n\n大会依次通过了各项决议。") ==
        std::vector<std::string>{"会议应出席委员388人，实到353人，符合规定人数。",
                                 "大会依次通过了各项决议。"});
    // a heading is not continued by the body below it, nor is a body line by a subheading
    CHECK(paragraphs(U"增的态势更稳健 一组组捷报相继传来\n多晶硅出口8.5亿元，居全国首位。") ==
          std::vector<std::string>{"增的态势更稳健 一组组捷报相继传来",
                                   "多晶硅出口8.5亿元，居全国首位。"});
    CHECK(
        paragraphs(
            U"加快构建具有东川特色和优势的现代化产业体系并取得明显成效\n\n聚的优势更明显\n\n正文。")
            .size() == 3);
    // quotation closed after the full stop
    CHECK(paragraphs(U"他说：“要把群众的事当作自己的事，把群众的小事当作自己的大事。”\n下一段。")
              .size() == 2);
}

TEST_CASE("new beginnings are never the second half of a sentence", "[joiner]") {
    const std::u32string body = U"这是一段很长的正文，但是最后没有句末标点符号，而且被分成了两行";
    CHECK_FALSE(continuesInto(body, U"本报讯(记者 陈思远)2月3日上午，会议开幕。"));
    CHECK_FALSE(continuesInto(body, U"黎晓刚 摄"));
    CHECK_FALSE(continuesInto(body, U"■记者 林晓雨"));
    CHECK_FALSE(continuesInto(body, U"（二）扎实推进乡村振兴。"));
    CHECK_FALSE(continuesInto(body, U"——把资源优势转化为发展优势"));
    CHECK(continuesInto(body, U"的内容。"));
}

TEST_CASE("line ends of all kinds separate lines", "[joiner]") {
    CHECK(paragraphs(U"甲。\r\n乙。\r丙。\f丁。\u2028戊。") ==
          std::vector<std::string>{"甲。", "乙。", "丙。", "丁。", "戊。"});
    CHECK(paragraphs(U"\u3000\u3000缩进的段落。  \n").front() == "缩进的段落。");
}
