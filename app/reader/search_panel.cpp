#include "app/reader/search_panel.h"

#include "app/reader/qt_text.h"

#include <QLabel>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace dais::reader {
namespace {

QString markedSnippet(const std::string& snippet) {
    QString s = fromUtf8(snippet).toHtmlEscaped();
    s.replace(QChar(SearchPanel::kMarkOpen), QStringLiteral("<b style=\"background:#fde68a; color:#111\">"));
    s.replace(QChar(SearchPanel::kMarkClose), QStringLiteral("</b>"));
    return s;
}

} // namespace

SearchPanel::SearchPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(tr("Search the whole library with the box in the toolbar "
                              "(Ctrl+Shift+F): article text, highlights and notes."),
                           this);
    m_summary->setObjectName(QStringLiteral("searchSummary"));
    m_summary->setWordWrap(true);
    m_summary->setMargin(6);
    m_results = new QTextBrowser(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setOpenLinks(false);
    m_results->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);
    connect(m_results, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        bool ok = false;
        const int i = url.path().toInt(&ok);
        if (ok) openResult(i);
    });
}

void SearchPanel::showResults(const QString& query, std::vector<store::SearchHit> hits) {
    m_query = query;
    m_hits = std::move(hits);
    m_summary->setText(m_hits.empty() ? tr("Nothing in the library matches “%1”.").arg(query)
                                      : tr("%n result(s) for “%1”, best first:", nullptr,
                                           static_cast<int>(m_hits.size()))
                                            .arg(query));
    QString html;
    for (std::size_t i = 0; i < m_hits.size(); ++i) {
        const auto& h = m_hits[i];
        const QString title = h.title.empty() ? tr("(untitled)") : fromUtf8(h.title);
        QString where = fromUtf8(h.referenceDate);
        if (h.annotationId) where += (where.isEmpty() ? QString() : QStringLiteral(" · ")) + tr("in your notes");
        const QString whereLine = where.isEmpty() ? QString()
                                                  : QStringLiteral("<br><span style=\"color:gray\">%1</span>")
                                                        .arg(where.toHtmlEscaped());
        html += QStringLiteral("<p style=\"margin-bottom:10px\"><a href=\"result:%1\"><b>%2</b></a>%3<br>%4</p>")
                    .arg(i)
                    .arg(title.toHtmlEscaped(), whereLine, markedSnippet(h.snippet));
    }
    m_results->setHtml(html);
}

void SearchPanel::openResult(int i) {
    if (i < 0 || i >= resultCount()) return;
    const auto& h = m_hits[static_cast<std::size_t>(i)];
    emit resultOpened(h.articleId, m_query, h.annotationId.value_or(0));
}

} // namespace dais::reader
