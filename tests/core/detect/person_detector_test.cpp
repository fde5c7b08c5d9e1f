// People and roles on short invented reports written in the style of real ones.
#include "detection_fixture.h"

using dais::test::detectIn;
using dais::test::Strings;

TEST_CASE("a role before a list applies to every member, including minority names", "[people]") {
    const auto d = detectIn(
        "本报讯(记者 "
        "陈立言)3月12日上午,市政协十五届二次会议在市会议中心开幕。市政协主席刘宏远主持会议并讲话。"
        "副主席韩志平、周玉兰、巴桑次仁、阿不都热依木·沙吾提,秘书长许文博在主席台前排就座。");
    CHECK(d.names == Strings{"陈立言", "刘宏远", "韩志平", "周玉兰", "巴桑次仁",
                             "阿不都热依木·沙吾提", "许文博"});
    CHECK(d.roles.at("陈立言") == Strings{"记者"});
    CHECK(d.roles.at("刘宏远") == Strings{"市政协主席"});
    for (const char* vice : {"韩志平", "周玉兰", "巴桑次仁", "阿不都热依木·沙吾提"})
        CHECK(d.roles.at(vice) == Strings{"副主席"});
    CHECK(d.roles.at("许文博") == Strings{"秘书长"}); // the list's role stops at the new one
}

TEST_CASE("roles joined by 、 before one name are split", "[people]") {
    const auto d = detectIn("1月8日晚,省委副书记、代省长周海峰看望了参加会议的委员。");
    REQUIRE(d.names == Strings{"周海峰"});
    CHECK(d.roles.at("周海峰") == Strings{"省委副书记", "代省长"});
}

TEST_CASE("titles written after a name, honorifics that are not roles", "[people]") {
    const auto d = detectIn(
        "会议期间,"
        "赵明远书记、钱立新代市长等领导同志出席会议。要紧密团结在以孙正言同志为核心的周围。");
    CHECK(d.names == Strings{"赵明远", "钱立新", "孙正言"});
    CHECK(d.roles.at("赵明远") == Strings{"书记"});
    CHECK(d.roles.at("钱立新") == Strings{"代市长"});
    CHECK(d.roles.at("孙正言").empty()); // 同志 is not a role
}

TEST_CASE("a name found in a strong context is recognised where it runs into other names",
          "[people]") {
    const auto d = detectIn("赵明远钱立新出席孙立平主持并讲话\n"
                            "会议由市政协主席孙立平主持。赵明远、钱立新在主席台就座。");
    REQUIRE(d.names == Strings{"赵明远", "钱立新", "孙立平"}); // first mentions are in the headline
    CHECK(d.acts.front() == std::pair<std::string, Strings>{"出席", {"赵明远", "钱立新"}});
}

TEST_CASE("bylines, photo credits and editors", "[people]") {
    const auto d = detectIn("新报讯(记者 刘 洋 张建华)本报消息。\n图为会场。记者 王晓燕 摄\n黎明远 "
                            "摄\n责任编辑:吴文斌");
    CHECK(d.names == Strings{"刘 洋", "张建华", "王晓燕", "黎明远", "吴文斌"});
    CHECK(d.roles.at("刘 洋") == Strings{"记者"});
    CHECK(d.roles.at("王晓燕") == Strings{"记者", "摄影"});
    CHECK(d.roles.at("黎明远") == Strings{"摄影"});
    CHECK(d.roles.at("吴文斌") == Strings{"责任编辑"});
}

TEST_CASE("roles after a list and roles given by 为", "[people]") {
    const auto d =
        detectIn("孙建国、马晓东、才旦卓玛等市领导出席。会议补选郭长青为省人民代表大会代表。"
                 "会议推选林海、宋佳明等2位同志为大会执行主席。");
    for (const char* leader : {"孙建国", "马晓东", "才旦卓玛"})
        CHECK(d.roles.at(leader) == Strings{"市领导"});
    CHECK(d.roles.at("郭长青") == Strings{"省人民代表大会代表"});
    CHECK(d.roles.at("林海") == Strings{"大会执行主席"});
    CHECK(d.roles.at("宋佳明") == Strings{"大会执行主席"});
}

