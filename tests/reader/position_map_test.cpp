#include <catch2/catch.hpp>

#include "app/reader/position_map.h"
#include "app/reader/qt_text.h"

#include <QTextCursor>
#include <QTextDocument>

using dais::reader::PositionMap;

TEST_CASE("code point offsets map to UTF-16 positions, one segment of BMP text") {
    const std::u32string text = U"会议由公保扎西主持";
    PositionMap map;
    map.addSegment(0, text, 0);
    CHECK(map.toDocument(3) == 3);
    CHECK(map.toDocument(std::size_t{9}) == 9);
    CHECK(map.toDocument(dais::text::Span{3, 7}) == std::pair{3, 7});
    CHECK(map.toCodePoint(5) == 5u);
    CHECK_FALSE(map.toDocument(std::size_t{10}).has_value());
}

TEST_CASE("characters outside the BMP take two UTF-16 units in the document") {
    // 𠮷 (U+20BB7) and 𡈼 (U+2123C) are written in names; each is a surrogate pair in Qt.
    const std::u32string text = U"主持人吉𠮷祥、𡈼明出席";
    QTextDocument doc;
    QTextCursor cursor(&doc);
    PositionMap map;
    map.addSegment(100, text, cursor.position()); // the segment starts at code point 100
    cursor.insertText(dais::reader::toQString(text));

    // 吉𠮷祥 is code points [103, 106); 𡈼明 is [107, 109).
    const auto first = map.toDocument(dais::text::Span{103, 106});
    const auto second = map.toDocument(dais::text::Span{107, 109});
    REQUIRE(first);
    REQUIRE(second);
    CHECK(*first == std::pair{3, 7});
    CHECK(*second == std::pair{8, 11});
    QTextCursor name(&doc);
    name.setPosition(second->first);
    name.setPosition(second->second, QTextCursor::KeepAnchor);
    CHECK(name.selectedText() == QString::fromUtf8("𡈼明"));
    name.setPosition(first->first);
    name.setPosition(first->second, QTextCursor::KeepAnchor);
    CHECK(name.selectedText() == QString::fromUtf8("吉𠮷祥"));

    // Back from the document: both halves of the pair are the same code point.
    CHECK(map.toCodePoint(4) == 104u);
    CHECK(map.toCodePoint(5) == 104u);
    CHECK(map.toCodePoint(6) == 105u);
    CHECK(map.toCodePoint(8) == 107u);
    CHECK(map.toCodePoint(10) == 108u);
    CHECK(dais::reader::utf16Length(text) == 13);
}

TEST_CASE("a span across two segments (a paragraph broken by PDF extraction) maps whole") {
    // Pieces [0,3) and [5,8) of the text; the document holds them side by side.
    const std::u32string text = U"王𠮷\n\n明出席会议";
    PositionMap map;
    map.addSegment(0, std::u32string_view(text).substr(0, 3), 10);
    map.addSegment(5, std::u32string_view(text).substr(5, 3), 14);
    CHECK(map.toDocument(dais::text::Span{0, 6}) == std::pair{10, 15});
    CHECK_FALSE(map.toDocument(dais::text::Span{3, 4}).has_value());
}
