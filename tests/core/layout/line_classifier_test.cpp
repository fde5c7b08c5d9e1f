#include "core/layout/line_classifier.h"

#include <catch2/catch.hpp>

using namespace dais::layout;

TEST_CASE("sentence ends", "[classifier]") {
    for (std::u32string_view s : {U"会议闭幕。", U"好！", U"对吗？", U"等等…", U"一是；",
                                  U"他说：“好。”", U"(记者 陈思远)", U"（完）", U"end."})
        CHECK(endsSentence(s));
    for (std::u32string_view s : {U"提出了“三个坚持”", U"擘", U"邀请10", U"《通知》", U""})
        CHECK_FALSE(endsSentence(s));
    CHECK(endsParagraph(U"各位代表："));
    CHECK(endsMidClause(U"会议指出，"));
    CHECK(endsMidClause(U"副主席王一、"));
}

TEST_CASE("headings", "[classifier]") {
    for (std::u32string_view s :
         {U"省政协十三届三次会议胜利闭幕", U"多项指标领跑! 西宁开发区经济答卷亮眼",
          U"——把“风光”优势转化为发展优势", U"奋斗正当时！", U"政府工作报告", U"5G"})
        CHECK(isHeadingLike(s));
    for (std::u32string_view s :
         {U"会议应出席委员388人，实到353人，符合规定人数。", U"各位代表：", U"会议指出，",
          U"先后赴北京、深圳、上海等地,与国内算力行业头部企业对接洽谈,邀请10", U"2025",
          U"一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一"})
        CHECK_FALSE(isHeadingLike(s));
}

TEST_CASE("news markers", "[classifier]") {
    for (std::u32string_view s :
         {U"本报讯(特约记者 张晓英)1月21日下午，", U"本报讯 近日，", U"东川日报讯（记者 陈思远）",
          U"新华社北京1月21日电（记者 赵一鸣）", U"中新网上海3月5日电 记者", U"本报记者 陈思远",
          U"（记者 陈思远）日前，", U"■本网讯 近日，"})
        CHECK(opensWithNewsMarker(s));
    for (std::u32string_view s : {U"会议由市政协主席主持。", U"据新华社报道，",
                                  U"(以下简称“开发区”)", U"3日电力供应恢复正常"})
        CHECK_FALSE(opensWithNewsMarker(s));
}

TEST_CASE("photo credits and byline lines", "[classifier]") {
    CHECK(isPhotoCredit(U"黎晓刚 摄"));
    CHECK(isPhotoCredit(U"本报记者 陈思远 摄"));
    CHECK(isPhotoCredit(U"新华社记者李明摄"));
    CHECK_FALSE(isPhotoCredit(U"这是用无人机完成的一次拍摄"));
    CHECK_FALSE(isPhotoCredit(U"会议期间，记者在现场进行了拍照和摄"));
    CHECK(isBylineLine(U"■记者 林晓雨"));
    CHECK(isBylineLine(U"记者 陈思远 见习记者 王小川"));
    CHECK(isBylineLine(U"本报记者陈思远"));
    CHECK(isBylineLine(U"文/王五"));
    CHECK_FALSE(isBylineLine(U"记者从市统计局获悉，全市经济平稳运行。"));
    CHECK_FALSE(isBylineLine(U"记者手记"));
    CHECK_FALSE(isBylineLine(U"文化强市建设"));
}

TEST_CASE("list markers", "[classifier]") {
    for (std::u32string_view s :
         {U"一、总体要求", U"（二）重点任务", U"(3)保障措施", U"4.附则", U"十二、其他"})
        CHECK(opensWithListMarker(s));
    for (std::u32string_view s : {U"1286.1亿元", U"2024年，", U"一是加强领导", U"（以下简称）"})
        CHECK_FALSE(opensWithListMarker(s));
}

TEST_CASE("page furniture", "[classifier]") {
    for (std::u32string_view s :
         {U"东川日报 2025年02月04日", U"2025年2月4日", U"《东川晚报》(2025年2月4日) 01版",
          U"2025-02-04 08:50:57   来源:东川日报   作者:陈思远", U"来源：新华社", U"责任编辑：李四",
          U"东川日报 2025年2月4日 星期二 第2版"})
        CHECK(isPageFurniture(s));
    for (std::u32string_view s :
         {U"——2025年1月10日在东川市第五届人民代表大会第四次会议上", U"市政协十五届四次会议开幕",
          U"2025年2月3日上午，会议在市会议中心开幕。", U"来源地的产品走向全国"})
        CHECK_FALSE(isPageFurniture(s));
}

TEST_CASE("captions end with their credit", "[classifier]") {
    CHECK(endsParagraph(U"图为会议现场。东川网-东川日报记者 陈思远摄"));
    CHECK(endsParagraph(U"黎小刚 摄"));
    CHECK(isPhotoCredit(U"摄影 金小敏"));
    CHECK(isPhotoCredit(U"图/王五"));
    CHECK_FALSE(isPhotoCredit(U"图书馆开馆"));
    CHECK_FALSE(endsParagraph(U"代表们围绕如何做好新时代的宣传工作展开讨论，并一起进行了拍摄"));
}
