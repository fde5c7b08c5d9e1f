#include "store/database.h"

#include <QSqlError>
#include <QUuid>

#include <fstream>
#include <system_error>

#include <unistd.h>

namespace dais::store {

namespace {

std::string u8(const QString& s) { return s.toStdString(); }

Error unreadable(const std::filesystem::path& path, const std::string& why) {
    return Error{Error::Kind::Unreadable, "library " + path.string() + ": " + why};
}

// The first 16 bytes of every SQLite 3 database file.
constexpr char kSqliteHeader[16] = {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f',
                                    'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};

// Checks the place before SQLite sees it: SQLite would create a missing file, and its own
// messages ("unable to open database file") do not say what is wrong with the path.
Status checkLocation(const std::filesystem::path& path, bool& existsNonEmpty) {
    std::error_code ec;
    existsNonEmpty = false;
    const auto status = std::filesystem::status(path, ec);
    if (std::filesystem::exists(status)) {
        if (std::filesystem::is_directory(status))
            return unreadable(path, "is a folder, not a library file");
        const auto size = std::filesystem::file_size(path, ec);
        if (ec) return unreadable(path, "cannot read its size: " + ec.message());
        if (::access(path.c_str(), R_OK) != 0) return unreadable(path, "the file is not readable");
        if (::access(path.c_str(), W_OK) != 0)
            return unreadable(path, "the file is read-only; Dais needs to write to its library");
        if (size == 0) return Done{};
        std::ifstream in(path, std::ios::binary);
        char header[16] = {};
        in.read(header, sizeof header);
        if (in.gcount() < 16 || !std::equal(header, header + 16, kSqliteHeader))
            return unreadable(path, "not a Dais library (the file is not an SQLite database); it was "
                                    "left untouched");
        existsNonEmpty = true;
        return Done{};
    }
    auto parent = path.parent_path();
    if (parent.empty()) parent = ".";
    const auto parentStatus = std::filesystem::status(parent, ec);
    if (!std::filesystem::exists(parentStatus))
        return unreadable(path, "the folder " + parent.string() + " does not exist");
    if (!std::filesystem::is_directory(parentStatus))
        return unreadable(path, parent.string() + " is not a folder");
    if (::access(parent.c_str(), W_OK) != 0)
        return unreadable(path, "the folder " + parent.string() +
                                    " is read-only; the library cannot be created there");
    return Done{};
}

// Reads an existing file through a read-only connection, so that nothing (not even the switch to
// WAL, which rewrites the header) touches a file that turns out to be foreign or damaged.
Status inspectExisting(const std::filesystem::path& path, int newestKnownVersion) {
    const QString name = QStringLiteral("dais-inspect-") + QUuid::createUuid().toString();
    Status outcome = Done{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QString::fromStdString(path.string()));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            outcome = unreadable(path, "cannot open: " + u8(db.lastError().text()));
        } else {
            QSqlQuery q(db);
            auto pragma = [&](const QString& sql, QVariant& out) -> bool {
                if (!q.exec(sql) || !q.next()) return false;
                out = q.value(0);
                return true;
            };
            QVariant appId, version, tables;
            if (!pragma(QStringLiteral("SELECT count(*) FROM sqlite_master"), tables) ||
                !pragma(QStringLiteral("PRAGMA application_id"), appId) ||
                !pragma(QStringLiteral("PRAGMA user_version"), version)) {
                outcome = unreadable(path, "the file is damaged or not a database (" +
                                               u8(q.lastError().text()) + "); it was left untouched");
            } else if (appId.toInt() != kApplicationId && (tables.toInt() > 0 || version.toInt() != 0)) {
                outcome = unreadable(path, "an SQLite database of another application, not a Dais "
                                           "library; it was left untouched");
            } else if (newestKnownVersion > 0 && version.toInt() > newestKnownVersion) {
                outcome = unreadable(path, "made by a newer Dais (schema version " +
                                               std::to_string(version.toInt()) + ", this one knows up to " +
                                               std::to_string(newestKnownVersion) + ")");
            }
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return outcome;
}

} // namespace

Database::Database(std::filesystem::path path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)) {}

Database::~Database() {
    m_statements.clear(); // statements go before their connection
    m_db.close();
    m_db = QSqlDatabase(); // the handle must go before the connection is removed
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const std::filesystem::path& path, Options options) {
    const bool inMemory = path == kInMemory;
    if (!inMemory) {
        bool existing = false;
        if (auto s = checkLocation(path, existing); !s) return s.error();
        if (existing)
            if (auto s = inspectExisting(path, options.newestKnownVersion); !s) return s.error();
    }
    // A connection name per instance: Qt keeps connections in a process-wide registry.
    std::unique_ptr<Database> db(
        new Database(path, QStringLiteral("dais-store-") + QUuid::createUuid().toString()));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    if (!db->m_db.isValid())
        return Error{Error::Kind::Internal, "the Qt SQLite driver (QSQLITE) is not available; "
                                            "install libqt6sql6-sqlite"};
    db->m_db.setDatabaseName(QString::fromStdString(path.string()));
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=") +
                               QString::number(options.busyTimeoutMs));
    if (!db->m_db.open())
        return unreadable(path, "cannot open: " + u8(db->m_db.lastError().text()));
    if (auto s = db->configure(options); !s) return s.error();
    return db;
}

