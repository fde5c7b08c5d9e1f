#include "app/reader/main_window.h"

#include "app/reader/annotation_actions.h"
#include "app/reader/annotation_editor.h"
#include "app/reader/article_view.h"
#include "app/reader/attendance_panel.h"
#include "app/reader/error_text.h"
#include "app/reader/file_collector.h"
#include "app/reader/find_bar.h"
#include "app/reader/library_importer.h"
#include "app/reader/library_model.h"
#include "app/reader/library_panel.h"
#include "app/reader/message_area.h"
#include "app/reader/notes_panel.h"
#include "app/reader/people_panel.h"
#include "app/reader/people_summary.h"
#include "app/reader/person_view.h"
#include "app/reader/qt_text.h"
#include "app/reader/search_panel.h"
#include "app/reader/selection_toolbar.h"
#include "app/reader/stored_article_adapter.h"
#include "app/reader/theme.h"
#include "app/shared/resource_locator.h"
#include "store/library.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace dais::reader {

MainWindow::MainWindow(Settings& settings, Result<std::filesystem::path> resourceDir,
                       Result<std::filesystem::path> database, QWidget* parent)
    : QMainWindow(parent), m_settings(settings) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Dais"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/dais.svg")));
    setAcceptDrops(true);
    m_prompt = [this](const QString& title, const QString& label, const QString& text) {
        bool ok = false;
        const QString answer = QInputDialog::getMultiLineText(this, title, label, text, &ok);
        return ok ? std::optional<QString>(answer) : std::nullopt;
    };

    m_model = new LibraryModel(this);
    m_library = new LibraryPanel(m_model, this);

    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    m_messages = new MessageArea(centre);
    m_view = new ArticleView(centre);
    m_view->setObjectName(QStringLiteral("articleView"));
    m_view->setFontSize(m_settings.fontSize());
    m_findBar = new FindBar(centre);
    m_findBar->hide();
    centreLayout->addWidget(m_messages);
    centreLayout->addWidget(m_view, 1);
    centreLayout->addWidget(m_findBar);

    buildSidePanel();

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_library);
    m_splitter->addWidget(centre);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({340, 700, 400});
    setCentralWidget(m_splitter);

    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);
    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("entityLegend"));
    statusBar()->addPermanentWidget(m_legend);
    updateLegend();

    if (resourceDir) m_resourceDir = resourceDir.value();
    else m_messages->post(MessageArea::Level::Error, ErrorText::forResources(resourceDir.error()));
    if (database) {
        auto library = store::Library::open(database.value());
        if (library) m_store = std::move(library.value());
        else m_messages->post(MessageArea::Level::Error, ErrorText::forLibrary(library.error()));
    } else {
        m_messages->post(MessageArea::Level::Error, ErrorText::forLibrary(database.error()));
    }
    if (m_store && m_resourceDir) {
        m_importer = new LibraryImporter(database.value(), *m_resourceDir, this);
        connect(m_importer, &LibraryImporter::fileImported, this, &MainWindow::fileImported);
        connect(m_importer, &LibraryImporter::idle, this, &MainWindow::updateStatus);
        connect(m_importer, &LibraryImporter::progress, this, &MainWindow::updateStatus);
    }

    connect(m_library, &LibraryPanel::articleSelected, this, &MainWindow::openArticle);
    connect(m_people, &PeoplePanel::personPicked, m_view, &ArticleView::markPerson);
    connect(m_people, &PeoplePanel::personActivated, this, &MainWindow::showPerson);
    connect(m_attendance, &AttendancePanel::passagePicked, m_view, &ArticleView::revealSpan);
    connect(m_findBar, &FindBar::queryChanged, m_view, &ArticleView::find);
    connect(m_findBar, &FindBar::nextRequested, m_view, &ArticleView::findNext);
    connect(m_findBar, &FindBar::previousRequested, m_view, &ArticleView::findPrevious);
    connect(m_findBar, &FindBar::closed, this, [this] {
        m_view->clearFind();
        m_view->setFocus();
    });
    connect(m_view, &ArticleView::findChanged, m_findBar, &FindBar::showCount);

    buildAnnotating();
    buildMenus();

    resize(1280, 820);
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
    m_splitter->restoreState(m_settings.splitterState());
    m_view->setPlaceholderText(tr("Open a report with File → Open (Ctrl+O), or drop files and "
                                  "folders here."));
    reloadLibrary();
    updateStatus();
}

