#pragma once
// Renders an Extraction for people and programs: JSON (the `dais-cli extract --json` contract,
// offsets in code points, half-open) and a readable plain-text summary.

#include "core/extract/extractor.h"

#include <string>
#include <string_view>

namespace dais::extract {

std::string toJson(const Extraction& extraction, std::string_view source);
std::string toSummary(const Extraction& extraction, std::string_view source);

/// Appends `s` as a JSON string literal (quoted, escaped).
void appendJsonString(std::string& out, std::string_view utf8);

} // namespace dais::extract
