#include "store_test_support.h"

#include "store/migrations.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace dais::store;
using namespace dais::store::test;

namespace {

// A library exactly as schema version 1 left it, written here by hand (not through the store)
// so that this fixture stays what old files look like whatever the code becomes.
const char* const kVersion1[] = {
    "PRAGMA application_id = 1145129299",
    "CREATE TABLE sources(id INTEGER PRIMARY KEY, location TEXT NOT NULL UNIQUE)",
    "CREATE TABLE articles(id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL REFERENCES sources(id),"
    " ordinal INTEGER NOT NULL, current_version_id INTEGER, UNIQUE(source_id, ordinal))",
    "CREATE TABLE article_versions(id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id),"
    " version INTEGER NOT NULL, content_hash TEXT NOT NULL, imported_at TEXT NOT NULL, kicker TEXT, title TEXT,"
    " subtitle TEXT, byline TEXT, reference_date TEXT, text TEXT NOT NULL, UNIQUE(article_id, version))",
    "CREATE INDEX article_versions_hash ON article_versions(content_hash)",
    "CREATE TABLE paragraphs(version_id INTEGER NOT NULL REFERENCES article_versions(id), ordinal INTEGER NOT NULL,"
    " start INTEGER NOT NULL, end INTEGER NOT NULL, pieces TEXT NOT NULL, PRIMARY KEY(version_id, ordinal)) WITHOUT ROWID",
    "CREATE TABLE people(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
    "CREATE TABLE appearances(version_id INTEGER NOT NULL REFERENCES article_versions(id),"
    " person_id INTEGER NOT NULL REFERENCES people(id), ordinal INTEGER NOT NULL,"
    " PRIMARY KEY(version_id, person_id)) WITHOUT ROWID",
    "CREATE INDEX appearances_person ON appearances(person_id)",
    "CREATE TABLE person_roles(version_id INTEGER NOT NULL, person_id INTEGER NOT NULL, ordinal INTEGER NOT NULL,"
    " role TEXT NOT NULL, PRIMARY KEY(version_id, person_id, ordinal),"
    " FOREIGN KEY(version_id, person_id) REFERENCES appearances(version_id, person_id)) WITHOUT ROWID",
    "CREATE TABLE mentions(version_id INTEGER NOT NULL, person_id INTEGER NOT NULL, start INTEGER NOT NULL,"
    " end INTEGER NOT NULL, FOREIGN KEY(version_id, person_id) REFERENCES appearances(version_id, person_id))",
    "CREATE INDEX mentions_version ON mentions(version_id)",
    "CREATE TABLE dates(version_id INTEGER NOT NULL REFERENCES article_versions(id), ordinal INTEGER NOT NULL,"
    " text TEXT NOT NULL, value TEXT, start INTEGER NOT NULL, end INTEGER NOT NULL,"
    " PRIMARY KEY(version_id, ordinal)) WITHOUT ROWID",
    "CREATE TABLE attendance(id INTEGER PRIMARY KEY, version_id INTEGER NOT NULL REFERENCES article_versions(id),"
    " ordinal INTEGER NOT NULL, mode TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL)",
    "CREATE INDEX attendance_version ON attendance(version_id)",
    "CREATE TABLE attendance_people(attendance_id INTEGER NOT NULL REFERENCES attendance(id),"
    " position INTEGER NOT NULL, person_id INTEGER NOT NULL REFERENCES people(id),"
    " PRIMARY KEY(attendance_id, position)) WITHOUT ROWID",
    "CREATE INDEX attendance_people_person ON attendance_people(person_id)",
    "CREATE TABLE counts(version_id INTEGER NOT NULL REFERENCES article_versions(id), ordinal INTEGER NOT NULL,"
    " text TEXT NOT NULL, expected INTEGER NOT NULL, value INTEGER NOT NULL, start INTEGER NOT NULL,"
    " end INTEGER NOT NULL, PRIMARY KEY(version_id, ordinal)) WITHOUT ROWID",
    "CREATE TABLE colours(id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL, rgb TEXT NOT NULL)",
    "INSERT INTO colours(id, key, name, rgb) VALUES (1, 'yellow', '重点', '#f7d23e'), (2, 'red', '人事变动', '#e5484d'),"
    " (3, 'green', '数据', '#46a758'), (4, 'blue', '会议', '#3e63dd'), (5, 'purple', '政策', '#8e4ec6'),"
    " (6, 'orange', '待核实', '#f76b15')",
    "CREATE TABLE annotations(id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id),"
    " version_id INTEGER REFERENCES article_versions(id), kind TEXT NOT NULL CHECK(kind IN ('highlight', 'note')),"
    " start INTEGER, end INTEGER, quote TEXT, prefix TEXT, suffix TEXT, colour_id INTEGER REFERENCES colours(id),"
    " note TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, modified_at TEXT NOT NULL)",
    "CREATE INDEX annotations_article ON annotations(article_id)",
    "CREATE TABLE annotation_tags(annotation_id INTEGER NOT NULL REFERENCES annotations(id), tag TEXT NOT NULL,"
    " PRIMARY KEY(annotation_id, tag)) WITHOUT ROWID",
    "CREATE INDEX annotation_tags_tag ON annotation_tags(tag)",
    // Content: two articles, two people in a dais list, two highlights and a note.
    "INSERT INTO sources VALUES (1, '/reports/2024/qingjiang-0115.txt'), (2, '/reports/2024/qingjiang-0120.txt')",
    "INSERT INTO articles VALUES (1, 1, 0, 1), (2, 2, 0, 2)",
    "INSERT INTO article_versions VALUES"
    " (1, 1, 1, 'h1', '2024-01-16T08:00:00.000Z', NULL, '青江省政协会议闭幕', NULL, NULL, '2024-01-15',"
    "  '青江省政协会议闭幕\n温嘉树、骆东泉在主席台就座。会议选举产生了新一届常务委员会。'),"
    " (2, 2, 1, 'h2', '2024-01-21T08:00:00.000Z', NULL, '青江省人大会议开幕', NULL, NULL, '2024-01-20',"
    "  '青江省人大会议开幕\n大会审议政府工作报告，听取计划执行情况。')",
    "INSERT INTO people VALUES (1, '温嘉树'), (2, '骆东泉')",
    "INSERT INTO appearances VALUES (1, 1, 0), (1, 2, 1)",
    "INSERT INTO person_roles VALUES (1, 1, 0, '省政协主席')",
    "INSERT INTO attendance VALUES (1, 1, 0, '主席台就座', 10, 25)",
    "INSERT INTO attendance_people VALUES (1, 1, 1), (1, 2, 2)",
    "INSERT INTO annotations VALUES"
    " (1, 1, 1, 'highlight', 24, 39, '会议选举产生了新一届常务委员会', '温嘉树、骆东泉在主席台就座。', '。', 2, '换届', "
    "  '2024-02-01T09:00:00.000Z', '2024-02-01T09:00:00.000Z'),"
    " (2, 2, 2, 'highlight', 14, 20, '政府工作报告', '青江省人大会议开幕\n大会审议', '，听取计划执行情况。', 1, '', "
    "  '2024-02-02T09:00:00.000Z', '2024-02-02T09:00:00.000Z'),"
    " (3, 2, NULL, 'note', NULL, NULL, NULL, NULL, NULL, NULL, '对照去年的报告看增速目标', "
    "  '2024-02-03T09:00:00.000Z', '2024-02-03T09:00:00.000Z')",
    "INSERT INTO annotation_tags VALUES (1, '人事'), (3, '经济')",
    "PRAGMA user_version = 1",
};

void writeVersion1(const std::filesystem::path& path) {
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1-fixture"));
        db.setDatabaseName(QString::fromStdString(path.string()));
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const char* sql : kVersion1) {
            INFO(sql);
            REQUIRE(q.exec(QString::fromUtf8(sql)));
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1-fixture"));
}

} // namespace

