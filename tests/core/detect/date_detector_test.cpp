#include "core/detect/date_detector.h"

#include "core/text/text_folder.h"
#include "core/text/utf.h"

#include <catch2/catch.hpp>

#include <ostream>

using namespace dais;
using namespace dais::detect;

namespace {

struct Expected {
    std::string text; // as written in the original (unfolded) sentence
    std::string value;
    friend bool operator==(const Expected&, const Expected&) = default;
    friend std::ostream& operator<<(std::ostream& os, const Expected& e) {
        return os << '{' << e.text << " -> \"" << e.value << "\"}";
    }
};

struct Row {
    const char* sentence;
    const char* reference; // nullptr: no reference date
    std::vector<Expected> dates;
};

DateDetector makeDetector() {
    auto lexicon = loadDateLexicon(DAIS_RESOURCE_DIR);
    REQUIRE(lexicon.ok());
    return DateDetector(std::move(lexicon).value());
}

std::unique_ptr<text::TextFolder> makeFolder() {
    auto folder = text::TextFolder::create();
    REQUIRE(folder.ok());
    return std::move(folder).value();
}

// The real path: fold the sentence, detect on the folded text, map spans back.
std::vector<Expected> detectIn(text::TextFolder& folder, const DateDetector& detector,
                               std::string_view sentence, const char* reference) {
    const std::u32string original = text::decodeUtf8(sentence);
    const auto view = folder.makeView(original);
    std::optional<CivilDate> ref;
    if (reference) {
        ref = parseIsoDate(reference);
        REQUIRE(ref);
    }
    std::vector<Expected> found;
    for (const auto& mention : detector.detect(view.text, ref)) {
        const auto span = view.toOriginal(mention.span);
        found.push_back(
            {text::toUtf8(std::u32string_view(original).substr(span.start, span.size())),
             mention.value});
    }
    return found;
}

void checkRows(const std::vector<Row>& rows) {
    const auto detector = makeDetector();
    auto folder = makeFolder();
    for (const auto& row : rows) {
        CAPTURE(row.sentence, row.reference ? row.reference : "(none)");
        CHECK(detectIn(*folder, detector, row.sentence, row.reference) == row.dates);
    }
}

} // namespace

TEST_CASE("explicit dates give their own value whatever the reference", "[dates]") {
    checkRows({
        {"2024年3月5日上午,大会在北京开幕。", "2025-01-22", {{"2024年3月5日上午", "2024-03-05"}}},
        {"二〇二四年十一月十二日召开常委会议。",
         nullptr,
         {{"二〇二四年十一月十二日", "2024-11-12"}}},
        {"二○二三年工作要点", nullptr, {{"二○二三年", "2023"}}},
        {"一九九八年十月一日成立", nullptr, {{"一九九八年十月一日", "1998-10-01"}}},
        {"发布日期 2022年01月07日 来源:本报", nullptr, {{"2022年01月07日", "2022-01-07"}}},
        {"截至2024年3月,全市共有", "2025-01-22", {{"2024年3月", "2024-03"}}},
        {"2019年以来,全县", "2025-01-22", {{"2019年", "2019"}}},
        {"审议2016年度财务决算", "2017-01-18", {{"2016年度", "2016"}}},
        {"2024年底前完成", nullptr, {{"2024年底", "2024"}}},
        {"2025年上半年", nullptr, {{"2025年上半年", "2025"}}},
        {"2024 年 3 月 5 日", nullptr, {{"2024 年 3 月 5 日", "2024-03-05"}}},
        {"2024年2月29日", nullptr, {{"2024年2月29日", "2024-02-29"}}},
    });
}

