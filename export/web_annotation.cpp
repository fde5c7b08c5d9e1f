#include "export/formats.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dais::exporting {

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }
QString qs(std::u32string_view s) { return QString::fromUcs4(s.data(), static_cast<qsizetype>(s.size())); }

const QString kContext = QStringLiteral("http://www.w3.org/ns/anno.jsonld");
const QString kArticlePrefix = QStringLiteral("dais://article/");

QJsonObject annotationJson(const ExportSet& set, std::int64_t articleId, const store::Annotation& a) {
    QJsonArray body;
    if (!a.note.empty())
        body.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("TextualBody")},
                                {QStringLiteral("purpose"), QStringLiteral("commenting")},
                                {QStringLiteral("format"), QStringLiteral("text/plain")},
                                {QStringLiteral("value"), qs(a.note)}});
    for (const auto& t : a.tags)
        body.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("TextualBody")},
                                {QStringLiteral("purpose"), QStringLiteral("tagging")},
                                {QStringLiteral("value"), qs(t)}});
    QJsonObject target{{QStringLiteral("source"), kArticlePrefix + QString::number(articleId)}};
    QJsonObject o{{QStringLiteral("id"), QStringLiteral("dais://annotation/") + QString::number(a.id)},
                  {QStringLiteral("type"), QStringLiteral("Annotation")},
                  {QStringLiteral("created"), qs(a.createdAt)},
                  {QStringLiteral("modified"), qs(a.modifiedAt)},
                  {QStringLiteral("body"), body}};
    if (a.kind == store::AnnotationKind::Highlight) {
        o[QStringLiteral("motivation")] = QStringLiteral("highlighting");
        QJsonArray selectors{QJsonObject{{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                                         {QStringLiteral("exact"), qs(a.quote)},
                                         {QStringLiteral("prefix"), qs(a.prefix)},
                                         {QStringLiteral("suffix"), qs(a.suffix)}}};
        if (a.span)
            // Offsets count Unicode code points of the article's text (not UTF-16 units).
            selectors.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
                                         {QStringLiteral("start"), qint64(a.span->start)},
                                         {QStringLiteral("end"), qint64(a.span->end)}});
        target[QStringLiteral("selector")] = selectors;
        o[QStringLiteral("dais:color")] = qs(a.colour);
        o[QStringLiteral("dais:colorName")] = qs(set.colourName(a.colour));
    } else {
        o[QStringLiteral("motivation")] = QStringLiteral("commenting");
    }
    o[QStringLiteral("target")] = target;
    return o;
}

Error bad(const QString& what) { return Error{Error::Kind::Usage, what.toStdString()}; }