void MainWindow::buildSidePanel() {
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("sidePanel"));
    m_people = new PeoplePanel(m_tabs);
    m_attendance = new AttendancePanel(m_tabs);
    m_notes = new NotesPanel(m_tabs);
    m_notes->setObjectName(QStringLiteral("notesPanel"));
    m_search = new SearchPanel(m_tabs);
    m_search->setObjectName(QStringLiteral("searchPanel"));
    m_tabs->addTab(m_people, tr("People"));
    m_tabs->addTab(m_attendance, tr("Attendance"));
    m_tabs->addTab(m_notes, tr("Notes"));
    m_tabs->addTab(m_search, tr("Search"));
    connect(m_notes, &NotesPanel::annotationPicked, m_view, &ArticleView::revealHighlight);
    connect(m_notes, &NotesPanel::reattachRequested, this, &MainWindow::reattach);
    connect(m_notes, &NotesPanel::deleteRequested, this, [this](qint64 id) {
        if (m_editor) m_editor->remove(id);
    });
    connect(m_search, &SearchPanel::resultOpened, this, &MainWindow::openSearchResult);
}

void MainWindow::buildAnnotating() {
    m_actions = new AnnotationActions(m_view);
    m_toolbar = new SelectionToolbar(*m_actions, m_view->viewport());
    if (!m_store) return;
    m_editor = new AnnotationEditor(m_store->annotations(), this);
    auto colours = m_store->annotations().colours();
    if (colours) m_actions->setColours(colours.value());
    else m_messages->post(MessageArea::Level::Error, ErrorText::forReading(colours.error()));
    m_toolbar->rebuild();
    connect(m_actions, &AnnotationActions::colourChosen, this, &MainWindow::colourChosen);
    connect(m_actions->noteAction(), &QAction::triggered, this, &MainWindow::addNoteToSelection);
    connect(m_actions->copyAction(), &QAction::triggered, this, &MainWindow::copyWithSource);
    connect(m_actions->editNoteAction(), &QAction::triggered, this, [this] { editNote(m_targetHighlight); });
    connect(m_actions->editTagsAction(), &QAction::triggered, this, [this] { editTags(m_targetHighlight); });
    connect(m_actions->deleteAction(), &QAction::triggered, this, [this] {
        if (m_targetHighlight) m_editor->remove(m_targetHighlight);
    });
    connect(m_editor, &AnnotationEditor::changed, this, [this](qint64 articleId) {
        if (articleId == m_currentId) refreshAnnotations();
        else reloadLibrary();
    });
    connect(m_editor, &AnnotationEditor::failed, this,
            [this](const QString& message) { m_messages->post(MessageArea::Level::Error, message); });
    connect(m_view, &QTextEdit::selectionChanged, this, [this] {
        const bool selected = m_view->textCursor().hasSelection();
        m_actions->setSelectionActive(selected);
        if (!selected) m_toolbar->hide();
    });
    connect(m_view, &ArticleView::selectionFinished, this, [this] {
        const QTextCursor c = m_view->textCursor();
        QTextCursor a(c), b(c);
        a.setPosition(c.selectionStart());
        b.setPosition(c.selectionEnd());
        m_toolbar->showFor(m_view->cursorRect(a).united(m_view->cursorRect(b)));
    });
    connect(m_view, &ArticleView::highlightClicked, this, &MainWindow::showHighlightMenu);
    connect(m_view, &ArticleView::contextMenuWanted, this, &MainWindow::showContextMenu);
}

MainWindow::~MainWindow() = default;

