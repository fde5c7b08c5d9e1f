#pragma once
// The Search tab: the library search's results, best first, each with its article's title and
// date and a snippet with the hits in bold. Activating a result asks to open its article at
// the hit.

#include "store/search.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace dais::reader {

class SearchPanel : public QWidget {
    Q_OBJECT

  public:
    explicit SearchPanel(QWidget* parent = nullptr);

    /// Marks put around hits by the store; the panel turns them into bold text.
    static constexpr char32_t kMarkOpen = U'\u0002', kMarkClose = U'\u0003';

    void showResults(const QString& query, std::vector<store::SearchHit> hits);
    int resultCount() const { return static_cast<int>(m_hits.size()); }
    const store::SearchHit& result(int i) const { return m_hits.at(static_cast<std::size_t>(i)); }
    QString query() const { return m_query; }
    /// Opens result `i` as a click on it would.
    void openResult(int i);
    QTextBrowser* browser() const { return m_results; }

  signals:
    /// Open `articleId` and show the hit (`query`; the annotation when the hit is in one).
    void resultOpened(qint64 articleId, const QString& query, qint64 annotationId);

  private:
    QLabel* m_summary;
    QTextBrowser* m_results;
    QString m_query;
    std::vector<store::SearchHit> m_hits;
};

} // namespace dais::reader
