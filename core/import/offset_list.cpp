#include "core/import/offset_list.h"

#include <algorithm>

namespace dais::import {

std::string listOffsets(const std::vector<std::size_t>& offsets, std::size_t total) {
    std::string out;
    const std::size_t shown = std::min({offsets.size(), total, kMaxListedOffsets});
    for (std::size_t i = 0; i < shown; ++i) {
        if (i > 0) out += ", ";
        out += std::to_string(offsets[i]);
    }
    if (total > shown) out += " and " + std::to_string(total - shown) + " more";
    return out;
}

} // namespace dais::import
