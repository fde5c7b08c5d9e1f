#include "store/search_index.h"

#include <unicode/uchar.h>

namespace dais::store {

namespace {
QString qstr(std::u32string_view s) { return QString::fromUcs4(s.data(), static_cast<qsizetype>(s.size())); }
} // namespace

std::u32string foldForSearch(text::TextFolder& folder, std::u32string_view text) {
    std::u32string out;
    out.reserve(text.size());
    for (char32_t cp : text) {
        char32_t f = folder.fold(cp);
        if (f >= U'A' && f <= U'Z') f += U'a' - U'A';
        out.push_back(f);
    }
    return out;
}

bool isWordChar(char32_t cp) { return u_isalnum(static_cast<UChar32>(cp)); }

std::u32string bigramsOf(std::u32string_view folded) {
    std::u32string out;
    out.reserve(folded.size() * 3);
    for (std::size_t i = 0; i < folded.size(); ++i) {
        if (!isWordChar(folded[i])) continue;
        if (!out.empty()) out.push_back(U' ');
        out.push_back(folded[i]);
        if (i + 1 < folded.size() && isWordChar(folded[i + 1])) out.push_back(folded[i + 1]);
    }
    return out;
}

std::u32string annotationSearchText(std::u32string_view quote, std::u32string_view note,
                                    const std::vector<std::u32string>& tags) {
    std::u32string out(quote);
    out += U'\n';
    out += note;
    for (const auto& t : tags) {
        out += U'\n';
        out += t;
    }
    return out;
}

Status SearchIndex::indexArticle(std::int64_t articleId, std::u32string_view text) {
    return replace(QStringLiteral("SELECT id FROM search_items WHERE article_id = ? AND annotation_id IS NULL"),
                   {QVariant::fromValue<qint64>(articleId)}, articleId, QVariant(), text);
}

Status SearchIndex::indexAnnotation(std::int64_t annotationId, std::int64_t articleId, std::u32string_view text) {
    return replace(QStringLiteral("SELECT id FROM search_items WHERE annotation_id = ?"),
                   {QVariant::fromValue<qint64>(annotationId)}, articleId,
                   QVariant::fromValue<qint64>(annotationId), text);
}

Status SearchIndex::replace(const QString& findItemSql, std::initializer_list<QVariant> key,
                            std::int64_t articleId, QVariant annotationId, std::u32string_view text) {
    auto existing = m_db.scalar(findItemSql, key);
    if (!existing) return existing.error();
    qint64 itemId = 0;
    if (existing.value().isValid() && !existing.value().isNull()) {
        itemId = existing.value().toLongLong();
        // The bigram table is contentless: FTS5 removes a row only when told the exact tokens it
        // indexed, which are rebuilt from the folded text kept in the trigram table.
        auto old = m_db.scalar(QStringLiteral("SELECT folded FROM search_trigram WHERE rowid = ?"), {itemId});
        if (!old) return old.error();
        if (old.value().isValid()) {
            const std::u32string oldGrams = bigramsOf(old.value().toString().toStdU32String());
            if (auto s = m_db.write(QStringLiteral("INSERT INTO search_bigram(search_bigram, rowid, grams) "
                                                   "VALUES('delete', ?, ?)"),
                                    {itemId, qstr(oldGrams)});
                !s)
                return s;
            if (auto s = m_db.write(QStringLiteral("DELETE FROM search_trigram WHERE rowid = ?"), {itemId}); !s)
                return s;
        }
    } else {
        auto id = m_db.insert(QStringLiteral("INSERT INTO search_items(article_id, annotation_id) VALUES(?, ?)"),
                              {QVariant::fromValue<qint64>(articleId), annotationId});
        if (!id) return id.error();
        itemId = id.value();
    }
    const std::u32string folded = foldForSearch(m_folder, text);
    if (auto s = m_db.write(QStringLiteral("INSERT INTO search_trigram(rowid, folded) VALUES(?, ?)"),
                            {itemId, qstr(folded)});
        !s)
        return s;
    if (auto s = m_db.write(QStringLiteral("INSERT INTO search_bigram(rowid, grams) VALUES(?, ?)"),
                            {itemId, qstr(bigramsOf(folded))});
        !s)
        return s;
    return Done{};
}

} // namespace dais::store
