#include "store_test_support.h"

#include "store/pinyin.h"

using namespace dais::store;

TEST_CASE("Han names become spaced, toneless, lower-case pinyin") {
    auto pinyin = Pinyin::create();
    REQUIRE(pinyin);
    CHECK(pinyin.value()->of("骆东泉") == "luo dong quan");
    CHECK(pinyin.value()->of("龚晓梅") == "gong xiao mei");
    CHECK(pinyin.value()->key("Luó Dōngquán") == "luodongquan");
    CHECK(pinyin.value()->key("骆东泉") == "luodongquan");
    CHECK(pinyin.value()->of("") == "");
}
