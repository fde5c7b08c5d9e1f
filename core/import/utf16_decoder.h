#pragma once
// UTF-16 with a byte order mark, decoded by hand: ICU would do, but its substitution does not
// say where the damage was, and the warning must name byte offsets.

#include "core/import/decoder.h"

#include <cstddef>
#include <string_view>

namespace dais::import {

/// Decodes `units` (the bytes after the BOM) as UTF-16LE or BE. A lone surrogate or an odd
/// final byte becomes U+FFFD and a warning; offsets in it count from the start of the file,
/// i.e. `units` starts at byte `base`. Never fails.
DecodedText decodeUtf16(std::string_view units, bool bigEndian, std::size_t base);

} // namespace dais::import
