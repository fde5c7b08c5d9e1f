#pragma once
// One entry point for "read this input as text": file bytes (size-limited) → decoder →
// HTML to text when it is a page.

#include "core/common/result.h"
#include "core/import/decoder.h"

#include <cstddef>
#include <filesystem>
#include <string_view>

namespace dais::import {

/// Largest input accepted, in bytes; larger files are refused with a message naming it.
/// 64 MB because the decoded text takes 4 bytes per code point, and the pipeline must stay
/// within 300 MB resident for a 20 MB report; a real meeting report is far smaller.
inline constexpr std::size_t kMaxInputBytes = 64u * 1024u * 1024u;

struct SourceText {
    std::u32string text;               ///< what the layout stage and detectors see
    std::string encoding;
    bool wasHtml = false;
    std::vector<std::string> warnings;
};

/// Reads a file. Errors name the path and the problem: missing, a directory, unreadable,
/// too large (Error::Kind::TooLarge), empty, undecodable.
Result<SourceText> readSource(const std::filesystem::path& path);

/// Same from bytes already in memory (stdin, tests); `name` is used in messages.
Result<SourceText> readSourceBytes(std::string_view bytes, std::string_view name);

} // namespace dais::import
