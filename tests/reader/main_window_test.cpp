// Drives the real MainWindow: imports the bundled sample into a library in a temporary folder
// (off the GUI thread), and checks the library, the side panel, entity marks, find and
// restored settings.
// Screenshots of the main states go to screenshots/ in the build tree.
#include <catch2/catch.hpp>

#include "app/reader/article_view.h"
#include "app/reader/attendance_panel.h"
#include "app/reader/find_bar.h"
#include "app/reader/library_model.h"
#include "app/reader/library_panel.h"
#include "app/reader/main_window.h"
#include "app/reader/message_area.h"
#include "app/reader/people_panel.h"
#include "app/reader/settings.h"
#include "app/shared/resource_locator.h"
#include "window_session.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>

using namespace dais::reader;

using namespace dais::reader::testing;

namespace {

// Chinese is typed through an input method: the text arrives as one committed string.
void typeChinese(QWidget* target, const QString& text) {
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(target, &event);
}

QTreeWidgetItem* findPerson(QTreeWidget* tree, const QString& name) {
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(0) == name) return tree->topLevelItem(i);
    return nullptr;
}

void openSampleOrFail(Session& s) {
    REQUIRE(dais::reader::testing::openSample(s));
}

} // namespace

TEST_CASE("the sample page is imported as three articles in the library, the first one shown") {
    Session s;
    openSampleOrFail(s);
    CHECK(s.window->libraryModel()->rowCount() == 3);
    CHECK(s.window->libraryPanel()->visibleCount() == 3);
    CHECK(LibraryModel::titleOf(s.window->libraryModel()->summary(0)) ==
          u("省政协十三届三次会议胜利闭幕"));
    ArticleView* view = s.window->articleView();
    REQUIRE(view->hasArticle());
    // Headings come first, set apart from the body.
    CHECK(view->document()->firstBlock().text() == u("共同绘就中国式现代化青海篇章的锦绣画卷"));
    CHECK(view->document()->toPlainText().contains(u("会议由省政协主席公保扎西主持")));
    CHECK(view->underlineCount(EntityKind::Person) > 10);
    CHECK(view->underlineCount(EntityKind::Date) > 0);
    CHECK(view->underlineCount(EntityKind::Role) > 0);
    CHECK(view->underlineCount(EntityKind::Attendance) > 0);
    CHECK(s.window->messageArea()->messages().isEmpty());
    screenshot(*s.window, "library_article");

    // The filter narrows the library; clearing it brings every article back.
    s.window->libraryPanel()->setFilterText(u("罗东川"));
    CHECK(s.window->libraryPanel()->visibleCount() == 1);
    s.window->libraryPanel()->setFilterText({});
    CHECK(s.window->libraryPanel()->visibleCount() == 3);
}

TEST_CASE("every article lists its people; 公保扎西 is 省政协主席 and a click marks his mentions") {
    Session s;
    openSampleOrFail(s);
    QTreeWidget* people = s.window->peoplePanel()->tree();
    for (int row = 0; row < 2; ++row) {
        REQUIRE(s.window->libraryPanel()->selectVisibleRow(row));
        QTreeWidgetItem* item = findPerson(people, u("公保扎西"));
        REQUIRE(item != nullptr);
        CHECK(item->text(1).contains(u("省政协主席")));
    }
    REQUIRE(s.window->libraryPanel()->selectVisibleRow(2));
    CHECK(people->topLevelItemCount() > 0);

    REQUIRE(s.window->libraryPanel()->selectVisibleRow(0));
    s.window->sidePanel()->setCurrentWidget(s.window->peoplePanel());
    QTreeWidgetItem* item = findPerson(people, u("公保扎西"));
    REQUIRE(item != nullptr);
    CHECK(item->text(2).contains(u("主持")));
    const QRect rect = people->visualItemRect(item);
    QTest::mouseClick(people->viewport(), Qt::LeftButton, {}, rect.center());
    ArticleView* view = s.window->articleView();
    const auto marked = view->markedRanges();
    REQUIRE(marked.size() >= 4);
    for (const auto& [start, end] : marked) {
        QTextCursor c(view->document());
        c.setPosition(start);
        c.setPosition(end, QTextCursor::KeepAnchor);
        CHECK(c.selectedText() == u("公保扎西"));
    }

    // Hovering one of the mentions tells his roles in this article.
    QTextCursor at(view->document());
    at.setPosition(marked.front().first + 1);
    const QString tip = view->toolTipAt(view->cursorRect(at).center());
    CHECK(tip.contains(u("公保扎西")));
    CHECK(tip.contains(u("省政协主席")));
    screenshot(*s.window, "people_tab");
}

