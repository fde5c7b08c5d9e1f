#include "app/reader/library_location.h"

#include <QDir>
#include <QStandardPaths>

namespace dais::reader {

Result<std::filesystem::path> libraryLocation(const QString& argument) {
    if (!argument.isEmpty()) return std::filesystem::path(argument.toStdString());
    const QString env = qEnvironmentVariable("DAIS_DB");
    if (!env.isEmpty()) return std::filesystem::path(env.toStdString());
    // dais-cli names its application "dais" with no organisation: AppDataLocation is then
    // <generic data>/dais. The reader's own names differ, so the folder is spelt out here.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        return Error{Error::Kind::Usage, "no per-user data folder; pass --db PATH or set DAIS_DB"};
    const QString dir = base + QStringLiteral("/dais");
    if (!QDir().mkpath(dir))
        return Error{Error::Kind::Unreadable, "cannot create the folder " + dir.toStdString()};
    return std::filesystem::path((dir + QStringLiteral("/library.sqlite")).toStdString());
}

} // namespace dais::reader
