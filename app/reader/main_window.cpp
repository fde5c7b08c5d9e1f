#include "app/reader/main_window.h"

#include "app/reader/article_loader.h"
#include "app/reader/article_view.h"
#include "app/reader/attendance_panel.h"
#include "app/reader/error_text.h"
#include "app/reader/file_collector.h"
#include "app/reader/find_bar.h"
#include "app/reader/library_model.h"
#include "app/reader/library_panel.h"
#include "app/reader/message_area.h"
#include "app/reader/people_panel.h"
#include "app/reader/people_summary.h"
#include "app/reader/qt_text.h"
#include "app/reader/theme.h"
#include "app/shared/resource_locator.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
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
#include <QVBoxLayout>

namespace dais::reader {

MainWindow::MainWindow(Settings& settings, Result<std::filesystem::path> resourceDir,
                       QWidget* parent)
    : QMainWindow(parent), m_settings(settings) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Dais"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/dais.svg")));
    setAcceptDrops(true);

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

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("sidePanel"));
    m_people = new PeoplePanel(m_tabs);
    m_attendance = new AttendancePanel(m_tabs);
    auto* notes =
        new QLabel(tr("Highlights and notes arrive with the library store, which is not built yet: "
                      "annotations need a place to be kept before they can be offered."),
                   m_tabs);
    notes->setObjectName(QStringLiteral("notesPlaceholder"));
    notes->setWordWrap(true);
    notes->setAlignment(Qt::AlignCenter);
    notes->setMargin(16);
    m_tabs->addTab(m_people, tr("People"));
    m_tabs->addTab(m_attendance, tr("Attendance"));
    m_tabs->addTab(notes, tr("Notes"));

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

    if (resourceDir) {
        m_resourceDir = resourceDir.value();
        m_loader = new ArticleLoader(*m_resourceDir, this);
        connect(m_loader, &ArticleLoader::fileLoaded, this, &MainWindow::fileLoaded);
        connect(m_loader, &ArticleLoader::idle, this, &MainWindow::updateStatus);
    } else {
        m_messages->post(MessageArea::Level::Error, ErrorText::forResources(resourceDir.error()));
    }

    connect(m_library, &LibraryPanel::articleSelected, this, &MainWindow::showArticle);
    connect(m_people, &PeoplePanel::personPicked, m_view, &ArticleView::markPerson);
    connect(m_attendance, &AttendancePanel::passagePicked, m_view, &ArticleView::revealSpan);
    connect(m_findBar, &FindBar::queryChanged, m_view, &ArticleView::find);
    connect(m_findBar, &FindBar::nextRequested, m_view, &ArticleView::findNext);
    connect(m_findBar, &FindBar::previousRequested, m_view, &ArticleView::findPrevious);
    connect(m_findBar, &FindBar::closed, this, [this] {
        m_view->clearFind();
        m_view->setFocus();
    });
    connect(m_view, &ArticleView::findChanged, m_findBar, &FindBar::showCount);

    buildMenus();

    resize(1280, 820);
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
    m_splitter->restoreState(m_settings.splitterState());
    m_view->setPlaceholderText(tr("Open a report with File → Open (Ctrl+O), or drop files and "
                                  "folders here."));
    updateStatus();
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
    QStringList last;
    int gone = 0;
    for (const QString& path : m_settings.lastFiles()) {
        if (QFileInfo::exists(path))
            last << path;
        else
            ++gone;
    }
    if (gone > 0)
        m_messages->post(
            MessageArea::Level::Warning,
            tr("%n file(s) open at the end of the last session no longer exist.", nullptr, gone));
    if (!last.isEmpty()) {
        openPaths(last);
    } else if (m_resourceDir) {
        // A first start (or nothing left from the last one): show the bundled sample.
        openPaths({QString::fromStdString(app::bundledSample(*m_resourceDir))});
    }
}

void MainWindow::openPaths(const QStringList& paths) {
    if (!m_loader) {
        m_messages->post(MessageArea::Level::Error,
                         tr("Nothing can be opened: Dais cannot find its word lists."));
        return;
    }
    QStringList files;
    for (const QString& path : collectInputFiles(paths)) {
        if (m_model->containsFile(path))
            m_messages->post(MessageArea::Level::Info,
                             tr("“%1” is already open.").arg(QFileInfo(path).fileName()));
        else
            files << path;
    }
    if (files.isEmpty() && !paths.isEmpty() && collectInputFiles(paths).isEmpty())
        m_messages->post(MessageArea::Level::Warning,
                         tr("No reports (.txt, .html) were found in what was opened."));
    m_loader->load(files);
    updateStatus();
}

bool MainWindow::isLoading() const {
    return m_loader && m_loader->pending() > 0;
}

void MainWindow::fileLoaded(const LoadOutcome& outcome) {
    if (!outcome.error.isEmpty()) {
        m_messages->post(MessageArea::Level::Error, outcome.error);
        return;
    }
    const QString name = QFileInfo(outcome.path).fileName();
    for (const QString& w : outcome.warnings)
        m_messages->post(
            MessageArea::Level::Warning,
            tr("“%1”: some bytes could not be decoded and were replaced (%2).").arg(name, w));
    if (m_model->containsFile(outcome.path)) return; // opened twice while loading
    const int firstNew = m_model->rowCount();
    m_model->addArticles(outcome.articles);
    if (m_selectOnArrival && m_model->rowCount() > firstNew) {
        m_selectOnArrival = false;
        m_library->selectVisibleRow(0);
    }
    updateStatus();
}

void MainWindow::showArticle(int row) {
    const LoadedArticle& article = m_model->article(row);
    m_view->showArticle(article);
    m_people->showPeople(summarisePeople(article.extraction));
    m_attendance->showAttendance(article.extraction);
    if (m_findBar->isVisible() && !m_findBar->query().isEmpty()) m_view->find(m_findBar->query());
    setWindowTitle(tr("%1 — Dais").arg(LibraryModel::titleOf(article)));
    updateStatus();
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
        text = tr("Reading and analysing %n file(s)…", nullptr, m_loader->pending());
    else
        text = tr("%n article(s) open", nullptr, m_model->rowCount());
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
    m_settings.setLastFiles(m_model->files());
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
