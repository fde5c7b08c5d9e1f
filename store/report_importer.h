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

    /// Called after each file with (done, total, result) once that file is in the library;
    /// returning false stops the import there (what was imported stays).
    using Progress = std::function<bool(std::size_t, std::size_t, const FileImport&)>;

    /// Imports every file in `inputs` (files, or folders walked recursively, sorted by path).
    /// Each file is all or nothing; files are committed in groups of about a tenth of a second
    /// of work, since a commit (the full-text index flushing its pending terms) costs more than
    /// storing a report-sized article. A crash loses at most the group in progress, which no
    /// progress call has reported yet.
    std::vector<FileImport> importAll(const std::vector<std::filesystem::path>& inputs, const Progress& progress = {});

private:
    ArticleRepository& m_articles;
    std::unique_ptr<extract::Extractor> m_extractor;
};

} // namespace dais::store
