#include "app/cli/store_cli.h"
#include "app/cli/store_commands.h"

#include <QJsonArray>
#include <QJsonObject>

#include <iostream>

namespace dais::cli {

namespace {

QJsonObject toJson(const store::Annotation& a) {
    QJsonArray tags;
    for (const auto& t : a.tags) tags.append(qs(t));
    QJsonObject o{{QStringLiteral("id"), qint64(a.id)},
                  {QStringLiteral("article"), qint64(a.articleId)},
                  {QStringLiteral("kind"), a.kind == store::AnnotationKind::Note ? QStringLiteral("note") : QStringLiteral("highlight")},
                  {QStringLiteral("quote"), qs(a.quote)},
                  {QStringLiteral("color"), qs(a.colour)},
                  {QStringLiteral("note"), qs(a.note)},
                  {QStringLiteral("tags"), tags},
                  {QStringLiteral("created"), qs(a.createdAt)},
                  {QStringLiteral("modified"), qs(a.modifiedAt)},
                  {QStringLiteral("anchor"), qs(a.anchorStatus)},
                  {QStringLiteral("in_trash"), a.deletedAt.has_value()}};
    if (a.span) {
        o[QStringLiteral("start")] = qint64(a.span->start);
        o[QStringLiteral("end")] = qint64(a.span->end);
    }
    return o;
}

int idCommand(const char* name, const Args& rawArgs, bool restore) {
    auto args = parseStoreArgs(name, rawArgs, {});
    if (!args) return reportError(name, args.error());
    if (args.value().positional.size() != 1) return usageError(name, "expects one annotation ID");
    const auto id = parseId(args.value().positional[0]);
    if (!id) return usageError(name, "'" + args.value().positional[0] + "' is not an annotation id");
    int status = 0;
    auto library = openLibraryOrReport(args.value(), status);
    if (!library) return status;
    auto done = restore ? library->annotations().restore(*id) : library->annotations().trash(*id);
    if (!done) return reportError(name, done.error());
    if (args.value().json) printJson(QJsonObject{{QStringLiteral("id"), qint64(*id)}, {QStringLiteral("in_trash"), !restore}});
    else std::cout << "annotation " << *id << (restore ? " restored\n" : " moved to the trash\n");
    return 0;
}

} // namespace

int runAnnotate(const Args& rawArgs) {
    auto args = parseStoreArgs("annotate", rawArgs, {"--quote", "--occurrence", "--color", "--note", "--tag"});
    if (!args) return reportError("annotate", args.error());
    const auto& a = args.value();
    if (a.positional.size() != 1) return usageError("annotate", "expects one ARTICLE id");
    const auto article = parseId(a.positional[0]);
    if (!article) return usageError("annotate", "'" + a.positional[0] + "' is not an article id");
    int occurrence = 1;
    if (auto o = a.option("--occurrence")) {
        auto n = parseId(*o);
        if (!n || *n > 1000000) return usageError("annotate", "--occurrence expects a positive number");
        occurrence = static_cast<int>(*n);
    }
    const auto tags = a.options.count("--tag") ? a.options.at("--tag") : std::vector<std::string>{};
    int status = 0;
    auto library = openLibraryOrReport(a, status);
    if (!library) return status;
    Result<std::int64_t> id = std::int64_t{0};
    if (auto quote = a.option("--quote")) {
        store::NewHighlight h;
        h.colour = a.option("--color").value_or("yellow");
        h.note = a.option("--note").value_or("");
        h.tags = tags;
        id = library->annotations().addHighlightByQuote(*article, QString::fromStdString(*quote).toStdU32String(), occurrence, h);
    } else if (auto note = a.option("--note")) {
        id = library->annotations().addNote(*article, *note, tags);
    } else {
        return usageError("annotate", "needs --quote TEXT (a highlight) or --note TEXT (a note on its own)");
    }
    if (!id) return reportError("annotate", id.error());
    auto stored = library->annotations().get(id.value());
    if (!stored) return reportError("annotate", stored.error());
    if (a.json) printJson(toJson(stored.value()));
    else std::cout << id.value() << "\n";
    return 0;
}

int runAnnotations(const Args& rawArgs) {
    auto args = parseStoreArgs("annotations", rawArgs, {});
    if (!args) return reportError("annotations", args.error());
    // "--trash" would be a flag; kept simple: the trash is listed with `annotations trash [ARTICLE]`.
    auto positional = args.value().positional;
    const bool trash = !positional.empty() && positional[0] == "trash";
    if (trash) positional.erase(positional.begin());
    if (positional.size() > 1) return usageError("annotations", "expects at most one ARTICLE id");
    std::optional<std::int64_t> article;
    if (!positional.empty()) {
        article = parseId(positional[0]);
        if (!article) return usageError("annotations", "'" + positional[0] + "' is not an article id");
    }
    int status = 0;
    auto library = openLibraryOrReport(args.value(), status);
    if (!library) return status;
    auto list = library->annotations().list(article, trash);
    if (!list) return reportError("annotations", list.error());
    QJsonArray out;
    for (const auto& a : list.value()) {
        if (args.value().json) {
            out.append(toJson(a));
            continue;
        }
        std::cout << a.id << "\t" << a.articleId << "\t";
        if (a.kind == store::AnnotationKind::Note) std::cout << "note";
        else std::cout << a.colour << "\t「" << qs(a.quote).toStdString() << "」";
        if (a.anchorStatus == "orphaned") std::cout << "\t(orphaned: passage not found in the current text)";
        if (!a.note.empty()) std::cout << "\t" << a.note;
        for (const auto& t : a.tags) std::cout << "\t#" << t;
        std::cout << "\n";
    }
    if (args.value().json) printJson(out);
    return 0;
}

int runDeleteAnnotation(const Args& args) { return idCommand("delete-annotation", args, false); }
int runRestoreAnnotation(const Args& args) { return idCommand("restore-annotation", args, true); }

} // namespace dais::cli
