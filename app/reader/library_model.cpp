#include "app/reader/library_model.h"

#include "app/reader/qt_text.h"

#include <QFileInfo>

namespace dais::reader {

LibraryModel::LibraryModel(QObject* parent) : QAbstractTableModel(parent) {}

void LibraryModel::setArticles(std::vector<store::ArticleSummary> articles) {
    beginResetModel();
    m_articles = std::move(articles);
    endResetModel();
}

int LibraryModel::rowOf(qint64 id) const {
    for (std::size_t i = 0; i < m_articles.size(); ++i)
        if (m_articles[i].id == id) return static_cast<int>(i);
    return -1;
}

void LibraryModel::setAnnotationCount(qint64 id, int count) {
    const int row = rowOf(id);
    if (row < 0 || m_articles[row].annotations == count) return;
    m_articles[row].annotations = count;
    emit dataChanged(index(row, Annotations), index(row, Annotations));
}

int LibraryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_articles.size());
}

int LibraryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString LibraryModel::titleOf(const store::ArticleSummary& article) {
    return article.title.empty() ? tr("(untitled)") : fromUtf8(article.title);
}

QVariant LibraryModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const store::ArticleSummary& a = m_articles[index.row()];
    if (role == IdRole) return QVariant::fromValue<qint64>(a.id);
    switch (index.column()) {
    case Title:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return titleOf(a);
        break;
    case Date:
        if (role == Qt::DisplayRole || role == SortRole) return fromUtf8(a.referenceDate);
        break;
    case Source:
        if (role == Qt::DisplayRole || role == SortRole)
            return QFileInfo(fromUtf8(a.source)).fileName();
        if (role == Qt::ToolTipRole) return fromUtf8(a.source);
        break;
    case Annotations:
        if (role == Qt::DisplayRole) return a.annotations > 0 ? QString::number(a.annotations) : QString();
        if (role == SortRole) return a.annotations;
        if (role == Qt::ToolTipRole) return tr("%n highlight(s) and note(s)", nullptr, a.annotations);
        if (role == Qt::TextAlignmentRole) return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::ToolTipRole && section == Annotations) return tr("Highlights and notes");
    if (role != Qt::DisplayRole) return {};
    switch (section) {
    case Title:
        return tr("Title");
    case Date:
        return tr("Date");
    case Source:
        return tr("Source");
    case Annotations:
        return tr("Notes");
    default:
        return {};
    }
}

} // namespace dais::reader
