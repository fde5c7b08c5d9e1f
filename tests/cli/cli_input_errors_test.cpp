// Inputs that cannot be read as a report: exit 1, a message on stderr naming the file, and
// nothing on stdout (so a pipeline never mistakes a failure for an empty result).
#include "cli_runner.h"

#include "core/import/source_reader.h"
#include "support/test_files.h"

#include <random>

#include <fcntl.h>
#include <unistd.h>

using dais::test::contains;
using dais::test::runCli;
using dais::test::TempDir;

namespace {

void checkRefused(const std::filesystem::path& path, bool json) {
    std::vector<std::string> args{"extract"};
    if (json) args.push_back("--json");
    args.push_back(path.string());
    const auto r = runCli(args);
    CHECK(r.exitStatus == 1);
    CHECK(r.out.empty());
    CHECK(contains(r.err, path.string()));
}

} // namespace

TEST_CASE("a missing file is refused with its name", "[cli][input]") {
    TempDir dir;
    checkRefused(dir.path() / "no-such-report.txt", false);
    checkRefused(dir.path() / "no-such-report.txt", true);
}

TEST_CASE("a directory is refused with its name", "[cli][input]") {
    TempDir dir;
    checkRefused(dir.path(), true);
}

TEST_CASE("an empty file is refused with its name", "[cli][input]") {
    TempDir dir;
    checkRefused(dir.write("empty.txt", ""), true);
}

TEST_CASE("random binary data is refused with its name", "[cli][input]") {
    TempDir dir;
    std::mt19937 rng(20250122); // fixed seed: the same bytes on every run
    std::string bytes(64 * 1024, '\0');
    for (auto& b : bytes)
        b = static_cast<char>(rng() & 0xFF);
    bytes[100] = '\0'; // make sure there are NULs, as in any real binary
    checkRefused(dir.write("photo.jpg", bytes), true);
}

TEST_CASE("an HTML page without body text is refused with its name", "[cli][input]") {
    TempDir dir;
    checkRefused(
        dir.write("empty.html",
                  "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>政协新闻</title>"
                  "<style>p { color: red }</style></head>\n<body><script>var n = "
                  "\"市政协主席韩秉文\";</script>\n<div>  </div></body></html>\n"),
        true);
}

TEST_CASE("a file over the size limit is refused, naming the limit", "[cli][input]") {
    TempDir dir;
    const auto path = dir.path() / "huge.txt";
    {
        // Sparse: ftruncate sets the size without writing the bytes to disk.
        const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        REQUIRE(fd >= 0);
        REQUIRE(::ftruncate(fd, static_cast<off_t>(dais::import::kMaxInputBytes + 1)) == 0);
        ::close(fd);
    }
    const auto r = runCli({"extract", "--json", path.string()});
    CHECK(r.exitStatus == 1);
    CHECK(r.out.empty());
    CHECK(contains(r.err, path.string()));
    CHECK(contains(r.err, std::to_string(dais::import::kMaxInputBytes >> 20) + " MB"));
}

TEST_CASE("a file exactly at the size limit is not refused for its size", "[cli][input]") {
    // The limit is inclusive: a sparse file of exactly kMaxInputBytes is read, and then refused
    // only because it is all NUL bytes (binary), not because of its size.
    TempDir dir;
    const auto path = dir.path() / "at-limit.txt";
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    REQUIRE(fd >= 0);
    REQUIRE(::ftruncate(fd, static_cast<off_t>(dais::import::kMaxInputBytes)) == 0);
    ::close(fd);
    const auto r = runCli({"extract", path.string()});
    CHECK(r.exitStatus == 1);
    CHECK_FALSE(contains(r.err, std::to_string(dais::import::kMaxInputBytes >> 20) + " MB"));
    CHECK(contains(r.err, "binary"));
}
