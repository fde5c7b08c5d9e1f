#include "export/atomic_file.h"

#include <QSaveFile>

namespace dais::exporting {

namespace {
Error failed(const std::filesystem::path& path, const std::string& why) {
    return Error{Error::Kind::Unreadable, "cannot write " + path.string() + ": " + why};
}
} // namespace

Result<Written> writeDeviceAtomically(const std::filesystem::path& path,
                                      const std::function<bool(QIODevice&, std::string& why)>& write) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return failed(path, "it is a folder");
    QSaveFile file(QString::fromStdString(path.string()));
    if (!file.open(QIODevice::WriteOnly)) return failed(path, file.errorString().toStdString());
    std::string why;
    if (!write(file, why)) {
        file.cancelWriting();
        return failed(path, why.empty() ? file.errorString().toStdString() : why);
    }
    // commit() flushes, syncs and renames; on failure the temporary file is removed and the
    // earlier file at `path` stays as it was.
    if (!file.commit()) return failed(path, file.errorString().toStdString());
    return Written{};
}

Result<Written> writeFileAtomically(const std::filesystem::path& path, std::string_view bytes) {
    return writeDeviceAtomically(path, [&](QIODevice& out, std::string& why) {
        if (out.write(bytes.data(), static_cast<qint64>(bytes.size())) != static_cast<qint64>(bytes.size())) {
            why = out.errorString().toStdString();
            return false;
        }
        return true;
    });
}

} // namespace dais::exporting
