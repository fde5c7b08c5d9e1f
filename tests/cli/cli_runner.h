#pragma once
// Runs the dais-cli built alongside the tests (its path comes from CMake as DAIS_CLI_PATH).

#include "support/process_runner.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace dais::test {

inline ProcessResult runCli(std::vector<std::string> args,
                            const std::optional<std::filesystem::path>& stdinFile = std::nullopt) {
    args.insert(args.begin(), DAIS_CLI_PATH);
    auto r = runProcess(args, stdinFile);
    // Printed on failure: what the program said.
    UNSCOPED_INFO("exit " << r.exitStatus << "\nstderr: " << r.err
                          << "\nstdout (first 2000 bytes): " << r.out.substr(0, 2000));
    return r;
}

inline bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

} // namespace dais::test
