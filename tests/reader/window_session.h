#pragma once
// A MainWindow on a library in a temporary folder, for the GUI tests: reopening it keeps the
// settings and the database, as a restart of Dais would.

#include "app/reader/library_model.h"
#include "app/reader/main_window.h"
#include "app/reader/settings.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <memory>

namespace dais::reader::testing {

inline const QString kSample = QStringLiteral(DAIS_RESOURCE_DIR "/samples/qinghai_cppcc_page.txt");

inline QString u(const char* utf8) {
    return QString::fromUtf8(utf8);
}

struct Session {
    QTemporaryDir dir;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<MainWindow> window;

    Session() { reopen(); }
    std::filesystem::path database() const {
        return std::filesystem::path(dir.filePath(QStringLiteral("library.sqlite")).toStdString());
    }
    void reopen() {
        window.reset();
        settings.reset();
        settings = std::make_unique<Settings>(dir.filePath(QStringLiteral("dais.ini")));
        window = std::make_unique<MainWindow>(*settings, std::filesystem::path(DAIS_RESOURCE_DIR),
                                              database());
    }
    bool waitForArticles(int n) {
        return QTest::qWaitFor(
            [&] { return !window->isLoading() && window->libraryModel()->rowCount() >= n; }, 30000);
    }
};

inline void screenshot(QWidget& w, const char* name) {
    QDir().mkpath(QStringLiteral(DAIS_SCREENSHOT_DIR));
    QTest::qWait(50);
    const bool saved = w.grab().save(QStringLiteral(DAIS_SCREENSHOT_DIR "/%1.png").arg(QLatin1String(name)));
    if (!saved) qWarning("could not save the screenshot %s", name);
}

/// Shows the window and imports the sample page (three articles); the first is shown.
inline bool openSample(Session& s) {
    s.window->resize(1440, 900);
    s.window->show();
    if (!QTest::qWaitForWindowExposed(s.window.get())) return false;
    s.window->startUp({kSample});
    return s.waitForArticles(3) &&
           QTest::qWaitFor([&] { return s.window->currentArticle() != 0; }, 5000);
}

} // namespace dais::reader::testing
