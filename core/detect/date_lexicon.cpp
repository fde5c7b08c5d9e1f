#include "core/detect/date_lexicon.h"

#include "core/detect/word_list.h"
#include "core/text/utf.h"

namespace dais::detect {

Result<DateLexicon> loadDateLexicon(const std::filesystem::path& resourceDir) {
    const auto dir = resourceDir / "lexicon";
    const auto malformed = [](const std::filesystem::path& file, const std::u32string& word) {
        return Error{Error::Kind::Unreadable,
                     "malformed row '" + text::toUtf8(word) + "' in " + file.string()};
    };
    DateLexicon lexicon;

    const auto partsFile = dir / "date_day_parts.txt";
    auto parts = loadWordRows(partsFile);
    if (!parts) return parts.error();
    for (const auto& row : parts.value()) {
        if (row.size() < 2 || row[1].empty()) return malformed(partsFile, row[0]);
        for (const char32_t letter : row[1]) {
            auto* list = letter == U'd'   ? &lexicon.dayParts
                         : letter == U'm' ? &lexicon.monthParts
                         : letter == U'y' ? &lexicon.yearParts
                                          : nullptr;
            if (!list) return malformed(partsFile, row[0]);
            list->push_back(row[0]);
        }
    }

    const auto relativeFile = dir / "date_relative.tsv";
    auto relatives = loadWordRows(relativeFile);
    if (!relatives) return relatives.error();
    for (const auto& row : relatives.value()) {
        if (row.size() < 3 || row[1].size() != 1 ||
            std::u32string_view(U"ymwd").find(row[1][0]) == std::u32string_view::npos)
            return malformed(relativeFile, row[0]);
        const std::string offset = text::toUtf8(row[2]);
        int value = 0;
        std::size_t k = (offset.size() > 1 && (offset[0] == '-' || offset[0] == '+')) ? 1 : 0;
        if (k == offset.size()) return malformed(relativeFile, row[0]);
        for (; k < offset.size(); ++k) {
            if (offset[k] < '0' || offset[k] > '9') return malformed(relativeFile, row[0]);
            value = value * 10 + (offset[k] - '0');
        }
        if (offset[0] == '-') value = -value;
        const bool mention = row.size() > 3 && row[3] == U"mention";
        if (row.size() > 3 && !row[3].empty() && !mention) return malformed(relativeFile, row[0]);
        lexicon.relatives.push_back({row[0], static_cast<char>(row[1][0]), value, mention});
    }

    auto boundary = loadWordList(dir / "date_boundary_words.txt");
    if (!boundary) return boundary.error();
    lexicon.boundaryWords = std::move(boundary.value());
    return lexicon;
}

} // namespace dais::detect
