#include "store/report_importer.h"

#include "core/import/source_reader.h"
#include "core/layout/document.h"

#include <algorithm>
#include <chrono>
#include <system_error>

namespace dais::store {

Result<std::vector<ImportedArticle>> ReportImporter::importText(const std::string& source, std::u32string text) {
    const layout::Document document = layout::analyseLayout(std::move(text));
    if (document.articles.empty())
        return Error{Error::Kind::Undecodable, source + ": the text holds no visible content"};
    const extract::Extraction extraction = m_extractor->extract(document, std::nullopt);
    return m_articles.import(source, document, extraction);
}

Result<std::vector<ImportedArticle>> ReportImporter::importFile(const std::filesystem::path& file) {
    auto source = import::readSource(file);
    if (!source) return source.error();
    std::error_code ec;
    auto absolute = std::filesystem::weakly_canonical(file, ec);
    return importText((ec ? file : absolute).string(), std::move(source.value().text));
}

namespace {

// A longer group would keep another writer (the reader saving a highlight) waiting longer.
constexpr auto kGroupBudget = std::chrono::milliseconds(100);

// The files named by `inputs`, folders walked recursively and sorted; a folder that cannot be
// listed goes to `failures`.
std::vector<std::filesystem::path> collectFiles(const std::vector<std::filesystem::path>& inputs,
                                                std::vector<FileImport>& failures) {
    std::vector<std::filesystem::path> files;
    for (const auto& input : inputs) {
        std::error_code ec;
        if (!std::filesystem::is_directory(input, ec)) {
            files.push_back(input);
            continue;
        }
        std::vector<std::filesystem::path> found;
        for (auto it = std::filesystem::recursive_directory_iterator(input, ec);
             !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
            if (it->is_regular_file(ec)) found.push_back(it->path());
        if (ec) failures.push_back({input, {}, input.string() + ": cannot list the folder: " + ec.message()});
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

} // namespace

std::vector<FileImport> ReportImporter::importAll(const std::vector<std::filesystem::path>& inputs,
                                                  const Progress& progress) {
    std::vector<FileImport> results;
    const auto files = collectFiles(inputs, results);
    std::size_t next = 0, reported = 0;
    bool goOn = true;
    while (goOn && next < files.size()) {
        std::vector<FileImport> group;
        const auto started = std::chrono::steady_clock::now();
        auto committed = m_articles.database().transaction([&]() -> Status {
            do {
                FileImport one{files[next], {}, {}};
                auto imported = importFile(files[next]); // a savepoint: a failure undoes this file only
                if (imported) one.articles = std::move(imported.value());
                else one.error = imported.error().message;
                group.push_back(std::move(one));
                ++next;
            } while (next < files.size() && std::chrono::steady_clock::now() - started < kGroupBudget);
            return Done{};
        });
        for (auto& one : group) {
            if (!committed && one.error.empty()) {
                one.articles.clear();
                one.error = one.file.string() + ": " + committed.error().message;
            }
            if (progress && goOn) goOn = progress(++reported, files.size(), one);
            results.push_back(std::move(one));
        }
    }
    return results;
}

} // namespace dais::store
