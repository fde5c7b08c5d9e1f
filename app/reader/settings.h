#pragma once
// The one settings gateway of the reader: typed keys with their defaults over QSettings.
// Nothing else in the reader touches QSettings; core reads no settings at all.

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>

namespace dais::reader {

template <typename T> struct SettingKey {
    const char* name;
    T defaultValue;
};

enum class ThemeChoice { System, Light, Dark };

class Settings {
  public:
    /// The user's settings (QSettings' native place for organisation "Dais", application
    /// "Dais").
    Settings();
    /// Settings kept in an INI file at `path` (tests, portable use).
    explicit Settings(const QString& iniPath);

    QByteArray windowGeometry() const { return get(kGeometry); }
    void setWindowGeometry(const QByteArray& v) { set(kGeometry, v); }
    QByteArray windowState() const { return get(kWindowState); }
    void setWindowState(const QByteArray& v) { set(kWindowState, v); }
    QByteArray splitterState() const { return get(kSplitter); }
    void setSplitterState(const QByteArray& v) { set(kSplitter, v); }
    /// The library id of the article open at the end of the last session (0: none).
    qint64 lastArticle() const { return get(kLastArticle); }
    void setLastArticle(qint64 v) { set(kLastArticle, qlonglong(v)); }

    /// Article text size in points, kept within [kMinFontSize, kMaxFontSize].
    int fontSize() const;
    void setFontSize(int points);
    static constexpr int kMinFontSize = 9, kMaxFontSize = 36;

    /// "" follows the system language; otherwise "en" or "zh_CN".
    QString language() const { return get(kLanguage); }
    void setLanguage(const QString& v) { set(kLanguage, v); }

    ThemeChoice theme() const;
    void setTheme(ThemeChoice choice);

    void sync() { m_store->sync(); }

  private:
    template <typename T> T get(const SettingKey<T>& key) const {
        return m_store->value(QLatin1String(key.name), QVariant::fromValue(key.defaultValue))
            .template value<T>();
    }
    template <typename T> void set(const SettingKey<T>& key, const T& value) {
        m_store->setValue(QLatin1String(key.name), QVariant::fromValue(value));
    }

    static inline const SettingKey<QByteArray> kGeometry{"window/geometry", {}};
    static inline const SettingKey<QByteArray> kWindowState{"window/state", {}};
    static inline const SettingKey<QByteArray> kSplitter{"window/splitter", {}};
    static inline const SettingKey<qlonglong> kLastArticle{"session/lastArticle", 0};
    static inline const SettingKey<int> kFontSize{"article/fontSize", 15};
    static inline const SettingKey<QString> kLanguage{"ui/language", {}};
    static inline const SettingKey<QString> kTheme{"ui/theme", QStringLiteral("system")};

    std::unique_ptr<QSettings> m_store;
};

} // namespace dais::reader
