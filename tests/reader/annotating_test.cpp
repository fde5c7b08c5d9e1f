// The reader on the library: highlights and notes made in the article go to the store at once,
// undo and redo write again, the Notes tab lists them, library search finds a two-character
// name, the person view gives a record across the library, and a restart on the same database
// brings everything back. Screenshots of each state go to screenshots/.
#include <catch2/catch.hpp>

#include "app/reader/annotation_editor.h"
#include "app/reader/article_view.h"
#include "app/reader/library_panel.h"
#include "app/reader/message_area.h"
#include "app/reader/notes_panel.h"
#include "app/reader/people_panel.h"
#include "app/reader/person_view.h"
#include "app/reader/search_panel.h"
#include "app/reader/selection_toolbar.h"
#include "store/library.h"
#include "window_session.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextDocument>
#include <QTreeWidget>

using namespace dais::reader;
using namespace dais::reader::testing;

namespace {

// Selects the first occurrence of `passage` in the article, as a mouse drag would.
std::optional<dais::text::Span> select(ArticleView* view, const QString& passage) {
    const QTextCursor found = view->document()->find(passage);
    if (found.isNull()) return std::nullopt;
    view->setTextCursor(found);
    return view->selectedSpan();
}

std::vector<dais::store::Annotation> stored(Session& s) {
    auto list = s.window->library()->annotations().list(s.window->currentArticle());
    REQUIRE(list.ok());
    return list.value();
}

void focusArticle(Session& s) {
    s.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(s.window.get()));
    s.window->articleView()->setFocus(Qt::OtherFocusReason);
}

QTreeWidgetItem* findPerson(QTreeWidget* tree, const QString& name) {
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(0) == name) return tree->topLevelItem(i);
    return nullptr;
}

} // namespace

