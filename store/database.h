#pragma once
// One open library file: a QSQLITE connection with WAL and a busy timeout. Opening refuses a
// foreign or corrupt file without writing a byte to it; migrations.h brings the schema up to
// date (Library::open does both).

#include "core/common/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <initializer_list>
#include <memory>

namespace dais::store {

/// The value of a Result that only says "it worked".
struct Done {};
using Status = Result<Done>;

/// Identifies a Dais library among SQLite files ('DAIS' as PRAGMA application_id).
inline constexpr int kApplicationId = 0x44414953;

/// Path that opens a private in-memory library (tests).
inline const std::filesystem::path kInMemory = ":memory:";

class Database {
public:
    struct Options {
        int busyTimeoutMs = 5000; ///< how long a writer waits for another process's lock
        int newestKnownVersion = 0; ///< 0: do not check (migrations.h passes its latest)
    };

    /// Opens or creates the library at `path` (kInMemory for a private in-memory one). Errors (Kind::Unreadable) name the
    /// file and say why: a folder that does not exist or is read-only, a file that is not a
    /// SQLite database, a SQLite file of another application, a damaged file, a library made
    /// by a newer Dais (user_version above `newestKnownVersion`). A refused file is never written to.
    static Result<std::unique_ptr<Database>> open(const std::filesystem::path& path, Options options);
    static Result<std::unique_ptr<Database>> open(const std::filesystem::path& path) {
        return open(path, Options{});
    }
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    int schemaVersion();

    /// Runs `work` as one transaction (BEGIN IMMEDIATE, so a writer waits for the lock up front
    /// instead of failing half-way); commits when it succeeds, rolls back when it returns an
    /// error or the commit fails. A call inside another one is a savepoint: its failure undoes
    /// its own writes only, and the outer transaction decides whether the rest is kept.
    Status transaction(const std::function<Status()>& work);
    /// How many transactions or savepoints have been rolled back on this connection: a cache of
    /// row ids taken inside a transaction is stale once this changes.
    std::uint64_t rollbacks() const { return m_rollbacks; }

    /// Prepares `sql`; the error names the library file and the statement.
    Result<QSqlQuery> prepare(const QString& sql);
    /// Binds `values` in order to a prepared statement and executes it.
    Status exec(QSqlQuery& query, std::initializer_list<QVariant> values = {});
    /// Prepare + bind + exec in one call; returns the query positioned before its first row.
    Result<QSqlQuery> run(const QString& sql, std::initializer_list<QVariant> values = {});
    /// The single value of a one-row, one-column query (null QVariant when there is no row).
    Result<QVariant> scalar(const QString& sql, std::initializer_list<QVariant> values = {});
    /// Executes a statement that returns no rows (INSERT, UPDATE, DELETE).
    Status write(const QString& sql, std::initializer_list<QVariant> values = {});
    /// Executes an INSERT and returns the rowid of the new row.
    Result<std::int64_t> insert(const QString& sql, std::initializer_list<QVariant> values = {});

    /// An error naming this library and `what`.
    Error error(const QString& what) const;

private:
    Database(std::filesystem::path path, QString connectionName);
    Status configure(const Options& options);
    /// scalar(), write() and insert() consume their result at once, so they can share one
    /// prepared statement per SQL text: preparing costs more than running a small INSERT.
    Result<QSqlQuery*> cached(const QString& sql, std::initializer_list<QVariant> values);
    Status plain(const QString& sql);

    std::filesystem::path m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
    int m_transactionDepth = 0;
    std::uint64_t m_rollbacks = 0;
};

} // namespace dais::store
