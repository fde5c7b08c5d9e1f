#pragma once
// Invented sessions of an invented body for the library commands of dais-cli, and a helper
// that runs a command on a given --db and parses its --json output.

#include "cli_runner.h"
#include "support/json_value.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace dais::test {

// Two consecutive sessions: 岳川 (a two-character name) leaves, 温如玉 arrives, 庞春燕 moves up
// and 卢启明 down on the dais.
inline constexpr std::string_view kBaiheSession4 =
    "白河市政协八届四次会议开幕\n"
    "本报讯（记者 苏婉）2025年2月10日上午，政协白河市第八届委员会第四次会议在白河会堂隆重开幕。\n"
    "应出席委员260人，实到241人，符合规定人数。\n"
    "祁永康、卢启明、庞春燕、岳川、聂文涛在主席台就座。\n"
    "市政协主席祁永康代表市政协常务委员会向大会作工作报告。报告指出，过去一年，市政协坚持围绕中心、服务大局。\n"
    "会议强调，要把握新时代人民政协的性质定位。市政协主席祁永康主持会议。\n";

inline constexpr std::string_view kBaiheSession5 =
    "白河市政协八届五次会议开幕\n"
    "本报讯（记者 苏婉）2026年2月9日上午，政协白河市第八届委员会第五次会议在白河会堂隆重开幕。\n"
    "应出席委员262人，实到250人，符合规定人数。\n"
    "祁永康、庞春燕、卢启明、聂文涛、温如玉在主席台就座。\n"
    "市政协主席祁永康代表市政协常务委员会向大会作工作报告。\n";

/// Runs `dais-cli --db DB ARGS... --json`; checks exit 0 and returns the parsed output.
inline JsonValue cliJson(const std::filesystem::path& db, std::vector<std::string> args, int expectedExit = 0) {
    args.insert(args.begin(), {"--db", db.string()});
    args.push_back("--json");
    const auto r = runCli(args);
    REQUIRE(r.exitStatus == expectedExit);
    return parseJson(r.out);
}

} // namespace dais::test