TEST_CASE("the attendance tab lists each act with its people in order, and the counts") {
    Session s;
    openSampleOrFail(s);
    s.window->sidePanel()->setCurrentWidget(s.window->attendancePanel());
    QTreeWidget* tree = s.window->attendancePanel()->tree();
    REQUIRE(tree->topLevelItemCount() >= 5);
    QTreeWidgetItem* dais = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(0).startsWith(u("主席台就座"))) {
            dais = tree->topLevelItem(i);
            break;
        }
    REQUIRE(dais != nullptr);
    REQUIRE(dais->childCount() == 12);
    CHECK(dais->child(0)->text(0) == u("吴晓军"));
    CHECK(dais->child(9)->text(0) == u("班果"));
    CHECK(dais->child(9)->text(1) == QStringLiteral("10"));
    QTreeWidgetItem* counts = tree->topLevelItem(tree->topLevelItemCount() - 1);
    REQUIRE(counts->childCount() == 2);
    CHECK(counts->child(0)->text(1) == QStringLiteral("388"));
    CHECK(counts->child(1)->text(1) == QStringLiteral("353"));
    screenshot(*s.window, "attendance_tab");
}

TEST_CASE("switching an entity kind off removes its underlines, and back on restores them") {
    Session s;
    openSampleOrFail(s);
    ArticleView* view = s.window->articleView();
    const int people = view->underlineCount(EntityKind::Person);
    const int selections = view->extraSelections().size();
    REQUIRE(people > 0);
    QAction* toggle = s.window->kindAction(EntityKind::Person);
    REQUIRE(toggle->isChecked());
    toggle->trigger();
    CHECK(view->underlineCount(EntityKind::Person) == 0);
    CHECK(view->extraSelections().size() == selections - people);
    CHECK(view->underlineCount(EntityKind::Date) > 0);
    toggle->trigger();
    CHECK(view->underlineCount(EntityKind::Person) == people);
    CHECK(view->extraSelections().size() == selections);
}

TEST_CASE("Ctrl+F finds a two-character name and counts its matches") {
    Session s;
    openSampleOrFail(s);
    s.window->activateWindow();
    QTest::keyClick(s.window.get(), Qt::Key_F, Qt::ControlModifier);
    FindBar* bar = s.window->findBar();
    REQUIRE(bar->isVisible());
    auto* query = bar->findChild<QLineEdit*>(QStringLiteral("findQuery"));
    REQUIRE(query != nullptr);
    typeChinese(query, u("班果"));
    ArticleView* view = s.window->articleView();
    const int expected = static_cast<int>(view->document()->toPlainText().count(u("班果")));
    REQUIRE(expected >= 1);
    CHECK(view->matchCount() == expected);
    CHECK(view->currentMatch() == 0);
    CHECK(bar->countText() == QStringLiteral("1 / %1").arg(expected));
    CHECK(view->textCursor().selectedText() == u("班果"));
    screenshot(*s.window, "find_bar");

    // The second article names him too; the count follows the article shown.
    REQUIRE(s.window->libraryPanel()->selectVisibleRow(1));
    CHECK(view->matchCount() == static_cast<int>(view->document()->toPlainText().count(u("班果"))));
    query->clear();
    typeChinese(query, u("不存在"));
    CHECK(view->matchCount() == 0);
    CHECK(bar->countText() == QStringLiteral("No matches"));
    QTest::keyClick(query, Qt::Key_Escape);
    CHECK_FALSE(bar->isVisible());
}

TEST_CASE("Ctrl+= and Ctrl+- change the article's text size, remembered in the settings") {
    Session s;
    openSampleOrFail(s);
    ArticleView* view = s.window->articleView();
    const int before = view->fontSize();
    s.window->activateWindow();
    QTest::keyClick(s.window.get(), Qt::Key_Equal, Qt::ControlModifier);
    QTest::keyClick(s.window.get(), Qt::Key_Equal, Qt::ControlModifier);
    CHECK(view->fontSize() == before + 2);
    CHECK(s.settings->fontSize() == before + 2);
    CHECK(view->document()->defaultFont().pointSize() == before + 2);
    QTest::keyClick(s.window.get(), Qt::Key_Minus, Qt::ControlModifier);
    CHECK(view->fontSize() == before + 1);
    CHECK(view->hasArticle());
}

