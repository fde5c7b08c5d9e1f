#include "store/search.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace dais::store {

namespace {

QString qstr(std::u32string_view s) { return QString::fromUcs4(s.data(), static_cast<qsizetype>(s.size())); }

// An FTS5 string literal: inside double quotes every character is literal, a quote is doubled.
QString ftsPhrase(std::u32string_view term) {
    QString out = QStringLiteral("\"");
    for (QChar c : qstr(term)) {
        if (c == QLatin1Char('"')) out += QLatin1Char('"');
        out += c;
    }
    return out + QLatin1Char('"');
}

std::u32string wordCharsOnly(std::u32string_view term) {
    std::u32string out;
    for (char32_t c : term)
        if (isWordChar(c)) out.push_back(c);
    return out;
}

std::string snippetOf(std::u32string_view original, std::u32string_view folded, const std::vector<std::u32string>& terms,
                      const SearchQuery& q) {
    std::size_t first = folded.find(terms.front());
    if (first == std::u32string_view::npos) first = 0;
    constexpr std::size_t kBefore = 24, kAfter = 56;
    const std::size_t from = first > kBefore ? first - kBefore : 0;
    const std::size_t to = std::min(folded.size(), first + terms.front().size() + kAfter);
    // Mark every term occurrence inside the window, longest term first where they overlap.
    std::vector<bool> hit(to - from, false);
    for (const auto& t : terms)
        for (std::size_t p = folded.find(t, from); p != std::u32string_view::npos && p < to; p = folded.find(t, p + 1))
            for (std::size_t k = p; k < std::min(to, p + t.size()); ++k) hit[k - from] = true;
    QString out;
    if (from > 0) out += QStringLiteral("…");
    const QString open = QString::fromStdString(q.markOpen), close = QString::fromStdString(q.markClose);
    for (std::size_t i = from; i < to; ++i) {
        const bool h = hit[i - from];
        if (h && (i == from || !hit[i - from - 1])) out += open;
        char32_t c = original[i];
        if (c == U'\n' || c == U'\r' || c == U'\t') c = U' ';
        out += qstr(std::u32string_view(&c, 1));
        if (h && (i + 1 == to || !hit[i + 1 - from])) out += close;
    }
    if (to < folded.size()) out += QStringLiteral("…");
    return out.toStdString();
}

} // namespace

std::vector<std::u32string> searchTerms(text::TextFolder& folder, std::string_view query) {
    std::vector<std::u32string> terms;
    const QString q = QString::fromUtf8(query.data(), static_cast<qsizetype>(query.size()));
    for (const QString& part : q.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        std::u32string folded = foldForSearch(folder, part.toStdU32String());
        if (!folded.empty() && std::find(terms.begin(), terms.end(), folded) == terms.end()) terms.push_back(folded);
    }
    return terms;
}

