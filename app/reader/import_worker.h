#pragma once
// Imports files into the library on a thread of its own. The worker opens its own connection
// (a store::Library is used from one thread only) the first time it is asked to import, and
// reports each file by a queued signal; the GUI thread never waits for it.

#include <QList>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <filesystem>
#include <memory>

namespace dais::store {
class Library;
class ReportImporter;
} // namespace dais::store

namespace dais::reader {

/// What one file gave: the ids of its articles in the library, or a translated error.
struct ImportOutcome {
    QString path;
    QList<qint64> articleIds;
    int newVersions = 0, orphaned = 0; ///< re-imports of changed text
    QString error;
};

class ImportWorker : public QObject {
    Q_OBJECT

  public:
    ImportWorker(std::filesystem::path database, std::filesystem::path resourceDir);
    ~ImportWorker() override;

    /// Asks the running batch to stop after the file it is importing.
    void cancel() { m_cancel = true; }

  public slots:
    /// Imports `files` (runs on the worker's thread).
    void importFiles(const QStringList& files);

  signals:
    void fileImported(const dais::reader::ImportOutcome& outcome, int done, int total);
    void batchFinished(bool cancelled);

  private:
    QString prepare();

    std::filesystem::path m_database, m_resourceDir;
    std::unique_ptr<store::Library> m_library;
    std::unique_ptr<store::ReportImporter> m_importer;
    std::atomic<bool> m_cancel{false};
};

} // namespace dais::reader