TEST_CASE("numeric dates, clock times left out", "[dates]") {
    checkRows({
        {"更新于 2023-05-12。", nullptr, {{"2023-05-12", "2023-05-12"}}},
        {"2018-03-06 08:50:57   来源:某某日报", nullptr, {{"2018-03-06", "2018-03-06"}}},
        {"网址 www.example.cn 2007年10月13日08:00 某报",
         nullptr,
         {{"2007年10月13日", "2007-10-13"}}},
        {"拍摄于02.02.2018", nullptr, {{"02.02.2018", "2018-02-02"}}},
        {"25.12.2019 记", nullptr, {{"25.12.2019", "2019-12-25"}}},
        {"2023/5/8 通知", nullptr, {{"2023/5/8", "2023-05-08"}}},
        {"2023.05.12 会议纪要", nullptr, {{"2023.05.12", "2023-05-12"}}},
        // Dates inside addresses are part of the address.
        {"见 http://news.example.cn/o/2007-10-13/080012.shtml", nullptr, {}},
    });
}

TEST_CASE("partial dates take the reference year and month", "[dates]") {
    checkRows({
        {"1月21日下午,会议闭幕。", "2025-01-22", {{"1月21日下午", "2025-01-21"}}},
        {"1月19日晚,举行联欢。", "2025-01-22", {{"1月19日晚", "2025-01-19"}}},
        {"8月中旬将召开", "2025-01-22", {{"8月中旬", "2025-08"}}},
        // A month after the reference month keeps the reference year.
        {"12月25日下午,预备会议召开。", "2025-01-22", {{"12月25日下午", "2025-12-25"}}},
        {"十二月二十四日上午", "2023-12-25", {{"十二月二十四日上午", "2023-12-24"}}},
        {"3月份以来", "2025-05-02", {{"3月份", "2025-03"}}},
        {"5月初", "2025-05-02", {{"5月初", "2025-05"}}},
        {"3月5号上午", "2025-05-02", {{"3月5号上午", "2025-03-05"}}},
        {"15日上午,常委会会议召开。", "2025-01-16", {{"15日上午", "2025-01-15"}}},
        {"27日,会议召开。", "2026-01-28", {{"27日", "2026-01-27"}}},
        // A bare day after the reference day is in the month before, or earlier when that
        // month is too short, across the turn of the year.
        {"28日,会议召开。", "2025-03-05", {{"28日", "2025-02-28"}}},
        {"30日,会议召开。", "2025-03-05", {{"30日", "2025-01-30"}}},
        {"31日晚,会议召开。", "2025-01-05", {{"31日晚", "2024-12-31"}}},
        // 2月29日 in a common reference year: the year stays unknown.
        {"2月29日", "2023-05-01", {{"2月29日", "--02-29"}}},
    });
}

TEST_CASE("relative words resolve against the reference date", "[dates]") {
    checkRows({
        {"今年是收官之年", "2025-01-22", {{"今年", "2025"}}},
        {"去年全市生产总值", "2025-01-22", {{"去年", "2024"}}},
        {"明年将继续", "2025-01-22", {{"明年", "2026"}}},
        {"前年以来", "2025-01-22", {{"前年", "2023"}}},
        {"今年3月,省里", "2025-01-22", {{"今年3月", "2025-03"}}},
        {"去年12月底", "2025-01-22", {{"去年12月底", "2024-12"}}},
        {"今年初,市里", "2025-01-22", {{"今年初", "2025"}}},
        {"比上年增长", "2025-01-22", {{"上年", "2024"}}},
        {"昨天下午,委员报到。", "2022-02-14", {{"昨天下午", "2022-02-13"}}},
        {"昨天", "2025-01-01", {{"昨天", "2024-12-31"}}},
        {"昨日", "2024-03-01", {{"昨日", "2024-02-29"}}},
        {"昨日", "2023-03-01", {{"昨日", "2023-02-28"}}},
        {"前天", "2025-01-01", {{"前天", "2024-12-30"}}},
        {"明天上午", "2024-12-31", {{"明天上午", "2025-01-01"}}},
        {"今天上午", "2025-06-30", {{"今天上午", "2025-06-30"}}},
        {"今日", "2025-06-30", {{"今日", "2025-06-30"}}},
        {"甘孜日报讯 昨(15)日上午,会议召开。", "2020-01-16", {{"昨(15)日上午", "2020-01-15"}}},
        {"昨(31)日", "2025-02-01", {{"昨(31)日", "2025-01-31"}}},
        {"上月", "2025-01-10", {{"上月", "2024-12"}}},
        {"本月", "2025-01-10", {{"本月", "2025-01"}}},
        {"下月", "2024-12-03", {{"下月", "2025-01"}}},
        {"上月15日", "2025-01-10", {{"上月15日", "2024-12-15"}}},
        {"上月中旬", "2025-01-10", {{"上月中旬", "2024-12"}}},
        {"上周", "2025-01-22", {{"上周", "2025-W03"}}},
        {"本周", "2024-12-30", {{"本周", "2025-W01"}}},
    });
}

