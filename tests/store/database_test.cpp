#include "store_test_support.h"

#include "store/migrations.h"

#include <QSqlQuery>

using namespace dais::store;
using namespace dais::store::test;

TEST_CASE("a new library file is created in WAL mode at the latest schema version") {
    TempDir dir;
    auto library = openLibrary(dir / "library.sqlite");
    CHECK(library->database().schemaVersion() == kLatestSchemaVersion);
    auto mode = library->database().scalar(QStringLiteral("PRAGMA journal_mode"));
    REQUIRE(mode);
    CHECK(mode.value().toString() == QStringLiteral("wal"));
    auto appId = library->database().scalar(QStringLiteral("PRAGMA application_id"));
    REQUIRE(appId);
    CHECK(appId.value().toInt() == kApplicationId);
}

TEST_CASE("reopening a library keeps its content") {
    TempDir dir;
    std::int64_t id = 0;
    {
        auto library = openLibrary(dir / "library.sqlite");
        auto importer = importerFor(*library);
        id = importOne(importer, "session3.txt", kSession3);
    }
    auto library = openLibrary(dir / "library.sqlite");
    auto article = library->articles().article(id);
    REQUIRE(article);
    CHECK(article.value().title == std::optional<std::string>("青江省政协十三届三次会议开幕"));
}

TEST_CASE("a file that is not an SQLite database is refused and left byte-identical") {
    TempDir dir;
    const auto path = dir / "notes.sqlite";
    const std::string bytes = "这不是数据库，只是一段文字。\nplain text pretending to be a library\n";
    writeBytes(path, bytes);
    auto library = Library::open(path);
    REQUIRE_FALSE(library);
    CHECK(library.error().kind == dais::Error::Kind::Unreadable);
    CHECK_THAT(library.error().message, Catch::Contains(path.string()) && Catch::Contains("not an SQLite database"));
    CHECK(readBytes(path) == bytes);
    CHECK_FALSE(std::filesystem::exists(dir / "notes.sqlite-wal"));
}

TEST_CASE("a damaged SQLite file is refused and left byte-identical") {
    TempDir dir;
    const auto path = dir / "library.sqlite";
    {
        auto library = openLibrary(path);
        auto importer = importerFor(*library);
        importOne(importer, "session3.txt", kSession3);
        REQUIRE(library->database().run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    std::string bytes = readBytes(path);
    REQUIRE(bytes.size() > 4096);
    // Keep the 16-byte magic, scribble over the rest of the header and the schema page.
    for (std::size_t i = 16; i < 4096; ++i) bytes[i] = static_cast<char>((i * 37) & 0xff);
    writeBytes(path, bytes);
    std::filesystem::remove(dir / "library.sqlite-wal");
    std::filesystem::remove(dir / "library.sqlite-shm");

    auto library = Library::open(path);
    REQUIRE_FALSE(library);
    CHECK_THAT(library.error().message, Catch::Contains(path.string()) && Catch::Contains("left untouched"));
    CHECK(readBytes(path) == bytes);
}

TEST_CASE("an SQLite database of another application is refused and left byte-identical") {
    TempDir dir;
    const auto path = dir / "other.sqlite";
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(QString::fromStdString(path.string()));
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE bookmarks(url TEXT)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO bookmarks VALUES('https://example.org')")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const std::string bytes = readBytes(path);
    auto library = Library::open(path);
    REQUIRE_FALSE(library);
    CHECK_THAT(library.error().message, Catch::Contains("another application"));
    CHECK(readBytes(path) == bytes);
}

TEST_CASE("a library in a folder that cannot hold it gets a clear error") {
    TempDir dir;
    SECTION("missing folder") {
        auto library = Library::open(dir / "no-such-folder" / "library.sqlite");
        REQUIRE_FALSE(library);
        CHECK_THAT(library.error().message, Catch::Contains("does not exist"));
    }
    SECTION("a file where the folder should be") {
        writeBytes(dir / "plain-file", "x");
        auto library = Library::open(dir / "plain-file" / "library.sqlite");
        REQUIRE_FALSE(library);
        CHECK_THAT(library.error().message, Catch::Contains("is not a folder"));
    }
    SECTION("a folder no one may write to") {
        // /proc refuses new files even to root, unlike a chmod-ed temporary folder.
        auto library = Library::open("/proc/dais-library.sqlite");
        REQUIRE_FALSE(library);
        CHECK_THAT(library.error().message, Catch::Contains("/proc/dais-library.sqlite"));
    }
    SECTION("a folder given as the library") {
        auto library = Library::open(dir.path());
        REQUIRE_FALSE(library);
        CHECK_THAT(library.error().message, Catch::Contains("is a folder"));
    }
}

TEST_CASE("a library from a newer Dais is refused") {
    TempDir dir;
    const auto path = dir / "library.sqlite";
    {
        auto library = openLibrary(path);
        REQUIRE(library->database().run(QStringLiteral("PRAGMA user_version = 99")));
    }
    auto library = Library::open(path);
    REQUIRE_FALSE(library);
    CHECK_THAT(library.error().message, Catch::Contains("newer Dais"));
}

TEST_CASE("two connections to one library both read and write") {
    TempDir dir;
    const auto path = dir / "library.sqlite";
    auto first = openLibrary(path);
    auto second = openLibrary(path);
    auto importer = importerFor(*first);
    const auto id = importOne(importer, "session3.txt", kSession3);

    auto note = second->annotations().addNote(id, "第二个窗口写的笔记");
    REQUIRE(note);
    auto seen = first->annotations().list(id);
    REQUIRE(seen);
    REQUIRE(seen.value().size() == 1);
    CHECK(seen.value().front().note == "第二个窗口写的笔记");

    // A write transaction held open by one connection makes the other wait, not fail.
    REQUIRE(first->database().transaction([&]() -> Status {
        auto h = first->annotations().addNote(id, "在同一事务里");
        return h ? Status(Done{}) : Status(h.error());
    }));
    auto again = second->annotations().addNote(id, "之后再写");
    REQUIRE(again);
    CHECK(second->annotations().list(id).value().size() == 3);
}

TEST_CASE("a writer that cannot get the lock in time gets a clear message") {
    TempDir dir;
    const auto path = dir / "library.sqlite";
    auto first = openLibrary(path);
    auto importer = importerFor(*first);
    const auto id = importOne(importer, "session3.txt", kSession3);
    auto impatient = Library::open(path, tickingClock(), Database::Options{100, 0});
    REQUIRE(impatient);
    auto status = first->database().transaction([&]() -> Status {
        auto blocked = impatient.value()->annotations().addNote(id, "等不到锁");
        REQUIRE_FALSE(blocked);
        CHECK_THAT(blocked.error().message, Catch::Contains("another program is writing"));
        return Done{};
    });
    CHECK(status);
}
