#include "core/import/decoder.h"
#include "core/text/utf.h"

#include <catch2/catch.hpp>

#include <unicode/ucnv.h>

using dais::Error;
using dais::import::decodeBytes;

namespace {

// Test bytes in the legacy encodings are made from UTF-8 literals by ICU, so the source
// files stay UTF-8.
std::string encode(std::string_view utf8, const char* charset) {
    std::string out(utf8.size() * 4 + 16, '\0');
    UErrorCode st = U_ZERO_ERROR;
    const int32_t n = ucnv_convert(charset, "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                                   utf8.data(), static_cast<int32_t>(utf8.size()), &st);
    REQUIRE(U_SUCCESS(st));
    out.resize(static_cast<std::size_t>(n));
    return out;
}

// An invented report paragraph, long enough to look like a real file.
const std::string kReport =
    "本报讯(记者 陈思远)2月3日上午,市政协十五届四次会议在市会议中心开幕。会议听取并审议了"
    "常务委员会工作报告,号召全市各级政协组织和广大政协委员团结奋进、担当作为。";

} // namespace

TEST_CASE("plain UTF-8 decodes without warnings", "[decoder]") {
    const auto r = decodeBytes(kReport);
    REQUIRE(r.ok());
    CHECK(r.value().encoding == "UTF-8");
    CHECK(r.value().warnings.empty());
    CHECK(r.value().text.substr(0, 3) == U"本报讯");
}

TEST_CASE("ASCII text is UTF-8", "[decoder]") {
    const auto r = decodeBytes("Annual work report\n");
    REQUIRE(r.ok());
    CHECK(r.value().encoding == "UTF-8");
    CHECK(r.value().text == U"Annual work report\n");
}

TEST_CASE("a UTF-8 BOM is removed", "[decoder]") {
    const auto r = decodeBytes("\xEF\xBB\xBF"
                               "会议闭幕");
    REQUIRE(r.ok());
    CHECK(r.value().encoding == "UTF-8");
    CHECK(r.value().text == U"会议闭幕");
}

TEST_CASE("UTF-16LE and UTF-16BE with a BOM", "[decoder]") {
    const std::string text = "省政协会议 𠀀 闭幕\n";
    SECTION("little endian") {
        const auto r = decodeBytes("\xFF\xFE" + encode(text, "UTF-16LE"));
        REQUIRE(r.ok());
        CHECK(r.value().encoding == "UTF-16LE");
        CHECK(r.value().text == U"省政协会议 𠀀 闭幕\n");
        CHECK(r.value().warnings.empty());
    }
    SECTION("big endian") {
        const auto r = decodeBytes("\xFE\xFF" + encode(text, "UTF-16BE"));
        REQUIRE(r.ok());
        CHECK(r.value().encoding == "UTF-16BE");
        CHECK(r.value().text == U"省政协会议 𠀀 闭幕\n");
    }
}

TEST_CASE("a lone UTF-16 surrogate becomes U+FFFD and does not swallow its neighbour",
          "[decoder]") {
    // BOM, "会", a high surrogate without its low half, "议"
    const std::string bytes = std::string("\xFF\xFE") + "\x1A\x4F" + "\x40\xD8" + "\xAE\x8B";
    const auto r = decodeBytes(bytes);
    REQUIRE(r.ok());
    CHECK(r.value().text == U"会\uFFFD议");
    REQUIRE(r.value().warnings.size() == 1);
    CHECK(r.value().warnings[0].find("byte offset(s) 4") != std::string::npos);
}

TEST_CASE("a trailing odd byte in UTF-16 is reported", "[decoder]") {
    const auto r = decodeBytes(std::string("\xFE\xFF") + "\x4F\x1A" + "\x8B");
    REQUIRE(r.ok());
    CHECK(r.value().text == U"会\uFFFD");
    REQUIRE(r.value().warnings.size() == 1);
    CHECK(r.value().warnings[0].find("4") != std::string::npos);
}

TEST_CASE("GB18030 text is recognised", "[decoder]") {
    SECTION("a paragraph") {
        const auto r = decodeBytes(encode(kReport, "GB18030"));
        REQUIRE(r.ok());
        CHECK(r.value().encoding == "GB18030");
        CHECK(r.value().text.substr(0, 3) == U"本报讯");
        CHECK(r.value().warnings.empty());
    }
    SECTION("a short title") {
        const auto r = decodeBytes(encode("政府工作报告", "GB18030"));
        REQUIRE(r.ok());
        CHECK(r.value().encoding == "GB18030");
        CHECK(r.value().text == U"政府工作报告");
    }
    SECTION("characters outside GBK") {
        const auto r = decodeBytes(encode("会议𠀀闭幕", "GB18030"));
        REQUIRE(r.ok());
        CHECK(r.value().text == U"会议𠀀闭幕");
    }
}

TEST_CASE("Big5 text is recognised", "[decoder]") {
    SECTION("a paragraph") {
        const std::string traditional =
            "本報訊(記者 陳思遠)2月3日上午,市政協十五屆四次會議在市會議中心開幕。會議聽取並審議了"
            "常務委員會工作報告。";
        const auto r = decodeBytes(encode(traditional, "Big5"));
        REQUIRE(r.ok());
        CHECK(r.value().encoding == "Big5");
        CHECK(r.value().text.substr(0, 3) == U"本報訊");
    }
    SECTION("a short title") {
        const auto r = decodeBytes(encode("政府工作報告", "Big5"));
        REQUIRE(r.ok());
        CHECK(r.value().encoding == "Big5");
        CHECK(r.value().text == U"政府工作報告");
    }
}

TEST_CASE("mostly valid UTF-8 keeps UTF-8 and names the broken offsets", "[decoder]") {
    std::string bytes;
    for (int i = 0; i < 10; ++i)
        bytes += kReport;
    // ASCII positions, so that each damaged byte is exactly one ill-formed sequence
    const std::size_t first = bytes.find('(');
    const std::size_t second = bytes.find('(', 1000);
    bytes[first] = '\xFF';
    bytes[second] = '\xFE';
    const auto r = decodeBytes(bytes);
    REQUIRE(r.ok());
    CHECK(r.value().encoding == "UTF-8");
    CHECK(r.value().text.find(U'\uFFFD') != std::u32string::npos);
    REQUIRE(r.value().warnings.size() == 1);
    CHECK(r.value().warnings[0].find(std::to_string(first) + ", " + std::to_string(second)) !=
          std::string::npos);
}

TEST_CASE("a long list of broken offsets is capped", "[decoder]") {
    std::string bytes;
    for (int i = 0; i < 200; ++i)
        bytes += kReport;
    std::size_t at = 0;
    for (int k = 0; k < 15; ++k) {
        at = bytes.find('(', at + 1);
        bytes[at] = '\xFF';
    }
    const auto r = decodeBytes(bytes);
    REQUIRE(r.ok());
    CHECK(r.value().encoding == "UTF-8");
    REQUIRE(r.value().warnings.size() == 1);
    CHECK(r.value().warnings[0].find("and 5 more") != std::string::npos);
}

TEST_CASE("binary data is refused", "[decoder]") {
    SECTION("NUL bytes") {
        const auto r = decodeBytes(std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == Error::Kind::Undecodable);
        CHECK(r.error().message.find("binary") != std::string::npos);
    }
    SECTION("control characters") {
        std::string bytes = "text";
        for (int i = 0; i < 20; ++i)
            bytes += "\x01\x02\x03\x1B";
        const auto r = decodeBytes(bytes);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == Error::Kind::Undecodable);
    }
    SECTION("UTF-32") {
        const auto r = decodeBytes(std::string("\xFF\xFE\0\0a\0\0\0", 8));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.find("UTF-32") != std::string::npos);
    }
}

