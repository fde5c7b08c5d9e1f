#include "app/shared/resource_locator.h"
#include "app/cli/store_cli.h"
#include "app/cli/store_commands.h"

#include "store/report_importer.h"

#include <QJsonArray>
#include <QJsonObject>

#include <iostream>

namespace dais::cli {

namespace {
const char* statusName(store::ImportStatus s) {
    switch (s) {
    case store::ImportStatus::Added: return "added";
    case store::ImportStatus::NewVersion: return "new-version";
    case store::ImportStatus::Unchanged: return "unchanged";
    }
    return "added";
}
} // namespace

int runImport(const Args& rawArgs, const char* argv0) {
    auto args = parseStoreArgs("import", rawArgs, {"--resources"});
    if (!args) return reportError("import", args.error());
    if (args.value().positional.empty()) return usageError("import", "no FILE or DIR to import");
    auto resources = app::locateResources(args.value().option("--resources"), argv0);
    if (!resources) return reportError("import", resources.error());
    auto lexicons = detect::loadLexicons(resources.value());
    if (!lexicons) return reportError("import", lexicons.error());
    auto extractor = extract::Extractor::create(lexicons.value());
    if (!extractor) return reportError("import", extractor.error());
    int status = 0;
    auto library = openLibraryOrReport(args.value(), status);
    if (!library) return status;

    store::ReportImporter importer(library->articles(), std::move(extractor.value()));
    std::vector<std::filesystem::path> inputs(args.value().positional.begin(), args.value().positional.end());
    int added = 0, versions = 0, unchanged = 0, failed = 0;
    QJsonArray files;
    const auto results = importer.importAll(inputs, [&](std::size_t done, std::size_t total, const store::FileImport& f) {
        std::cerr << "\r[" << done << "/" << total << "] " << f.file.filename().string() << std::string(20, ' ');
        if (!f.error.empty()) std::cerr << "\ndais-cli import: skipped " << f.error << "\n";
        return true;
    });
    std::cerr << "\n";
    for (const auto& f : results) {
        QJsonObject file{{QStringLiteral("file"), qs(f.file.string())}};
        if (!f.error.empty()) {
            ++failed;
            file[QStringLiteral("error")] = qs(f.error);
        }
        QJsonArray articles;
        for (const auto& a : f.articles) {
            if (a.status == store::ImportStatus::Added) ++added;
            else if (a.status == store::ImportStatus::NewVersion) ++versions;
            else ++unchanged;
            QJsonObject o{{QStringLiteral("article"), qint64(a.articleId)}, {QStringLiteral("version"), a.version},
                          {QStringLiteral("status"), QString::fromLatin1(statusName(a.status))}};
            if (a.status == store::ImportStatus::NewVersion)
                o[QStringLiteral("reanchored")] = QJsonObject{{QStringLiteral("exact"), a.exact}, {QStringLiteral("quote"), a.quote},
                                                              {QStringLiteral("fuzzy"), a.fuzzy}, {QStringLiteral("orphaned"), a.orphaned}};
            articles.append(o);
            if (!args.value().json) {
                std::cout << a.articleId << "\t" << statusName(a.status) << "\tv" << a.version << "\t" << f.file.string();
                if (a.status == store::ImportStatus::NewVersion)
                    std::cout << "\t(annotations: " << a.exact << " exact, " << a.quote << " moved, " << a.fuzzy << " fuzzy, "
                              << a.orphaned << " orphaned)";
                std::cout << "\n";
            }
        }
        file[QStringLiteral("articles")] = articles;
        files.append(file);
    }
    if (args.value().json) {
        printJson(QJsonObject{{QStringLiteral("files"), files},
                              {QStringLiteral("summary"), QJsonObject{{QStringLiteral("added"), added},
                                                                      {QStringLiteral("new_versions"), versions},
                                                                      {QStringLiteral("unchanged"), unchanged},
                                                                      {QStringLiteral("failed_files"), failed}}}});
    } else {
        std::cout << added << " added, " << versions << " new versions, " << unchanged << " unchanged, " << failed
                  << " files failed\n";
    }
    return failed > 0 ? 1 : 0;
}

} // namespace dais::cli
