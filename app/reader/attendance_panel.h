#pragma once
// The Attendance tab: each attendance act of the article (its mode, then its people in the
// order the text gives them) and the meeting's counts. Picking one asks to show its passage.

#include "core/extract/extractor.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace dais::reader {

class AttendancePanel : public QWidget {
    Q_OBJECT

  public:
    explicit AttendancePanel(QWidget* parent = nullptr);

    void showAttendance(const extract::ArticleExtraction& article);
    void clear();
    QTreeWidget* tree() const { return m_tree; }

  signals:
    /// Code points of the decoded text.
    void passagePicked(dais::text::Span span);

  private:
    QLabel* m_empty;
    QTreeWidget* m_tree;
};

} // namespace dais::reader
