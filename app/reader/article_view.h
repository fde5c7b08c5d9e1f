#pragma once
// The article in the centre: read-only text laid out for Chinese reading, with detected
// entities underlined (one colour per kind, each kind switchable), the mentions of one person
// marked, find-in-article matches, a tooltip giving a person's roles in this article, and the
// user's highlights in their colours. Selections are reported in code points of the text.

#include "app/reader/entity_palette.h"
#include "app/reader/loaded_article.h"
#include "app/reader/position_map.h"

#include <QColor>
#include <QList>
#include <QTextBrowser>
#include <QTextCursor>

#include <array>
#include <optional>
#include <utility>
#include <vector>

namespace dais::reader {

/// A highlight as the view draws it: the library's annotation id, its passage in code points
/// of the article's text, and its colour.
struct HighlightMark {
    qint64 id = 0;
    text::Span span;
    QColor colour;
};

class ArticleView : public QTextBrowser {
    Q_OBJECT

  public:
    explicit ArticleView(QWidget* parent = nullptr);

    void showArticle(const LoadedArticle& article);
    void clearArticle();
    bool hasArticle() const { return m_article.has_value(); }

    /// Body text size in points (headings scale with it).
    void setFontSize(int points);
    int fontSize() const { return m_fontSize; }

    void setKindVisible(EntityKind kind, bool visible);
    bool isKindVisible(EntityKind kind) const { return m_visible[index(kind)]; }
    /// Underlined ranges of `kind` in the current article (0 when the kind is hidden).
    int underlineCount(EntityKind kind) const;

    /// Marks every mention of person `person` (index into the article's people) and scrolls to
    /// the first; -1 clears the mark.
    void markPerson(int person);
    int markedPerson() const { return m_markedPerson; }
    /// The document ranges currently marked for the picked person.
    std::vector<std::pair<int, int>> markedRanges() const;
    /// Scrolls to a span of the decoded text (code points) and selects it.
    void revealSpan(text::Span span);

    /// Finds every occurrence of `query` (case-insensitive); selects the first. Returns the
    /// number of matches.
    int find(const QString& query);
    void findNext();
    void findPrevious();
    void clearFind();
    int matchCount() const { return static_cast<int>(m_matches.size()); }
    int currentMatch() const { return m_currentMatch; } ///< 0-based, -1 when none

    /// The tooltip for the character at `viewportPos` (empty when it is not a person).
    QString toolTipAt(const QPoint& viewportPos) const;

    /// The user's highlights, drawn as backgrounds in their colours.
    void setHighlights(std::vector<HighlightMark> marks);
    const std::vector<HighlightMark>& highlights() const { return m_highlights; }
    /// The selected text as a span of code points of the article's text; nullopt when nothing
    /// (or only text outside the article's own, such as the repeated byline) is selected.
    std::optional<text::Span> selectedSpan() const;
    /// Selects the document range of `span` (code points), for tests and re-selection.
    bool selectSpan(text::Span span);
    /// The highlight under `viewportPos`; 0 when there is none.
    qint64 highlightAt(const QPoint& viewportPos) const;
    /// Scrolls to highlight `id` and selects its passage; false when it is not shown.
    bool revealHighlight(qint64 id);
    /// Where a highlight's passage is drawn (viewport coordinates), for tests and menus.
    QRect highlightRect(qint64 id) const;

  signals:
    void findChanged(int current, int count);
    /// The mouse let go of a selection (the floating toolbar shows itself).
    void selectionFinished();
    /// A click without a selection landed on highlight `id`.
    void highlightClicked(qint64 id, const QPoint& globalPos);
    /// The context menu was asked for at `globalPos`, over highlight `id` (0: none).
    void contextMenuWanted(const QPoint& globalPos, qint64 id);

  protected:
    bool viewportEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

  private:
    static std::size_t index(EntityKind kind) { return static_cast<std::size_t>(kind); }
    void rebuild();
    void collectRanges();
    void updateSelections();
    void updateMeasure();
    void goToMatch(int i);
    int personAt(int documentPosition) const;
    int documentPositionAt(const QPoint& viewportPos) const;

    std::optional<LoadedArticle> m_article;
    PositionMap m_map;
    int m_fontSize = 15;
    std::array<bool, 4> m_visible{true, true, true, true};
    std::array<std::vector<std::pair<int, int>>, 4> m_ranges;
    int m_markedPerson = -1;
    QList<QTextCursor> m_matches;
    int m_currentMatch = -1;
    std::vector<HighlightMark> m_highlights;
};

} // namespace dais::reader
