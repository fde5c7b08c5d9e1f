#pragma once
// The reader's window: the library of articles opened this session on the left, the article
// in the centre, People / Attendance / Notes on the right. It wires the parts together and
// turns what they report into words for the user; the work happens in the parts.

#include "app/reader/entity_palette.h"
#include "app/reader/settings.h"
#include "core/common/result.h"

#include <QMainWindow>

#include <array>
#include <filesystem>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QSplitter;
class QTabWidget;

namespace dais::reader {

class ArticleLoader;
class ArticleView;
class AttendancePanel;
class FindBar;
class LibraryModel;
class LibraryPanel;
class MessageArea;
class PeoplePanel;
struct LoadOutcome;

class MainWindow : public QMainWindow {
    Q_OBJECT

  public:
    /// `resourceDir` is where lexicon/ and samples/ are, or the error saying why they were
    /// not found (shown in the window; nothing can be opened then).
    MainWindow(Settings& settings, Result<std::filesystem::path> resourceDir,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    /// What to show first: the files named on the command line, else the files open at the
    /// end of the last session, else the bundled sample page.
    void startUp(const QStringList& arguments);
    /// Opens files and folders (folders are searched for reports).
    void openPaths(const QStringList& paths);
    /// True while files are being read and analysed.
    bool isLoading() const;

    LibraryModel* libraryModel() const { return m_model; }
    LibraryPanel* libraryPanel() const { return m_library; }
    ArticleView* articleView() const { return m_view; }
    PeoplePanel* peoplePanel() const { return m_people; }
    AttendancePanel* attendancePanel() const { return m_attendance; }
    QTabWidget* sidePanel() const { return m_tabs; }
    FindBar* findBar() const { return m_findBar; }
    MessageArea* messageArea() const { return m_messages; }
    QAction* kindAction(EntityKind kind) const;

  protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

  private:
    void buildMenus();
    void buildLanguageMenu(QMenu* menu);
    void buildThemeMenu(QMenu* menu);
    void showOpenDialog();
    void fileLoaded(const LoadOutcome& outcome);
    void showArticle(int row);
    void changeFontSize(int delta);
    void openFind();
    void showAbout();
    void saveSession();
    void updateStatus();
    void updateLegend();

    Settings& m_settings;
    std::optional<std::filesystem::path> m_resourceDir;
    ArticleLoader* m_loader = nullptr;
    LibraryModel* m_model;
    LibraryPanel* m_library;
    ArticleView* m_view;
    FindBar* m_findBar;
    MessageArea* m_messages;
    QTabWidget* m_tabs;
    PeoplePanel* m_people;
    AttendancePanel* m_attendance;
    QSplitter* m_splitter;
    QLabel* m_status;
    QLabel* m_legend;
    std::array<QAction*, 4> m_kindActions{};
    bool m_selectOnArrival = true;
};

} // namespace dais::reader
