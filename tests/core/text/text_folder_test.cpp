#include "core/text/text_folder.h"

#include <catch2/catch.hpp>

using namespace dais::text;

namespace {
std::unique_ptr<TextFolder> makeFolder() {
    auto folder = TextFolder::create();
    REQUIRE(folder.ok());
    return std::move(folder).value();
}
} // namespace

TEST_CASE("folding conformance table", "[folder]") {
    auto folder = makeFolder();
    struct Row {
        char32_t in, out;
    };
    const Row rows[] = {
        {U'２', U'2'},  {U'，', U','},  {U'（', U'('},  {U'）', U')'},  {U'：', U':'},
        {0x3000, U' '}, {0x2022, 0xB7}, {0x2027, 0xB7}, {0x30FB, 0xB7}, {0xB7, 0xB7},
        {U'會', U'会'}, {U'議', U'议'}, {U'劉', U'刘'}, {U'会', U'会'}, {U'、', U'、'},
        {U'。', U'。'}, {U'a', U'a'},
    };
    for (const auto& row : rows) {
        CAPTURE(static_cast<unsigned>(row.in));
        CHECK(folder->fold(row.in) == row.out);
    }
}

TEST_CASE("folding never rewrites the original and keeps offsets aligned", "[folder]") {
    auto folder = makeFolder();
    const std::u32string original = U"市人大常委會主任周勝會(huì),,副主任";
    const auto view = folder->makeView(original);
    REQUIRE(view.text == U"市人大常委会主任周胜会,,副主任");
    REQUIRE(view.origin.size() == view.text.size() + 1);
    // 周胜会 in the view maps back to 周勝會 in the original, the gloss left outside the span.
    const auto name = view.text.find(U"周胜会");
    const Span original_span = view.toOriginal({name, name + 3});
    REQUIRE(original.substr(original_span.start, original_span.size()) == U"周勝會");
    // A parenthesis that is not a pinyin gloss is kept.
    REQUIRE(folder->makeView(U"昨(15)日").text == U"昨(15)日");
}

TEST_CASE("a Traditional character whose simplified form is ambiguous still maps to one code point",
          "[folder]") {
    auto folder = makeFolder();
    const auto view = folder->makeView(U"匡湧");
    REQUIRE(view.text.size() == 2);
    REQUIRE(view.text[0] == U'匡');
}
