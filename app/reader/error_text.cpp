#include "app/reader/error_text.h"

#include "app/reader/qt_text.h"

#include <QFileInfo>

namespace dais::reader {

QString ErrorText::forFile(const Error& error, const QString& path) {
    const QString name = QFileInfo(path).fileName().isEmpty() ? path : QFileInfo(path).fileName();
    const QString detail = fromUtf8(error.message);
    switch (error.kind) {
    case Error::Kind::Unreadable:
        return tr("Could not open “%1”: it is missing, a folder, or not readable (%2).")
            .arg(name, detail);
    case Error::Kind::TooLarge:
        return tr("“%1” was not opened: it is larger than 256 MB.").arg(name);
    case Error::Kind::Undecodable:
        return tr("“%1” was not opened: it is empty, binary, or in an encoding Dais cannot read "
                  "(%2).")
            .arg(name, detail);
    case Error::Kind::Usage:
    case Error::Kind::Internal:
        break;
    }
    return tr("“%1” could not be processed (%2).").arg(name, detail);
}

QString ErrorText::forResources(const Error& error) {
    return tr("Dais cannot find its word lists, so nothing can be opened (%1).")
        .arg(fromUtf8(error.message));
}

QString ErrorText::emptyText(const QString& path) {
    return tr("“%1” holds no visible text.").arg(QFileInfo(path).fileName());
}

QString ErrorText::forLibrary(const Error& error) {
    return tr("The library could not be opened, so nothing can be kept (%1).")
        .arg(fromUtf8(error.message));
}

QString ErrorText::forAnnotation(const Error& error) {
    return tr("The change to your highlights and notes could not be saved (%1).")
        .arg(fromUtf8(error.message));
}

QString ErrorText::forReading(const Error& error) {
    return tr("The library could not be read (%1).").arg(fromUtf8(error.message));
}

} // namespace dais::reader
