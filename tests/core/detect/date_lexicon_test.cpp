#include "core/detect/date_lexicon.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace dais;
using namespace dais::detect;

TEST_CASE("loading the lexicon", "[date_lexicon]") {
    auto lexicon = loadDateLexicon(DAIS_RESOURCE_DIR);
    REQUIRE(lexicon.ok());
    const auto& lex = lexicon.value();
    CHECK(std::find(lex.dayParts.begin(), lex.dayParts.end(), U"下午") != lex.dayParts.end());
    CHECK(std::find(lex.monthParts.begin(), lex.monthParts.end(), U"中旬") != lex.monthParts.end());
    CHECK(std::find(lex.yearParts.begin(), lex.yearParts.end(), U"度") != lex.yearParts.end());
    const auto yesterday = std::find_if(lex.relatives.begin(), lex.relatives.end(),
                                        [](const auto& r) { return r.word == U"昨天"; });
    REQUIRE(yesterday != lex.relatives.end());
    CHECK(yesterday->unit == 'd');
    CHECK(yesterday->offset == -1);

    const auto missing = loadDateLexicon("/nonexistent/dais/resources");
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == Error::Kind::Unreadable);
}

TEST_CASE("every relative word names a known unit", "[date_lexicon]") {
    auto lexicon = loadDateLexicon(DAIS_RESOURCE_DIR);
    REQUIRE(lexicon.ok());
    for (const auto& rel : lexicon.value().relatives) {
        CAPTURE(rel.unit, rel.offset);
        CHECK(std::string_view("ymwd").find(rel.unit) != std::string_view::npos);
        CHECK(rel.word.size() >= 2);
    }
}
