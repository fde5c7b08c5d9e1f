#include "app/reader/import_worker.h"

#include "app/reader/error_text.h"
#include "core/detect/lexicons.h"
#include "store/library.h"
#include "store/report_importer.h"

namespace dais::reader {

ImportWorker::ImportWorker(std::filesystem::path database, std::filesystem::path resourceDir)
    : m_database(std::move(database)), m_resourceDir(std::move(resourceDir)) {}

ImportWorker::~ImportWorker() = default;

QString ImportWorker::prepare() {
    if (m_importer) return {};
    auto lexicons = detect::loadLexicons(m_resourceDir);
    if (!lexicons) return ErrorText::forResources(lexicons.error());
    auto extractor = extract::Extractor::create(lexicons.value());
    if (!extractor) return ErrorText::forResources(extractor.error());
    auto library = store::Library::open(m_database);
    if (!library) return ErrorText::forLibrary(library.error());
    m_library = std::move(library.value());
    m_importer = std::make_unique<store::ReportImporter>(m_library->articles(),
                                                         std::move(extractor.value()));
    return {};
}

void ImportWorker::importFiles(const QStringList& files) {
    m_cancel = false;
    const QString problem = prepare();
    const int total = static_cast<int>(files.size());
    for (int i = 0; i < total; ++i) {
        ImportOutcome out;
        out.path = files[i];
        if (!problem.isEmpty()) {
            out.error = problem;
        } else if (m_cancel) {
            emit batchFinished(true);
            return;
        } else {
            auto imported = m_importer->importFile(std::filesystem::path(files[i].toStdString()));
            if (!imported) {
                out.error = ErrorText::forFile(imported.error(), files[i]);
            } else {
                for (const auto& a : imported.value()) {
                    out.articleIds << a.articleId;
                    if (a.status == store::ImportStatus::NewVersion) ++out.newVersions;
                    out.orphaned += a.orphaned;
                }
            }
        }
        emit fileImported(out, i + 1, total);
    }
    emit batchFinished(false);
}

} // namespace dais::reader
