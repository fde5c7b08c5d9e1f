#include "app/reader/notes_panel.h"

#include "app/reader/annotation_actions.h"
#include "app/reader/qt_text.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dais::reader {
namespace {

constexpr int kIdRole = Qt::UserRole;

QString shortQuote(const std::u32string& quote) {
    const QString q = toQString(quote).simplified();
    return q.size() > 40 ? q.left(40) + QStringLiteral("…") : q;
}

QString joinedTags(const std::vector<std::string>& tags) {
    QStringList out;
    for (const auto& t : tags) out << fromUtf8(t);
    return out.join(QStringLiteral(", "));
}

QTreeWidget* makeTree(QWidget* parent, const QString& name, const QStringList& headers) {
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setColumnCount(static_cast<int>(headers.size()));
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setWordWrap(true);
    tree->setTextElideMode(Qt::ElideRight);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int i = 1; i < headers.size(); ++i)
        tree->header()->setSectionResizeMode(i, QHeaderView::ResizeToContents);
    return tree;
}

} // namespace

NotesPanel::NotesPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("notesEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(12);
    m_tree = makeTree(this, QStringLiteral("notesTree"), {tr("Passage"), tr("Note"), tr("Tags")});
    m_orphanHeading = new QLabel(tr("Not found in the current text (after a re-import):"), this);
    m_orphanHeading->setWordWrap(true);
    m_orphanHeading->setMargin(4);
    m_orphans = makeTree(this, QStringLiteral("orphansTree"), {tr("Quote"), tr("Note")});
    m_reattach = new QPushButton(tr("&Re-attach to the selection"), this);
    m_reattach->setObjectName(QStringLiteral("reattachButton"));
    m_reattach->setToolTip(tr("Select the passage in the article first"));
    m_delete = new QPushButton(tr("De&lete"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_reattach);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    layout->addWidget(m_empty);
    layout->addWidget(m_tree, 3);
    layout->addWidget(m_orphanHeading);
    layout->addWidget(m_orphans, 1);
    layout->addLayout(buttons);

    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        emit annotationPicked(item->data(0, kIdRole).toLongLong());
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        emit annotationPicked(item->data(0, kIdRole).toLongLong());
    });
    connect(m_reattach, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentOrphan()) emit reattachRequested(id);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentOrphan()) emit deleteRequested(id);
    });
    clear();
}

qint64 NotesPanel::currentOrphan() const {
    const QTreeWidgetItem* item = m_orphans->currentItem();
    return item ? item->data(0, kIdRole).toLongLong() : 0;
}

void NotesPanel::clear() {
    showAnnotations({}, {});
    m_empty->setText(tr("Open an article to see its highlights and notes."));
}

void NotesPanel::showAnnotations(std::vector<store::Annotation> annotations,
                                 const std::vector<store::Colour>& colours) {
    std::map<std::string, const store::Colour*> byKey;
    for (const auto& c : colours) byKey[c.key] = &c;
    // Notes on the whole article first, then highlights in text order.
    std::stable_sort(annotations.begin(), annotations.end(), [](const auto& a, const auto& b) {
        const std::size_t pa = a.span ? a.span->start + 1 : 0, pb = b.span ? b.span->start + 1 : 0;
        return pa < pb;
    });
    m_tree->clear();
    m_orphans->clear();
    int attached = 0;
    for (const auto& a : annotations) {
        const bool orphaned = a.anchorStatus == "orphaned";
        auto* item = new QTreeWidgetItem(orphaned ? m_orphans : m_tree);
        item->setData(0, kIdRole, QVariant::fromValue<qint64>(a.id));
        const QString quote = a.kind == store::AnnotationKind::Note ? tr("(note on the article)")
                                                                    : shortQuote(a.quote);
        item->setText(0, quote);
        item->setToolTip(0, toQString(a.quote));
        item->setText(1, fromUtf8(a.note));
        item->setToolTip(1, fromUtf8(a.note));
        if (!orphaned) item->setText(2, joinedTags(a.tags));
        if (auto c = byKey.find(a.colour); c != byKey.end()) {
            item->setIcon(0, AnnotationActions::swatch(QColor(fromUtf8(c->second->rgb))));
            item->setToolTip(0, fromUtf8(c->second->name) + QStringLiteral(": ") + toQString(a.quote));
        }
        if (!orphaned) ++attached;
    }
    const bool anyOrphan = m_orphans->topLevelItemCount() > 0;
    m_empty->setText(tr("No highlights or notes yet. Select a passage and press 1–6 to "
                        "highlight it, or N to add a note."));
    m_empty->setVisible(attached == 0);
    m_tree->setVisible(attached > 0);
    m_orphanHeading->setVisible(anyOrphan);
    m_orphans->setVisible(anyOrphan);
    m_reattach->setVisible(anyOrphan);
    m_delete->setVisible(anyOrphan);
    if (anyOrphan) m_orphans->setCurrentItem(m_orphans->topLevelItem(0));
}

} // namespace dais::reader
