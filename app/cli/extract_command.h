#pragma once
// `dais-cli extract`: read one report, detect, print JSON or a summary.

#include <string>
#include <vector>

namespace dais::cli {

/// Runs the command with the arguments after "extract"; returns the process exit status
/// (0 success, 1 unreadable input, 2 wrong usage).
int runExtract(const std::vector<std::string>& args, const char* argv0);

extern const char* const kExtractHelp;

} // namespace dais::cli
