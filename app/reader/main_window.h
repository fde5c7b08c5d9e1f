#pragma once
// The reader's window: the library on the left, the article in the centre, People /
// Attendance / Notes / Search on the right. It wires the parts together and turns what they
// report into words for the user; the work happens in the parts and in the store.

#include "app/reader/entity_palette.h"
#include "app/reader/settings.h"
#include "core/common/result.h"

#include <QMainWindow>

#include <array>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QSplitter;
class QTabWidget;

namespace dais::store {
class Library;
}

namespace dais::reader {

class AnnotationActions;
class AnnotationEditor;
class ArticleView;
class AttendancePanel;
class FindBar;
class LibraryImporter;
class LibraryModel;
class LibraryPanel;
class MessageArea;
class NotesPanel;
class PeoplePanel;
class PersonView;
class SearchPanel;
class SelectionToolbar;
struct ImportOutcome;
struct LoadedArticle;

class MainWindow : public QMainWindow {
    Q_OBJECT

  public:
    /// Asks the user for a text (a note, tags): title, label, current text → the new text, or
    /// nullopt when cancelled. Tests replace the dialog with their own answer.
    using TextPrompt =
        std::function<std::optional<QString>(const QString&, const QString&, const QString&)>;

    /// `resourceDir` is where lexicon/ and samples/ are, `database` the library file; each
    /// may be the error saying why it is not available (shown in the window).
    MainWindow(Settings& settings, Result<std::filesystem::path> resourceDir,
               Result<std::filesystem::path> database, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// What to show first: the files named on the command line (imported), else the article
    /// open at the end of the last session, else — with an empty library — the bundled
    /// sample page, imported and opened.
    void startUp(const QStringList& arguments);
    /// Imports files and folders (folders are searched for reports) into the library.
    void openPaths(const QStringList& paths);
    /// True while files are being imported.
    bool isLoading() const;
    /// Shows article `id` of the library; false when it cannot be read.
    bool openArticle(qint64 id);
    qint64 currentArticle() const { return m_currentId; }

    /// Highlights the selected passage in colour `key` (what keys 1–6 do).
    void highlightSelection(const QString& key);
    /// Asks for a note and attaches it to the selected passage (what N does).
    void addNoteToSelection();
    /// Copies the selected passage with its title, date and source.
    void copyWithSource();
    /// Searches the library and shows the results in the Search tab.
    void searchLibrary(const QString& query);
    /// Opens the person view for `name`.
    void showPerson(const QString& name);
    void setTextPrompt(TextPrompt prompt) { m_prompt = std::move(prompt); }

    LibraryModel* libraryModel() const { return m_model; }
    LibraryPanel* libraryPanel() const { return m_library; }
    ArticleView* articleView() const { return m_view; }
    PeoplePanel* peoplePanel() const { return m_people; }
    AttendancePanel* attendancePanel() const { return m_attendance; }
    NotesPanel* notesPanel() const { return m_notes; }
    SearchPanel* searchPanel() const { return m_search; }
    PersonView* personView() const { return m_personView; }
    AnnotationEditor* annotationEditor() const { return m_editor; }
    SelectionToolbar* selectionToolbar() const { return m_toolbar; }
    QTabWidget* sidePanel() const { return m_tabs; }
    FindBar* findBar() const { return m_findBar; }
    MessageArea* messageArea() const { return m_messages; }
    QLineEdit* searchBox() const { return m_searchBox; }
    QAction* kindAction(EntityKind kind) const;
    store::Library* library() const { return m_store.get(); }

  protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

  private:
    void buildSidePanel();
    void buildMenus();
    void buildAnnotating();
    void buildLanguageMenu(QMenu* menu);
    void buildThemeMenu(QMenu* menu);
    void showOpenDialog();
    void fileImported(const ImportOutcome& outcome);
    void reloadLibrary();
    void refreshAnnotations();
    void colourChosen(const QString& key);
    void showHighlightMenu(qint64 id, const QPoint& globalPos);
    void showContextMenu(const QPoint& globalPos, qint64 id);
    void editNote(qint64 id);
    void editTags(qint64 id);
    void reattach(qint64 id);
    void openSearchResult(qint64 articleId, const QString& query, qint64 annotationId);
    void openPersonArticle(qint64 articleId, const QString& name);
    void changeFontSize(int delta);
    void openFind();
    void showAbout();
    void saveSession();
    void updateStatus();
    void updateLegend();

    Settings& m_settings;
    std::optional<std::filesystem::path> m_resourceDir;
    std::unique_ptr<store::Library> m_store;
    std::unique_ptr<LoadedArticle> m_article;
    LibraryImporter* m_importer = nullptr;
    AnnotationEditor* m_editor = nullptr;
    AnnotationActions* m_actions = nullptr;
    SelectionToolbar* m_toolbar = nullptr;
    LibraryModel* m_model;
    LibraryPanel* m_library;
    ArticleView* m_view;
    FindBar* m_findBar;
    MessageArea* m_messages;
    QTabWidget* m_tabs = nullptr;
    PeoplePanel* m_people = nullptr;
    AttendancePanel* m_attendance = nullptr;
    NotesPanel* m_notes = nullptr;
    SearchPanel* m_search = nullptr;
    PersonView* m_personView = nullptr;
    QLineEdit* m_searchBox = nullptr;
    QSplitter* m_splitter;
    QLabel* m_status;
    QLabel* m_legend;
    std::array<QAction*, 4> m_kindActions{};
    TextPrompt m_prompt;
    qint64 m_currentId = 0;
    qint64 m_targetHighlight = 0; ///< the highlight a menu is open for
    bool m_selectOnArrival = false;
};

} // namespace dais::reader
