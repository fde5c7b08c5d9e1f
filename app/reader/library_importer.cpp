#include "app/reader/library_importer.h"

namespace dais::reader {

LibraryImporter::LibraryImporter(std::filesystem::path database, std::filesystem::path resourceDir,
                                 QObject* parent)
    : QObject(parent), m_worker(new ImportWorker(std::move(database), std::move(resourceDir))) {
    qRegisterMetaType<ImportOutcome>("dais::reader::ImportOutcome");
    m_thread.setObjectName(QStringLiteral("dais-import"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ImportWorker::fileImported, this,
            [this](const ImportOutcome& outcome, int done, int total) {
                --m_pending;
                emit fileImported(outcome);
                emit progress(done, total);
                if (m_pending == 0) emit idle();
            });
    connect(m_worker, &ImportWorker::batchFinished, this, [this](bool cancelled) {
        if (cancelled) {
            m_pending = 0;
            emit idle();
        }
    });
    m_thread.start();
}

LibraryImporter::~LibraryImporter() {
    m_worker->cancel();
    m_thread.quit();
    m_thread.wait();
}

void LibraryImporter::import(const QStringList& files) {
    if (files.isEmpty()) return;
    m_pending += static_cast<int>(files.size());
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, files] { worker->importFiles(files); },
                              Qt::QueuedConnection);
}

void LibraryImporter::cancel() {
    m_worker->cancel();
}

} // namespace dais::reader
