#pragma once
// The one place that decides where the lexicons are: --resources, then $DAIS_RESOURCES, then
// ../share/dais next to an installed binary, then the source tree the binary was built from.

#include "core/common/result.h"

#include <filesystem>
#include <optional>

namespace dais::cli {

Result<std::filesystem::path> locateResources(const std::optional<std::filesystem::path>& override,
                                              const char* argv0);

} // namespace dais::cli
