#pragma once
// The People tab: the people of the article in order of appearance, with their roles and
// attendance modes. Picking one (click, or arrows and Enter) asks to mark their mentions.

#include "app/reader/people_summary.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace dais::reader {

class PeoplePanel : public QWidget {
    Q_OBJECT

  public:
    explicit PeoplePanel(QWidget* parent = nullptr);

    void showPeople(const std::vector<PersonRow>& rows);
    void clear();
    QTreeWidget* tree() const { return m_tree; }

  signals:
    /// Index into the article's people; -1 when the pick is cleared.
    void personPicked(int person);
    /// Double-click or Enter on a person: open their record across the library.
    void personActivated(const QString& name);

  private:
    QLabel* m_empty;
    QTreeWidget* m_tree;
};

} // namespace dais::reader
