#pragma once
// The GUI side of importing: owns the worker thread, hands it files, counts what is pending,
// and passes each file's outcome on (queued, on the GUI thread).

#include "app/reader/import_worker.h"

#include <QObject>
#include <QThread>

namespace dais::reader {

class LibraryImporter : public QObject {
    Q_OBJECT

  public:
    LibraryImporter(std::filesystem::path database, std::filesystem::path resourceDir,
                    QObject* parent = nullptr);
    ~LibraryImporter() override;

    void import(const QStringList& files);
    /// Stops after the file being imported; the files not reached are dropped.
    void cancel();
    int pending() const { return m_pending; }

  signals:
    void fileImported(const dais::reader::ImportOutcome& outcome);
    void progress(int done, int total);
    void idle();

  private:
    QThread m_thread;
    ImportWorker* m_worker;
    int m_pending = 0;
};

} // namespace dais::reader
