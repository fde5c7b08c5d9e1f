// The reader tests' main: the offscreen platform is chosen before QApplication exists, so the
// binary runs (and lists its tests) without a display.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "app/reader/theme.h"

#include <QApplication>

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DaisTest"));
    QApplication::setApplicationName(QStringLiteral("reader_test"));
    dais::reader::Theme::applyFont(app);
    return Catch::Session().run(argc, argv);
}