TEST_CASE("closing and reopening the window restores geometry, splitter, text size and article") {
    Session s;
    openSampleOrFail(s);
    s.window->resize(1100, 700);
    auto* splitter = s.window->findChild<QSplitter*>(QStringLiteral("mainSplitter"));
    REQUIRE(splitter != nullptr);
    splitter->setSizes({250, 500, 350});
    QTest::qWait(20);
    const QList<int> sizes = splitter->sizes();
    QTest::keyClick(s.window.get(), Qt::Key_Equal, Qt::ControlModifier);
    const int fontSize = s.window->articleView()->fontSize();
    REQUIRE(s.window->libraryPanel()->selectVisibleRow(1));
    const qint64 second = s.window->currentArticle();
    s.window->close();

    s.reopen();
    s.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(s.window.get()));
    CHECK(s.window->size() == QSize(1100, 700));
    splitter = s.window->findChild<QSplitter*>(QStringLiteral("mainSplitter"));
    CHECK(splitter->sizes() == sizes);
    CHECK(s.window->articleView()->fontSize() == fontSize);
    // The library is in the database: no import, the same article again.
    CHECK(s.window->libraryModel()->rowCount() == 3);
    s.window->startUp({});
    CHECK_FALSE(s.window->isLoading());
    CHECK(s.window->currentArticle() == second);
    CHECK(s.window->articleView()->hasArticle());
}

TEST_CASE("a first start with no arguments imports and opens the bundled sample") {
    Session s;
    s.window->show();
    s.window->startUp({});
    REQUIRE(s.waitForArticles(3));
    REQUIRE(QTest::qWaitFor([&] { return s.window->articleView()->hasArticle(); }));
    CHECK(QString::fromStdString(s.window->libraryModel()->summary(0).source)
              .endsWith(QStringLiteral("samples/qinghai_cppcc_page.txt")));
}

TEST_CASE("files that cannot be opened are reported in words, and the others still open") {
    Session s;
    s.window->show();
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.txt"));
    QFile empty(dir.filePath(QStringLiteral("empty.txt")));
    REQUIRE(empty.open(QIODevice::WriteOnly));
    empty.close();
    s.window->openPaths({missing, empty.fileName(), kSample});
    REQUIRE(s.waitForArticles(3));
    REQUIRE(QTest::qWaitFor([&] { return s.window->messageArea()->messages().size() >= 2; }));
    const QStringList messages = s.window->messageArea()->messages();
    CHECK(messages.filter(QStringLiteral("missing.txt")).size() == 1);
    CHECK(messages.filter(QStringLiteral("empty.txt")).size() == 1);
    CHECK(s.window->messageArea()->isVisible());
    screenshot(*s.window, "error_messages");
    // Importing the same file again adds nothing.
    s.window->openPaths({kSample});
    REQUIRE(QTest::qWaitFor([&] { return !s.window->isLoading(); }, 30000));
    CHECK(s.window->libraryModel()->rowCount() == 3);
}

TEST_CASE("without its word lists the window says so and stays usable") {
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("dais.ini")));
    MainWindow window(settings, dais::Error{dais::Error::Kind::Internal, "cannot find"},
                      std::filesystem::path(dir.filePath(QStringLiteral("library.sqlite")).toStdString()));
    window.show();
    window.startUp({kSample});
    REQUIRE(window.messageArea()->messages().size() >= 1);
    CHECK(window.messageArea()->messages().front().contains(QStringLiteral("word lists")));
    CHECK(window.libraryModel()->rowCount() == 0);
}

TEST_CASE("in Simplified Chinese the window's menus, tabs and panels are translated") {
    QTranslator zh;
    REQUIRE(zh.load(QStringLiteral(":/i18n/dais_zh_CN.qm")));
    QCoreApplication::installTranslator(&zh);
    {
        Session s;
        openSample(s);
        s.window->sidePanel()->setCurrentWidget(s.window->attendancePanel());
        CHECK(s.window->sidePanel()->tabText(0) == u("人物"));
        CHECK(s.window->sidePanel()->tabText(1) == u("出席"));
        CHECK(s.window->libraryModel()->headerData(0, Qt::Horizontal, Qt::DisplayRole) ==
              u("标题"));
        screenshot(*s.window, "chinese_interface");
    }
    QCoreApplication::removeTranslator(&zh);
}