TEST_CASE("当天 and 次日 count from the date mentioned last", "[dates]") {
    checkRows({
        {"3月5日,代表报到。当天下午,预备会议召开。",
         "2025-05-01",
         {{"3月5日", "2025-03-05"}, {"当天下午", "2025-03-05"}}},
        {"当天,会议召开。", "2025-05-01", {{"当天", "2025-05-01"}}},
        {"2024年12月31日抵达,次日返回。",
         nullptr,
         {{"2024年12月31日", "2024-12-31"}, {"次日", "2025-01-01"}}},
        {"1月6日报到,当天下午开会。", nullptr, {{"1月6日", "--01-06"}, {"当天下午", "--01-06"}}},
        {"当天", nullptr, {{"当天", ""}}},
    });
}

TEST_CASE("ranges are one expression with an interval value", "[dates]") {
    checkRows({
        {"2月9日至11日,县领导走访慰问。",
         "2015-02-12",
         {{"2月9日至11日", "2015-02-09/2015-02-11"}}},
        {"5月16日至17日", "2024-06-01", {{"5月16日至17日", "2024-05-16/2024-05-17"}}},
        {"3月5日—8日", "2024-06-01", {{"3月5日—8日", "2024-03-05/2024-03-08"}}},
        {"2024年1月至3月", nullptr, {{"2024年1月至3月", "2024-01/2024-03"}}},
        {"今年1月至3月", "2025-05-01", {{"今年1月至3月", "2025-01/2025-03"}}},
        {"1-3月,全市", "2024-05-01", {{"1-3月", "2024-01/2024-03"}}},
        {"3月9-11日", "2024-05-01", {{"3月9-11日", "2024-03-09/2024-03-11"}}},
        {"2021-2025年规划", nullptr, {{"2021-2025年", "2021/2025"}}},
        {"2024年12月30日至2025年1月2日",
         nullptr,
         {{"2024年12月30日至2025年1月2日", "2024-12-30/2025-01-02"}}},
        {"22日晚上至23日", "2025-05-25", {{"22日晚上至23日", "2025-05-22/2025-05-23"}}},
        {"2月9日至11日", nullptr, {{"2月9日至11日", "--02-09/--02-11"}}},
        // 至今 is not a second date.
        {"2018年至今", nullptr, {{"2018年", "2018"}}},
    });
}

TEST_CASE("without a reference, partial values and null relative words", "[dates]") {
    checkRows({
        {"1月19日上午,区人大常委会会议召开。", nullptr, {{"1月19日上午", "--01-19"}}},
        {"05日", nullptr, {{"05日", "---05"}}},
        {"8月", nullptr, {{"8月", "--08"}}},
        {"听取2021年度报告", nullptr, {{"2021年度", "2021"}}},
        {"昨天上午,展览开幕;昨天下午,会议开幕。", nullptr, {{"昨天上午", ""}, {"昨天下午", ""}}},
        {"今年", nullptr, {{"今年", ""}}},
        {"昨(15)日", nullptr, {{"昨(15)日", "---15"}}},
    });
}

