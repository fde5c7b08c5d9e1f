#include "store/search.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <unordered_map>

namespace dais::store {

namespace {

QString qstr(std::u32string_view s) {
    return QString::fromUcs4(s.data(), static_cast<qsizetype>(s.size()));
}

// An FTS5 string literal: inside double quotes every character is literal, a quote is doubled.
QString ftsPhrase(std::u32string_view term) {
    QString out = QStringLiteral("\"");
    for (QChar c : qstr(term)) {
        if (c == QLatin1Char('"')) out += QLatin1Char('"');
        out += c;
    }
    return out + QLatin1Char('"');
}

std::string snippetOf(std::u32string_view original, std::u32string_view folded,
                      const std::vector<std::u32string>& terms, const SearchQuery& q) {
    std::size_t first = folded.find(terms.front());
    if (first == std::u32string_view::npos) first = 0;
    constexpr std::size_t kBefore = 24, kAfter = 56;
    const std::size_t from = first > kBefore ? first - kBefore : 0;
    const std::size_t to = std::min(folded.size(), first + terms.front().size() + kAfter);
    // Mark every term occurrence inside the window, longest term first where they overlap.
    std::vector<bool> hit(to - from, false);
    for (const auto& t : terms)
        for (std::size_t p = folded.find(t, from); p != std::u32string_view::npos && p < to;
             p = folded.find(t, p + 1))
            for (std::size_t k = p; k < std::min(to, p + t.size()); ++k)
                hit[k - from] = true;
    QString out;
    if (from > 0) out += QStringLiteral("…");
    const QString open = QString::fromStdString(q.markOpen),
                  close = QString::fromStdString(q.markClose);
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
    for (const QString& part :
         q.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        std::u32string folded = foldForSearch(folder, part.toStdU32String());
        if (!folded.empty() && std::find(terms.begin(), terms.end(), folded) == terms.end())
            terms.push_back(folded);
    }
    return terms;
}

namespace {

// The FTS5 query for the bigram column: each run of letters/digits of each term becomes a
// phrase of its adjacent pairs ("罗东川" → "罗东 东川"), a run of one character a prefix token
// ("政"*), since every character of the indexed text starts a token. All must match (AND).
// Punctuation inside a term only splits runs; the substring check keeps the term literal.
QString bigramQuery(const std::vector<std::u32string>& terms) {
    QStringList parts;
    for (const auto& term : terms) {
        std::size_t i = 0;
        while (i < term.size()) {
            if (!isWordChar(term[i])) {
                ++i;
                continue;
            }
            std::size_t end = i;
            while (end < term.size() && isWordChar(term[end]))
                ++end;
            const std::u32string_view run(term.data() + i, end - i);
            if (run.size() == 1) {
                parts << ftsPhrase(run) + QLatin1Char('*');
            } else {
                std::u32string pairs;
                for (std::size_t k = 0; k + 1 < run.size(); ++k) {
                    if (k) pairs += U' ';
                    pairs += run.substr(k, 2);
                }
                parts << ftsPhrase(pairs);
            }
            i = end;
        }
    }
    return parts.join(QStringLiteral(" AND "));
}

bool hasFilters(const SearchQuery& q) {
    return q.from || q.to || q.source || q.person || q.colour || q.tag;
}

} // namespace

Result<std::vector<SearchHit>> Search::run(const SearchQuery& query) {
    const auto terms = searchTerms(m_index.folder(), query.text);
    std::vector<SearchHit> hits;
    if (terms.empty()) return hits;
    const QString match = bigramQuery(terms);
    if (match.isEmpty()) return hits; // nothing indexable: punctuation alone

    // Step 1, candidates: item ids by rank, nothing else, so that the sort holds no text.
    qint64 floor = 0;
    // Only the newest matches are ranked when a query matches many items (a word such as 政协
    // is in every report): bm25 costs a little per matching row, and a library of 100,000
    // reports must still answer at once. The newest are the most recently indexed items
    // (search_items.id grows with each imported article and each annotation).
    if (!hasFilters(query) && query.rankedWindow > 0) {
        auto newest =
            m_db.scalar(QStringLiteral("SELECT rowid FROM search_bigram WHERE search_bigram MATCH ?"
                                       " ORDER BY rowid DESC LIMIT 1 OFFSET ?"),
                        {match, query.rankedWindow - 1});
        if (!newest) return newest.error();
        if (newest.value().isValid()) floor = newest.value().toLongLong();
    }
    QString sql = QStringLiteral("SELECT b.rowid, b.rank FROM search_bigram b");
    QVariantList values;
    if (hasFilters(query)) {
        sql += QStringLiteral(" JOIN search_items i ON i.id = b.rowid"
                              " JOIN articles a ON a.id = i.article_id"
                              " JOIN article_versions v ON v.id = a.current_version_id"
                              " JOIN sources s ON s.id = a.source_id"
                              " LEFT JOIN annotations n ON n.id = i.annotation_id");
    }
    sql += QStringLiteral(" WHERE b.search_bigram MATCH ? AND b.rowid >= ?");
    values << match << floor;
    if (query.from) {
        sql += QStringLiteral(" AND v.reference_date >= ?");
        values << QString::fromStdString(*query.from);
    }
    if (query.to) {
        sql += QStringLiteral(" AND v.reference_date <= ?");
        values << QString::fromStdString(*query.to);
    }
    if (query.source) {
        sql += QStringLiteral(" AND instr(s.location, ?) > 0");
        values << QString::fromStdString(*query.source);
    }
    if (query.person) {
        sql += QStringLiteral(
            " AND EXISTS (SELECT 1 FROM appearances ap JOIN people p ON p.id = ap.person_id"
            " WHERE ap.version_id = v.id AND p.name = ?)");
        values << QString::fromStdString(*query.person);
    }
    if (query.colour) {
        sql += QStringLiteral(
            " AND n.colour_id IN (SELECT id FROM colours WHERE key = ? OR name = ?)");
        values << QString::fromStdString(*query.colour) << QString::fromStdString(*query.colour);
    }
    if (query.tag) {
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM annotation_tags g WHERE g.annotation_id "
                              "= i.annotation_id AND g.tag = ?)");
        values << QString::fromStdString(*query.tag);
    }
    // Candidates beyond the limit make up for those the substring check turns down.
    sql += QStringLiteral(" ORDER BY b.rank LIMIT ?");
    values << std::max(1, query.limit) * 4 + 20;
    auto ranked = m_db.prepare(sql);
    if (!ranked) return ranked.error();
    for (int i = 0; i < values.size(); ++i)
        ranked.value().bindValue(i, values[i]);
    if (auto s = m_db.exec(ranked.value()); !s) return s.error();
    std::vector<std::pair<qint64, double>> candidates;
    while (ranked.value().next())
        candidates.emplace_back(ranked.value().value(0).toLongLong(),
                                ranked.value().value(1).toDouble());

