#include "core/import/html_entities.h"

#include <algorithm>
#include <array>
#include <utility>

namespace dais::import {
namespace {

struct Entity {
    std::u32string_view name;
    char32_t cp;
};

// Sorted by name (code-point order) for binary search.
constexpr std::array kEntities = std::to_array<Entity>({
    {U"AElig", 0xC6},    {U"Alpha", 0x391},   {U"Beta", 0x392},   {U"Delta", 0x394},
    {U"Gamma", 0x393},   {U"Omega", 0x3A9},   {U"Prime", 0x2033}, {U"Sigma", 0x3A3},
    {U"acute", 0xB4},    {U"alpha", 0x3B1},   {U"amp", 0x26},     {U"apos", 0x27},
    {U"beta", 0x3B2},    {U"brvbar", 0xA6},   {U"bull", 0x2022},  {U"cedil", 0xB8},
    {U"cent", 0xA2},     {U"copy", 0xA9},     {U"curren", 0xA4},  {U"darr", 0x2193},
    {U"deg", 0xB0},      {U"delta", 0x3B4},   {U"divide", 0xF7},  {U"emsp", 0x2003},
    {U"ensp", 0x2002},   {U"euro", 0x20AC},   {U"frac12", 0xBD},  {U"frac14", 0xBC},
    {U"frac34", 0xBE},   {U"gamma", 0x3B3},   {U"ge", 0x2265},    {U"gt", 0x3E},
    {U"harr", 0x2194},   {U"hellip", 0x2026}, {U"iexcl", 0xA1},   {U"infin", 0x221E},
    {U"iquest", 0xBF},   {U"laquo", 0xAB},    {U"larr", 0x2190},  {U"ldquo", 0x201C},
    {U"le", 0x2264},     {U"lowast", 0x2217}, {U"lrm", 0x200E},   {U"lsaquo", 0x2039},
    {U"lsquo", 0x2018},  {U"lt", 0x3C},       {U"macr", 0xAF},    {U"mdash", 0x2014},
    {U"micro", 0xB5},    {U"middot", 0xB7},   {U"minus", 0x2212}, {U"mu", 0x3BC},
    {U"nbsp", 0xA0},     {U"ndash", 0x2013},  {U"ne", 0x2260},    {U"not", 0xAC},
    {U"omega", 0x3C9},   {U"ordf", 0xAA},     {U"ordm", 0xBA},    {U"para", 0xB6},
    {U"permil", 0x2030}, {U"pi", 0x3C0},      {U"plusmn", 0xB1},  {U"pound", 0xA3},
    {U"prime", 0x2032},  {U"quot", 0x22},     {U"raquo", 0xBB},   {U"rarr", 0x2192},
    {U"rdquo", 0x201D},  {U"reg", 0xAE},      {U"rlm", 0x200F},   {U"rsaquo", 0x203A},
    {U"rsquo", 0x2019},  {U"sbquo", 0x201A},  {U"sect", 0xA7},    {U"shy", 0xAD},
    {U"sigma", 0x3C3},   {U"sup1", 0xB9},     {U"sup2", 0xB2},    {U"sup3", 0xB3},
    {U"thinsp", 0x2009}, {U"times", 0xD7},    {U"trade", 0x2122}, {U"uarr", 0x2191},
    {U"uml", 0xA8},      {U"yen", 0xA5},      {U"zwj", 0x200D},   {U"zwnj", 0x200C},
});

static_assert(std::is_sorted(kEntities.begin(), kEntities.end(),
                             [](const Entity& a, const Entity& b) { return a.name < b.name; }));

// Windows-1252 for 0x80–0x9F; 0 where it has a hole (those stay as the C1 control).
constexpr std::array<char32_t, 32> kWindows1252 = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

} // namespace

std::optional<char32_t> namedEntity(std::u32string_view name) {
    const auto it =
        std::lower_bound(kEntities.begin(), kEntities.end(), name,
                         [](const Entity& e, std::u32string_view n) { return e.name < n; });
    if (it == kEntities.end() || it->name != name) return std::nullopt;
    return it->cp;
}

bool isLegacyEntityName(std::u32string_view name) {
    return name == U"amp" || name == U"lt" || name == U"gt" || name == U"quot" || name == U"nbsp" ||
           name == U"copy" || name == U"reg";
}

char32_t numericEntity(unsigned long value) {
    if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0xFFFD;
    if (value >= 0x80 && value <= 0x9F && kWindows1252[value - 0x80] != 0)
        return kWindows1252[value - 0x80];
    return static_cast<char32_t>(value);
}

} // namespace dais::import
