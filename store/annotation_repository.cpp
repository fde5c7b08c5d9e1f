#include "store/annotation_repository.h"

#include <QStringList>

namespace dais::store {

namespace {

QString qstr(std::u32string_view s) { return QString::fromUcs4(s.data(), static_cast<qsizetype>(s.size())); }
QVariant id64(std::int64_t v) { return QVariant::fromValue<qint64>(v); }
Error usage(const std::string& what) { return Error{Error::Kind::Usage, what}; }

std::vector<std::u32string> u32(const std::vector<std::string>& tags) {
    std::vector<std::u32string> out;
    for (const auto& t : tags) out.push_back(QString::fromStdString(t).toStdU32String());
    return out;
}

const QString kSelect = QStringLiteral(
    "SELECT n.id, n.article_id, n.kind, n.version_id, n.start, n.end, coalesce(n.quote, ''),"
    " coalesce(n.prefix, ''), coalesce(n.suffix, ''), coalesce(c.key, ''), n.note, n.note_format,"
    " (SELECT group_concat(tag, char(10)) FROM annotation_tags t WHERE t.annotation_id = n.id),"
    " n.created_at, n.modified_at, n.deleted_at, n.anchor_status, n.anchor_confidence"
    " FROM annotations n LEFT JOIN colours c ON c.id = n.colour_id ");

Annotation readRow(const QSqlQuery& r) {
    Annotation a;
    a.id = r.value(0).toLongLong();
    a.articleId = r.value(1).toLongLong();
    a.kind = r.value(2).toString() == QStringLiteral("note") ? AnnotationKind::Note : AnnotationKind::Highlight;
    if (!r.value(3).isNull()) a.versionId = r.value(3).toLongLong();
    if (!r.value(4).isNull())
        a.span = text::Span{static_cast<std::size_t>(r.value(4).toLongLong()), static_cast<std::size_t>(r.value(5).toLongLong())};
    a.quote = r.value(6).toString().toStdU32String();
    a.prefix = r.value(7).toString().toStdU32String();
    a.suffix = r.value(8).toString().toStdU32String();
    a.colour = r.value(9).toString().toStdString();
    a.note = r.value(10).toString().toStdString();
    a.noteFormat = r.value(11).toString().toStdString();
    for (const QString& t : r.value(12).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        a.tags.push_back(t.toStdString());
    a.createdAt = r.value(13).toString().toStdString();
    a.modifiedAt = r.value(14).toString().toStdString();
    if (!r.value(15).isNull()) a.deletedAt = r.value(15).toString().toStdString();
    a.anchorStatus = r.value(16).toString().toStdString();
    a.anchorConfidence = r.value(17).toDouble();
    return a;
}

} // namespace

Result<int> AnnotationRepository::colourId(const std::string& keyOrName) {
    const QString k = QString::fromStdString(keyOrName);
    auto id = m_db.scalar(QStringLiteral("SELECT id FROM colours WHERE key = ? OR name = ? ORDER BY key = ? DESC"), {k, k, k});
    if (!id) return id.error();
    if (!id.value().isValid()) return usage("no colour named '" + keyOrName + "'");
    return id.value().toInt();
}

Status AnnotationRepository::writeTags(std::int64_t id, const std::vector<std::string>& tags) {
    if (auto q = m_db.run(QStringLiteral("DELETE FROM annotation_tags WHERE annotation_id = ?"), {id64(id)}); !q)
        return q.error();
    for (const auto& t : tags) {
        if (t.empty()) continue;
        if (auto q = m_db.run(QStringLiteral("INSERT OR IGNORE INTO annotation_tags(annotation_id, tag) VALUES(?, ?)"),
                              {id64(id), QString::fromStdString(t)});
            !q)
            return q.error();
    }
    return Done{};
}

Status AnnotationRepository::reindex(std::int64_t id) {
    auto a = get(id);
    if (!a) return a.error();
    std::vector<std::u32string> tags = u32(a.value().tags);
    return m_index.indexAnnotation(id, a.value().articleId,
                                   annotationSearchText(a.value().quote, QString::fromStdString(a.value().note).toStdU32String(), tags));
}

Result<std::int64_t> AnnotationRepository::addHighlight(const NewHighlight& h) {
    std::int64_t id = 0;
    auto status = m_db.transaction([&]() -> Status {
        auto current = m_db.run(QStringLiteral("SELECT v.id, v.text FROM articles a JOIN article_versions v"
                                               " ON v.id = a.current_version_id WHERE a.id = ?"),
                                {id64(h.articleId)});
        if (!current) return current.error();
        if (!current.value().next()) return usage("no article " + std::to_string(h.articleId) + " in the library");
        const std::u32string text = current.value().value(1).toString().toStdU32String();
        if (h.span.empty() || h.span.end > text.size())
            return usage("the passage " + std::to_string(h.span.start) + "–" + std::to_string(h.span.end) +
                         " is empty or outside article " + std::to_string(h.articleId) + " (" +
                         std::to_string(text.size()) + " characters)");
        auto colour = colourId(h.colour);
        if (!colour) return colour.error();
        const TextAnchor anchor = makeAnchor(text, h.span);
        const QString now = storedTime(m_clock());
        auto q = m_db.run(
            QStringLiteral("INSERT INTO annotations(article_id, version_id, kind, start, end, quote, prefix, suffix,"
                           " colour_id, note, created_at, modified_at) VALUES(?, ?, 'highlight', ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {id64(h.articleId), current.value().value(0), qint64(anchor.span.start), qint64(anchor.span.end),
             qstr(anchor.quote), qstr(anchor.prefix), qstr(anchor.suffix), colour.value(),
             QString::fromStdString(h.note), now, now});
        if (!q) return q.error();
        id = q.value().lastInsertId().toLongLong();
        if (auto s = writeTags(id, h.tags); !s) return s;
        return reindex(id);
    });
    if (!status) return status.error();
    return id;
}

Result<std::int64_t> AnnotationRepository::addHighlightByQuote(std::int64_t articleId, const std::u32string& quote,
                                                               int occurrence, NewHighlight rest) {
    if (quote.empty()) return usage("the quote to highlight is empty");
    if (occurrence < 1) return usage("occurrences count from 1");
    auto text = m_db.scalar(QStringLiteral("SELECT v.text FROM articles a JOIN article_versions v"
                                           " ON v.id = a.current_version_id WHERE a.id = ?"),
                            {id64(articleId)});
    if (!text) return text.error();
    if (!text.value().isValid()) return usage("no article " + std::to_string(articleId) + " in the library");
    const std::u32string t = text.value().toString().toStdU32String();
    std::size_t p = std::u32string::npos;
    int seen = 0;
    for (std::size_t at = t.find(quote); at != std::u32string::npos; at = t.find(quote, at + 1))
        if (++seen == occurrence) {
            p = at;
            break;
        }
    if (p == std::u32string::npos)
        return usage("article " + std::to_string(articleId) + " holds the quote " + std::to_string(seen) +
                     " time(s), not " + std::to_string(occurrence));
    rest.articleId = articleId;
    rest.span = {p, p + quote.size()};
    return addHighlight(rest);
}

Result<ImportedAnnotation> AnnotationRepository::importAnnotation(const Annotation& a) {
    ImportedAnnotation out;
    const bool highlight = a.kind == AnnotationKind::Highlight;
    auto status = m_db.transaction([&]() -> Status {
        auto current = m_db.run(QStringLiteral("SELECT v.id, v.text FROM articles a JOIN article_versions v"
                                               " ON v.id = a.current_version_id WHERE a.id = ?"),
                                {id64(a.articleId)});
        if (!current) return current.error();
        if (!current.value().next()) return usage("no article " + std::to_string(a.articleId) + " in the library");
        const QVariant versionId = current.value().value(0);
        const std::u32string text = current.value().value(1).toString().toStdU32String();
        // Times as exported when they read as ISO 8601, else now.
        const QString now = storedTime(m_clock());
        auto time = [&](const std::string& s) {
            const auto t = QDateTime::fromString(QString::fromStdString(s), Qt::ISODateWithMs);
            return t.isValid() ? storedTime(t) : now;
        };
        const QString created = time(a.createdAt), modified = time(a.modifiedAt.empty() ? a.createdAt : a.modifiedAt);
        text::Span span;
        QVariant colour;
        if (highlight) {
            if (a.quote.empty()) return usage("a highlight without a quote");
            if (!a.span) return usage("a highlight without a position");
            if (a.span->end <= text.size() && std::u32string_view(text).substr(a.span->start, a.span->size()) == a.quote) {
                span = *a.span;
                out.anchorStatus = "exact";
            } else {
                const auto found = reanchor(TextAnchor{*a.span, a.quote, a.prefix, a.suffix}, text);
                if (found.method == AnchorMethod::Orphaned)
                    return usage("the passage 「" + QString::fromStdU32String(a.quote).toStdString() +
                                 "」 is not in article " + std::to_string(a.articleId));
                span = found.span;
                out.anchorStatus = methodName(found.method);
            }
            auto c = colourId(a.colour.empty() ? std::string("yellow") : a.colour);
            if (!c) return c.error();
            colour = c.value();
        }
        auto same = m_db.scalar(
            QStringLiteral("SELECT id FROM annotations WHERE article_id = ? AND kind = ? AND deleted_at IS NULL"
                           " AND IFNULL(start, -1) = ? AND IFNULL(quote, '') = ? AND IFNULL(note, '') = ? AND created_at = ?"),
            {id64(a.articleId), highlight ? QStringLiteral("highlight") : QStringLiteral("note"),
             highlight ? qint64(span.start) : qint64(-1), highlight ? qstr(a.quote) : QStringLiteral(""), // not QString(): that binds NULL
             QString::fromStdString(a.note), created});
        if (!same) return same.error();
        if (same.value().isValid()) {
            out.id = same.value().toLongLong();
            out.duplicate = true;
            return Done{};
        }
        Result<QSqlQuery> q = highlight
            ? m_db.run(QStringLiteral("INSERT INTO annotations(article_id, version_id, kind, start, end, quote, prefix,"
                                      " suffix, colour_id, note, created_at, modified_at)"
                                      " VALUES(?, ?, 'highlight', ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {id64(a.articleId), versionId, qint64(span.start), qint64(span.end), qstr(a.quote),
                        qstr(makeAnchor(text, span).prefix), qstr(makeAnchor(text, span).suffix), colour,
                        QString::fromStdString(a.note), created, modified})
            : m_db.run(QStringLiteral("INSERT INTO annotations(article_id, kind, note, created_at, modified_at)"
                                      " VALUES(?, 'note', ?, ?, ?)"),
                       {id64(a.articleId), QString::fromStdString(a.note), created, modified});
        if (!q) return q.error();
        out.id = q.value().lastInsertId().toLongLong();
        if (auto s = writeTags(out.id, a.tags); !s) return s;
        return reindex(out.id);
    });
    if (!status) return status.error();
    return out;
}

Result<std::int64_t> AnnotationRepository::addNote(std::int64_t articleId, const std::string& note,
                                                   const std::vector<std::string>& tags) {
    std::int64_t id = 0;
    auto status = m_db.transaction([&]() -> Status {
        auto exists = m_db.scalar(QStringLiteral("SELECT id FROM articles WHERE id = ?"), {id64(articleId)});
        if (!exists) return exists.error();
        if (!exists.value().isValid()) return usage("no article " + std::to_string(articleId) + " in the library");
        const QString now = storedTime(m_clock());
        auto q = m_db.run(QStringLiteral("INSERT INTO annotations(article_id, kind, note, created_at, modified_at)"
                                         " VALUES(?, 'note', ?, ?, ?)"),
                          {id64(articleId), QString::fromStdString(note), now, now});
        if (!q) return q.error();
        id = q.value().lastInsertId().toLongLong();
        if (auto s = writeTags(id, tags); !s) return s;
        return reindex(id);
    });
    if (!status) return status.error();
    return id;
}

Status AnnotationRepository::touch(std::int64_t id, const QString& sql, std::initializer_list<QVariant> values) {
    auto q = m_db.run(sql, values);
    if (!q) return q.error();
    if (q.value().numRowsAffected() == 0) return usage("no annotation " + std::to_string(id));
    return Done{};
}

Status AnnotationRepository::setNote(std::int64_t id, const std::string& note) {
    return m_db.transaction([&]() -> Status {
        if (auto s = touch(id, QStringLiteral("UPDATE annotations SET note = ?, modified_at = ? WHERE id = ?"),
                           {QString::fromStdString(note), storedTime(m_clock()), id64(id)});
            !s)
            return s;
        return reindex(id);
    });
}

Status AnnotationRepository::setColour(std::int64_t id, const std::string& colour) {
    return m_db.transaction([&]() -> Status {
        auto c = colourId(colour);
        if (!c) return c.error();
        return touch(id, QStringLiteral("UPDATE annotations SET colour_id = ?, modified_at = ? WHERE id = ? AND kind = 'highlight'"),
                     {c.value(), storedTime(m_clock()), id64(id)});
    });
}

Status AnnotationRepository::setTags(std::int64_t id, const std::vector<std::string>& tags) {
    return m_db.transaction([&]() -> Status {
        if (auto s = touch(id, QStringLiteral("UPDATE annotations SET modified_at = ? WHERE id = ?"),
                           {storedTime(m_clock()), id64(id)});
            !s)
            return s;
        if (auto s = writeTags(id, tags); !s) return s;
        return reindex(id);
    });
}

Status AnnotationRepository::trash(std::int64_t id) {
    return m_db.transaction([&]() -> Status {
        return touch(id, QStringLiteral("UPDATE annotations SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL"),
                     {storedTime(m_clock()), id64(id)});
    });
}

Status AnnotationRepository::restore(std::int64_t id) {
    return m_db.transaction([&]() -> Status {
        return touch(id, QStringLiteral("UPDATE annotations SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL"),
                     {id64(id)});
    });
}

Result<Annotation> AnnotationRepository::get(std::int64_t id) {
    auto q = m_db.run(kSelect + QStringLiteral("WHERE n.id = ?"), {id64(id)});
    if (!q) return q.error();
    if (!q.value().next()) return usage("no annotation " + std::to_string(id));
    return readRow(q.value());
}

Result<std::vector<Annotation>> AnnotationRepository::list(std::optional<std::int64_t> articleId, bool inTrash) {
    QString sql = kSelect + (inTrash ? QStringLiteral("WHERE n.deleted_at IS NOT NULL") : QStringLiteral("WHERE n.deleted_at IS NULL"));
    if (articleId) sql += QStringLiteral(" AND n.article_id = ?");
    sql += QStringLiteral(" ORDER BY n.id");
    auto q = articleId ? m_db.run(sql, {id64(*articleId)}) : m_db.run(sql);
    if (!q) return q.error();
    std::vector<Annotation> out;
    while (q.value().next()) out.push_back(readRow(q.value()));
    return out;
}

Result<std::vector<Colour>> AnnotationRepository::colours() {
    auto q = m_db.run(QStringLiteral("SELECT id, key, name, rgb FROM colours ORDER BY id"));
    if (!q) return q.error();
    std::vector<Colour> out;
    while (q.value().next())
        out.push_back({q.value().value(0).toInt(), q.value().value(1).toString().toStdString(),
                       q.value().value(2).toString().toStdString(), q.value().value(3).toString().toStdString()});
    return out;
}

Status AnnotationRepository::renameColour(const std::string& key, const std::string& name) {
    if (name.empty()) return usage("a colour's meaning cannot be empty");
    return m_db.transaction([&]() -> Status {
        auto q = m_db.run(QStringLiteral("UPDATE colours SET name = ? WHERE key = ?"),
                          {QString::fromStdString(name), QString::fromStdString(key)});
        if (!q) return q.error();
        if (q.value().numRowsAffected() == 0) return usage("no colour with key '" + key + "'");
        return Done{};
    });
}

Result<ReanchorCounts> reanchorAnnotations(Database& db, SearchIndex& index, std::int64_t articleId,
                                           std::int64_t newVersionId, std::u32string_view newText,
                                           AnchorOptions options) {
    struct Row {
        std::int64_t id;
        TextAnchor anchor;
        QString note, tags;
    };
    std::vector<Row> rows;
    {
        auto q = db.run(QStringLiteral("SELECT id, start, end, quote, coalesce(prefix, ''), coalesce(suffix, ''), note,"
                                       " (SELECT group_concat(tag, char(10)) FROM annotation_tags t WHERE t.annotation_id = n.id)"
                                       " FROM annotations n WHERE article_id = ? AND kind = 'highlight'"),
                        {id64(articleId)});
        if (!q) return q.error();
        while (q.value().next()) {
            auto& r = q.value();
            Row row;
            row.id = r.value(0).toLongLong();
            row.anchor.span = {static_cast<std::size_t>(r.value(1).toLongLong()), static_cast<std::size_t>(r.value(2).toLongLong())};
            row.anchor.quote = r.value(3).toString().toStdU32String();
            row.anchor.prefix = r.value(4).toString().toStdU32String();
            row.anchor.suffix = r.value(5).toString().toStdU32String();
            row.note = r.value(6).toString();
            row.tags = r.value(7).toString();
            rows.push_back(std::move(row));
        }
    }
    ReanchorCounts counts;
    auto moved = db.prepare(QStringLiteral("UPDATE annotations SET version_id = ?, start = ?, end = ?, quote = ?, prefix = ?,"
                                           " suffix = ?, anchor_status = ?, anchor_confidence = ? WHERE id = ?"));
    auto orphan = db.prepare(QStringLiteral("UPDATE annotations SET anchor_status = 'orphaned', anchor_confidence = ? WHERE id = ?"));
    if (!moved || !orphan) return db.error(QStringLiteral("cannot prepare the re-anchoring statements"));
    for (const Row& row : rows) {
        const Reanchored found = reanchor(row.anchor, newText, options);
        switch (found.method) {
        case AnchorMethod::ExactPosition: ++counts.exact; break;
        case AnchorMethod::Quote: ++counts.quote; break;
        case AnchorMethod::Fuzzy: ++counts.fuzzy; break;
        case AnchorMethod::Orphaned: ++counts.orphaned; break;
        }
        if (found.method == AnchorMethod::Orphaned) {
            // Keeps its old version, offsets and quote: the user sees what it said and decides.
            if (auto s = db.exec(orphan.value(), {found.confidence, id64(row.id)}); !s) return s.error();
            continue;
        }
        const TextAnchor now = makeAnchor(newText, found.span);
        if (auto s = db.exec(moved.value(), {id64(newVersionId), qint64(now.span.start), qint64(now.span.end), qstr(now.quote),
                                             qstr(now.prefix), qstr(now.suffix), QString::fromLatin1(methodName(found.method)),
                                             found.confidence, id64(row.id)});
            !s)
            return s.error();
        if (now.quote != row.anchor.quote) {
            std::vector<std::u32string> tags;
            for (const QString& t : row.tags.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) tags.push_back(t.toStdU32String());
            if (auto s = index.indexAnnotation(row.id, articleId, annotationSearchText(now.quote, row.note.toStdU32String(), tags)); !s)
                return s.error();
        }
    }
    return counts;
}

} // namespace dais::store