    // Step 2, in rank order and in small batches: the texts, the substring check, the snippet.
    const std::size_t batch = static_cast<std::size_t>(std::max(1, query.limit)) + 8;
    for (std::size_t first = 0;
         first < candidates.size() && static_cast<int>(hits.size()) < query.limit; first += batch) {
        QStringList ids;
        for (std::size_t k = first; k < std::min(candidates.size(), first + batch); ++k)
            ids << QString::number(candidates[k].first);
        auto rows =
            m_db.run(QStringLiteral("SELECT i.id, i.article_id, i.annotation_id, coalesce(v.title, "
                                    "''), coalesce(v.reference_date, ''), t.folded,"
                                    " v.text, coalesce(n.quote, ''), coalesce(n.note, ''),"
                                    " (SELECT group_concat(tag, char(10)) FROM annotation_tags g "
                                    "WHERE g.annotation_id = n.id)"
                                    " FROM json_each(?) c JOIN search_items i ON i.id = c.value"
                                    " JOIN articles a ON a.id = i.article_id"
                                    " JOIN article_versions v ON v.id = a.current_version_id"
                                    " JOIN search_trigram t ON t.rowid = i.id"
                                    " LEFT JOIN annotations n ON n.id = i.annotation_id"
                                    " WHERE i.annotation_id IS NULL OR n.deleted_at IS NULL"),
                     {QStringLiteral("[") + ids.join(QLatin1Char(',')) + QStringLiteral("]")});
        if (!rows) return rows.error();
        std::unordered_map<qint64, SearchHit> found;
        while (rows.value().next()) {
            auto& r = rows.value();
            const std::u32string folded = r.value(5).toString().toStdU32String();
            const bool all = std::all_of(terms.begin(), terms.end(), [&](const std::u32string& t) {
                return folded.find(t) != std::u32string::npos;
            });
            if (!all) continue;
            SearchHit hit;
            hit.articleId = r.value(1).toLongLong();
            if (!r.value(2).isNull()) hit.annotationId = r.value(2).toLongLong();
            hit.title = r.value(3).toString().toStdString();
            hit.referenceDate = r.value(4).toString().toStdString();
            std::u32string original;
            if (hit.annotationId) {
                std::vector<std::u32string> tags;
                for (const QString& t :
                     r.value(9).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                    tags.push_back(t.toStdU32String());
                original = annotationSearchText(r.value(7).toString().toStdU32String(),
                                                r.value(8).toString().toStdU32String(), tags);
            } else {
                original = r.value(6).toString().toStdU32String();
            }
            // The index was made from this very text unless it changed under us; fall back to
            // the folded copy rather than cut a snippet at wrong offsets.
            hit.snippet = snippetOf(original.size() == folded.size() ? std::u32string_view(original)
                                                                     : std::u32string_view(folded),
                                    folded, terms, query);
            found.emplace(r.value(0).toLongLong(), std::move(hit));
        }
        for (std::size_t k = first; k < std::min(candidates.size(), first + batch) &&
                                    static_cast<int>(hits.size()) < query.limit;
             ++k) {
            auto it = found.find(candidates[k].first);
            if (it == found.end()) continue;
            it->second.score = candidates[k].second;
            hits.push_back(std::move(it->second));
        }
    }
    return hits;
}

} // namespace dais::store