QAction* MainWindow::kindAction(EntityKind kind) const {
    return m_kindActions[static_cast<std::size_t>(kind)];
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::showOpenDialog);
    open->setShortcut(QKeySequence::Open);
    open->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    file->addAction(tr("Open the &sample page"), this, [this] {
        if (m_resourceDir) openPaths({QString::fromStdString(app::bundledSample(*m_resourceDir))});
    });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    if (m_editor) {
        QAction* undo = m_editor->undoStack()->createUndoAction(this, tr("&Undo"));
        undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
        undo->setObjectName(QStringLiteral("undo"));
        QAction* redo = m_editor->undoStack()->createRedoAction(this, tr("&Redo"));
        redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
        redo->setObjectName(QStringLiteral("redo"));
        edit->addAction(undo);
        edit->addAction(redo);
        edit->addSeparator();
    }
    QMenu* highlight = edit->addMenu(tr("&Highlight the selection"));
    for (QAction* a : m_actions->colourActions()) highlight->addAction(a);
    edit->addAction(m_actions->noteAction());
    edit->addAction(m_actions->copyAction());
    edit->addSeparator();
    QAction* searchAction = edit->addAction(tr("&Search the library…"), this, [this] {
        m_searchBox->setFocus(Qt::ShortcutFocusReason);
        m_searchBox->selectAll();
    });
    searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    searchAction->setObjectName(QStringLiteral("searchLibrary"));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* larger = view->addAction(tr("&Larger text"), this, [this] { changeFontSize(+1); });
    larger->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn});
    larger->setObjectName(QStringLiteral("largerText"));
    QAction* smaller = view->addAction(tr("&Smaller text"), this, [this] { changeFontSize(-1); });
    smaller->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus)); // also QKeySequence::ZoomOut
    smaller->setObjectName(QStringLiteral("smallerText"));
    view->addSeparator();
    const std::array<QString, 4> kindNames{tr("Underline &people"), tr("Underline &roles"),
                                           tr("Underline &dates"),
                                           tr("Underline &attendance lists")};
    for (EntityKind kind : kAllEntityKinds) {
        const auto i = static_cast<std::size_t>(kind);
        QAction* a = view->addAction(kindNames[i]);
        a->setCheckable(true);
        a->setChecked(true);
        a->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | (Qt::Key_1 + static_cast<int>(i))));
        connect(a, &QAction::toggled, this, [this, kind](bool on) {
            m_view->setKindVisible(kind, on);
            updateLegend();
        });
        m_kindActions[i] = a;
    }
    view->addSeparator();
    QAction* find = view->addAction(tr("&Find in article…"), this, &MainWindow::openFind);
    find->setShortcut(QKeySequence::Find);
    QAction* next = view->addAction(tr("Find &next"), m_view, &ArticleView::findNext);
    next->setShortcut(QKeySequence::FindNext);
    QAction* previous = view->addAction(tr("Find pre&vious"), m_view, &ArticleView::findPrevious);
    previous->setShortcut(QKeySequence::FindPrevious);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    go->addAction(tr("&Filter the library"), QKeySequence(Qt::CTRL | Qt::Key_L), m_library,
                  &LibraryPanel::focusFilter);
    go->addAction(tr("&Library"), QKeySequence(Qt::CTRL | Qt::Key_1), m_library,
                  &LibraryPanel::focusList);
    go->addAction(tr("&Article"), QKeySequence(Qt::CTRL | Qt::Key_2), this,
                  [this] { m_view->setFocus(Qt::ShortcutFocusReason); });
    go->addAction(tr("&People"), QKeySequence(Qt::CTRL | Qt::Key_3), this, [this] {
        m_tabs->setCurrentWidget(m_people);
        m_people->tree()->setFocus(Qt::ShortcutFocusReason);
    });
    go->addAction(tr("A&ttendance"), QKeySequence(Qt::CTRL | Qt::Key_4), this, [this] {
        m_tabs->setCurrentWidget(m_attendance);
        m_attendance->tree()->setFocus(Qt::ShortcutFocusReason);
    });
    go->addAction(tr("&Notes"), QKeySequence(Qt::CTRL | Qt::Key_5), this, [this] {
        m_tabs->setCurrentWidget(m_notes);
        m_notes->tree()->setFocus(Qt::ShortcutFocusReason);
    });
    go->addAction(tr("Search &results"), QKeySequence(Qt::CTRL | Qt::Key_6), this, [this] {
        m_tabs->setCurrentWidget(m_search);
        m_search->browser()->setFocus(Qt::ShortcutFocusReason);
    });
    go->addSeparator();
    go->addAction(tr("&Next article"), QKeySequence(Qt::ALT | Qt::Key_Down), this,
                  [this] { m_library->selectNext(+1); });
    go->addAction(tr("P&revious article"), QKeySequence(Qt::ALT | Qt::Key_Up), this,
                  [this] { m_library->selectNext(-1); });

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    buildLanguageMenu(settings->addMenu(tr("&Language")));
    buildThemeMenu(settings->addMenu(tr("&Theme")));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Dais"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    bar->addAction(open);
    bar->addAction(find);
    bar->addSeparator();
    bar->addAction(smaller);
    bar->addAction(larger);
    bar->addSeparator();
    m_searchBox = new QLineEdit(bar);
    m_searchBox->setObjectName(QStringLiteral("librarySearch"));
    m_searchBox->setPlaceholderText(tr("Search the library (Ctrl+Shift+F)"));
    m_searchBox->setClearButtonEnabled(true);
    m_searchBox->setMinimumWidth(260);
    m_searchBox->setMaximumWidth(380);
    bar->addWidget(m_searchBox);
    connect(m_searchBox, &QLineEdit::returnPressed, this, [this] { searchLibrary(m_searchBox->text()); });
}

