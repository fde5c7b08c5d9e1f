#include "export/atomic_file.h"
#include "export/formats.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace dais::exporting {

namespace {

// The Simplified Chinese face: the Japanese fallback draws wrong glyph shapes and its text
// extracts as radicals.
const char* const kFamily = "Noto Sans CJK SC";

bool paint(const ExportSet& set, QIODevice& device, std::string& why) {
    QPdfWriter writer(&device);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    writer.setResolution(144);
    writer.setTitle(QStringLiteral("Dais export"));
    writer.setCreator(QStringLiteral("Dais"));

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    QFont font(QString::fromLatin1(kFamily));
    font.setPointSizeF(10.5);
    doc.setDefaultFont(font);
    doc.setHtml(QString::fromStdString(renderHtml(set)));
    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    const qreal footer = writer.resolution() * 0.4; // room for the page number
    const QSizeF body(page.width(), page.height() - footer);
    doc.setPageSize(body);
    const int pages = doc.pageCount();

    QPainter painter;
    if (!painter.begin(&writer)) {
        why = "cannot start the PDF";
        return false;
    }
    QFont small = font;
    small.setPointSizeF(8.5);
    for (int i = 0; i < pages; ++i) {
        if (i > 0) writer.newPage();
        painter.save();
        painter.translate(0, -body.height() * i);
        doc.drawContents(&painter, QRectF(QPointF(0, body.height() * i), body));
        painter.restore();
        painter.setFont(small);
        painter.drawText(QRectF(0, body.height(), body.width(), footer), Qt::AlignHCenter | Qt::AlignBottom,
                         QStringLiteral("%1 / %2").arg(i + 1).arg(pages));
    }
    if (!painter.end()) {
        why = "cannot finish the PDF";
        return false;
    }
    return true;
}

} // namespace

Result<Written> writePdf(const ExportSet& set, const std::filesystem::path& path) {
    return writeDeviceAtomically(path, [&](QIODevice& out, std::string& why) { return paint(set, out, why); });
}

} // namespace dais::exporting
