#include "app/reader/article_view.h"

#include "app/reader/article_document_builder.h"
#include "app/reader/people_summary.h"
#include "app/reader/qt_text.h"
#include "app/reader/theme.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QFontMetricsF>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextDocument>
#include <QTextFrame>
#include <QToolTip>

#include <algorithm>

namespace dais::reader {
namespace {

// A comfortable measure for Chinese body text, in characters per line.
constexpr qreal kMeasureChars = 36;

QFont readingFont(int points) {
    QFont f;
    // Named explicitly: under a C locale fontconfig picks the Japanese CJK face for Han.
    f.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans SC"),
                   QStringLiteral("Source Han Sans SC"), QStringLiteral("WenQuanYi Micro Hei")});
    f.setPointSize(points);
    return f;
}

} // namespace

ArticleView::ArticleView(QWidget* parent) : QTextBrowser(parent) {
    setOpenLinks(false);
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setAcceptDrops(false); // files dropped here go to the window, which opens them
    viewport()->setAcceptDrops(false);
    setFrameShape(QFrame::NoFrame);
    setFont(readingFont(m_fontSize));
}

void ArticleView::showArticle(const LoadedArticle& article) {
    m_article = article;
    m_highlights.clear();
    m_markedPerson = -1;
    m_matches.clear();
    m_currentMatch = -1;
    rebuild();
    verticalScrollBar()->setValue(0);
}

void ArticleView::clearArticle() {
    m_article.reset();
    m_highlights.clear();
    m_map = {};
    for (auto& r : m_ranges)
        r.clear();
    m_markedPerson = -1;
    clearFind();
    document()->clear();
    setExtraSelections({});
}

void ArticleView::setFontSize(int points) {
    if (points == m_fontSize) return;
    m_fontSize = points;
    setFont(readingFont(points));
    const QScrollBar* bar = verticalScrollBar();
    const double fraction = bar->maximum() > 0 ? double(bar->value()) / bar->maximum() : 0.0;
    const QString query = m_matches.isEmpty() ? QString() : m_matches.front().selectedText();
    const int current = m_currentMatch;
    rebuild();
    if (!query.isEmpty()) {
        find(query);
        if (current >= 0 && current < matchCount()) goToMatch(current);
    }
    verticalScrollBar()->setValue(int(fraction * verticalScrollBar()->maximum()));
}

void ArticleView::setKindVisible(EntityKind kind, bool visible) {
    m_visible[index(kind)] = visible;
    updateSelections();
}

int ArticleView::underlineCount(EntityKind kind) const {
    return m_visible[index(kind)] ? static_cast<int>(m_ranges[index(kind)].size()) : 0;
}

void ArticleView::markPerson(int person) {
    m_markedPerson =
        (m_article && person >= 0 && person < static_cast<int>(m_article->extraction.people.size()))
            ? person
            : -1;
    updateSelections();
    const auto ranges = markedRanges();
    if (!ranges.empty()) {
        QTextCursor c(document());
        c.setPosition(ranges.front().first);
        setTextCursor(c);
        ensureCursorVisible();
    }
}

std::vector<std::pair<int, int>> ArticleView::markedRanges() const {
    std::vector<std::pair<int, int>> out;
    if (!m_article || m_markedPerson < 0) return out;
    for (const auto& mention : m_article->extraction.people[m_markedPerson].mentions)
        if (auto r = m_map.toDocument(mention)) out.push_back(*r);
    return out;
}

void ArticleView::revealSpan(text::Span span) {
    const auto r = m_map.toDocument(span);
    if (!r) return;
    QTextCursor c(document());
    c.setPosition(r->first);
    c.setPosition(r->second, QTextCursor::KeepAnchor);
    setTextCursor(c);
    ensureCursorVisible();
}

int ArticleView::find(const QString& query) {
    m_matches.clear();
    m_currentMatch = -1;
    if (!query.isEmpty()) {
        QTextCursor c(document());
        while (true) {
            c = document()->find(query, c);
            if (c.isNull()) break;
            m_matches << c;
        }
    }
    if (!m_matches.isEmpty())
        goToMatch(0);
    else
        updateSelections();
    emit findChanged(m_currentMatch, matchCount());
    return matchCount();
}

void ArticleView::findNext() {
    if (m_matches.isEmpty()) return;
    goToMatch((m_currentMatch + 1) % matchCount());
    emit findChanged(m_currentMatch, matchCount());
}