Result<std::vector<SearchHit>> Search::run(const SearchQuery& query) {
    const auto terms = searchTerms(m_index.folder(), query.text);
    std::vector<SearchHit> hits;
    if (terms.empty()) return hits;

    QStringList trigram, bigram;
    for (const auto& t : terms) {
        if (t.size() >= 3) {
            trigram << ftsPhrase(t);
        } else {
            // unicode61 drops punctuation from a phrase; what is left narrows the candidates,
            // and the substring check below keeps the term literal.
            const std::u32string w = wordCharsOnly(t);
            if (w.empty()) continue;
            bigram << (w.size() == 1 ? ftsPhrase(w) + QLatin1Char('*') : ftsPhrase(w));
        }
    }
    if (trigram.isEmpty() && bigram.isEmpty()) return hits; // nothing indexable: punctuation alone

    QString sql = QStringLiteral(
        "SELECT i.article_id, i.annotation_id, coalesce(v.title, ''), coalesce(v.reference_date, ''), t.folded,"
        " v.text, coalesce(n.quote, ''), coalesce(n.note, ''),"
        " (SELECT group_concat(tag, char(10)) FROM annotation_tags g WHERE g.annotation_id = n.id), ");
    sql += trigram.isEmpty() ? QStringLiteral("0") : QStringLiteral("tm.r");
    sql += QStringLiteral(" + ");
    sql += bigram.isEmpty() ? QStringLiteral("0") : QStringLiteral("bm.r");
    sql += QStringLiteral(
        " AS score FROM search_items i"
        " JOIN articles a ON a.id = i.article_id"
        " JOIN article_versions v ON v.id = a.current_version_id"
        " JOIN sources s ON s.id = a.source_id"
        " JOIN search_trigram t ON t.rowid = i.id"
        " LEFT JOIN annotations n ON n.id = i.annotation_id");
    QVariantList values;
    if (!trigram.isEmpty()) {
        sql += QStringLiteral(" JOIN (SELECT rowid AS id, rank AS r FROM search_trigram WHERE search_trigram MATCH ?) tm"
                              " ON tm.id = i.id");
        values << trigram.join(QStringLiteral(" AND "));
    }
    if (!bigram.isEmpty()) {
        sql += QStringLiteral(" JOIN (SELECT rowid AS id, rank AS r FROM search_bigram WHERE search_bigram MATCH ?) bm"
                              " ON bm.id = i.id");
        values << bigram.join(QStringLiteral(" AND "));
    }
    sql += QStringLiteral(" WHERE (i.annotation_id IS NULL OR n.deleted_at IS NULL)");
    if (query.from) { sql += QStringLiteral(" AND v.reference_date >= ?"); values << QString::fromStdString(*query.from); }
    if (query.to) { sql += QStringLiteral(" AND v.reference_date <= ?"); values << QString::fromStdString(*query.to); }
    if (query.source) { sql += QStringLiteral(" AND instr(s.location, ?) > 0"); values << QString::fromStdString(*query.source); }
    if (query.person) {
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM appearances ap JOIN people p ON p.id = ap.person_id"
                              " WHERE ap.version_id = v.id AND p.name = ?)");
        values << QString::fromStdString(*query.person);
    }
    if (query.colour) {
        sql += QStringLiteral(" AND n.colour_id IN (SELECT id FROM colours WHERE key = ? OR name = ?)");
        values << QString::fromStdString(*query.colour) << QString::fromStdString(*query.colour);
    }
    if (query.tag) {
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM annotation_tags g WHERE g.annotation_id = i.annotation_id AND g.tag = ?)");
        values << QString::fromStdString(*query.tag);
    }
    // Candidates beyond the limit make up for those the substring check turns down.
    sql += QStringLiteral(" ORDER BY score LIMIT ?");
    values << std::max(1, query.limit) * 4 + 20;

    auto q = m_db.prepare(sql);
    if (!q) return q.error();
    for (int i = 0; i < values.size(); ++i) q.value().bindValue(i, values[i]);
    if (auto s = m_db.exec(q.value()); !s) return s.error();
    while (q.value().next() && static_cast<int>(hits.size()) < query.limit) {
        auto& r = q.value();
        const std::u32string folded = r.value(4).toString().toStdU32String();
        const bool all = std::all_of(terms.begin(), terms.end(),
                                     [&](const std::u32string& t) { return folded.find(t) != std::u32string::npos; });
        if (!all) continue;
        SearchHit hit;
        hit.articleId = r.value(0).toLongLong();
        if (!r.value(1).isNull()) hit.annotationId = r.value(1).toLongLong();
        hit.title = r.value(2).toString().toStdString();
        hit.referenceDate = r.value(3).toString().toStdString();
        std::u32string original;
        if (hit.annotationId) {
            std::vector<std::u32string> tags;
            for (const QString& t : r.value(8).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                tags.push_back(t.toStdU32String());
            original = annotationSearchText(r.value(6).toString().toStdU32String(), r.value(7).toString().toStdU32String(), tags);
        } else {
            original = r.value(5).toString().toStdU32String();
        }
        // The index was made from this very text unless it changed under us; fall back to the
        // folded copy rather than cut a snippet at wrong offsets.
        hit.snippet = snippetOf(original.size() == folded.size() ? std::u32string_view(original) : std::u32string_view(folded),
                                folded, terms, query);
        hit.score = r.value(9).toDouble();
        hits.push_back(std::move(hit));
    }
    return hits;
}

} // namespace dais::store
