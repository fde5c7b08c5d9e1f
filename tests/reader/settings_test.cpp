#include <catch2/catch.hpp>

#include "app/reader/settings.h"

#include <QTemporaryDir>

using dais::reader::Settings;
using dais::reader::ThemeChoice;

TEST_CASE("settings have defaults, keep font sizes in range and survive a reopen") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dais.ini"));
    {
        Settings s(path);
        CHECK(s.fontSize() == 15);
        CHECK(s.language().isEmpty());
        CHECK(s.theme() == ThemeChoice::System);
        CHECK(s.lastArticle() == 0);
        s.setFontSize(100);
        CHECK(s.fontSize() == Settings::kMaxFontSize);
        s.setFontSize(18);
        s.setTheme(ThemeChoice::Dark);
        s.setLanguage(QStringLiteral("zh_CN"));
        s.setLastArticle(42);
        s.setWindowGeometry(QByteArray("geometry"));
    }
    Settings again(path);
    CHECK(again.fontSize() == 18);
    CHECK(again.theme() == ThemeChoice::Dark);
    CHECK(again.language() == QStringLiteral("zh_CN"));
    CHECK(again.lastArticle() == 42);
    CHECK(again.windowGeometry() == QByteArray("geometry"));
}
