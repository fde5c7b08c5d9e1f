#pragma once
// Light and dark themes. "System" leaves the platform's style and palette alone, so the
// reader follows the desktop; Light and Dark use Fusion with a fixed palette.

#include "app/reader/settings.h"

class QApplication;

namespace dais::reader {

class Theme {
  public:
    /// Remembers the platform's style and palette at the first call, to return to them.
    static void apply(QApplication& app, ThemeChoice choice);
    /// The interface font: the platform's, with Noto Sans CJK SC named first so Han is drawn
    /// in its Simplified Chinese forms whatever the locale.
    static void applyFont(QApplication& app);
    /// True when the current palette is dark (text lighter than the background).
    static bool isDark();
};

} // namespace dais::reader
