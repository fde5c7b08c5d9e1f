#include "app/reader/article_loader.h"

#include "app/reader/error_text.h"
#include "app/reader/qt_text.h"
#include "core/detect/lexicons.h"
#include "core/import/source_reader.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace dais::reader {

ArticleLoader::ArticleLoader(std::filesystem::path resourceDir, QObject* parent)
    : QObject(parent), m_resourceDir(std::move(resourceDir)) {}

ArticleLoader::~ArticleLoader() {
    // Tasks capture `this`: let them finish before the members go.
    QThreadPool::globalInstance()->waitForDone();
}

void ArticleLoader::load(const QStringList& files) {
    for (const QString& path : files) {
        ++m_pending;
        auto* watcher = new QFutureWatcher<LoadOutcome>(this);
        connect(watcher, &QFutureWatcher<LoadOutcome>::finished, this, [this, watcher] {
            const LoadOutcome outcome = watcher->result();
            watcher->deleteLater();
            --m_pending;
            emit fileLoaded(outcome);
            if (m_pending == 0) emit idle();
        });
        watcher->setFuture(QtConcurrent::run([this, path] { return loadOne(path); }));
    }
}

LoadOutcome ArticleLoader::loadOne(const QString& path) {
    LoadOutcome out;
    out.path = path;
    {
        std::lock_guard lock(m_lexiconMutex);
        if (!m_lexicons) {
            auto lexicons = detect::loadLexicons(m_resourceDir);
            if (!lexicons) {
                out.error = ErrorText::forResources(lexicons.error());
                return out;
            }
            m_lexicons = lexicons.value();
        }
    }
    auto source = import::readSource(std::filesystem::path(path.toStdString()));
    if (!source) {
        out.error = ErrorText::forFile(source.error(), path);
        return out;
    }
    for (const auto& warning : source.value().warnings)
        out.warnings << fromUtf8(warning);
    // One Extractor per task: it keeps per-thread caches and must not be shared.
    auto extractor = extract::Extractor::create(m_lexicons);
    if (!extractor) {
        out.error = ErrorText::forFile(extractor.error(), path);
        return out;
    }
    auto document = std::make_shared<const layout::Document>(
        layout::analyseLayout(std::move(source.value().text)));
    if (document->articles.empty()) {
        out.error = ErrorText::emptyText(path);
        return out;
    }
    auto extraction = extractor.value()->extract(*document, std::nullopt);
    for (std::size_t i = 0; i < extraction.articles.size(); ++i)
        out.articles.push_back(
            LoadedArticle{path, static_cast<int>(i), document, std::move(extraction.articles[i])});
    return out;
}

} // namespace dais::reader
