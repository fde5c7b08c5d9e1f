#include "app/reader/qt_text.h"

namespace dais::reader {

QString toQString(std::u32string_view text) {
    return QString::fromUcs4(text.data(), static_cast<qsizetype>(text.size()));
}

QString fromUtf8(const std::string& text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

int utf16Length(std::u32string_view text) {
    int units = 0;
    for (char32_t c : text)
        units += c > 0xFFFF ? 2 : 1;
    return units;
}

} // namespace dais::reader
