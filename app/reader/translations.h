#pragma once
// The interface language: English (the source) or Simplified Chinese, following the system
// unless the settings name one. Loads Dais's own and Qt's translations.

#include <QString>

class QCoreApplication;

namespace dais::reader {

class Translations {
  public:
    /// `language`: "" for the system language, else "en" or "zh_CN". Returns the language
    /// in use ("en" or "zh_CN"). Call once, before any window exists.
    static QString install(QCoreApplication& app, const QString& language);
};

} // namespace dais::reader
