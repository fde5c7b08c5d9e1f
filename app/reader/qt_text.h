#pragma once
// Core text (code points, UTF-8 std::string) to Qt text (UTF-16 QString) and back.

#include <QString>

#include <string>
#include <string_view>

namespace dais::reader {

QString toQString(std::u32string_view text);
QString fromUtf8(const std::string& text);

/// How many UTF-16 units `text` takes: one per code point, two for those outside the BMP.
int utf16Length(std::u32string_view text);

} // namespace dais::reader
