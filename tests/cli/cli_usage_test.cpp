// Command-line usage: help text and exit status 2 for every kind of wrong usage.
#include "cli_runner.h"

#include "core/import/source_reader.h"

using dais::test::contains;
using dais::test::runCli;

TEST_CASE("extract --help documents the options and exits 0", "[cli][usage]") {
    const auto r = runCli({"extract", "--help"});
    CHECK(r.exitStatus == 0);
    CHECK(contains(r.out, "--json"));
    CHECK(contains(r.out, "--date"));
    CHECK(contains(r.out, "YYYY-MM-DD"));
    // The size limit in the help must be the one the reader enforces.
    CHECK(contains(r.out, std::to_string(dais::import::kMaxInputBytes >> 20) + " MB"));
    CHECK(r.err.empty());
}

TEST_CASE("no arguments at all is wrong usage", "[cli][usage]") {
    const auto r = runCli({});
    CHECK(r.exitStatus == 2);
    CHECK(r.out.empty());
    CHECK(contains(r.err, "usage"));
}

TEST_CASE("extract without an input file is wrong usage", "[cli][usage]") {
    const auto r = runCli({"extract", "--json"});
    CHECK(r.exitStatus == 2);
    CHECK(r.out.empty());
    CHECK_FALSE(r.err.empty());
}

TEST_CASE("an unknown option is wrong usage and is named", "[cli][usage]") {
    const auto r = runCli({"extract", "--jsn", "-"});
    CHECK(r.exitStatus == 2);
    CHECK(r.out.empty());
    CHECK(contains(r.err, "--jsn"));
}

TEST_CASE("an unknown command is wrong usage", "[cli][usage]") {
    const auto r = runCli({"extrct", "report.txt"});
    CHECK(r.exitStatus == 2);
    CHECK(r.out.empty());
}

TEST_CASE("a --date that is not a real YYYY-MM-DD day is wrong usage", "[cli][usage]") {
    for (const char* bad :
         {"2025-02-30", "2025-13-01", "22/01/2025", "2025-1-22", "yesterday", ""}) {
        INFO("--date '" << bad << "'");
        const auto r = runCli({"extract", "--date", bad, "-"});
        CHECK(r.exitStatus == 2);
        CHECK(r.out.empty());
        CHECK(contains(r.err, "--date"));
    }
}

TEST_CASE("a --date option without a value is wrong usage", "[cli][usage]") {
    const auto r = runCli({"extract", "-", "--date"});
    CHECK(r.exitStatus == 2);
    CHECK(r.out.empty());
}

TEST_CASE("two input files is wrong usage", "[cli][usage]") {
    const auto r = runCli({"extract", "a.txt", "b.txt"});
    CHECK(r.exitStatus == 2);
    CHECK(r.out.empty());
}