void MainWindow::buildLanguageMenu(QMenu* menu) {
    auto* group = new QActionGroup(menu);
    const QString current = m_settings.language();
    const std::array<std::pair<QString, QString>, 3> choices{
        {{QString(), tr("Follow the system")},
         {QStringLiteral("en"), QStringLiteral("English")},
         {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}}};
    for (const auto& [code, label] : choices) {
        QAction* a = menu->addAction(label);
        a->setCheckable(true);
        a->setChecked(code == current);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] {
            if (code == m_settings.language()) return;
            m_settings.setLanguage(code);
            m_messages->post(MessageArea::Level::Info,
                             tr("The new language is used the next time Dais starts."));
        });
    }
}

void MainWindow::buildThemeMenu(QMenu* menu) {
    auto* group = new QActionGroup(menu);
    const std::array<std::pair<ThemeChoice, QString>, 3> choices{
        {{ThemeChoice::System, tr("Follow the system")},
         {ThemeChoice::Light, tr("Light")},
         {ThemeChoice::Dark, tr("Dark")}}};
    for (const auto& [choice, label] : choices) {
        QAction* a = menu->addAction(label);
        a->setCheckable(true);
        a->setChecked(choice == m_settings.theme());
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, choice = choice] {
            m_settings.setTheme(choice);
            Theme::apply(*qApp, choice);
            updateLegend();
        });
    }
}

void MainWindow::startUp(const QStringList& arguments) {
    if (!arguments.isEmpty()) {
        openPaths(arguments);
        return;
    }
    if (m_model->rowCount() == 0) {
        // A first start (or an empty library): import the bundled sample and show it.
        if (m_resourceDir) openPaths({QString::fromStdString(app::bundledSample(*m_resourceDir))});
        return;
    }
    if (!m_library->selectArticle(m_settings.lastArticle())) m_library->selectVisibleRow(0);
}

void MainWindow::openPaths(const QStringList& paths) {
    if (!m_importer) {
        m_messages->post(MessageArea::Level::Error,
                         m_resourceDir ? tr("Nothing can be imported: the library is not open.")
                                       : tr("Nothing can be opened: Dais cannot find its word lists."));
        return;
    }
    const QStringList files = collectInputFiles(paths);
    if (files.isEmpty() && !paths.isEmpty())
        m_messages->post(MessageArea::Level::Warning,
                         tr("No reports (.txt, .html) were found in what was opened."));
    m_selectOnArrival = !files.isEmpty();
    m_importer->import(files);
    updateStatus();
}

bool MainWindow::isLoading() const {
    return m_importer && m_importer->pending() > 0;
}

