#include "store/article_repository.h"

#include "store/annotation_repository.h"

#include "core/text/utf.h"

#include <QCryptographicHash>

#include <cstdio>

namespace dais::store {

namespace {

QString qstr(std::u32string_view s) { return QString::fromUcs4(s.data(), static_cast<qsizetype>(s.size())); }
QVariant optional(const std::optional<std::u32string>& s) { return s ? QVariant(qstr(*s)) : QVariant(); }
std::optional<std::string> optionalUtf8(const QVariant& v) {
    if (v.isNull()) return std::nullopt;
    return v.toString().toStdString();
}
QVariant id64(std::int64_t v) { return QVariant::fromValue<qint64>(v); }

// Spans from core count code points of the whole decoded document; the store keeps each
// article's text on its own, so they are moved to start at the article.
text::Span rebase(text::Span s, std::size_t base, std::size_t length) {
    const auto clamp = [&](std::size_t v) { return std::min(v < base ? 0 : v - base, length); };
    return {clamp(s.start), clamp(s.end)};
}

QString isoDate(const detect::CivilDate& d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return QString::fromLatin1(buf);
}

} // namespace

Result<std::vector<ImportedArticle>> ArticleRepository::import(const std::string& source,
                                                               const layout::Document& document,
                                                               const extract::Extraction& extraction) {
    if (document.articles.size() != extraction.articles.size())
        return Error{Error::Kind::Internal, source + ": layout and extraction disagree on the number of articles"};
    std::vector<ImportedArticle> imported;
    auto status = m_db.transaction([&]() -> Status {
        if (auto s = m_db.write(QStringLiteral("INSERT OR IGNORE INTO sources(location) VALUES(?)"),
                                {QString::fromStdString(source)});
            !s)
            return s;
        auto sourceId = m_db.scalar(QStringLiteral("SELECT id FROM sources WHERE location = ?"),
                                    {QString::fromStdString(source)});
        if (!sourceId) return sourceId.error();
        for (std::size_t i = 0; i < document.articles.size(); ++i) {
            auto one = importOne(sourceId.value().toLongLong(), static_cast<int>(i), document, document.articles[i],
                                 extraction.articles[i], extraction.referenceDate);
            if (!one) return one.error();
            imported.push_back(one.value());
        }
        return Done{};
    });
    if (!status) return status.error();
    return imported;
}

Result<ImportedArticle> ArticleRepository::importOne(std::int64_t sourceId, int ordinal, const layout::Document& document,
                                                     const layout::Article& layoutArticle,
                                                     const extract::ArticleExtraction& found,
                                                     const std::optional<detect::CivilDate>& referenceDate) {
    const std::size_t base = found.span.start;
    const std::u32string text = document.text.substr(base, found.span.size());
    const QString textQ = qstr(text);
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(textQ.toUtf8(), QCryptographicHash::Sha256).toHex());

    ImportedArticle outcome;
    auto same = m_db.run(QStringLiteral("SELECT article_id, version FROM article_versions WHERE content_hash = ? "
                                        "ORDER BY id LIMIT 1"),
                         {hash});
    if (!same) return same.error();
    if (same.value().next()) {
        outcome.articleId = same.value().value(0).toLongLong();
        outcome.version = same.value().value(1).toInt();
        outcome.status = ImportStatus::Unchanged;
        return outcome;
    }

    auto existing = m_db.run(QStringLiteral("SELECT a.id, coalesce(max(v.version), 0) FROM articles a "
                                            "LEFT JOIN article_versions v ON v.article_id = a.id "
                                            "WHERE a.source_id = ? AND a.ordinal = ? GROUP BY a.id"),
                             {id64(sourceId), ordinal});
    if (!existing) return existing.error();
    if (existing.value().next()) {
        outcome.articleId = existing.value().value(0).toLongLong();
        outcome.version = existing.value().value(1).toInt() + 1;
        outcome.status = ImportStatus::NewVersion;
    } else {
        auto id = m_db.insert(QStringLiteral("INSERT INTO articles(source_id, ordinal) VALUES(?, ?)"),
                              {id64(sourceId), ordinal});
        if (!id) return id.error();
        outcome.articleId = id.value();
        outcome.version = 1;
        outcome.status = ImportStatus::Added;
    }

