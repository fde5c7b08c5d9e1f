#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QTranslator>

TEST_CASE("the Simplified Chinese translation is built in and translates the interface") {
    QTranslator zh;
    REQUIRE(zh.load(QStringLiteral(":/i18n/dais_zh_CN.qm")));
    QCoreApplication::installTranslator(&zh);
    CHECK(QCoreApplication::translate("dais::reader::LibraryPanel", "Library") ==
          QString::fromUtf8("文库"));
    CHECK(QCoreApplication::translate("dais::reader::MainWindow", "People") ==
          QString::fromUtf8("人物"));
    CHECK(QCoreApplication::translate("dais::reader::MainWindow", "%n article(s) in the library",
                                      nullptr, 3) == QString::fromUtf8("文库中共有 3 篇文章"));
    CHECK(QCoreApplication::translate("dais::reader::NotesPanel", "Not found in the current text (after a re-import):") ==
          QString::fromUtf8("在当前文本中找不到（重新导入之后）："));
    QCoreApplication::removeTranslator(&zh);
}
