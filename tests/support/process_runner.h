#pragma once
// Runs a program the way a shell user would and captures what it printed, for black-box tests
// of dais-cli. stdout and stderr go to temporary files rather than pipes, so a program that
// writes a lot to both cannot deadlock against the test.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace dais::test {

struct ProcessResult {
    int exitStatus = -1;    ///< the exit status; 128 + signal number when killed by a signal
    std::string out, err;   ///< everything written to stdout / stderr, as bytes
    long maxResidentKb = 0; ///< peak resident set size of the child (getrusage ru_maxrss)
};

/// Runs `argv` (argv[0] is the program path, not searched in PATH) with standard input read
/// from `stdinFile`, or /dev/null when none is given. Throws std::runtime_error when the
/// program cannot be started at all.
ProcessResult runProcess(const std::vector<std::string>& argv,
                         const std::optional<std::filesystem::path>& stdinFile = std::nullopt);

} // namespace dais::test