    auto version = m_db.insert(
        QStringLiteral("INSERT INTO article_versions(article_id, version, content_hash, imported_at, kicker, title,"
                       " subtitle, byline, reference_date, text) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {id64(outcome.articleId), outcome.version, hash, storedTime(m_clock()), optional(found.kicker),
         optional(found.title), optional(found.subtitle), optional(found.byline),
         referenceDate ? QVariant(isoDate(*referenceDate)) : QVariant(), textQ});
    if (!version) return version.error();
    const std::int64_t versionId = version.value();
    if (auto s = m_db.write(QStringLiteral("UPDATE articles SET current_version_id = ? WHERE id = ?"),
                            {id64(versionId), id64(outcome.articleId)});
        !s)
        return s.error();
    if (auto s = storeDetections(versionId, base, layoutArticle, found); !s) return s.error();
    if (auto s = m_index.indexArticle(outcome.articleId, text); !s) return s.error();

    if (outcome.status == ImportStatus::NewVersion) {
        auto counts = reanchorAnnotations(m_db, m_index, outcome.articleId, versionId, text);
        if (!counts) return counts.error();
        outcome.exact = counts.value().exact;
        outcome.quote = counts.value().quote;
        outcome.fuzzy = counts.value().fuzzy;
        outcome.orphaned = counts.value().orphaned;
    }
    return outcome;
}

Result<std::int64_t> ArticleRepository::personId(const std::u32string& name) {
    // A rolled-back transaction may have taken ids with it; rows are never deleted otherwise.
    if (m_personIdsRollbacks != m_db.rollbacks()) {
        m_personIds.clear();
        m_personIdsRollbacks = m_db.rollbacks();
    }
    if (auto known = m_personIds.find(name); known != m_personIds.end()) return known->second;
    const QString nameQ = qstr(name);
    auto id = m_db.scalar(QStringLiteral("SELECT id FROM people WHERE name = ?"), {nameQ});
    if (!id) return id.error();
    std::int64_t personId = 0;
    if (id.value().isValid()) {
        personId = id.value().toLongLong();
    } else {
        auto inserted = m_db.insert(QStringLiteral("INSERT INTO people(name, pinyin) VALUES(?, ?)"),
                                    {nameQ, QString::fromStdString(m_pinyin.of(nameQ.toStdString()))});
        if (!inserted) return inserted.error();
        personId = inserted.value();
    }
    m_personIds.emplace(name, personId);
    return personId;
}

