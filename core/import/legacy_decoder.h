#pragma once
// The legacy Chinese encodings, through ICU converters: GB18030 (a superset of GBK and
// GB2312) and Big5. Both accept almost any byte pairs, so choosing between them is a matter
// of which decoding reads like Chinese (see common_han.h); ICU's detector only breaks ties.

#include "core/common/result.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace dais::import {

struct LegacyDecoding {
    std::u32string text;                   ///< with U+FFFD for each byte sequence not mapped
    std::size_t errors = 0;                ///< how many U+FFFD were substituted
    std::vector<std::size_t> errorOffsets; ///< byte offsets of the first few of them
};

/// Converts `bytes` from `charset` (an ICU converter name). `complete` false means the bytes
/// are a prefix, so a character cut at the end is not an error. Fails (kind Internal) only
/// when ICU lacks the converter.
Result<LegacyDecoding> decodeLegacy(std::string_view bytes, const char* charset,
                                    bool complete = true);

/// How much a decoding looks like Chinese text: everyday Han characters count for, symbols
/// and characters from other scripts against, substitutions strongly against.
long chineseScore(std::u32string_view text, std::size_t errors);

/// "GB18030" or "Big5", whichever reads better for the start of `bytes` (ties: ICU's charset
/// detector). Never fails: GB18030 is the answer when nothing speaks for Big5.
const char* chooseChineseCharset(std::string_view bytes);

} // namespace dais::import
