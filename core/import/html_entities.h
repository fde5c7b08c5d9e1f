#pragma once
// HTML character references: the named ones that occur in Chinese news and government pages,
// and numeric ones with the HTML5 rules for bad values.

#include <optional>
#include <string_view>

namespace dais::import {

/// The character a named reference stands for ("amp" → '&'), or nothing when unknown.
/// Names are case-sensitive, as in HTML.
std::optional<char32_t> namedEntity(std::u32string_view name);

/// True for the few names that browsers also accept without the final ';' ("&nbsp").
bool isLegacyEntityName(std::u32string_view name);

/// The character `&#value;` stands for: U+FFFD for NUL, surrogates and values beyond
/// U+10FFFF, the Windows-1252 character for 0x80–0x9F (as browsers do).
char32_t numericEntity(unsigned long value);

} // namespace dais::import