Status ArticleRepository::storeDetections(std::int64_t versionId, std::size_t base, const layout::Article& layoutArticle,
                                          const extract::ArticleExtraction& found) {
    const std::size_t length = found.span.size();
    const QVariant v = id64(versionId);
    for (std::size_t i = 0; i < layoutArticle.body.size(); ++i) {
        const auto& p = layoutArticle.body[i];
        QStringList pieces;
        for (const auto& piece : p.pieces) {
            const auto s = rebase(piece, base, length);
            pieces << QStringLiteral("%1-%2").arg(s.start).arg(s.end);
        }
        const auto extent = rebase(p.extent(), base, length);
        if (auto s = m_db.write(QStringLiteral("INSERT INTO paragraphs(version_id, ordinal, start, end, pieces)"
                                               " VALUES(?, ?, ?, ?, ?)"),
                                {v, static_cast<int>(i), qint64(extent.start), qint64(extent.end),
                                 pieces.join(QLatin1Char(';'))});
            !s)
            return s;
    }

    int appearanceOrdinal = 0;
    const auto appear = [&](std::int64_t personId) {
        return m_db.write(QStringLiteral("INSERT OR IGNORE INTO appearances(version_id, person_id, ordinal) VALUES(?, ?, ?)"),
                          {v, id64(personId), appearanceOrdinal++});
    };
    for (const auto& person : found.people) {
        auto pid = personId(person.name);
        if (!pid) return pid.error();
        const QVariant p = id64(pid.value());
        if (auto s = appear(pid.value()); !s) return s;
        for (std::size_t r = 0; r < person.roles.size(); ++r)
            if (auto s = m_db.write(QStringLiteral("INSERT INTO person_roles(version_id, person_id, ordinal, role)"
                                                   " VALUES(?, ?, ?, ?)"),
                                    {v, p, static_cast<int>(r), qstr(person.roles[r])});
                !s)
                return s;
        for (const auto& m : person.mentions) {
            const auto span = rebase(m, base, length);
            if (auto s = m_db.write(QStringLiteral("INSERT INTO mentions(version_id, person_id, start, end) VALUES(?, ?, ?, ?)"),
                                    {v, p, qint64(span.start), qint64(span.end)});
                !s)
                return s;
        }
    }

    for (std::size_t i = 0; i < found.dates.size(); ++i) {
        const auto& d = found.dates[i];
        const auto span = rebase(d.span, base, length);
        if (auto s = m_db.write(QStringLiteral("INSERT INTO dates(version_id, ordinal, text, value, start, end)"
                                               " VALUES(?, ?, ?, ?, ?, ?)"),
                                {v, static_cast<int>(i), qstr(d.text),
                                 d.value.empty() ? QVariant() : QVariant(QString::fromStdString(d.value)),
                                 qint64(span.start), qint64(span.end)});
            !s)
            return s;
    }

    for (std::size_t i = 0; i < found.attendance.size(); ++i) {
        const auto& a = found.attendance[i];
        const auto span = rebase(a.span, base, length);
        auto listId = m_db.insert(QStringLiteral("INSERT INTO attendance(version_id, ordinal, mode, start, end)"
                                                 " VALUES(?, ?, ?, ?, ?)"),
                                  {v, static_cast<int>(i), qstr(a.mode), qint64(span.start), qint64(span.end)});
        if (!listId) return listId.error();
        for (std::size_t k = 0; k < a.people.size(); ++k) {
            auto pid = personId(a.people[k]);
            if (!pid) return pid.error();
            // Someone named only in a list still appears in the article.
            if (auto s = appear(pid.value()); !s) return s;
            if (auto s = m_db.write(QStringLiteral("INSERT INTO attendance_people(attendance_id, position, person_id)"
                                                   " VALUES(?, ?, ?)"),
                                    {id64(listId.value()), static_cast<int>(k) + 1, id64(pid.value())});
                !s)
                return s;
        }
    }

    for (std::size_t i = 0; i < found.counts.size(); ++i) {
        const auto& c = found.counts[i];
        const auto span = rebase(c.span, base, length);
        if (auto s = m_db.write(QStringLiteral("INSERT INTO counts(version_id, ordinal, text, expected, value, start, end)"
                                               " VALUES(?, ?, ?, ?, ?, ?, ?)"),
                                {v, static_cast<int>(i), qstr(c.text), c.expected ? 1 : 0, qint64(c.value),
                                 qint64(span.start), qint64(span.end)});
            !s)
            return s;
    }
    return Done{};
}

Result<std::vector<ArticleSummary>> ArticleRepository::list() {
    auto q = m_db.run(QStringLiteral(
        "SELECT a.id, v.version, s.location, coalesce(v.title, ''), coalesce(v.reference_date, ''),"
        " (SELECT count(*) FROM appearances p WHERE p.version_id = v.id),"
        " (SELECT count(*) FROM annotations n WHERE n.article_id = a.id AND n.deleted_at IS NULL)"
        " FROM articles a JOIN article_versions v ON v.id = a.current_version_id"
        " JOIN sources s ON s.id = a.source_id ORDER BY a.id"));
    if (!q) return q.error();
    std::vector<ArticleSummary> out;
    while (q.value().next()) {
        auto& r = q.value();
        out.push_back({r.value(0).toLongLong(), r.value(1).toInt(), r.value(2).toString().toStdString(),
                       r.value(3).toString().toStdString(), r.value(4).toString().toStdString(), r.value(5).toInt(),
                       r.value(6).toInt()});
    }
    return out;
}

