#include "store/report_importer.h"

#include "core/import/source_reader.h"
#include "core/layout/document.h"

#include <algorithm>
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

std::vector<FileImport> ReportImporter::importAll(
    const std::vector<std::filesystem::path>& inputs,
    const std::function<void(std::size_t, std::size_t, const FileImport&)>& progress) {
    std::vector<FileImport> results;
    std::vector<std::filesystem::path> files;
    for (const auto& input : inputs) {
        std::error_code ec;
        if (std::filesystem::is_directory(input, ec)) {
            std::vector<std::filesystem::path> found;
            for (auto it = std::filesystem::recursive_directory_iterator(input, ec);
                 !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
                if (it->is_regular_file(ec)) found.push_back(it->path());
            if (ec) results.push_back({input, {}, input.string() + ": cannot list the folder: " + ec.message()});
            std::sort(found.begin(), found.end());
            files.insert(files.end(), found.begin(), found.end());
        } else {
            files.push_back(input);
        }
    }
    for (std::size_t i = 0; i < files.size(); ++i) {
        FileImport one{files[i], {}, {}};
        auto imported = importFile(files[i]);
        if (imported) one.articles = std::move(imported.value());
        else one.error = imported.error().message;
        if (progress) progress(i + 1, files.size(), one);
        results.push_back(std::move(one));
    }
    return results;
}

} // namespace dais::store
