// dais-cli export and import-annotations: the CLI face of export/ (dais_export).

#include "app/cli/store_cli.h"
#include "app/cli/store_commands.h"

#include "export/formats.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cstdlib>
#include <iostream>

namespace dais::cli {

namespace {

std::set<std::string> commaList(const StoreArgs& a, const std::string& option) {
    std::set<std::string> out;
    if (!a.options.count(option)) return out;
    for (const auto& value : a.options.at(option)) {
        std::size_t start = 0;
        while (start <= value.size()) {
            const auto comma = value.find(',', start);
            const auto item = value.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
            if (!item.empty()) out.insert(item);
            if (comma == std::string::npos) break;
            start = comma + 1;
        }
    }
    return out;
}

} // namespace

int runExport(const Args& rawArgs) {
    // Flags without a value, which parseStoreArgs does not know.
    bool all = false, bom = false, fullText = false;
    Args rest;
    for (const auto& a : rawArgs) {
        if (a == "--all") all = true;
        else if (a == "--bom") bom = true;
        else if (a == "--full-text") fullText = true;
        else rest.push_back(a);
    }
    auto args = parseStoreArgs("export", rest, {"--format", "--colors", "--tags", "-o", "--output", "--search"});
    if (!args) return reportError("export", args.error());
    const auto& a = args.value();
    const auto formatName = a.option("--format");
    if (!formatName) return usageError("export", "--format md|html|pdf|csv|json is required");
    const auto format = exporting::parseFormat(*formatName);
    if (!format) return usageError("export", "unknown format '" + *formatName + "' (md, html, pdf, csv, json)");
    const auto output = a.option("-o") ? a.option("-o") : a.option("--output");
    if (!output) return usageError("export", "-o PATH is required");
    const auto search = a.option("--search");
    if (int(all) + int(search.has_value()) + int(!a.positional.empty()) != 1)
        return usageError("export", "choose the articles: ARTICLE..., --all or --search QUERY");
    std::vector<std::int64_t> ids;
    for (const auto& p : a.positional) {
        auto id = parseId(p);
        if (!id) return usageError("export", "'" + p + "' is not an article id");
        ids.push_back(*id);
    }

    int status = 0;
    auto library = openLibraryOrReport(a, status);
    if (!library) return status;
    if (all) {
        auto list = library->articles().list();
        if (!list) return reportError("export", list.error());
        for (const auto& s : list.value()) ids.push_back(s.id);
    } else if (search) {
        store::SearchQuery q{*search};
        q.limit = 100000;
        auto hits = library->search().run(q);
        if (!hits) return reportError("export", hits.error());
        for (const auto& h : hits.value())
            if (std::find(ids.begin(), ids.end(), h.articleId) == ids.end()) ids.push_back(h.articleId);
    }
    exporting::ExportOptions options;
    options.colours = commaList(a, "--colors");
    options.tags = commaList(a, "--tags");
    options.bom = bom;
    options.fullText = fullText;
    auto set = exporting::collectExport(*library, ids, options);
    if (!set) return reportError("export", set.error());

    // QPdfWriter and QTextDocument need a QGuiApplication; without a display, the offscreen one.
    std::unique_ptr<QGuiApplication> gui;
    if (*format == exporting::Format::Pdf) {
        if (!std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY") && !std::getenv("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        static int argc = 1;
        static char name[] = "dais-cli";
        static char* argv[] = {name, nullptr};
        gui = std::make_unique<QGuiApplication>(argc, argv);
    }
    auto written = exporting::writeExport(set.value(), *format, *output);
    if (!written) return reportError("export", written.error());
    std::size_t highlights = 0, notes = 0;
    for (const auto& e : set.value().articles) {
        highlights += e.highlights.size();
        notes += e.notes.size();
    }
    if (a.json)
        printJson(QJsonObject{{QStringLiteral("file"), qs(*output)}, {QStringLiteral("articles"), int(set.value().articles.size())},
                              {QStringLiteral("highlights"), int(highlights)}, {QStringLiteral("notes"), int(notes)}});
    else
        std::cout << *output << ": " << set.value().articles.size() << " articles, " << highlights << " highlights, "
                  << notes << " notes\n";
    return 0;
}

int runImportAnnotations(const Args& rawArgs) {
    auto args = parseStoreArgs("import-annotations", rawArgs, {});
    if (!args) return reportError("import-annotations", args.error());
    const auto& a = args.value();
    if (a.positional.size() != 1) return usageError("import-annotations", "expects one FILE (Web Annotation JSON)");
    QFile file(QString::fromStdString(a.positional[0]));
    if (!file.open(QIODevice::ReadOnly))
        return reportError("import-annotations", Error{Error::Kind::Unreadable, "cannot read " + a.positional[0] + ": " +
                                                                                    file.errorString().toStdString()});
    auto parsed = exporting::parseWebAnnotations(file.readAll());
    if (!parsed) {
        Error e{Error::Kind::Unreadable, a.positional[0] + ": " + parsed.error().message};
        return reportError("import-annotations", e);
    }
    int status = 0;
    auto library = openLibraryOrReport(a, status);
    if (!library) return status;
    int added = 0, duplicates = 0, failed = 0;
    QJsonArray results;
    for (std::size_t i = 0; i < parsed.value().size(); ++i) {
        auto r = library->annotations().importAnnotation(parsed.value()[i]);
        if (!r) {
            ++failed;
            std::cerr << "dais-cli import-annotations: skipped annotation " << i + 1 << ": " << r.error().message << "\n";
            results.append(QJsonObject{{QStringLiteral("index"), int(i)}, {QStringLiteral("error"), qs(r.error().message)}});
            continue;
        }
        r.value().duplicate ? ++duplicates : ++added;
        results.append(QJsonObject{{QStringLiteral("index"), int(i)}, {QStringLiteral("id"), qint64(r.value().id)},
                                   {QStringLiteral("duplicate"), r.value().duplicate},
                                   {QStringLiteral("anchor"), qs(r.value().anchorStatus)}});
    }
    if (a.json)
        printJson(QJsonObject{{QStringLiteral("annotations"), results},
                              {QStringLiteral("summary"), QJsonObject{{QStringLiteral("added"), added},
                                                                      {QStringLiteral("duplicates"), duplicates},
                                                                      {QStringLiteral("failed"), failed}}}});
    else
        std::cout << added << " added, " << duplicates << " already there, " << failed << " failed\n";
    return failed > 0 ? 1 : 0;
}

} // namespace dais::cli