Result<StoredArticle> ArticleRepository::article(std::int64_t id) {
    auto q = m_db.run(QStringLiteral(
        "SELECT a.id, v.id, v.version, s.location, v.kicker, v.title, v.subtitle, v.byline,"
        " coalesce(v.reference_date, ''), v.text FROM articles a"
        " JOIN article_versions v ON v.id = a.current_version_id JOIN sources s ON s.id = a.source_id"
        " WHERE a.id = ?"),
        {id64(id)});
    if (!q) return q.error();
    if (!q.value().next()) return Error{Error::Kind::Usage, "no article " + std::to_string(id) + " in the library"};
    StoredArticle a;
    {
        auto& r = q.value();
        a.id = r.value(0).toLongLong();
        a.versionId = r.value(1).toLongLong();
        a.version = r.value(2).toInt();
        a.source = r.value(3).toString().toStdString();
        a.kicker = optionalUtf8(r.value(4));
        a.title = optionalUtf8(r.value(5));
        a.subtitle = optionalUtf8(r.value(6));
        a.byline = optionalUtf8(r.value(7));
        a.referenceDate = r.value(8).toString().toStdString();
        a.text = r.value(9).toString().toStdU32String();
    }
    const QVariant v = id64(a.versionId);
    auto paragraphs = m_db.run(QStringLiteral("SELECT start, end FROM paragraphs WHERE version_id = ? ORDER BY ordinal"), {v});
    if (!paragraphs) return paragraphs.error();
    while (paragraphs.value().next())
        a.paragraphs.push_back({static_cast<std::size_t>(paragraphs.value().value(0).toLongLong()),
                                static_cast<std::size_t>(paragraphs.value().value(1).toLongLong())});

    auto people = m_db.run(QStringLiteral(
        "SELECT p.id, p.name,"
        " (SELECT group_concat(role, char(10)) FROM (SELECT role FROM person_roles r"
        "   WHERE r.version_id = ap.version_id AND r.person_id = p.id ORDER BY r.ordinal)),"
        " (SELECT group_concat(start || '-' || end, ';') FROM mentions m"
        "   WHERE m.version_id = ap.version_id AND m.person_id = p.id)"
        " FROM appearances ap JOIN people p ON p.id = ap.person_id WHERE ap.version_id = ? ORDER BY ap.ordinal"),
        {v});
    if (!people) return people.error();
    while (people.value().next()) {
        auto& r = people.value();
        StoredPerson p;
        p.id = r.value(0).toLongLong();
        p.name = r.value(1).toString().toStdString();
        for (const QString& role : r.value(2).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            p.roles.push_back(role.toStdString());
        for (const QString& m : r.value(3).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const auto ends = m.split(QLatin1Char('-'));
            if (ends.size() == 2)
                p.mentions.push_back({ends[0].toULongLong(), ends[1].toULongLong()});
        }
        a.people.push_back(std::move(p));
    }

    auto dates = m_db.run(QStringLiteral(
        "SELECT text, coalesce(value, ''), start, end FROM dates WHERE version_id = ? ORDER BY ordinal"), {v});
    if (!dates) return dates.error();
    while (dates.value().next()) {
        auto& r = dates.value();
        a.dates.push_back({r.value(0).toString().toStdString(), r.value(1).toString().toStdString(),
                           {static_cast<std::size_t>(r.value(2).toLongLong()), static_cast<std::size_t>(r.value(3).toLongLong())}});
    }

    auto lists = m_db.run(QStringLiteral(
        "SELECT t.mode, t.start, t.end,"
        " (SELECT group_concat(name, char(10)) FROM (SELECT p.name FROM attendance_people m"
        "   JOIN people p ON p.id = m.person_id WHERE m.attendance_id = t.id ORDER BY m.position))"
        " FROM attendance t WHERE t.version_id = ? ORDER BY t.ordinal"), {v});
    if (!lists) return lists.error();
    while (lists.value().next()) {
        auto& r = lists.value();
        StoredAttendance at;
        at.mode = r.value(0).toString().toStdString();
        at.span = {static_cast<std::size_t>(r.value(1).toLongLong()), static_cast<std::size_t>(r.value(2).toLongLong())};
        for (const QString& n : r.value(3).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            at.people.push_back(n.toStdString());
        a.attendance.push_back(std::move(at));
    }

    auto counts = m_db.run(QStringLiteral(
        "SELECT text, expected, value FROM counts WHERE version_id = ? ORDER BY ordinal"), {v});
    if (!counts) return counts.error();
    while (counts.value().next()) {
        auto& r = counts.value();
        a.counts.push_back({r.value(0).toString().toStdString(), r.value(1).toBool(), static_cast<long>(r.value(2).toLongLong())});
    }
    return a;
}

} // namespace dais::store
