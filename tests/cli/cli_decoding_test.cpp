// Input encodings and sources: a report decodes to the same text, and so gives the same
// people at the same code-point offsets, whatever its encoding or where it is read from.
#include "cli_runner.h"

#include "support/json_value.h"
#include "support/test_files.h"
#include "support/utf8_codec.h"

#include <chrono>

#include <unicode/ucnv.h>

using dais::test::contains;
using dais::test::JsonValue;
using dais::test::parseJson;
using dais::test::runCli;
using dais::test::TempDir;

namespace {

// An invented report, short enough that the decoder must guess its encoding from little text.
const std::string kReport =
    "市政协召开十二届五次常委会议\n\n"
    "本报讯(记者 程立言)3月12日上午,市政协十二届五次常委会议在市政协会议中心召开。"
    "市政协主席韩秉文主持会议并讲话。市政协副主席罗嘉禾、孟繁星、薛映川,秘书长方致远出席会议。\n";

std::string toGb18030(std::string_view utf8) {
    std::string out(utf8.size() * 2 + 16, '\0');
    UErrorCode st = U_ZERO_ERROR;
    const int32_t n = ucnv_convert("GB18030", "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                                   utf8.data(), static_cast<int32_t>(utf8.size()), &st);
    REQUIRE(U_SUCCESS(st));
    out.resize(static_cast<std::size_t>(n));
    return out;
}

std::string toUtf16LeWithBom(std::string_view utf8) {
    std::string out = "\xFF\xFE";
    for (char32_t cp : dais::test::utf8ToCodePoints(utf8)) {
        auto unit = [&](char16_t u) {
            out += char(u & 0xFF);
            out += char(u >> 8);
        };
        if (cp >= 0x10000) {
            unit(char16_t(0xD800 + ((cp - 0x10000) >> 10)));
            unit(char16_t(0xDC00 + ((cp - 0x10000) & 0x3FF)));
        } else {
            unit(char16_t(cp));
        }
    }
    return out;
}

// name → (roles, mention offsets) for every person of every article, as printed.
std::string peopleOf(const JsonValue& report) {
    std::string out;
    for (const auto& article : report["articles"].arr())
        for (const auto& p : article["people"].arr()) {
            out += p["name"].str() + " [";
            for (const auto& r : p["roles"].arr())
                out += r.str() + ";";
            out += "] @";
            for (const auto& m : p["mentions"].arr())
                out += " " + std::to_string(long(m["start"].num())) + "-" +
                       std::to_string(long(m["end"].num()));
            out += "\n";
        }
    return out;
}

JsonValue extractJson(const std::filesystem::path& file) {
    const auto r = runCli({"extract", "--json", "--date", "2025-03-13", file.string()});
    REQUIRE(r.exitStatus == 0);
    return parseJson(r.out);
}

} // namespace

TEST_CASE("GB18030 and UTF-16LE with BOM give the same people as UTF-8", "[cli][encoding]") {
    TempDir dir;
    const std::string utf8 = peopleOf(extractJson(dir.write("report.txt", kReport)));
    // The invented names, so that "the same" cannot be "equally empty".
    for (const char* name : {"程立言", "韩秉文", "罗嘉禾", "孟繁星", "薛映川", "方致远"}) {
        INFO(name);
        CHECK(contains(utf8, std::string(name) + " ["));
    }
    const auto gb = dir.write("report-gb18030.txt", toGb18030(kReport));
    REQUIRE(dais::test::readFileBytes(gb) != kReport); // the bytes really differ
    CHECK(peopleOf(extractJson(gb)) == utf8);
    CHECK(peopleOf(extractJson(dir.write("report-utf16.txt", toUtf16LeWithBom(kReport)))) == utf8);
}

TEST_CASE("'-' reads the report from standard input", "[cli][encoding]") {
    TempDir dir;
    const auto file = dir.write("report.txt", kReport);
    const auto fromFile = runCli({"extract", "--json", "--date", "2025-03-13", file.string()});
    const auto fromStdin = runCli({"extract", "--json", "--date", "2025-03-13", "-"}, file);
    REQUIRE(fromStdin.exitStatus == 0);
    CHECK(fromStdin.err.empty());
    const auto a = parseJson(fromFile.out), b = parseJson(fromStdin.out);
    CHECK(peopleOf(b) == peopleOf(a));
    CHECK(b["source"].str() == "-");
    CHECK(b["reference_date"].str() == "2025-03-13");
}

TEST_CASE("a few broken UTF-8 sequences are replaced with a warning naming their byte offsets",
          "[cli][encoding]") {
    TempDir dir;
    // Bytes cut into the body after the first paragraph: a stray continuation byte, then a
    // truncated three-byte sequence. Their byte offsets are known exactly.
    const std::size_t cut1 = kReport.find("市政协主席");
    const std::size_t cut2 = kReport.find("秘书长");
    std::string bytes = kReport.substr(0, cut1) + "\x80" + kReport.substr(cut1, cut2 - cut1) +
                        "\xE5\x80" + kReport.substr(cut2);
    const auto file = dir.write("broken.txt", bytes);
    const auto r = runCli({"extract", "--json", file.string()});
    CHECK(r.exitStatus == 0);
    CHECK(contains(r.err, "warning"));
    CHECK(contains(r.err, file.string()));
    CHECK(contains(r.err, std::to_string(cut1)));
    CHECK(contains(r.err, std::to_string(cut2 + 1))); // after the one inserted byte
    // The rest of the text is still read.
    CHECK(contains(peopleOf(parseJson(r.out)), "韩秉文 ["));
}

TEST_CASE("a report of one 5 MB line without a newline is read whole", "[cli][large]") {
    // The sample page with its line breaks removed, repeated: a page saved without newlines.
    const auto page = dais::test::readFileBytes(std::string(DAIS_RESOURCE_DIR) +
                                                "/samples/qinghai_cppcc_page.txt");
    std::string line;
    for (char c : page)
        if (c != '\n' && c != '\r') line += c;
    std::string bytes;
    while (bytes.size() + line.size() <= 5u * 1024u * 1024u)
        bytes += line;
    REQUIRE(bytes.size() > 4u * 1024u * 1024u);
    REQUIRE(bytes.find('\n') == std::string::npos);
    TempDir dir;
    const auto file = dir.write("one-line.txt", bytes);

    const auto start = std::chrono::steady_clock::now();
    const auto r = runCli({"extract", "--json", file.string()});
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CHECK(r.exitStatus == 0);
    CHECK(r.err.empty());
    const auto report = parseJson(r.out);
    REQUIRE_FALSE(report["articles"].arr().empty());
    CHECK(contains(peopleOf(report), "公保扎西 ["));
    // Generous bounds (it takes about 2 s and 100 MB on a 2-core VM): they catch a quadratic
    // pass or a copy per line, not ordinary variation. 300 MB is the bound for a 20 MB input.
    CHECK(seconds < 30.0);
    CHECK(r.maxResidentKb < 300 * 1024);
}
