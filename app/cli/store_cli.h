#pragma once
// What the library commands share: their argument parser, where the library file is
// (--db, then $DAIS_DB, then QStandardPaths::AppDataLocation/library.sqlite), and output
// (readable text, or one JSON document with --json).

#include "core/common/result.h"
#include "store/library.h"

#include <QJsonValue>

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace dais::cli {

struct StoreArgs {
    std::string command;
    bool json = false;
    std::optional<std::filesystem::path> db;
    std::vector<std::string> positional;
    std::map<std::string, std::vector<std::string>> options; ///< "--color" → values in order

    std::optional<std::string> option(const std::string& name) const {
        auto it = options.find(name);
        if (it == options.end() || it->second.empty()) return std::nullopt;
        return it->second.back();
    }
};

/// Parses `args` (after the command name); `valued` lists the options that take a value.
/// Kind::Usage for an unknown option or a missing value.
Result<StoreArgs> parseStoreArgs(const std::string& command, const std::vector<std::string>& args,
                                 const std::set<std::string>& valued);

/// The library file: --db, then $DAIS_DB, then the per-user application data folder (created).
Result<std::filesystem::path> libraryPath(const std::optional<std::filesystem::path>& db);

/// Opens the library or prints why not; nullptr when it failed (status in `exitStatus`).
std::unique_ptr<store::Library> openLibraryOrReport(const StoreArgs& args, int& exitStatus);

/// Prints a usage error for `command` and returns 2.
int usageError(const std::string& command, const std::string& message);
/// Prints an error value and returns its exit status (2 for usage, 1 otherwise).
int reportError(const std::string& command, const Error& error);

void printJson(const QJsonValue& value);
QString qs(const std::string& s);
QString qs(std::u32string_view s);
/// Parses a positive article/annotation id.
std::optional<std::int64_t> parseId(const std::string& s);

} // namespace dais::cli