Status Database::configure(const Options&) {
    // WAL lets readers (the reader window) go on while an import writes. synchronous=NORMAL is
    // durable against a crashed or killed process (the WAL is in the OS cache); only a power
    // loss may drop the last transactions, never corrupt the file.
    auto mode = scalar(QStringLiteral("PRAGMA journal_mode=WAL"));
    if (!mode) return mode.error();
    const QString m = mode.value().toString().toLower();
    if (m != QStringLiteral("wal") && m != QStringLiteral("memory"))
        return error(QStringLiteral("cannot switch to WAL journal mode (got ") + m + QStringLiteral(")"));
    // A 64 MB page cache (SQLite's default is 2 MB) keeps the indexes a person's record or a
    // search walks in memory instead of reading them again from the OS on every query.
    for (const char* pragma : {"PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON", "PRAGMA cache_size=-65536"}) {
        auto q = run(QString::fromUtf8(pragma));
        if (!q) return q.error();
    }
    return Done{};
}

int Database::schemaVersion() {
    auto v = scalar(QStringLiteral("PRAGMA user_version"));
    return v ? v.value().toInt() : -1;
}

Error Database::error(const QString& what) const {
    return Error{Error::Kind::Internal, "library " + m_path.string() + ": " + u8(what)};
}

Status Database::plain(const QString& sql) {
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        const QString why = q.lastError().text();
        if (why.contains(QStringLiteral("locked")) || why.contains(QStringLiteral("busy")))
            return error(QStringLiteral("another program is writing to the library; try again (") + why +
                         QStringLiteral(")"));
        return error(sql + QStringLiteral(" failed: ") + why);
    }
    return Done{};
}

Status Database::transaction(const std::function<Status()>& work) {
    const bool nested = m_transactionDepth > 0;
    const QString savepoint = QStringLiteral("dais_%1").arg(m_transactionDepth);
    if (auto s = plain(nested ? QStringLiteral("SAVEPOINT ") + savepoint : QStringLiteral("BEGIN IMMEDIATE")); !s)
        return s;
    ++m_transactionDepth;
    Status outcome = work();
    --m_transactionDepth;
    if (outcome) {
        auto end = plain(nested ? QStringLiteral("RELEASE ") + savepoint : QStringLiteral("COMMIT"));
        if (end) return outcome;
        outcome = end;
    }
    // Every cached statement is reset first: an unfinished one would keep the rollback from
    // running.
    for (auto& q : m_statements) q.finish();
    if (nested) {
        (void)plain(QStringLiteral("ROLLBACK TO ") + savepoint);
        (void)plain(QStringLiteral("RELEASE ") + savepoint);
    } else {
        (void)plain(QStringLiteral("ROLLBACK"));
    }
    ++m_rollbacks;
    return outcome;
}

Result<QSqlQuery> Database::prepare(const QString& sql) {
    QSqlQuery q(m_db);
    if (!q.prepare(sql))
        return error(QStringLiteral("cannot prepare \"") + sql.left(80) + QStringLiteral("\": ") +
                     q.lastError().text());
    return q;
}

Status Database::exec(QSqlQuery& query, std::initializer_list<QVariant> values) {
    int i = 0;
    for (const auto& v : values) query.bindValue(i++, v);
    if (!query.exec())
        return error(QStringLiteral("query failed \"") + query.lastQuery().left(80) + QStringLiteral("\": ") +
                     query.lastError().text());
    return Done{};
}

Result<QSqlQuery> Database::run(const QString& sql, std::initializer_list<QVariant> values) {
    auto q = prepare(sql);
    if (!q) return q;
    if (auto s = exec(q.value(), values); !s) return s.error();
    return q;
}

Result<QSqlQuery*> Database::cached(const QString& sql, std::initializer_list<QVariant> values) {
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        auto q = prepare(sql);
        if (!q) return q.error();
        found = m_statements.insert(sql, std::move(q.value()));
    }
    if (auto s = exec(found.value(), values); !s) return s.error();
    return &found.value();
}

Result<QVariant> Database::scalar(const QString& sql, std::initializer_list<QVariant> values) {
    auto q = cached(sql, values);
    if (!q) return q.error();
    QVariant value = q.value()->next() ? q.value()->value(0) : QVariant();
    q.value()->finish();
    return value;
}

Status Database::write(const QString& sql, std::initializer_list<QVariant> values) {
    auto q = cached(sql, values);
    if (!q) return q.error();
    q.value()->finish();
    return Done{};
}

Result<std::int64_t> Database::insert(const QString& sql, std::initializer_list<QVariant> values) {
    auto q = cached(sql, values);
    if (!q) return q.error();
    const std::int64_t id = q.value()->lastInsertId().toLongLong();
    q.value()->finish();
    return id;
}

} // namespace dais::store