void MainWindow::fileImported(const ImportOutcome& outcome) {
    if (!outcome.error.isEmpty()) {
        m_messages->post(MessageArea::Level::Error, outcome.error);
        return;
    }
    const QString name = QFileInfo(outcome.path).fileName();
    if (outcome.orphaned > 0)
        m_messages->post(MessageArea::Level::Warning,
                         tr("“%1” changed since it was imported: %n highlight(s) could not be found "
                            "again and are listed apart in the Notes tab.",
                            nullptr, outcome.orphaned)
                             .arg(name));
    reloadLibrary();
    qint64 show = 0;
    if (m_selectOnArrival && !outcome.articleIds.isEmpty()) {
        m_selectOnArrival = false;
        m_library->setFilterText({});
        show = outcome.articleIds.front();
    }
    // A new version of the article on screen replaces it there.
    if (outcome.newVersions > 0 && outcome.articleIds.contains(m_currentId)) {
        if (!show) show = m_currentId;
        m_currentId = 0;
    }
    if (show) openArticle(show);
    updateStatus();
}

void MainWindow::reloadLibrary() {
    if (!m_store) return;
    auto list = m_store->articles().list();
    if (!list) {
        m_messages->post(MessageArea::Level::Error, ErrorText::forReading(list.error()));
        return;
    }
    const QSignalBlocker quiet(m_library);
    m_model->setArticles(std::move(list.value()));
    if (m_currentId) m_library->selectArticle(m_currentId);
}

bool MainWindow::openArticle(qint64 id) {
    if (!m_store || id == 0) return false;
    if (id == m_currentId) return true;
    auto stored = m_store->articles().article(id);
    if (!stored) {
        m_messages->post(MessageArea::Level::Error, ErrorText::forReading(stored.error()));
        return false;
    }
    m_article = std::make_unique<LoadedArticle>(toLoadedArticle(stored.value()));
    m_currentId = id;
    m_toolbar->hide();
    m_view->showArticle(*m_article);
    m_people->showPeople(summarisePeople(m_article->extraction));
    m_attendance->showAttendance(m_article->extraction);
    refreshAnnotations();
    if (m_library->currentArticle() != id) {
        const QSignalBlocker quiet(m_library);
        m_library->selectArticle(id);
    }
    if (m_findBar->isVisible() && !m_findBar->query().isEmpty()) m_view->find(m_findBar->query());
    const int row = m_model->rowOf(id);
    setWindowTitle(tr("%1 — Dais").arg(row >= 0 ? LibraryModel::titleOf(m_model->summary(row)) : QString()));
    m_settings.setLastArticle(id);
    updateStatus();
    return true;
}

void MainWindow::refreshAnnotations() {
    if (!m_store || !m_currentId) return;
    auto list = m_store->annotations().list(m_currentId);
    auto colours = m_store->annotations().colours();
    if (!list || !colours) {
        m_messages->post(MessageArea::Level::Error,
                         ErrorText::forReading(!list ? list.error() : colours.error()));
        return;
    }
    std::vector<HighlightMark> marks;
    for (const auto& a : list.value()) {
        if (!a.span || a.anchorStatus == "orphaned") continue;
        QColor colour(QStringLiteral("#facc15"));
        for (const auto& c : colours.value())
            if (c.key == a.colour) colour = QColor(fromUtf8(c.rgb));
        marks.push_back({a.id, *a.span, colour});
    }
    m_view->setHighlights(std::move(marks));
    m_model->setAnnotationCount(m_currentId, static_cast<int>(list.value().size()));
    m_notes->showAnnotations(std::move(list.value()), colours.value());
}

void MainWindow::colourChosen(const QString& key) {
    if (m_targetHighlight) {
        m_editor->setColour(m_targetHighlight, key);
        return;
    }
    highlightSelection(key);
}

void MainWindow::highlightSelection(const QString& key) {
    if (!m_editor || !m_currentId) return;
    const auto span = m_view->selectedSpan();
    if (!span) {
        m_messages->post(MessageArea::Level::Info, tr("Select a passage of the article first."));
        return;
    }
    m_editor->highlight(m_currentId, *span, key);
    m_toolbar->hide();
}

