#include "app/cli/store_cli.h"
#include "app/cli/store_commands.h"

#include <QJsonArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <iostream>
#include <optional>

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

// One annotation to add: a highlight when `quote` is set, else a note on its own.
struct AnnotationRequest {
    std::int64_t article = 0;
    std::optional<std::string> quote, note, colour;
    int occurrence = 1;
    std::vector<std::string> tags;
};

Result<std::int64_t> addAnnotation(store::Library& library, const AnnotationRequest& r) {
    if (r.quote) {
        store::NewHighlight h;
        h.colour = r.colour.value_or("yellow");
        h.note = r.note.value_or("");
        h.tags = r.tags;
        return library.annotations().addHighlightByQuote(r.article, QString::fromStdString(*r.quote).toStdU32String(),
                                                          r.occurrence, h);
    }
    if (r.note) return library.annotations().addNote(r.article, *r.note, r.tags);
    return Error{Error::Kind::Usage, "needs --quote TEXT (a highlight) or --note TEXT (a note on its own)"};
}

// One line of `annotate --batch`: {"article":3,"quote":"…","occurrence":1,"color":"red",
// "note":"…","tags":["…"]}, or without "quote" for a note on its own.
Result<AnnotationRequest> parseBatchLine(const QByteArray& line) {
    QJsonParseError parseError{};
    const auto doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error{Error::Kind::Usage, "not a JSON object"};
    const auto o = doc.object();
    AnnotationRequest r;
    r.article = static_cast<std::int64_t>(o.value(QStringLiteral("article")).toDouble(0));
    if (r.article <= 0) return Error{Error::Kind::Usage, "\"article\" must be a positive id"};
    auto text = [&](const char* key) -> std::optional<std::string> {
        const auto v = o.value(QLatin1String(key));
        if (!v.isString()) return std::nullopt;
        return v.toString().toStdString();
    };
    r.quote = text("quote");
    r.note = text("note");
    r.colour = text("color");
    r.occurrence = o.value(QStringLiteral("occurrence")).toInt(1);
    if (r.occurrence < 1) return Error{Error::Kind::Usage, "\"occurrence\" must be positive"};
    for (const auto& t : o.value(QStringLiteral("tags")).toArray()) r.tags.push_back(t.toString().toStdString());
    return r;
}

// Reads requests line by line and prints each new id (or its JSON, one line) only after its
// transaction committed: a line of output is an acknowledged, durable write. Stops at the
// first failure, naming the line.
int runAnnotateBatch(const StoreArgs& a, const std::string& from) {
    QFile in;
    const bool ok = from == "-" ? in.open(stdin, QIODevice::ReadOnly)
                                : (in.setFileName(QString::fromStdString(from)), in.open(QIODevice::ReadOnly));
    if (!ok) return reportError("annotate", Error{Error::Kind::Unreadable, "cannot read " + from});
    int status = 0;
    auto library = openLibraryOrReport(a, status);
    if (!library) return status;
    long lineNumber = 0;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty()) continue;
        auto request = parseBatchLine(line);
        Result<std::int64_t> id = request ? addAnnotation(*library, request.value()) : Result<std::int64_t>(request.error());
        if (!id) {
            // The command line was right; the line could not be applied: exit 1, not 2.
            Error e{Error::Kind::Unreadable, id.error().message};
            e.message = from + ":" + std::to_string(lineNumber) + ": " + e.message;
            return reportError("annotate", e);
        }
        if (a.json) {
            auto stored = library->annotations().get(id.value());
            if (!stored) return reportError("annotate", stored.error());
            std::cout << QJsonDocument(toJson(stored.value())).toJson(QJsonDocument::Compact).toStdString() << "\n";
        } else {
            std::cout << id.value() << "\n";
        }
        std::cout.flush();
    }
    return 0;
}

} // namespace

int runAnnotate(const Args& rawArgs) {
    auto args = parseStoreArgs("annotate", rawArgs, {"--quote", "--occurrence", "--color", "--note", "--tag", "--batch"});
    if (!args) return reportError("annotate", args.error());
    const auto& a = args.value();
    if (auto batch = a.option("--batch")) {
        if (!a.positional.empty() || a.options.size() > 1)
            return usageError("annotate", "--batch FILE takes its annotations from FILE only");
        return runAnnotateBatch(a, *batch);
    }
    if (a.positional.size() != 1) return usageError("annotate", "expects one ARTICLE id");
    const auto article = parseId(a.positional[0]);
    if (!article) return usageError("annotate", "'" + a.positional[0] + "' is not an article id");
    AnnotationRequest request;
    request.article = *article;
    if (auto o = a.option("--occurrence")) {
        auto n = parseId(*o);
        if (!n || *n > 1000000) return usageError("annotate", "--occurrence expects a positive number");
        request.occurrence = static_cast<int>(*n);
    }
    request.tags = a.options.count("--tag") ? a.options.at("--tag") : std::vector<std::string>{};
    request.quote = a.option("--quote");
    request.note = a.option("--note");
    request.colour = a.option("--color");
    if (!request.quote && !request.note)
        return usageError("annotate", "needs --quote TEXT (a highlight) or --note TEXT (a note on its own)");
    int status = 0;
    auto library = openLibraryOrReport(a, status);
    if (!library) return status;
    auto id = addAnnotation(*library, request);
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