TEST_CASE("a highlight and a note are stored at once, undone and redone, found, and kept after a restart") {
    Session s;
    REQUIRE(openSample(s));
    ArticleView* view = s.window->articleView();
    focusArticle(s);

    // Key 1 highlights the selection in the first colour; the span counts code points.
    const QString passage = u("会议由省政协主席公保扎西主持");
    const auto span = select(view, passage);
    REQUIRE(span.has_value());
    CHECK(span->size() == static_cast<std::size_t>(passage.size()));
    QTest::keyClick(view, Qt::Key_1);
    REQUIRE(view->highlights().size() == 1);
    auto list = stored(s);
    REQUIRE(list.size() == 1);
    CHECK(QString::fromStdU32String(list[0].quote) == passage);
    CHECK(list[0].colour == "yellow");
    const qint64 first = list[0].id;

    // N asks for a note and attaches it to the selected passage.
    s.window->setTextPrompt([](const QString&, const QString&, const QString&) {
        return std::optional<QString>(u("班果出席闭幕会"));
    });
    REQUIRE(select(view, u("班果")).has_value());
    QTest::keyClick(view, Qt::Key_N);
    list = stored(s);
    REQUIRE(list.size() == 2);
    CHECK(list[1].note == "班果出席闭幕会");
    CHECK(view->highlights().size() == 2);

    // Recolour and tag the first highlight; then undo and redo the lot, one step at a time.
    s.window->annotationEditor()->setColour(first, QStringLiteral("red"));
    s.window->annotationEditor()->setTags(first, {u("人事")});
    CHECK(s.window->library()->annotations().get(first).value().colour == "red");
    QTest::keyClick(s.window.get(), Qt::Key_Z, Qt::ControlModifier); // tags
    QTest::keyClick(s.window.get(), Qt::Key_Z, Qt::ControlModifier); // colour
    CHECK(s.window->library()->annotations().get(first).value().colour == "yellow");
    CHECK(s.window->library()->annotations().get(first).value().tags.empty());
    QTest::keyClick(s.window.get(), Qt::Key_Z, Qt::ControlModifier); // the note
    CHECK(stored(s).size() == 1);
    CHECK(view->highlights().size() == 1);
    QTest::keyClick(s.window.get(), Qt::Key_Z, Qt::ShiftModifier | Qt::ControlModifier);
    QTest::keyClick(s.window.get(), Qt::Key_Z, Qt::ShiftModifier | Qt::ControlModifier);
    QTest::keyClick(s.window.get(), Qt::Key_Z, Qt::ShiftModifier | Qt::ControlModifier);
    list = stored(s);
    REQUIRE(list.size() == 2);
    CHECK(list[0].colour == "red");
    CHECK(list[0].tags == std::vector<std::string>{"人事"});
    CHECK(list[1].note == "班果出席闭幕会");
    CHECK(view->highlights().size() == 2);

    // The Notes tab lists both in text order, with note and tags.
    s.window->sidePanel()->setCurrentWidget(s.window->notesPanel());
    QTreeWidget* notes = s.window->notesPanel()->tree();
    REQUIRE(notes->topLevelItemCount() == 2);
    CHECK(notes->topLevelItem(0)->text(0) == passage);
    CHECK(notes->topLevelItem(0)->text(2) == u("人事"));
    CHECK(notes->topLevelItem(1)->text(1) == u("班果出席闭幕会"));
    // Clicking one selects its passage.
    view->moveCursor(QTextCursor::Start);
    QTest::mouseClick(notes->viewport(), Qt::LeftButton, {}, notes->visualItemRect(notes->topLevelItem(1)).center());
    CHECK(view->textCursor().selectedText() == u("班果"));
    // The library counts them.
    const int row = s.window->libraryModel()->rowOf(s.window->currentArticle());
    CHECK(s.window->libraryModel()->summary(row).annotations == 2);
    REQUIRE(select(view, u("应出席委员")).has_value());
    s.window->selectionToolbar()->showFor(view->cursorRect());
    QTest::qWait(20);
    screenshot(*s.window, "article_highlights_notes");

    // Copy with source puts the passage and where it is from on the clipboard.
    REQUIRE(select(view, passage).has_value());
    s.window->copyWithSource();
    CHECK(QApplication::clipboard()->text().contains(passage));
    CHECK(QApplication::clipboard()->text().contains(u("省政协十三届三次会议胜利闭幕")));

    // Library search: a two-character name, ranked results with snippets; opening one shows the hit.
    s.window->searchLibrary(u("班果"));
    SearchPanel* search = s.window->searchPanel();
    REQUIRE(search->resultCount() >= 2);
    CHECK(QString::fromStdString(search->result(0).snippet).contains(u("班果")));
    CHECK(s.window->sidePanel()->currentWidget() == search);
    CHECK(search->browser()->toPlainText().contains(u("班果")));
    screenshot(*s.window, "search_results");
    int other = -1;
    for (int i = 0; i < search->resultCount(); ++i)
        if (search->result(i).articleId != s.window->currentArticle() && !search->result(i).annotationId) other = i;
    REQUIRE(other >= 0);
    search->openResult(other);
    CHECK(s.window->currentArticle() == search->result(other).articleId);
    CHECK(view->textCursor().selectedText() == u("班果"));

    // A restart on the same database: the library, the highlights and the notes are there.
    const qint64 annotated = list[0].articleId;
    s.window->libraryPanel()->selectArticle(annotated);
    s.window->close();
    s.reopen();
    s.window->resize(1440, 900);
    s.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(s.window.get()));
    s.window->startUp({});
    CHECK_FALSE(s.window->isLoading());
    CHECK(s.window->libraryModel()->rowCount() == 3);
    CHECK(s.window->currentArticle() == annotated);
    CHECK(s.window->articleView()->highlights().size() == 2);
    CHECK(s.window->notesPanel()->tree()->topLevelItemCount() == 2);
    list = stored(s);
    REQUIRE(list.size() == 2);
    CHECK(list[0].colour == "red");
    CHECK(list[1].note == "班果出席闭幕会");
    CHECK(s.window->messageArea()->messages().isEmpty());
}

