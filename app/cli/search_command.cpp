#include "app/cli/store_cli.h"
#include "app/cli/store_commands.h"

#include "core/detect/civil_date.h"

#include <QJsonArray>
#include <QJsonObject>

#include <iostream>

namespace dais::cli {

int runSearch(const Args& rawArgs) {
    auto args = parseStoreArgs("search", rawArgs, {"--from", "--to", "--source", "--person", "--color", "--tag", "--limit"});
    if (!args) return reportError("search", args.error());
    const auto& a = args.value();
    if (a.positional.empty()) return usageError("search", "no QUERY");
    store::SearchQuery q;
    for (const auto& p : a.positional) q.text += (q.text.empty() ? "" : " ") + p;
    for (const char* date : {"--from", "--to"})
        if (auto v = a.option(date); v && !detect::parseIsoDate(*v))
            return usageError("search", std::string(date) + " expects a date as YYYY-MM-DD, got '" + *v + "'");
    q.from = a.option("--from");
    q.to = a.option("--to");
    q.source = a.option("--source");
    q.person = a.option("--person");
    q.colour = a.option("--color");
    q.tag = a.option("--tag");
    if (auto limit = a.option("--limit")) {
        const auto n = parseId(*limit);
        if (!n) return usageError("search", "--limit expects a positive number");
        q.limit = static_cast<int>(std::min<std::int64_t>(*n, 10000));
    }
    int status = 0;
    auto library = openLibraryOrReport(a, status);
    if (!library) return status;
    auto hits = library->search().run(q);
    if (!hits) return reportError("search", hits.error());
    QJsonArray out;
    for (const auto& h : hits.value()) {
        if (a.json) {
            QJsonObject o{{QStringLiteral("article"), qint64(h.articleId)}, {QStringLiteral("title"), qs(h.title)},
                          {QStringLiteral("date"), qs(h.referenceDate)}, {QStringLiteral("snippet"), qs(h.snippet)},
                          {QStringLiteral("score"), h.score}};
            if (h.annotationId) o[QStringLiteral("annotation")] = qint64(*h.annotationId);
            out.append(o);
        } else {
            std::cout << h.articleId;
            if (h.annotationId) std::cout << " (annotation " << *h.annotationId << ")";
            std::cout << "\t" << h.referenceDate << "\t" << h.title << "\n    " << h.snippet << "\n";
        }
    }
    if (a.json) printJson(out);
    else if (hits.value().empty()) std::cout << "no matches\n";
    return 0;
}

} // namespace dais::cli
