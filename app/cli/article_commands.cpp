#include "app/cli/store_cli.h"
#include "app/cli/store_commands.h"

#include <QJsonArray>
#include <QJsonObject>

#include <iostream>

namespace dais::cli {

int runArticles(const Args& rawArgs) {
    auto args = parseStoreArgs("articles", rawArgs, {});
    if (!args) return reportError("articles", args.error());
    int status = 0;
    auto library = openLibraryOrReport(args.value(), status);
    if (!library) return status;
    auto list = library->articles().list();
    if (!list) return reportError("articles", list.error());
    QJsonArray out;
    for (const auto& a : list.value()) {
        if (args.value().json)
            out.append(QJsonObject{{QStringLiteral("id"), qint64(a.id)}, {QStringLiteral("version"), a.version},
                                   {QStringLiteral("title"), qs(a.title)}, {QStringLiteral("date"), qs(a.referenceDate)},
                                   {QStringLiteral("source"), qs(a.source)}, {QStringLiteral("people"), a.people},
                                   {QStringLiteral("annotations"), a.annotations}});
        else
            std::cout << a.id << "\t" << (a.referenceDate.empty() ? "----------" : a.referenceDate) << "\t" << a.title
                      << "\t(" << a.people << " people, " << a.annotations << " annotations)\n";
    }
    if (args.value().json) printJson(out);
    return 0;
}

int runShow(const Args& rawArgs) {
    auto args = parseStoreArgs("show", rawArgs, {});
    if (!args) return reportError("show", args.error());
    if (args.value().positional.size() != 1) return usageError("show", "expects one ARTICLE id");
    const auto id = parseId(args.value().positional[0]);
    if (!id) return usageError("show", "'" + args.value().positional[0] + "' is not an article id");
    int status = 0;
    auto library = openLibraryOrReport(args.value(), status);
    if (!library) return status;
    auto article = library->articles().article(*id);
    if (!article) return reportError("show", article.error());
    const auto& a = article.value();
    if (args.value().json) {
        QJsonArray people, lists, dates;
        for (const auto& p : a.people) {
            QJsonArray roles;
            for (const auto& r : p.roles) roles.append(qs(r));
            people.append(QJsonObject{{QStringLiteral("name"), qs(p.name)}, {QStringLiteral("roles"), roles},
                                      {QStringLiteral("mentions"), int(p.mentions.size())}});
        }
        for (const auto& l : a.attendance) {
            QJsonArray names;
            for (const auto& n : l.people) names.append(qs(n));
            lists.append(QJsonObject{{QStringLiteral("mode"), qs(l.mode)}, {QStringLiteral("people"), names}});
        }
        for (const auto& d : a.dates)
            dates.append(QJsonObject{{QStringLiteral("text"), qs(d.text)}, {QStringLiteral("value"), qs(d.value)}});
        printJson(QJsonObject{{QStringLiteral("id"), qint64(a.id)}, {QStringLiteral("version"), a.version},
                              {QStringLiteral("source"), qs(a.source)}, {QStringLiteral("title"), qs(a.title.value_or(""))},
                              {QStringLiteral("date"), qs(a.referenceDate)}, {QStringLiteral("text"), qs(a.text)},
                              {QStringLiteral("people"), people}, {QStringLiteral("attendance"), lists},
                              {QStringLiteral("dates"), dates}});
        return 0;
    }
    std::cout << "[" << a.id << "] " << a.title.value_or("(no title)") << "  (version " << a.version << ", "
              << (a.referenceDate.empty() ? "no date" : a.referenceDate) << ")\n" << a.source << "\n\n"
              << qs(a.text).toStdString() << "\n";
    for (const auto& l : a.attendance) {
        std::cout << "\n" << l.mode << ":";
        for (const auto& n : l.people) std::cout << " " << n;
    }
    std::cout << "\n";
    return 0;
}

} // namespace dais::cli
