#include "app/reader/library_model.h"

#include "app/reader/qt_text.h"

#include <QFileInfo>

namespace dais::reader {

LibraryModel::LibraryModel(QObject* parent) : QAbstractTableModel(parent) {}

void LibraryModel::addArticles(std::vector<LoadedArticle> articles) {
    if (articles.empty()) return;
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(articles.size()) - 1);
    for (auto& a : articles)
        m_articles.push_back(std::move(a));
    endInsertRows();
}

bool LibraryModel::containsFile(const QString& path) const {
    for (const auto& a : m_articles)
        if (a.path == path) return true;
    return false;
}

QStringList LibraryModel::files() const {
    QStringList out;
    for (const auto& a : m_articles)
        if (!out.contains(a.path)) out << a.path;
    return out;
}

int LibraryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_articles.size());
}

int LibraryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString LibraryModel::titleOf(const LoadedArticle& article) {
    const auto& x = article.extraction;
    if (x.title) return toQString(*x.title);
    // No title line: the opening words of the first paragraph stand in for it.
    const auto& body = article.layout().body;
    if (body.empty()) return tr("(untitled)");
    const auto span = body.front().pieces.front();
    const std::u32string_view text(article.document->text);
    const auto opening = text.substr(span.start, std::min<std::size_t>(span.size(), 24));
    return toQString(opening) + (span.size() > 24 ? QStringLiteral("…") : QString());
}

QString LibraryModel::dateOf(const LoadedArticle& article) {
    for (const auto& d : article.extraction.dates)
        if (d.value.size() == 10) return fromUtf8(d.value); // a full YYYY-MM-DD
    if (!article.extraction.dates.empty()) return toQString(article.extraction.dates.front().text);
    return {};
}

QVariant LibraryModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const LoadedArticle& a = m_articles[index.row()];
    switch (index.column()) {
    case Title:
        if (role == Qt::DisplayRole || role == SortRole) return titleOf(a);
        if (role == Qt::ToolTipRole) return titleOf(a);
        break;
    case Date:
        if (role == Qt::DisplayRole) return dateOf(a);
        if (role == SortRole)
            return a.extraction.dates.empty() ? QString()
                                              : fromUtf8(a.extraction.dates.front().value);
        break;
    case Source:
        if (role == Qt::DisplayRole || role == SortRole) return QFileInfo(a.path).fileName();
        if (role == Qt::ToolTipRole) return tr("%1, article %2").arg(a.path).arg(a.index + 1);
        break;
    default:
        break;
    }
    return {};
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Title:
        return tr("Title");
    case Date:
        return tr("Date");
    case Source:
        return tr("Source");
    default:
        return {};
    }
}

} // namespace dais::reader