void MainWindow::addNoteToSelection() {
    if (!m_editor || !m_currentId) return;
    const auto span = m_view->selectedSpan();
    if (!span) {
        m_messages->post(MessageArea::Level::Info, tr("Select a passage of the article first."));
        return;
    }
    const auto note = m_prompt(tr("Add note"), tr("Note on “%1”:").arg(m_view->textCursor().selectedText().left(30)), {});
    if (!note || note->trimmed().isEmpty()) return;
    const QString colour = m_actions->colourActions().empty()
                               ? QStringLiteral("yellow")
                               : m_actions->colourActions().front()->data().toString();
    m_editor->highlight(m_currentId, *span, colour, note->trimmed());
    m_toolbar->hide();
}

void MainWindow::copyWithSource() {
    if (!m_article || !m_view->textCursor().hasSelection()) return;
    QString quote = m_view->textCursor().selectedText();
    quote.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    const int row = m_model->rowOf(m_currentId);
    QStringList source;
    if (row >= 0) {
        const auto& summary = m_model->summary(row);
        source << LibraryModel::titleOf(summary);
        if (!summary.referenceDate.empty()) source << fromUtf8(summary.referenceDate);
    }
    source << m_article->path;
    QApplication::clipboard()->setText(tr("“%1”\n— %2").arg(quote, source.join(tr(", ", "list separator"))));
}

void MainWindow::showHighlightMenu(qint64 id, const QPoint& globalPos) {
    if (!m_store) return;
    auto a = m_store->annotations().get(id);
    if (!a) return;
    QMenu menu(this);
    m_actions->fillHighlightMenu(menu, fromUtf8(a.value().colour));
    m_targetHighlight = id;
    menu.exec(globalPos);
    m_targetHighlight = 0;
}

void MainWindow::showContextMenu(const QPoint& globalPos, qint64 id) {
    if (id != 0) {
        showHighlightMenu(id, globalPos);
        return;
    }
    QMenu menu(this);
    if (m_view->textCursor().hasSelection()) {
        m_actions->fillSelectionMenu(menu);
        menu.addSeparator();
    }
    menu.addAction(tr("Select &all"), m_view, &QTextEdit::selectAll);
    menu.exec(globalPos);
}

void MainWindow::editNote(qint64 id) {
    if (!m_store || !id) return;
    auto a = m_store->annotations().get(id);
    if (!a) return;
    const auto note = m_prompt(tr("Edit note"), tr("Note:"), fromUtf8(a.value().note));
    if (note) m_editor->setNote(id, note->trimmed());
}

void MainWindow::editTags(qint64 id) {
    if (!m_store || !id) return;
    auto a = m_store->annotations().get(id);
    if (!a) return;
    QStringList tags;
    for (const auto& t : a.value().tags) tags << fromUtf8(t);
    const auto answer = m_prompt(tr("Edit tags"), tr("Tags, separated by commas:"), tags.join(QStringLiteral(", ")));
    if (!answer) return;
    QString text = *answer;
    text.replace(QChar(0xFF0C), QLatin1Char(',')).replace(QChar(0x3001), QLatin1Char(','));
    m_editor->setTags(id, text.split(QLatin1Char(','), Qt::SkipEmptyParts));
}

void MainWindow::reattach(qint64 id) {
    const auto span = m_view->selectedSpan();
    if (!span) {
        m_messages->post(MessageArea::Level::Info,
                         tr("Select the passage in the article to re-attach the note to, then try again."));
        return;
    }
    if (m_editor) m_editor->reattach(id, *span);
}

void MainWindow::searchLibrary(const QString& query) {
    if (!m_store) return;
    if (m_searchBox->text() != query) m_searchBox->setText(query);
    store::SearchQuery q;
    q.text = query.trimmed().toStdString();
    q.markOpen = QString(QChar(SearchPanel::kMarkOpen)).toStdString();
    q.markClose = QString(QChar(SearchPanel::kMarkClose)).toStdString();
    auto hits = m_store->search().run(q);
    if (!hits) {
        m_messages->post(MessageArea::Level::Error, ErrorText::forReading(hits.error()));
        return;
    }
    m_search->showResults(query.trimmed(), std::move(hits.value()));
    m_tabs->setCurrentWidget(m_search);
}