TEST_CASE("a highlight whose passage vanished in a new version is listed apart and can be re-attached") {
    Session s;
    QFile sample(kSample);
    REQUIRE(sample.open(QIODevice::ReadOnly));
    const QString original = QString::fromUtf8(sample.readAll());
    const QString file = s.dir.filePath(QStringLiteral("report.txt"));
    auto write = [&](const QString& text) {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text.toUtf8());
    };
    write(original);
    s.window->resize(1440, 900);
    s.window->show();
    s.window->startUp({file});
    REQUIRE(s.waitForArticles(3));
    REQUIRE(QTest::qWaitFor([&] { return s.window->currentArticle() != 0; }));
    ArticleView* view = s.window->articleView();
    const QString passage = u("会议由省政协主席公保扎西主持");
    REQUIRE(select(view, passage).has_value());
    REQUIRE(s.window->annotationEditor()->highlight(s.window->currentArticle(), *view->selectedSpan(),
                                                    QStringLiteral("green"), u("主持人")) != 0);

    // The passage is rewritten in a corrected text of the same file.
    QString changed = original;
    changed.replace(passage, u("省政协主席公保扎西在会上作了总结讲话并宣布会议闭幕"));
    write(changed);
    s.window->openPaths({file});
    REQUIRE(QTest::qWaitFor([&] { return !s.window->isLoading(); }, 30000));
    REQUIRE(QTest::qWaitFor([&] { return s.window->notesPanel()->orphans()->topLevelItemCount() == 1; }));
    CHECK(view->highlights().empty());
    CHECK(s.window->notesPanel()->orphans()->topLevelItem(0)->text(0) == passage);
    CHECK(s.window->messageArea()->messages().join(QString()).contains(QStringLiteral("Notes")));
    s.window->sidePanel()->setCurrentWidget(s.window->notesPanel());
    screenshot(*s.window, "notes_orphaned");

    // Re-attached to a passage the user selects; undo puts it back among the orphans.
    REQUIRE(select(view, u("公保扎西在会上作了总结讲话")).has_value());
    QTest::mouseClick(s.window->notesPanel()->reattachButton(), Qt::LeftButton);
    CHECK(s.window->notesPanel()->orphans()->topLevelItemCount() == 0);
    REQUIRE(view->highlights().size() == 1);
    auto list = stored(s);
    REQUIRE(list.size() == 1);
    CHECK(list[0].note == "主持人");
    CHECK(list[0].colour == "green");
    s.window->annotationEditor()->undoStack()->undo();
    CHECK(s.window->notesPanel()->orphans()->topLevelItemCount() == 1);
    CHECK(view->highlights().empty());
}

TEST_CASE("double-clicking a person opens their record across the library and who they are seen with") {
    Session s;
    REQUIRE(openSample(s));
    s.window->sidePanel()->setCurrentWidget(s.window->peoplePanel());
    QTreeWidget* people = s.window->peoplePanel()->tree();
    QTreeWidgetItem* item = findPerson(people, u("班果"));
    REQUIRE(item != nullptr);
    const QPoint at = people->visualItemRect(item).center();
    QTest::mouseClick(people->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(people->viewport(), Qt::LeftButton, {}, at);
    PersonView* view = s.window->personView();
    REQUIRE(view != nullptr);
    REQUIRE(view->isVisible());
    CHECK(view->person() == u("班果"));
    QTableWidget* record = view->record();
    REQUIRE(record->rowCount() >= 2);
    bool onDais = false;
    for (int r = 0; r < record->rowCount(); ++r)
        if (record->item(r, 2)->text() == u("主席台就座")) {
            onDais = true;
            CHECK(record->item(r, 3)->text().startsWith(QStringLiteral("10 ")));
        }
    CHECK(onDais);
    CHECK(view->company()->rowCount() > 0);
    REQUIRE(QTest::qWaitForWindowExposed(view));
    screenshot(*view, "person_view");

    // Each row opens its article with the person marked.
    const int last = record->rowCount() - 1;
    const qint64 target = record->item(last, 0)->data(Qt::UserRole).toLongLong();
    emit record->itemActivated(record->item(last, 1));
    CHECK(s.window->currentArticle() == target);
    CHECK(s.window->articleView()->markedPerson() >= 0);
}

TEST_CASE("a library that cannot be opened is named in plain words and the window stays usable") {
    QTemporaryDir dir;
    QFile foreign(dir.filePath(QStringLiteral("not-a-library.sqlite")));
    REQUIRE(foreign.open(QIODevice::WriteOnly));
    foreign.write("this is not a database, and must not be overwritten\n");
    foreign.close();
    Settings settings(dir.filePath(QStringLiteral("dais.ini")));
    MainWindow window(settings, std::filesystem::path(DAIS_RESOURCE_DIR),
                      std::filesystem::path(foreign.fileName().toStdString()));
    window.show();
    window.startUp({kSample});
    REQUIRE(window.messageArea()->messages().size() >= 1);
    CHECK(window.messageArea()->messages().front().contains(QStringLiteral("library could not be opened")));
    CHECK(window.libraryModel()->rowCount() == 0);
    QFile again(foreign.fileName());
    REQUIRE(again.open(QIODevice::ReadOnly));
    CHECK(again.readAll().startsWith("this is not a database"));
}
