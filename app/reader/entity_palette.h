#pragma once
// The kinds of detected entity the article view can underline, and their colours: one per
// kind, chosen for the light or the dark palette.

#include <QColor>
#include <QString>

#include <array>

namespace dais::reader {

enum class EntityKind { Person, Role, Date, Attendance };
inline constexpr std::array kAllEntityKinds{EntityKind::Person, EntityKind::Role, EntityKind::Date,
                                            EntityKind::Attendance};

class EntityPalette {
  public:
    static QColor underline(EntityKind kind, bool dark);
    /// Background of the mentions of the person picked in the People tab.
    static QColor personMark(bool dark);
    static QColor findMatch(bool dark);
    static QColor findCurrent(bool dark);
};

} // namespace dais::reader
