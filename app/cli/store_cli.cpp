#include "app/cli/store_cli.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <cstdlib>
#include <iostream>

namespace dais::cli {

Result<StoreArgs> parseStoreArgs(const std::string& command, const std::vector<std::string>& args,
                                 const std::set<std::string>& valued) {
    StoreArgs out;
    out.command = command;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--json") {
            out.json = true;
        } else if (a == "--db" || valued.count(a)) {
            if (i + 1 >= args.size()) return Error{Error::Kind::Usage, a + " needs a value"};
            if (a == "--db") out.db = args[++i];
            else out.options[a].push_back(args[++i]);
        } else if (a == "--") {
            out.positional.insert(out.positional.end(), args.begin() + static_cast<long>(i) + 1, args.end());
            break;
        } else if (a.size() > 1 && a[0] == '-' && a[1] == '-') {
            return Error{Error::Kind::Usage, "unknown option '" + a + "'"};
        } else {
            out.positional.push_back(a);
        }
    }
    return out;
}

Result<std::filesystem::path> libraryPath(const std::optional<std::filesystem::path>& db) {
    if (db) return *db;
    if (const char* env = std::getenv("DAIS_DB"); env && *env) return std::filesystem::path(env);
    QCoreApplication::setApplicationName(QStringLiteral("dais"));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty()) return Error{Error::Kind::Usage, "no per-user data folder; pass --db PATH or set DAIS_DB"};
    std::error_code ec;
    std::filesystem::create_directories(dir.toStdString(), ec);
    if (ec) return Error{Error::Kind::Unreadable, "cannot create " + dir.toStdString() + ": " + ec.message()};
    return std::filesystem::path(dir.toStdString()) / "library.sqlite";
}

std::unique_ptr<store::Library> openLibraryOrReport(const StoreArgs& args, int& exitStatus) {
    auto path = libraryPath(args.db);
    if (!path) {
        exitStatus = reportError(args.command, path.error());
        return nullptr;
    }
    auto library = store::Library::open(path.value());
    if (!library) {
        exitStatus = reportError(args.command, library.error());
        return nullptr;
    }
    return std::move(library.value());
}

int usageError(const std::string& command, const std::string& message) {
    std::cerr << "dais-cli " << command << ": " << message << "\nTry 'dais-cli --help'.\n";
    return 2;
}

int reportError(const std::string& command, const Error& error) {
    std::cerr << "dais-cli " << command << ": " << error.message << "\n";
    return error.kind == Error::Kind::Usage ? 2 : 1;
}

void printJson(const QJsonValue& value) {
    QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    std::cout << doc.toJson(QJsonDocument::Indented).toStdString();
}

QString qs(const std::string& s) { return QString::fromStdString(s); }
QString qs(std::u32string_view s) { return QString::fromUcs4(s.data(), static_cast<qsizetype>(s.size())); }

std::optional<std::int64_t> parseId(const std::string& s) {
    if (s.empty() || s.size() > 18 || s.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
    const auto v = std::stoll(s);
    return v > 0 ? std::optional<std::int64_t>(v) : std::nullopt;
}

} // namespace dais::cli
