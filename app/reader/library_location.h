#pragma once
// The one place that decides which library file the reader opens: `--db PATH`, else $DAIS_DB,
// else library.sqlite in the per-user data folder — the same file dais-cli uses
// (~/.local/share/dais/library.sqlite on Linux).

#include "core/common/result.h"

#include <QString>

#include <filesystem>

namespace dais::reader {

/// `argument` is the value of --db (empty when not given). The data folder is created when
/// missing; Kind::Unreadable when it cannot be.
Result<std::filesystem::path> libraryLocation(const QString& argument);

} // namespace dais::reader
