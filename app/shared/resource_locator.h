#pragma once
// The one place that decides where Dais's resources (lexicon/, samples/) are: an explicit
// folder (--resources), then $DAIS_RESOURCES, then ../share/dais next to an installed binary,
// then the source tree the binary was built from. Shared by dais-cli and the reader; no Qt.

#include "core/common/result.h"

#include <filesystem>
#include <optional>

namespace dais::app {

/// The folder holding lexicon/ and samples/. `argv0` is used only when /proc/self/exe is
/// unreadable. Errors: Kind::Usage when the override or $DAIS_RESOURCES has no lexicons,
/// Kind::Internal when no candidate has them.
Result<std::filesystem::path> locateResources(const std::optional<std::filesystem::path>& override,
                                              const char* argv0);

/// The sample page shipped in resources/samples/, shown to a new user.
std::filesystem::path bundledSample(const std::filesystem::path& resourceDir);

} // namespace dais::app
