#include "core/detect/word_list.h"

#include "core/text/utf.h"

#include <fstream>
#include <sstream>

namespace dais::detect {

Result<std::vector<WordRow>> loadWordRows(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return Error{Error::Kind::Unreadable, "cannot read lexicon file " + file.string()};
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string bytes = buffer.str();
    if (!text::isValidUtf8(bytes))
        return Error{Error::Kind::Unreadable, "lexicon file is not UTF-8: " + file.string()};

    std::vector<WordRow> rows;
    std::istringstream lines(bytes);
    std::string line;
    while (std::getline(lines, line)) {
        if (const auto hash = line.find('#'); hash != std::string::npos) line.erase(hash);
        WordRow row;
        std::istringstream cols(line);
        std::string col;
        while (std::getline(cols, col, '\t')) {
            const auto first = col.find_first_not_of(" \r");
            const auto last = col.find_last_not_of(" \r");
            row.push_back(first == std::string::npos
                              ? std::u32string()
                              : text::decodeUtf8(col.substr(first, last - first + 1)));
        }
        if (!row.empty() && !row.front().empty()) rows.push_back(std::move(row));
    }
    return rows;
}

Result<std::vector<std::u32string>> loadWordList(const std::filesystem::path& file) {
    auto rows = loadWordRows(file);
    if (!rows) return rows.error();
    std::vector<std::u32string> words;
    words.reserve(rows.value().size());
    for (auto& row : rows.value())
        words.push_back(std::move(row.front()));
    return words;
}

} // namespace dais::detect
