#include "app/cli/store_cli.h"
#include "app/cli/store_commands.h"

#include <QJsonArray>
#include <QJsonObject>

#include <iostream>

namespace dais::cli {

namespace {
QJsonArray strings(const std::vector<std::string>& v) {
    QJsonArray out;
    for (const auto& s : v) out.append(qs(s));
    return out;
}
std::string joined(const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : "、") + s;
    return out;
}
} // namespace

int runPeople(const Args& rawArgs) {
    auto args = parseStoreArgs("people", rawArgs, {"--match"});
    if (!args) return reportError("people", args.error());
    int status = 0;
    auto library = openLibraryOrReport(args.value(), status);
    if (!library) return status;
    auto people = library->people().find(args.value().option("--match").value_or(""));
    if (!people) return reportError("people", people.error());
    QJsonArray out;
    for (const auto& p : people.value()) {
        if (args.value().json)
            out.append(QJsonObject{{QStringLiteral("name"), qs(p.name)}, {QStringLiteral("pinyin"), qs(p.pinyin)},
                                   {QStringLiteral("articles"), p.articles}});
        else
            std::cout << p.name << "\t" << p.pinyin << "\t" << p.articles << " article(s)\n";
    }
    if (args.value().json) printJson(out);
    return 0;
}

int runPerson(const Args& rawArgs) {
    auto args = parseStoreArgs("person", rawArgs, {});
    if (!args) return reportError("person", args.error());
    if (args.value().positional.size() != 1) return usageError("person", "expects one NAME");
    int status = 0;
    auto library = openLibraryOrReport(args.value(), status);
    if (!library) return status;
    auto record = library->people().record(args.value().positional[0]);
    if (!record) return reportError("person", record.error());
    QJsonArray out;
    for (const auto& r : record.value()) {
        if (args.value().json) {
            out.append(QJsonObject{{QStringLiteral("article"), qint64(r.articleId)}, {QStringLiteral("title"), qs(r.title)},
                                   {QStringLiteral("date"), qs(r.referenceDate)}, {QStringLiteral("mode"), qs(r.mode)},
                                   {QStringLiteral("position"), r.position}, {QStringLiteral("list_length"), r.listLength},
                                   {QStringLiteral("roles"), strings(r.roles)}});
        } else {
            std::cout << (r.referenceDate.empty() ? "----------" : r.referenceDate) << "\t" << r.articleId << "\t"
                      << (r.mode.empty() ? "(mentioned)" : r.mode);
            if (r.position > 0) std::cout << " " << r.position << "/" << r.listLength;
            std::cout << "\t" << joined(r.roles) << "\t" << r.title << "\n";
        }
    }
    if (args.value().json) printJson(out);
    return 0;
}

int runWith(const Args& rawArgs) {
    auto args = parseStoreArgs("with", rawArgs, {"--limit"});
    if (!args) return reportError("with", args.error());
    if (args.value().positional.size() != 1) return usageError("with", "expects one NAME");
    int limit = 20;
    if (auto l = args.value().option("--limit")) {
        auto n = parseId(*l);
        if (!n) return usageError("with", "--limit expects a positive number");
        limit = static_cast<int>(std::min<std::int64_t>(*n, 100000));
    }
    int status = 0;
    auto library = openLibraryOrReport(args.value(), status);
    if (!library) return status;
    auto with = library->people().coAttendance(args.value().positional[0], limit);
    if (!with) return reportError("with", with.error());
    QJsonArray out;
    for (const auto& c : with.value()) {
        if (args.value().json) out.append(QJsonObject{{QStringLiteral("name"), qs(c.name)}, {QStringLiteral("lists"), c.lists}});
        else std::cout << c.name << "\t" << c.lists << "\n";
    }
    if (args.value().json) printJson(out);
    return 0;
}

int runCompare(const Args& rawArgs) {
    auto args = parseStoreArgs("compare", rawArgs, {});
    if (!args) return reportError("compare", args.error());
    if (args.value().positional.size() != 2) return usageError("compare", "expects two ARTICLE ids");
    const auto a = parseId(args.value().positional[0]), b = parseId(args.value().positional[1]);
    if (!a || !b) return usageError("compare", "ARTICLE ids are positive numbers");
    int status = 0;
    auto library = openLibraryOrReport(args.value(), status);
    if (!library) return status;
    auto cmp = library->people().compareDais(*a, *b);
    if (!cmp) return reportError("compare", cmp.error());
    QJsonArray changes;
    if (!args.value().json) std::cout << "A: " << cmp.value().modeA << "    B: " << cmp.value().modeB << "\n";
    for (const auto& c : cmp.value().changes) {
        if (args.value().json) {
            changes.append(QJsonObject{{QStringLiteral("name"), qs(c.name)},
                                       {QStringLiteral("change"), QString::fromLatin1(store::orderChangeName(c.kind))},
                                       {QStringLiteral("before"), c.before}, {QStringLiteral("after"), c.after}});
        } else {
            std::cout << c.name << "\t" << store::orderChangeName(c.kind);
            if (c.before) std::cout << "\t" << c.before;
            else std::cout << "\t-";
            if (c.after) std::cout << " → " << c.after;
            else std::cout << " → -";
            std::cout << "\n";
        }
    }
    if (args.value().json)
        printJson(QJsonObject{{QStringLiteral("mode_a"), qs(cmp.value().modeA)}, {QStringLiteral("mode_b"), qs(cmp.value().modeB)},
                              {QStringLiteral("changes"), changes}});
    return 0;
}

} // namespace dais::cli
