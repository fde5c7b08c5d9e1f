#include "core/text/utf.h"

#include <catch2/catch.hpp>

using dais::text::decodeUtf8;
using dais::text::isValidUtf8;
using dais::text::toUtf8;

TEST_CASE("UTF-8 round trip keeps BMP and supplementary code points", "[utf]") {
    const std::string bytes = "匡湧 𠀀 a·b";
    const auto decoded = decodeUtf8(bytes);
    REQUIRE(decoded == U"匡湧 𠀀 a·b");
    REQUIRE(decoded.size() == 8); // the CJK Ext-B character is one code point, not a pair
    REQUIRE(toUtf8(decoded) == bytes);
    REQUIRE(isValidUtf8(bytes));
}

TEST_CASE("broken UTF-8 sequences become U+FFFD with their byte offsets", "[utf]") {
    std::vector<std::size_t> bad;
    const std::string bytes = std::string("会议") + "\xE4\xBC" + "闭幕" + "\xFF";
    const auto decoded = decodeUtf8(bytes, &bad);
    REQUIRE(decoded == U"会议\uFFFD闭幕\uFFFD");
    REQUIRE(bad == std::vector<std::size_t>{6, 14});
    REQUIRE_FALSE(isValidUtf8(bytes));
}

TEST_CASE("overlong encodings and surrogates are rejected", "[utf]") {
    REQUIRE_FALSE(isValidUtf8("\xC0\xAF"));
    REQUIRE_FALSE(isValidUtf8("\xED\xA0\x80")); // U+D800 encoded
    REQUIRE(decodeUtf8("\xED\xA0\x80") == U"\uFFFD\uFFFD\uFFFD");
    REQUIRE(toUtf8(std::u32string(1, char32_t(0xD800))) == "\xEF\xBF\xBD");
}
