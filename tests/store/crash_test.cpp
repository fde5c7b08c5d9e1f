#include "store_test_support.h"

#include <csignal>
#include <cstdio>
#include <map>
#include <sstream>

#include <sys/wait.h>
#include <unistd.h>

using namespace dais::store;
using namespace dais::store::test;

TEST_CASE("a writer killed mid-run loses no acknowledged annotation and leaves a sound file") {
    TempDir dir;
    const auto path = dir / "library.sqlite";
    std::int64_t article = 0;
    {
        auto library = openLibrary(path);
        auto importer = importerFor(*library);
        article = importOne(importer, "s3.txt", kSession3);
    }

    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    const std::string articleArg = std::to_string(article);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::dup2(fds[1], STDOUT_FILENO);
        ::close(fds[0]);
        ::close(fds[1]);
        ::execl(DAIS_CRASH_WRITER, DAIS_CRASH_WRITER, path.c_str(), articleArg.c_str(), "1000000",
                static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::close(fds[1]);
    FILE* out = ::fdopen(fds[0], "r");
    REQUIRE(out);

    // Kill it while it is writing, at an arbitrary point after 200 acknowledged writes.
    std::map<std::int64_t, long> acknowledged;
    char line[256];
    while (acknowledged.size() < 200 && std::fgets(line, sizeof line, out)) {
        long long id = 0;
        long i = 0;
        if (std::sscanf(line, "ack %lld %ld", &id, &i) == 2) acknowledged[id] = i;
    }
    ::kill(child, SIGKILL);
    // Acknowledgements already in the pipe were written before the kill: they count too.
    while (std::fgets(line, sizeof line, out)) {
        long long id = 0;
        long i = 0;
        if (std::sscanf(line, "ack %lld %ld", &id, &i) == 2) acknowledged[id] = i;
    }
    std::fclose(out);
    int status = 0;
    ::waitpid(child, &status, 0);
    REQUIRE(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGKILL);
    REQUIRE(acknowledged.size() >= 200);

    auto library = openLibrary(path);
    auto integrity = library->database().scalar(QStringLiteral("PRAGMA integrity_check"));
    REQUIRE(integrity);
    CHECK(integrity.value().toString() == QStringLiteral("ok"));
    auto& notes = library->annotations();
    for (const auto& [id, i] : acknowledged) {
        auto a = notes.get(id);
        INFO("annotation " << id);
        REQUIRE(a);
        CHECK(a.value().note == (i % 2 == 0 ? "崩溃测试笔记 " : "崩溃测试标注 ") + std::to_string(i));
    }
    // The library still takes writes after the crash.
    CHECK(notes.addNote(article, "崩溃之后"));
}
