// Attendance acts (mode + ordered people) and meeting counts on invented reports.
#include "detection_fixture.h"

using dais::test::detectIn;
using dais::test::Strings;
using Act = std::pair<std::string, Strings>;
using Acts = std::vector<Act>;

TEST_CASE("主持并讲话 gives two acts; lists keep their order across roles", "[attendance]") {
    const auto d = detectIn(
        "市政协主席刘宏远主持会议并讲话。副主席韩志平、周玉兰,秘书长许文博在主席台前排就座。"
        "孙建国、马晓东、才旦卓玛在主席台就座。");
    CHECK(d.acts == Acts{{"主持", {"刘宏远"}},
                         {"讲话", {"刘宏远"}},
                         {"主席台前排就座", {"韩志平", "周玉兰", "许文博"}},
                         {"主席台就座", {"孙建国", "马晓东", "才旦卓玛"}}});
}

TEST_CASE("passive 由……主持, fillers between people and the act, 列席", "[attendance]") {
    const auto d = detectIn("会议由市人大常委会主任顾立群主持,党组书记季长春,副市长徐启明列席会议。"
                            "张涛、李海燕等市领导到会祝贺并在主席台就座。");
    CHECK(d.acts == Acts{{"主持", {"顾立群"}},
                         {"列席", {"季长春", "徐启明"}},
                         {"出席", {"张涛", "李海燕"}},
                         {"主席台就座", {"张涛", "李海燕"}}});
}

TEST_CASE("visits and inspections take the person who opens the sentence", "[attendance]") {
    const auto d = detectIn(
        "2月27日,县委副书记、县长陈文海带队深入企业一线,开展调研。县领导何建明、孙立新分别参加。"
        "区人大常委会副主任张学文陪同调研。");
    CHECK(d.acts ==
          Acts{{"调研", {"陈文海"}}, {"参加", {"何建明", "孙立新"}}, {"陪同", {"张学文"}}});
}

TEST_CASE("cited speeches, nouns and people received are not acts", "[attendance]") {
    const auto d = detectIn("会议传达学习了习近平总书记在大会上的重要讲话精神。"
                            "政协各参加单位负责人到场。市长周立会见了来访的代表团团长马丁一行。");
    CHECK(d.acts == Acts{{"会见", {"周立"}}});
}

TEST_CASE("会见时在座 is attendance, 作……报告 is a speech", "[attendance]") {
    const auto d = detectIn("市人大常委会副主任周明远会见时在座。市长林建华作政府工作报告。");
    CHECK(d.acts == Acts{{"出席", {"周明远"}}, {"讲话", {"林建华"}}});
}

TEST_CASE("meeting counts as stated", "[attendance]") {
    const auto d =
        detectIn("会议应出席委员320人,实到298人,符合规定人数。本次会议应到代表228名,实到199名。");
    CHECK(d.counts ==
          std::vector<std::pair<bool, long>>{{true, 320}, {false, 298}, {true, 228}, {false, 199}});
}

TEST_CASE("a report given on behalf of a body, and speakers counted after a list", "[attendance]") {
    const auto d = detectIn("区政协主席吕红梅代表区政协常委会作工作报告。"
                            "潘立新、韦小燕(女,壮族)、格桑卓嘎3名委员作大会发言。");
    CHECK(d.acts == Acts{{"讲话", {"吕红梅"}}, {"发言", {"潘立新", "韦小燕", "格桑卓嘎"}}});
    CHECK(d.roles.at("格桑卓嘎") == Strings{"委员"});
}

TEST_CASE("people listed after the phrase: 出席会议的还有, 在主席台就座的有", "[attendance]") {
    const auto d = detectIn("出席会议的还有市人大常委会副主任冯德、米玉林、孔令华。在主席台就座的有:邢志军、房俊、宁海燕。");
    CHECK(d.acts == Acts{{"出席", {"冯德", "米玉林", "孔令华"}}, {"主席台就座", {"邢志军", "房俊", "宁海燕"}}});
    CHECK(d.roles.at("冯德") == Strings{"市人大常委会副主任"}); // 还有 is not part of the role
}

TEST_CASE("两人分别主持, 作重要讲话, roles after 和", "[attendance]") {
    const auto d = detectIn("省委书记田宏伟出席会议并作重要讲话。会议分别由省委常委、常务副省长傅强和省委常委、秘书长尚文杰主持。");
    CHECK(d.acts == Acts{{"出席", {"田宏伟"}}, {"讲话", {"田宏伟"}}, {"主持", {"傅强", "尚文杰"}}});
    CHECK(d.roles.at("尚文杰") == Strings{"省委常委", "秘书长"});
}