void ArticleView::findPrevious() {
    if (m_matches.isEmpty()) return;
    goToMatch((m_currentMatch - 1 + matchCount()) % matchCount());
    emit findChanged(m_currentMatch, matchCount());
}

void ArticleView::clearFind() {
    m_matches.clear();
    m_currentMatch = -1;
    updateSelections();
}

void ArticleView::goToMatch(int i) {
    m_currentMatch = i;
    QTextCursor c = m_matches[i];
    setTextCursor(c);
    ensureCursorVisible();
    updateSelections();
}

int ArticleView::personAt(int documentPosition) const {
    if (!m_article) return -1;
    for (int pos : {documentPosition, documentPosition - 1}) {
        const auto cp = m_map.toCodePoint(pos);
        if (!cp) continue;
        const auto& people = m_article->extraction.people;
        for (std::size_t p = 0; p < people.size(); ++p)
            for (const auto& m : people[p].mentions)
                if (*cp >= m.start && *cp < m.end) return static_cast<int>(p);
    }
    return -1;
}

int ArticleView::documentPositionAt(const QPoint& viewportPos) const {
    const QPointF docPos =
        viewportPos + QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
    return document()->documentLayout()->hitTest(docPos, Qt::ExactHit);
}

void ArticleView::setHighlights(std::vector<HighlightMark> marks) {
    m_highlights = std::move(marks);
    updateSelections();
}

std::optional<text::Span> ArticleView::selectedSpan() const {
    const QTextCursor c = textCursor();
    if (!m_article || !c.hasSelection()) return std::nullopt;
    // The end is exclusive: the last selected unit's code point, plus one.
    const auto start = m_map.toCodePoint(c.selectionStart());
    const auto last = m_map.toCodePoint(c.selectionEnd() - 1);
    if (!start || !last || *last < *start) return std::nullopt;
    return text::Span{*start, *last + 1};
}

bool ArticleView::selectSpan(text::Span span) {
    const auto r = m_map.toDocument(span);
    if (!r) return false;
    QTextCursor c(document());
    c.setPosition(r->first);
    c.setPosition(r->second, QTextCursor::KeepAnchor);
    setTextCursor(c);
    return true;
}

qint64 ArticleView::highlightAt(const QPoint& viewportPos) const {
    const int pos = documentPositionAt(viewportPos);
    if (pos < 0) return 0;
    const auto cp = m_map.toCodePoint(pos);
    if (!cp) return 0;
    // The narrowest highlight wins where two overlap: it is the one drawn on top.
    qint64 best = 0;
    std::size_t width = 0;
    for (const auto& h : m_highlights)
        if (*cp >= h.span.start && *cp < h.span.end && (best == 0 || h.span.size() < width)) {
            best = h.id;
            width = h.span.size();
        }
    return best;
}

bool ArticleView::revealHighlight(qint64 id) {
    for (const auto& h : m_highlights)
        if (h.id == id) {
            if (!selectSpan(h.span)) return false;
            ensureCursorVisible();
            return true;
        }
    return false;
}

QRect ArticleView::highlightRect(qint64 id) const {
    for (const auto& h : m_highlights) {
        if (h.id != id) continue;
        const auto r = m_map.toDocument(h.span);
        if (!r) return {};
        QTextCursor a(document()), b(document());
        a.setPosition(r->first);
        b.setPosition(std::max(r->first, r->second - 1));
        return cursorRect(a).united(cursorRect(b));
    }
    return {};
}

void ArticleView::mouseReleaseEvent(QMouseEvent* event) {
    QTextBrowser::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton) return;
    if (textCursor().hasSelection()) {
        emit selectionFinished();
    } else if (const qint64 id = highlightAt(event->position().toPoint()); id != 0) {
        emit highlightClicked(id, event->globalPosition().toPoint());
    }
}

void ArticleView::contextMenuEvent(QContextMenuEvent* event) {
    const qint64 id = textCursor().hasSelection() ? 0 : highlightAt(event->pos());
    emit contextMenuWanted(event->globalPos(), id);
}

QString ArticleView::toolTipAt(const QPoint& viewportPos) const {
    const int pos = documentPositionAt(viewportPos);
    if (pos < 0) return {};
    const int person = personAt(pos);
    if (person < 0) return {};
    const auto rows = summarisePeople(m_article->extraction);
    const PersonRow& row = rows[person];
    QString tip = QStringLiteral("<b>%1</b>").arg(row.name.toHtmlEscaped());
    tip += QStringLiteral("<br>") +
           (row.roles.isEmpty()
                ? tr("No role given in this article")
                : tr("Roles in this article: %1")
                      .arg(row.roles.join(tr(", ", "list separator")).toHtmlEscaped()));
    if (!row.modes.isEmpty())
        tip += QStringLiteral("<br>") +
               tr("Attendance: %1").arg(row.modes.join(tr(", ", "list separator")).toHtmlEscaped());
    return tip;
}

