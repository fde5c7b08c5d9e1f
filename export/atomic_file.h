#pragma once
// Writing an export so that a failure never leaves a half-written file in place of an earlier
// good one: the bytes go to a temporary file beside the target, which is renamed over it only
// once everything was written (QSaveFile).

#include "core/common/result.h"

#include <QIODevice>

#include <filesystem>
#include <functional>
#include <string_view>

namespace dais::exporting {

struct Written {};

/// Writes `bytes` to `path` atomically. Kind::Unreadable naming the path and the reason when
/// the folder is missing or read-only, or writing or renaming fails.
Result<Written> writeFileAtomically(const std::filesystem::path& path, std::string_view bytes);

/// Same, for writers that need a device (QPdfWriter): `write` fills it and returns false (or an
/// error message through `why`) when it failed; nothing replaces `path` then.
Result<Written> writeDeviceAtomically(const std::filesystem::path& path,
                                      const std::function<bool(QIODevice&, std::string& why)>& write);

} // namespace dais::exporting
