#pragma once
// The Notes tab: the article's highlights and notes in text order, each with its colour, its
// passage, its note and its tags; clicking one asks to scroll to it. Orphaned annotations
// (whose passage was not found after a re-import) are listed apart with their quote, to be
// re-attached to the current selection or deleted.

#include "store/annotation_repository.h"

#include <QWidget>

#include <map>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace dais::reader {

class NotesPanel : public QWidget {
    Q_OBJECT

  public:
    explicit NotesPanel(QWidget* parent = nullptr);

    /// `colours` maps colour keys to their colours; `meanings` to their names.
    void showAnnotations(std::vector<store::Annotation> annotations,
                         const std::vector<store::Colour>& colours);
    void clear();
    QTreeWidget* tree() const { return m_tree; }
    QTreeWidget* orphans() const { return m_orphans; }
    QPushButton* reattachButton() const { return m_reattach; }
    QPushButton* deleteButton() const { return m_delete; }

  signals:
    void annotationPicked(qint64 id);
    void reattachRequested(qint64 id);
    void deleteRequested(qint64 id);

  private:
    qint64 currentOrphan() const;

    QLabel* m_empty;
    QTreeWidget* m_tree;
    QLabel* m_orphanHeading;
    QTreeWidget* m_orphans;
    QPushButton* m_reattach;
    QPushButton* m_delete;
};

} // namespace dais::reader
