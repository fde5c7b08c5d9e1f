// dais-cli killed with SIGKILL in the middle of a long run of annotation writes (annotate
// --batch, which prints each id only once its transaction has committed): every write it had
// acknowledged is in the library afterwards, and SQLite finds the file sound.
#include "library_fixture.h"

#include "support/test_files.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <csignal>
#include <cstdio>
#include <map>

#include <sys/wait.h>
#include <unistd.h>

using namespace dais::test;

namespace {

std::string noteFor(long i) { return (i % 2 == 0 ? "崩溃测试笔记 " : "崩溃测试标注 ") + std::to_string(i); }

std::string integrityCheck(const std::filesystem::path& db) {
    std::string result;
    {
        auto sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
        sql.setDatabaseName(QString::fromStdString(db.string()));
        if (!sql.open()) return "cannot open";
        QSqlQuery q(sql);
        if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next()) result = q.value(0).toString().toStdString();
        sql.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
    return result;
}

} // namespace

TEST_CASE("dais-cli killed during a long run of annotate writes loses no acknowledged write", "[cli][library][crash]") {
    TempDir dir;
    const auto db = dir.path() / "library.sqlite";
    const auto imported = cliJson(db, {"import", dir.write("s.txt", kBaiheSession4).string()});
    const auto article = std::to_string(static_cast<long long>(imported["files"].arr()[0]["articles"].arr()[0]["article"].num()));

    // Far more writes than can finish before the kill: notes and highlights alternating.
    constexpr long kRequests = 100000;
    std::string batch;
    for (long i = 0; i < kRequests; ++i) {
        batch += "{\"article\":" + article;
        if (i % 2) batch += ",\"quote\":\"祁永康\",\"occurrence\":" + std::to_string(1 + i % 2) + ",\"color\":\"blue\"";
        batch += ",\"note\":\"" + noteFor(i) + "\",\"tags\":[\"crash\"]}\n";
    }
    const auto batchFile = dir.write("batch.jsonl", batch);

    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::dup2(fds[1], STDOUT_FILENO);
        ::close(fds[0]);
        ::close(fds[1]);
        ::execl(DAIS_CLI_PATH, DAIS_CLI_PATH, "--db", db.c_str(), "annotate", "--batch", batchFile.c_str(),
                static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::close(fds[1]);
    FILE* out = ::fdopen(fds[0], "r");
    REQUIRE(out);

    // The k-th line of output acknowledges the k-th request.
    std::map<long long, long> acknowledged;
    char line[128];
    long k = 0;
    auto readAck = [&] {
        long long id = 0;
        if (std::sscanf(line, "%lld", &id) == 1) acknowledged[id] = k++;
    };
    while (acknowledged.size() < 300 && std::fgets(line, sizeof line, out)) readAck();
    ::kill(child, SIGKILL); // in the middle of the run: the process is writing flat out
    // Acknowledgements already in the pipe were printed before the kill: they count too.
    while (std::fgets(line, sizeof line, out)) readAck();
    std::fclose(out);
    int status = 0;
    ::waitpid(child, &status, 0);
    REQUIRE(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGKILL);
    REQUIRE(acknowledged.size() >= 300);
    REQUIRE(acknowledged.size() < static_cast<std::size_t>(kRequests));

    CHECK(integrityCheck(db) == "ok");
    const auto stored = cliJson(db, {"annotations", article});
    std::map<long long, std::string> notes;
    for (const auto& a : stored.arr()) notes[static_cast<long long>(a["id"].num())] = a["note"].str();
    for (const auto& [id, i] : acknowledged) {
        INFO("annotation " << id << " (request " << i << ")");
        REQUIRE(notes.count(id));
        CHECK(notes[id] == noteFor(i));
    }
    // Nothing beyond the last acknowledged write was invented, and the library still takes writes.
    CHECK(notes.size() <= acknowledged.size() + 1);
    CHECK(cliJson(db, {"annotate", article, "--note", "崩溃之后"})["note"].str() == "崩溃之后");
}
