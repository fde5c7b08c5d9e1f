#include "app/reader/settings.h"

#include <algorithm>

namespace dais::reader {

Settings::Settings()
    : m_store(std::make_unique<QSettings>(QStringLiteral("Dais"), QStringLiteral("Dais"))) {}

Settings::Settings(const QString& iniPath)
    : m_store(std::make_unique<QSettings>(iniPath, QSettings::IniFormat)) {}

int Settings::fontSize() const {
    return std::clamp(get(kFontSize), kMinFontSize, kMaxFontSize);
}

void Settings::setFontSize(int points) {
    set(kFontSize, std::clamp(points, kMinFontSize, kMaxFontSize));
}

ThemeChoice Settings::theme() const {
    const QString v = get(kTheme);
    if (v == QLatin1String("light")) return ThemeChoice::Light;
    if (v == QLatin1String("dark")) return ThemeChoice::Dark;
    return ThemeChoice::System;
}

void Settings::setTheme(ThemeChoice choice) {
    switch (choice) {
    case ThemeChoice::Light:
        set(kTheme, QStringLiteral("light"));
        return;
    case ThemeChoice::Dark:
        set(kTheme, QStringLiteral("dark"));
        return;
    case ThemeChoice::System:
        set(kTheme, QStringLiteral("system"));
        return;
    }
}

} // namespace dais::reader
