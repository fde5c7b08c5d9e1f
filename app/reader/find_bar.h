#pragma once
// Find in the article (Ctrl+F): a query field, previous/next, and the match count. It only
// asks; ArticleView finds.

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace dais::reader {

class FindBar : public QWidget {
    Q_OBJECT

  public:
    explicit FindBar(QWidget* parent = nullptr);

    /// Shows the bar and puts the focus in the query field, its text selected.
    void activate();
    QString query() const;
    /// `current` is 0-based, -1 when nothing is selected.
    void showCount(int current, int count);
    QString countText() const;

  signals:
    void queryChanged(const QString& query);
    void nextRequested();
    void previousRequested();
    void closed();

  protected:
    void keyPressEvent(QKeyEvent* event) override;

  private:
    QLineEdit* m_query;
    QToolButton* m_previous;
    QToolButton* m_next;
    QLabel* m_count;
};

} // namespace dais::reader
