#include <catch2/catch.hpp>

#include "app/reader/file_collector.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace {
void touch(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("x");
}
} // namespace

TEST_CASE("folders expand to the reports they hold, files and missing paths stay") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QDir(dir.path()).mkpath(QStringLiteral("sub"));
    touch(dir.filePath(QStringLiteral("b.txt")));
    touch(dir.filePath(QStringLiteral("a.html")));
    touch(dir.filePath(QStringLiteral("sub/c.htm")));
    touch(dir.filePath(QStringLiteral("image.png")));
    const QString missing = dir.filePath(QStringLiteral("gone.txt"));
    const QStringList files = dais::reader::collectInputFiles(
        {dir.path(), missing, dir.filePath(QStringLiteral("image.png"))});
    CHECK(files == QStringList{dir.filePath(QStringLiteral("a.html")),
                               dir.filePath(QStringLiteral("b.txt")),
                               dir.filePath(QStringLiteral("sub/c.htm")), missing,
                               dir.filePath(QStringLiteral("image.png"))});
}