bool ArticleView::viewportEvent(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString tip = toolTipAt(help->pos());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QTextBrowser::viewportEvent(event);
}

void ArticleView::resizeEvent(QResizeEvent* event) {
    QTextBrowser::resizeEvent(event);
    updateMeasure();
}

void ArticleView::changeEvent(QEvent* event) {
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_article) rebuild();
}

void ArticleView::rebuild() {
    if (!m_article) return;
    ArticleDocumentBuilder::Style style;
    style.font = readingFont(m_fontSize);
    style.muted = palette().color(QPalette::PlaceholderText);
    m_map = ArticleDocumentBuilder::build(*document(), *m_article, style);
    updateMeasure();
    collectRanges();
    updateSelections();
}

void ArticleView::updateMeasure() {
    const qreal em = QFontMetricsF(readingFont(m_fontSize)).horizontalAdvance(QChar(0x4E2D));
    const qreal available = viewport()->width();
    const qreal measure = em * kMeasureChars;
    const qreal side = std::max(em, (available - measure) / 2);
    QTextFrameFormat f = document()->rootFrame()->frameFormat();
    if (qAbs(f.leftMargin() - side) < 1 && f.topMargin() > 0) return;
    f.setLeftMargin(side);
    f.setRightMargin(side);
    f.setTopMargin(em * 1.5);
    f.setBottomMargin(em * 2);
    document()->rootFrame()->setFrameFormat(f);
}

void ArticleView::collectRanges() {
    for (auto& r : m_ranges)
        r.clear();
    if (!m_article) return;
    const auto& x = m_article->extraction;
    auto add = [this](EntityKind kind, text::Span span) {
        if (auto r = m_map.toDocument(span)) m_ranges[index(kind)].push_back(*r);
    };
    for (const auto& act : x.attendance)
        add(EntityKind::Attendance, act.span);
    for (const auto& count : x.counts)
        add(EntityKind::Attendance, count.span);
    for (const auto& span : adjacentRoleSpans(x, m_article->document->text))
        add(EntityKind::Role, span);
    for (const auto& date : x.dates)
        add(EntityKind::Date, date.span);
    for (const auto& person : x.people)
        for (const auto& m : person.mentions)
            add(EntityKind::Person, m);
}

void ArticleView::updateSelections() {
    const bool dark = Theme::isDark();
    QList<QTextEdit::ExtraSelection> selections;
    auto range = [this](std::pair<int, int> r) {
        QTextCursor c(document());
        c.setPosition(r.first);
        c.setPosition(r.second, QTextCursor::KeepAnchor);
        return c;
    };
    // Wide spans first, so that the narrower marks drawn later keep their colour.
    for (EntityKind kind :
         {EntityKind::Attendance, EntityKind::Role, EntityKind::Date, EntityKind::Person}) {
        if (!m_visible[index(kind)]) continue;
        QTextCharFormat f;
        f.setUnderlineStyle(kind == EntityKind::Attendance ? QTextCharFormat::DashUnderline
                                                           : QTextCharFormat::SingleUnderline);
        f.setUnderlineColor(EntityPalette::underline(kind, dark));
        for (const auto& r : m_ranges[index(kind)])
            selections.append({range(r), f});
    }
    for (const auto& h : m_highlights) {
        const auto r = m_map.toDocument(h.span);
        if (!r) continue;
        QTextCharFormat f;
        QColor c = h.colour;
        c.setAlpha(dark ? 110 : 150);
        f.setBackground(c);
        selections.append({range(*r), f});
    }
    QTextCharFormat marked;
    marked.setBackground(EntityPalette::personMark(dark));
    for (const auto& r : markedRanges())
        selections.append({range(r), marked});
    QTextCharFormat match, current;
    match.setBackground(EntityPalette::findMatch(dark));
    current.setBackground(EntityPalette::findCurrent(dark));
    for (int i = 0; i < m_matches.size(); ++i)
        selections.append({m_matches[i], i == m_currentMatch ? current : match});
    setExtraSelections(selections);
}

} // namespace dais::reader
