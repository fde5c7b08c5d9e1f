#pragma once
// Reads, decodes and extracts files off the GUI thread (QtConcurrent), one task per file,
// and delivers each file's articles or its error by signal on the GUI thread.

#include "app/reader/loaded_article.h"

#include <QObject>
#include <QStringList>

#include <filesystem>
#include <memory>
#include <mutex>
#include <vector>

namespace dais::detect {
struct Lexicons;
}

namespace dais::reader {

/// What one file gave: its articles, or a translated error; warnings about replaced bytes.
struct LoadOutcome {
    QString path;
    std::vector<LoadedArticle> articles;
    QString error;
    QStringList warnings;
};

class ArticleLoader : public QObject {
    Q_OBJECT

  public:
    /// `resourceDir` holds lexicon/; the lexicons are read once, by the first task.
    explicit ArticleLoader(std::filesystem::path resourceDir, QObject* parent = nullptr);
    ~ArticleLoader() override;

    void load(const QStringList& files);
    /// Files queued or running.
    int pending() const { return m_pending; }

  signals:
    void fileLoaded(const dais::reader::LoadOutcome& outcome);
    void idle();

  private:
    LoadOutcome loadOne(const QString& path);

    std::filesystem::path m_resourceDir;
    std::mutex m_lexiconMutex;
    std::shared_ptr<const detect::Lexicons> m_lexicons;
    int m_pending = 0;
};

} // namespace dais::reader