TEST_CASE("a name no lexicon lists is read from its context", "[people]") {
    const auto d = detectIn("州人大常委会主任热地加措主持会议。");
    REQUIRE(d.names == Strings{"热地加措"});
    CHECK(d.roles.at("热地加措") == Strings{"州人大常委会主任"});
}

TEST_CASE("Traditional script, inline pinyin and full-width punctuation", "[people]") {
    const auto d = detectIn("省政協副主席陳劍明、拜玉芳（女），秘書長周勝會(huì)出席會議。");
    CHECK(d.names == Strings{"陳劍明", "拜玉芳", "周勝會"});
    CHECK(d.roles.at("陳劍明") == Strings{"省政協副主席"});
    CHECK(d.roles.at("周勝會") == Strings{"秘書長"});
}

TEST_CASE("organisations, places, companies and role-only phrases are not people", "[people]") {
    const auto d =
        detectIn("开发区管委会相关负责人介绍,博明瑞鸿6吉瓦时储能项目正在施工。"
                 "华北、东北、黄淮等地为晴到多云天气。深化经贸、科技、旅游、文化、教育等领域合作。"
                 "屠副市长向客人介绍了近年来的发展情况。");
    CHECK(d.names.empty());
}

TEST_CASE("names standing on their own before a speech verb", "[people]") {
    const auto d =
        detectIn("高立新强调,要抓好落实。叶利钦说,会谈是有益的。胡老说,画累了就去浇花。");
    CHECK(d.names == Strings{"高立新", "叶利钦", "胡"});
}

TEST_CASE("a name ends where an attendance phrase starts, not inside a longer word", "[people]") {
    // 提出 is a word names are followed by, but here 提 ends the name and 出席 follows.
    const auto d = detectIn("副市长刘晓红、阿不力克木·艾买提出席会议。");
    CHECK(d.names == Strings{"刘晓红", "阿不力克木·艾买提"});
    CHECK(d.acts ==
          std::vector<std::pair<std::string, Strings>>{{"出席", {"刘晓红", "阿不力克木·艾买提"}}});
}

TEST_CASE("kinds of people before names, and the front of a role that is not a name", "[people]") {
    const auto d =
        detectIn("看望了老党员周福田和困难群众刘桂兰。对困难职工和困难群众进行走访慰问。");
    CHECK(d.names == Strings{"周福田", "刘桂兰"});
    CHECK(d.roles.at("周福田") == Strings{"老党员"});
    CHECK(d.roles.at("刘桂兰") == Strings{"困难群众"});
}

TEST_CASE("appointments and removals name people; compound surnames", "[people]") {
    const auto d =
        detectIn("县委副书记、县长诸葛文军主持会议。会议决定,任命包志远为县应急管理局局长,"
                 "免去黄静的县应急管理局局长职务。");
    CHECK(d.names == Strings{"诸葛文军", "包志远", "黄静"});
    CHECK(d.roles.at("包志远") == Strings{"县应急管理局局长"});
    CHECK(d.roles.at("黄静").empty()); // a removal gives no role
}

TEST_CASE("Uyghur and Kazakh names with any middle-dot variant, in Traditional script", "[people]") {
    const auto d = detectIn("自治區政協主席努爾蘭•阿不都滿金主持會議並講話。自治區政協副主席艾爾肯・吐尼亞孜、"
                            "李學軍（女）、哈德爾別克·哈木扎，秘書長王志剛出席會議。");
    CHECK(d.names == Strings{"努爾蘭•阿不都滿金", "艾爾肯・吐尼亞孜", "李學軍", "哈德爾別克·哈木扎", "王志剛"});
    CHECK(d.acts.size() == 3);
    CHECK(d.acts.back().second.size() == 4);
}

TEST_CASE("two-character names padded with spaces to the width of three", "[people]") {
    const auto d = detectIn("市委书记王  伟主持召开会议。市委副书记、市长刘  洋,市委常委张建华、李  军、赵德明出席会议。");
    CHECK(d.names == Strings{"王  伟", "刘  洋", "张建华", "李  军", "赵德明"});
    CHECK(d.acts.back() == std::pair<std::string, Strings>{"出席", {"刘  洋", "张建华", "李  军", "赵德明"}});
}
