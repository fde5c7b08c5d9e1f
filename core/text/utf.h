#pragma once
// Conversions between UTF-8 bytes and code-point strings. Every offset Dais publishes counts
// code points of the decoded text, so core works on std::u32string throughout.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace dais::text {

/// Decodes UTF-8. Ill-formed sequences (and surrogates, overlongs, values > U+10FFFF) become
/// U+FFFD, one per maximal ill-formed subpart; their byte offsets are appended to `badOffsets`
/// when it is given. Never fails.
std::u32string decodeUtf8(std::string_view bytes, std::vector<std::size_t>* badOffsets = nullptr);

/// True when `bytes` is well-formed UTF-8 from start to end.
bool isValidUtf8(std::string_view bytes);

/// Encodes code points as UTF-8; a lone surrogate or out-of-range value is written as U+FFFD.
std::string toUtf8(std::u32string_view text);
void appendUtf8(std::string& out, char32_t cp);

} // namespace dais::text