TEST_CASE("form feeds and tabs are text, not binary", "[decoder]") {
    const auto r = decodeBytes("第一页\f第二页\t完");
    REQUIRE(r.ok());
    CHECK(r.value().text == U"第一页\f第二页\t完");
}

TEST_CASE("empty input is refused", "[decoder]") {
    const auto r = decodeBytes("");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == Error::Kind::Undecodable);
    CHECK(r.error().message.find("empty") != std::string::npos);
}

TEST_CASE("short texts: GB18030 and Big5 are told apart", "[decoder]") {
    for (const char* simplified : {"会议", "优势", "座谈会", "开幕", "代表委员", "政协委员"}) {
        INFO(simplified);
        const auto r = decodeBytes(encode(simplified, "GB18030"));
        REQUIRE(r.ok());
        CHECK(r.value().encoding == "GB18030");
    }
    for (const char* traditional : {"會議", "優勢", "座談", "開幕", "代表委員", "楊逢春"}) {
        INFO(traditional);
        const auto r = decodeBytes(encode(traditional, "Big5"));
        REQUIRE(r.ok());
        CHECK(r.value().encoding == "Big5");
    }
}

TEST_CASE("a large GB18030 file decodes completely", "[decoder]") {
    std::string utf8;
    while (utf8.size() < 2'000'000)
        utf8 += kReport;
    const auto r = decodeBytes(encode(utf8, "GB18030"));
    REQUIRE(r.ok());
    CHECK(r.value().encoding == "GB18030");
    CHECK(r.value().text == dais::text::decodeUtf8(utf8));
}

TEST_CASE("a short UTF-8 title with one broken byte stays UTF-8", "[decoder]") {
    const auto r = decodeBytes("会议\xFF闭幕");
    REQUIRE(r.ok());
    CHECK(r.value().encoding == "UTF-8");
    CHECK(r.value().text == U"会议\uFFFD闭幕");
    REQUIRE(r.value().warnings.size() == 1);
    CHECK(r.value().warnings[0].find("offset(s) 6") != std::string::npos);
}