TEST_CASE("durations, plans, festivals and counts are not dates", "[dates]") {
    checkRows({
        {"一年来,三年来,5年来,近3年", "2025-01-22", {}},
        {"历时5天的会议,会期6天,会期一天", "2025-01-22", {}},
        {"“十四五”规划收官,“十五五”良好开局", "2025-01-22", {}},
        {"春节前夕,新春佳节", "2025-01-22", {}},
        {"日前,近日,全年,年度目标,当前", "2025-01-22", {}},
        {"第3天,第3日,第二十四日", "2025-01-22", {}},
        {"成立110周年,70周年", "2025-01-22", {}},
        {"2个月,30年,3年,300年", "2025-01-22", {}},
        {"1286.1亿元,增长8.5%,20GWh", "2025-01-22", {}},
        {"省政协十三届三次会议,十四届八次全会", "2025-01-22", {}},
        {"2月30日,2023年2月29日,13月", "2025-01-22", {}},
        {"3号楼,15号文件", "2025-01-22", {}},
        {"12023年,1990年代", "2025-01-22", {}},
        // Relative words cut through by a longer word.
        {"目前天气晴好,说明年度计划,光明日报,此次日程", "2025-01-22", {}},
    });
}

TEST_CASE("full-width digits and Traditional script are read after folding", "[dates]") {
    checkRows({
        {"２０２４年３月５日上午", nullptr, {{"２０２４年３月５日上午", "2024-03-05"}}},
        {"昨（１５）日上午", "2020-01-16", {{"昨（１５）日上午", "2020-01-15"}}},
        {"２０１８－０３－０６　０８：５０", nullptr, {{"２０１８－０３－０６", "2018-03-06"}}},
        {"本報訊 12月25日下午,會議召開", "2022-12-26", {{"12月25日下午", "2022-12-25"}}},
        {"今年3月舉行", "2025-01-22", {{"今年3月", "2025-03"}}},
    });
}

TEST_CASE("mentions are in text order, without overlaps, in code points", "[dates]") {
    const auto detector = makeDetector();
    const std::u32string text = U"本报讯 1月6日下午,会议召开。2022年1月7日,又及。昨天";
    const auto mentions = detector.detect(text, CivilDate{2022, 1, 8});
    REQUIRE(mentions.size() == 3);
    CHECK(mentions[0].span == text::Span{4, 10});
    CHECK(text.substr(mentions[1].span.start, mentions[1].span.size()) == U"2022年1月7日");
    CHECK(mentions[2].value == "2022-01-07");
    for (std::size_t i = 1; i < mentions.size(); ++i)
        CHECK(mentions[i - 1].span.end <= mentions[i].span.start);
}

TEST_CASE("the publication date is the first full date near the top", "[dates]") {
    const auto detector = makeDetector();
    auto folder = makeFolder();
    const auto pub = [&](std::string_view page) {
        return detector.findPublicationDate(folder->makeView(text::decodeUtf8(page)).text);
    };
    CHECK(pub("某某日报 2022年01月07日\n本网讯 1月6日下午,会议召开。") == CivilDate{2022, 1, 7});
    CHECK(pub("代表委员剪影\n\n2018-03-06 08:50:57   来源:某某日报   作者:某某\n3月7日上午") ==
          CivilDate{2018, 3, 6});
    CHECK(pub("会见外国客人http://www.example.com.cn 2007年10月13日08:00 某某日报\n本报讯") ==
          CivilDate{2007, 10, 13});
    CHECK(pub("《某某报》(2017年1月18日) 01版") == CivilDate{2017, 1, 18});
    // Partial and relative dates are not a dateline.
    CHECK_FALSE(pub("某某日报讯 昨(15)日上午,主席会议召开。1月15日"));
    // A date deep in the body is not the page's own date.
    CHECK_FALSE(pub(std::string(600, 'x') + " 2022年1月7日"));
    CHECK_FALSE(pub(""));
}

TEST_CASE("a detector built from an empty lexicon still reads written dates", "[dates]") {
    const DateDetector detector{DateLexicon{}};
    const auto mentions = detector.detect(U"昨天,2024年3月5日下午", std::nullopt);
    REQUIRE(mentions.size() == 1);
    CHECK(mentions[0].value == "2024-03-05");
    CHECK(mentions[0].span == text::Span{3, 12});
}