Result<store::Annotation> annotationFrom(const QJsonObject& o, int index) {
    const QString where = QStringLiteral("annotation %1: ").arg(index + 1);
    if (o.value(QStringLiteral("type")).toString() != QStringLiteral("Annotation"))
        return bad(where + QStringLiteral("\"type\" is not \"Annotation\""));
    store::Annotation a;
    const auto target = o.value(QStringLiteral("target"));
    const QString source = target.isString() ? target.toString() : target.toObject().value(QStringLiteral("source")).toString();
    if (!source.startsWith(kArticlePrefix)) return bad(where + QStringLiteral("the target is not a dais://article/ID"));
    bool ok = false;
    a.articleId = source.mid(kArticlePrefix.size()).section(QLatin1Char('#'), 0, 0).toLongLong(&ok);
    if (!ok || a.articleId <= 0) return bad(where + QStringLiteral("the target is not a dais://article/ID"));
    a.createdAt = o.value(QStringLiteral("created")).toString().toStdString();
    a.modifiedAt = o.value(QStringLiteral("modified")).toString().toStdString();
    const auto bodyValue = o.value(QStringLiteral("body"));
    const QJsonArray body = bodyValue.isArray() ? bodyValue.toArray() : QJsonArray{bodyValue};
    for (const auto& b : body) {
        const auto bo = b.toObject();
        const QString purpose = bo.value(QStringLiteral("purpose")).toString();
        const std::string value = bo.value(QStringLiteral("value")).toString().toStdString();
        if (purpose == QStringLiteral("tagging")) a.tags.push_back(value);
        else if (bo.contains(QStringLiteral("value"))) a.note = value;
    }
    const auto selectorValue = target.toObject().value(QStringLiteral("selector"));
    const QJsonArray selectors = selectorValue.isArray() ? selectorValue.toArray() : QJsonArray{selectorValue};
    bool quoted = false, positioned = false;
    for (const auto& s : selectors) {
        const auto so = s.toObject();
        const QString type = so.value(QStringLiteral("type")).toString();
        if (type == QStringLiteral("TextQuoteSelector")) {
            a.quote = so.value(QStringLiteral("exact")).toString().toStdU32String();
            a.prefix = so.value(QStringLiteral("prefix")).toString().toStdU32String();
            a.suffix = so.value(QStringLiteral("suffix")).toString().toStdU32String();
            quoted = !a.quote.empty();
        } else if (type == QStringLiteral("TextPositionSelector")) {
            const double start = so.value(QStringLiteral("start")).toDouble(-1), end = so.value(QStringLiteral("end")).toDouble(-1);
            if (start < 0 || end <= start) return bad(where + QStringLiteral("a TextPositionSelector with a bad range"));
            a.span = text::Span{static_cast<std::size_t>(start), static_cast<std::size_t>(end)};
            positioned = true;
        }
    }
    if (quoted) {
        a.kind = store::AnnotationKind::Highlight;
        a.colour = o.value(QStringLiteral("dais:color")).toString(QStringLiteral("yellow")).toStdString();
        if (!positioned) a.span = text::Span{0, a.quote.size()}; // re-found by quote and context
    } else {
        a.kind = store::AnnotationKind::Note;
    }
    return a;
}

} // namespace

QJsonDocument renderWebAnnotations(const ExportSet& set) {
    QJsonArray items;
    for (const auto& e : set.articles) {
        for (const auto& h : e.highlights) items.append(annotationJson(set, e.article.id, h));
        for (const auto& n : e.notes) items.append(annotationJson(set, e.article.id, n));
    }
    return QJsonDocument(QJsonObject{
        {QStringLiteral("@context"), QJsonArray{kContext, QJsonObject{{QStringLiteral("dais"), QStringLiteral("dais://ns#")}}}},
        {QStringLiteral("type"), QStringLiteral("AnnotationCollection")},
        {QStringLiteral("label"), QStringLiteral("Dais annotations")},
        {QStringLiteral("total"), items.size()},
        {QStringLiteral("first"), QJsonObject{{QStringLiteral("type"), QStringLiteral("AnnotationPage")},
                                              {QStringLiteral("startIndex"), 0},
                                              {QStringLiteral("items"), items}}}});
}

Result<std::vector<store::Annotation>> parseWebAnnotations(const QByteArray& json) {
    QJsonParseError error{};
    const auto doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return bad(QStringLiteral("not JSON (at byte %1: %2)").arg(error.offset).arg(error.errorString()));
    QJsonArray items;
    if (doc.isArray()) {
        items = doc.array();
    } else {
        const auto o = doc.object();
        const QString type = o.value(QStringLiteral("type")).toString();
        if (type == QStringLiteral("AnnotationCollection"))
            items = o.value(QStringLiteral("first")).toObject().value(QStringLiteral("items")).toArray();
        else if (type == QStringLiteral("AnnotationPage"))
            items = o.value(QStringLiteral("items")).toArray();
        else if (type == QStringLiteral("Annotation"))
            items.append(o);
        else
            return bad(QStringLiteral("not a Web Annotation collection, page or annotation"));
    }
    std::vector<store::Annotation> out;
    for (int i = 0; i < items.size(); ++i) {
        auto a = annotationFrom(items.at(i).toObject(), i);
        if (!a) return a.error();
        out.push_back(std::move(a.value()));
    }
    return out;
}

} // namespace dais::exporting