void MainWindow::openSearchResult(qint64 articleId, const QString& query, qint64 annotationId) {
    m_library->setFilterText({});
    if (!openArticle(articleId)) return;
    if (annotationId && m_view->revealHighlight(annotationId)) return;
    // The hit itself: the first term of the query, found as find-in-article finds it.
    const QString term = query.split(QLatin1Char(' '), Qt::SkipEmptyParts).value(0);
    if (!term.isEmpty()) m_view->find(term);
}

void MainWindow::showPerson(const QString& name) {
    if (!m_store || name.isEmpty()) return;
    auto record = m_store->people().record(name.toStdString());
    if (!record) {
        m_messages->post(MessageArea::Level::Error, ErrorText::forReading(record.error()));
        return;
    }
    auto company = m_store->people().coAttendance(name.toStdString());
    if (!m_personView) {
        m_personView = new PersonView(this);
        connect(m_personView, &PersonView::articleRequested, this, &MainWindow::openPersonArticle);
        connect(m_personView, &PersonView::personRequested, this, &MainWindow::showPerson);
    }
    m_personView->showPerson(name, record.value(), company ? company.value() : std::vector<store::CoAttendee>{});
    m_personView->show();
    m_personView->raise();
}

void MainWindow::openPersonArticle(qint64 articleId, const QString& name) {
    m_library->setFilterText({});
    if (!openArticle(articleId) || !m_article) return;
    const auto& people = m_article->extraction.people;
    for (std::size_t i = 0; i < people.size(); ++i)
        if (toQString(people[i].name) == name) {
            m_view->markPerson(static_cast<int>(i));
            return;
        }
    m_view->find(name);
}

void MainWindow::changeFontSize(int delta) {
    m_settings.setFontSize(m_view->fontSize() + delta);
    m_view->setFontSize(m_settings.fontSize());
    updateStatus();
}

void MainWindow::openFind() {
    m_findBar->activate();
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About Dais"),
        tr("<h3>Dais %1</h3><p>A reader for Chinese government meeting reports: who presided, "
           "who attended, who sat on the dais and in what order, the roles each person held "
           "and when it happened.</p><p>Built with Qt %2 and ICU.</p>")
            .arg(QStringLiteral(DAIS_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::showOpenDialog() {
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Open reports"), QString(),
                                      tr("Reports (*.txt *.text *.htm *.html);;All files (*)"));
    if (!files.isEmpty()) openPaths(files);
}

void MainWindow::updateStatus() {
    QString text;
    if (isLoading())
        text = tr("Importing %n file(s)…", nullptr, m_importer->pending());
    else
        text = tr("%n article(s) in the library", nullptr, m_model->rowCount());
    text += QStringLiteral("  ·  ") + tr("Text size %1 pt").arg(m_view->fontSize());
    m_status->setText(text);
}

void MainWindow::updateLegend() {
    // Which colour is which kind, in the colours the article uses.
    const bool dark = Theme::isDark();
    const std::array<QString, 4> names{tr("people"), tr("roles"), tr("dates"),
                                       tr("attendance lists")};
    QStringList parts;
    for (EntityKind kind : kAllEntityKinds) {
        if (!m_view->isKindVisible(kind)) continue;
        parts << QStringLiteral("<span style=\"color:%1; text-decoration:underline\">%2</span>")
                     .arg(EntityPalette::underline(kind, dark).name(),
                          names[static_cast<std::size_t>(kind)]);
    }
    m_legend->setText(parts.isEmpty()
                          ? tr("No underlines")
                          : tr("Underlined: %1").arg(parts.join(QStringLiteral(" · "))));
}

void MainWindow::saveSession() {
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setSplitterState(m_splitter->saveState());
    m_settings.setLastArticle(m_currentId);
    m_settings.setFontSize(m_view->fontSize());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveSession();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile()) paths << url.toLocalFile();
    if (paths.isEmpty()) return;
    event->acceptProposedAction();
    openPaths(paths);
}

} // namespace dais::reader
