#pragma once
// Files into the library: read (any encoding core decodes, or HTML), lay out, detect, store.
// Directories are walked recursively; a file that fails is reported and skipped, the rest still
// import.

#include "store/article_repository.h"

#include "core/detect/lexicons.h"
#include "core/extract/extractor.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace dais::store {

struct FileImport {
    std::filesystem::path file;
    std::vector<ImportedArticle> articles; ///< empty when it failed
    std::string error;                     ///< why it failed; empty on success
};

class ReportImporter {
public:
    ReportImporter(ArticleRepository& articles, std::unique_ptr<extract::Extractor> extractor)
        : m_articles(articles), m_extractor(std::move(extractor)) {}

    /// Imports one file as one transaction.
    Result<std::vector<ImportedArticle>> importFile(const std::filesystem::path& file);
    /// Imports text already decoded (tests, pasted text); `source` names it in the library.
    Result<std::vector<ImportedArticle>> importText(const std::string& source, std::u32string text);

    /// Imports every file in `inputs` (files, or folders walked recursively, sorted by path);
    /// `progress` is called after each file with (done, total, result).
    std::vector<FileImport> importAll(const std::vector<std::filesystem::path>& inputs,
                                      const std::function<void(std::size_t, std::size_t, const FileImport&)>& progress = {});

private:
    ArticleRepository& m_articles;
    std::unique_ptr<extract::Extractor> m_extractor;
};

} // namespace dais::store
