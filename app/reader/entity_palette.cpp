#include "app/reader/entity_palette.h"

namespace dais::reader {

QColor EntityPalette::underline(EntityKind kind, bool dark) {
    switch (kind) {
    case EntityKind::Person:
        return dark ? QColor(0x6c, 0xb6, 0xff) : QColor(0x1f, 0x5f, 0xbf);
    case EntityKind::Role:
        return dark ? QColor(0x6f, 0xd0, 0x8c) : QColor(0x1e, 0x8a, 0x3c);
    case EntityKind::Date:
        return dark ? QColor(0xff, 0xb0, 0x5c) : QColor(0xc8, 0x64, 0x00);
    case EntityKind::Attendance:
        return dark ? QColor(0xd2, 0x9b, 0xff) : QColor(0x8a, 0x3f, 0xb8);
    }
    return {};
}

QColor EntityPalette::personMark(bool dark) {
    return dark ? QColor(0x1f, 0x4e, 0x7a) : QColor(0xcf, 0xe4, 0xff);
}

QColor EntityPalette::findMatch(bool dark) {
    return dark ? QColor(0x6a, 0x5a, 0x10) : QColor(0xff, 0xef, 0x9a);
}

QColor EntityPalette::findCurrent(bool dark) {
    return dark ? QColor(0xa0, 0x70, 0x00) : QColor(0xff, 0xb7, 0x4d);
}

} // namespace dais::reader
