#include "store/migrations.h"

namespace dais::store {

const std::vector<const char*>& schemaVersion1() {
    static const std::vector<const char*> statements = {
        "PRAGMA application_id = 1145129299", // 0x44414953, 'DAIS'
        "CREATE TABLE sources(id INTEGER PRIMARY KEY, location TEXT NOT NULL UNIQUE)",
        // An article is a place in a source (its ordinal among the articles of that file); its
        // text lives in versions, the newest being current_version_id.
        "CREATE TABLE articles(id INTEGER PRIMARY KEY,"
        " source_id INTEGER NOT NULL REFERENCES sources(id), ordinal INTEGER NOT NULL,"
        " current_version_id INTEGER, UNIQUE(source_id, ordinal))",
        // Offsets everywhere below count code points of article_versions.text.
        "CREATE TABLE article_versions(id INTEGER PRIMARY KEY,"
        " article_id INTEGER NOT NULL REFERENCES articles(id), version INTEGER NOT NULL,"
        " content_hash TEXT NOT NULL, imported_at TEXT NOT NULL,"
        " kicker TEXT, title TEXT, subtitle TEXT, byline TEXT, reference_date TEXT,"
        " text TEXT NOT NULL, UNIQUE(article_id, version))",
        "CREATE INDEX article_versions_hash ON article_versions(content_hash)",
        "CREATE TABLE paragraphs(version_id INTEGER NOT NULL REFERENCES article_versions(id),"
        " ordinal INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,"
        " pieces TEXT NOT NULL, PRIMARY KEY(version_id, ordinal)) WITHOUT ROWID",
        // One row per written name; a later disambiguation can split a row without touching
        // the tables that point at it.
        "CREATE TABLE people(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
        "CREATE TABLE appearances(version_id INTEGER NOT NULL REFERENCES article_versions(id),"
        " person_id INTEGER NOT NULL REFERENCES people(id), ordinal INTEGER NOT NULL,"
        " PRIMARY KEY(version_id, person_id)) WITHOUT ROWID",
        "CREATE INDEX appearances_person ON appearances(person_id)",
        "CREATE TABLE person_roles(version_id INTEGER NOT NULL, person_id INTEGER NOT NULL,"
        " ordinal INTEGER NOT NULL, role TEXT NOT NULL,"
        " PRIMARY KEY(version_id, person_id, ordinal),"
        " FOREIGN KEY(version_id, person_id) REFERENCES appearances(version_id, person_id)) WITHOUT ROWID",
        "CREATE TABLE mentions(version_id INTEGER NOT NULL, person_id INTEGER NOT NULL,"
        " start INTEGER NOT NULL, end INTEGER NOT NULL,"
        " FOREIGN KEY(version_id, person_id) REFERENCES appearances(version_id, person_id))",
        "CREATE INDEX mentions_version ON mentions(version_id)",
        "CREATE TABLE dates(version_id INTEGER NOT NULL REFERENCES article_versions(id),"
        " ordinal INTEGER NOT NULL, text TEXT NOT NULL, value TEXT, start INTEGER NOT NULL,"
        " end INTEGER NOT NULL, PRIMARY KEY(version_id, ordinal)) WITHOUT ROWID",
        "CREATE TABLE attendance(id INTEGER PRIMARY KEY,"
        " version_id INTEGER NOT NULL REFERENCES article_versions(id), ordinal INTEGER NOT NULL,"
        " mode TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL)",
        "CREATE INDEX attendance_version ON attendance(version_id)",
        "CREATE TABLE attendance_people(attendance_id INTEGER NOT NULL REFERENCES attendance(id),"
        " position INTEGER NOT NULL, person_id INTEGER NOT NULL REFERENCES people(id),"
        " PRIMARY KEY(attendance_id, position)) WITHOUT ROWID",
        "CREATE INDEX attendance_people_person ON attendance_people(person_id)",
        "CREATE TABLE counts(version_id INTEGER NOT NULL REFERENCES article_versions(id),"
        " ordinal INTEGER NOT NULL, text TEXT NOT NULL, expected INTEGER NOT NULL,"
        " value INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,"
        " PRIMARY KEY(version_id, ordinal)) WITHOUT ROWID",
        // Colours keep a fixed key; only their meaning (name) is the user's to rename.
        "CREATE TABLE colours(id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE,"
        " name TEXT NOT NULL, rgb TEXT NOT NULL)",
        "INSERT INTO colours(id, key, name, rgb) VALUES"
        " (1, 'yellow', '重点', '#f7d23e'), (2, 'red', '人事变动', '#e5484d'),"
        " (3, 'green', '数据', '#46a758'), (4, 'blue', '会议', '#3e63dd'),"
        " (5, 'purple', '政策', '#8e4ec6'), (6, 'orange', '待核实', '#f76b15')",
        // A highlight has a passage (start/end in code points of the version it is anchored to,
        // with the exact quote and ~32 characters of context each side); a note has none.
        "CREATE TABLE annotations(id INTEGER PRIMARY KEY,"
        " article_id INTEGER NOT NULL REFERENCES articles(id),"
        " version_id INTEGER REFERENCES article_versions(id),"
        " kind TEXT NOT NULL CHECK(kind IN ('highlight', 'note')),"
        " start INTEGER, end INTEGER, quote TEXT, prefix TEXT, suffix TEXT,"
        " colour_id INTEGER REFERENCES colours(id), note TEXT NOT NULL DEFAULT '',"
        " created_at TEXT NOT NULL, modified_at TEXT NOT NULL)",
        "CREATE INDEX annotations_article ON annotations(article_id)",
        "CREATE TABLE annotation_tags(annotation_id INTEGER NOT NULL REFERENCES annotations(id),"
        " tag TEXT NOT NULL, PRIMARY KEY(annotation_id, tag)) WITHOUT ROWID",
        "CREATE INDEX annotation_tags_tag ON annotation_tags(tag)",
    };
    return statements;
}

namespace {

const std::vector<const char*>& schemaVersion2() {
    static const std::vector<const char*> statements = {
        "ALTER TABLE people ADD COLUMN pinyin TEXT NOT NULL DEFAULT ''",
        // 'original' (made on this version), 'exact', 'quote', 'fuzzy' or 'orphaned'.
        "ALTER TABLE annotations ADD COLUMN anchor_status TEXT NOT NULL DEFAULT 'original'",
        "ALTER TABLE annotations ADD COLUMN anchor_confidence REAL NOT NULL DEFAULT 1",
        "ALTER TABLE annotations ADD COLUMN note_format TEXT NOT NULL DEFAULT 'plain'",
        "ALTER TABLE annotations ADD COLUMN deleted_at TEXT",
        "CREATE TABLE search_items(id INTEGER PRIMARY KEY,"
        " article_id INTEGER NOT NULL REFERENCES articles(id),"
        " annotation_id INTEGER UNIQUE REFERENCES annotations(id))",
        "CREATE UNIQUE INDEX search_items_article ON search_items(article_id) WHERE annotation_id IS NULL",
        "CREATE VIRTUAL TABLE search_trigram USING fts5(folded, tokenize = 'trigram')",
        "CREATE VIRTUAL TABLE search_bigram USING fts5(grams, content = '', tokenize = 'unicode61')",
    };
    return statements;
}

const std::vector<const char*>& schemaVersion3() {
    static const std::vector<const char*> statements = {
        // Every query that reads an article's current detections goes from a version to its
        // article; without this index SQLite builds a temporary one on each query, a cost
        // that grows with the library.
        "CREATE INDEX articles_current ON articles(current_version_id)",
    };
    return statements;
}

Status runAll(Database& db, const std::vector<const char*>& statements) {
    for (const char* sql : statements)
        if (auto q = db.run(QString::fromUtf8(sql)); !q) return q.error();
    return Done{};
}

Status fillVersion2(Database& db, SearchIndex& index, Pinyin& pinyin) {
    {
        auto people = db.run(QStringLiteral("SELECT id, name FROM people"));
        if (!people) return people.error();
        auto update = db.prepare(QStringLiteral("UPDATE people SET pinyin = ? WHERE id = ?"));
        if (!update) return update.error();
        while (people.value().next()) {
            const QString name = people.value().value(1).toString();
            if (auto s = db.exec(update.value(), {QString::fromStdString(pinyin.of(name.toStdString())),
                                                  people.value().value(0)});
                !s)
                return s;
        }
    }
    auto articles = db.run(QStringLiteral(
        "SELECT a.id, v.text FROM articles a JOIN article_versions v ON v.id = a.current_version_id"));
    if (!articles) return articles.error();
    while (articles.value().next())
        if (auto s = index.indexArticle(articles.value().value(0).toLongLong(),
                                        articles.value().value(1).toString().toStdU32String());
            !s)
            return s;
    auto notes = db.run(QStringLiteral(
        "SELECT n.id, n.article_id, coalesce(n.quote, ''), n.note,"
        " (SELECT group_concat(tag, char(10)) FROM annotation_tags t WHERE t.annotation_id = n.id)"
        " FROM annotations n"));
    if (!notes) return notes.error();
    while (notes.value().next()) {
        auto& q = notes.value();
        std::vector<std::u32string> tags;
        for (const QString& t : q.value(4).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            tags.push_back(t.toStdU32String());
        if (auto s = index.indexAnnotation(q.value(0).toLongLong(), q.value(1).toLongLong(),
                                           annotationSearchText(q.value(2).toString().toStdU32String(),
                                                                q.value(3).toString().toStdU32String(), tags));
            !s)
            return s;
    }
    return Done{};
}

} // namespace

Status migrate(Database& db, SearchIndex& index, Pinyin& pinyin) {
    return db.transaction([&]() -> Status {
        // Read inside the transaction: another process may have migrated the file meanwhile.
        const int from = db.schemaVersion();
        if (from < 0) return db.error(QStringLiteral("cannot read the schema version"));
        if (from > kLatestSchemaVersion)
            return db.error(QStringLiteral("made by a newer Dais (schema version %1)").arg(from));
        for (int version = from + 1; version <= kLatestSchemaVersion; ++version) {
            Status step = Done{};
            if (version == 1) step = runAll(db, schemaVersion1());
            if (version == 2) {
                step = runAll(db, schemaVersion2());
                if (step) step = fillVersion2(db, index, pinyin);
            }
            if (version == 3) step = runAll(db, schemaVersion3());
            if (!step)
                return Error{step.error().kind, "upgrading the library to schema version " +
                                                    std::to_string(version) + ": " + step.error().message};
            if (auto q = db.run(QStringLiteral("PRAGMA user_version = %1").arg(version)); !q) return q.error();
        }
        return Done{};
    });
}

} // namespace dais::store
