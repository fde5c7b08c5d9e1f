#pragma once
// Bytes → code points. Strict UTF-8 is tried first (ICU's detector guesses poorly on short
// input); then BOMs (UTF-8, UTF-16LE/BE); then ICU charset detection limited to the encodings
// Chinese reports come in (GB18030/GBK/GB2312, Big5); data that is none of these is refused.

#include "core/common/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace dais::import {

struct DecodedText {
    std::u32string text;               ///< decoded code points, BOM removed, nothing else changed
    std::string encoding;              ///< "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "Big5"
    std::vector<std::string> warnings; ///< what was replaced or skipped, with byte offsets
};

/// Decodes a whole file's bytes. Errors (kind Undecodable): empty input, binary data (NUL bytes
/// outside UTF-16, control characters), or text in no supported encoding. A mostly-UTF-8 file
/// with a few broken sequences decodes as UTF-8 with U+FFFD and a warning naming the offsets.
Result<DecodedText> decodeBytes(std::string_view bytes);

} // namespace dais::import
