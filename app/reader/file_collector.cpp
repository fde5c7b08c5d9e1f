#include "app/reader/file_collector.h"

#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace dais::reader {

QStringList collectInputFiles(const QStringList& paths) {
    QStringList files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files << (info.exists() ? info.absoluteFilePath() : path);
            continue;
        }
        QStringList found;
        QDirIterator it(info.absoluteFilePath(),
                        {QStringLiteral("*.txt"), QStringLiteral("*.text"), QStringLiteral("*.htm"),
                         QStringLiteral("*.html")},
                        QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
        while (it.hasNext())
            found << it.next();
        std::sort(found.begin(), found.end());
        files << found;
    }
    files.removeDuplicates();
    return files;
}

} // namespace dais::reader