TEST_CASE("a version-1 library is upgraded and every article, highlight and note survives") {
    TempDir dir;
    const auto path = dir / "library.sqlite";
    writeVersion1(path);
    auto library = openLibrary(path);
    CHECK(library->database().schemaVersion() == kLatestSchemaVersion);

    auto articles = library->articles().list();
    REQUIRE(articles);
    REQUIRE(articles.value().size() == 2);
    CHECK(articles.value()[0].title == "青江省政协会议闭幕");
    CHECK(articles.value()[1].referenceDate == "2024-01-20");

    auto annotations = library->annotations().list(std::nullopt);
    REQUIRE(annotations);
    REQUIRE(annotations.value().size() == 3);
    const auto& first = annotations.value()[0];
    CHECK(first.quote == u32("会议选举产生了新一届常务委员会"));
    CHECK(first.colour == "red");
    CHECK(first.note == "换届");
    CHECK(first.tags == std::vector<std::string>{"人事"});
    CHECK(first.createdAt == "2024-02-01T09:00:00.000Z");
    CHECK(first.anchorStatus == "original");
    CHECK_FALSE(first.deletedAt);
    CHECK(annotations.value()[1].span == std::optional<dais::text::Span>({14, 20}));
    CHECK(annotations.value()[2].kind == AnnotationKind::Note);
    CHECK(annotations.value()[2].note == "对照去年的报告看增速目标");
    CHECK(annotations.value()[2].tags == std::vector<std::string>{"经济"});

    // What version 2 added works on the old content: search, pinyin, the person record.
    auto hits = library->search().run({.text = "增速目标"});
    REQUIRE(hits);
    REQUIRE(hits.value().size() == 1);
    CHECK(hits.value()[0].annotationId == std::optional<std::int64_t>(3));
    auto twoChars = library->search().run({.text = "换届"});
    REQUIRE(twoChars);
    CHECK(twoChars.value().size() == 1);
    auto people = library->people().find("luo dongquan");
    REQUIRE(people);
    REQUIRE(people.value().size() == 1);
    CHECK(people.value()[0].name == "骆东泉");
    auto record = library->people().record("温嘉树");
    REQUIRE(record);
    REQUIRE(record.value().size() == 1);
    CHECK(record.value()[0].mode == "主席台就座");
    CHECK(record.value()[0].roles == std::vector<std::string>{"省政协主席"});
}

TEST_CASE("a failed upgrade leaves the version-1 library as it was") {
    TempDir dir;
    const auto path = dir / "library.sqlite";
    writeVersion1(path);
    {
        // A table in the way of version 2 makes the upgrade fail half-way.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("blocker"));
        db.setDatabaseName(QString::fromStdString(path.string()));
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE search_items(x)")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("blocker"));
    auto failed = Library::open(path);
    REQUIRE_FALSE(failed);
    CHECK_THAT(failed.error().message, Catch::Contains("schema version 2"));

    auto db = Database::open(path);
    REQUIRE(db);
    CHECK(db.value()->schemaVersion() == 1);
    auto columns = db.value()->scalar(QStringLiteral("SELECT count(*) FROM pragma_table_info('annotations') WHERE name = 'deleted_at'"));
    REQUIRE(columns);
    CHECK(columns.value().toInt() == 0);
    CHECK(db.value()->scalar(QStringLiteral("SELECT count(*) FROM annotations")).value().toInt() == 3);
}
