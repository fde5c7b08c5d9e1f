#pragma once
// UTF-8 <-> code points for tests, written independently of core/text so that offsets the
// program reports are checked against a decoder it does not share.

#include <string>
#include <string_view>

namespace dais::test {

/// Decodes well-formed UTF-8 into code points; throws std::runtime_error naming the byte
/// offset of the first ill-formed sequence.
std::u32string utf8ToCodePoints(std::string_view bytes);
std::string codePointsToUtf8(std::u32string_view text);

} // namespace dais::test
