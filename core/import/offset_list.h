#pragma once
// Byte offsets in warnings: a file with thousands of bad bytes must not produce a warning
// thousands of numbers long, so lists are capped and end with "and N more".

#include <cstddef>
#include <string>
#include <vector>

namespace dais::import {

/// How many offsets a warning names before it says "and N more".
inline constexpr std::size_t kMaxListedOffsets = 10;

/// "12, 40, 41" or "12, 40, … and 7 more"; `offsets` may hold only the first few of `total`.
std::string listOffsets(const std::vector<std::size_t>& offsets, std::size_t total);

} // namespace dais::import
