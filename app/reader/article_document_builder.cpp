#include "app/reader/article_document_builder.h"

#include "app/reader/qt_text.h"

#include <QFontMetricsF>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>

namespace dais::reader {
namespace {

struct Writer {
    QTextCursor cursor;
    const std::u32string& text;
    PositionMap map;
    bool firstBlock = true;

    void startBlock(const QTextBlockFormat& block, const QTextCharFormat& chars) {
        if (firstBlock) {
            cursor.setBlockFormat(block);
            cursor.setBlockCharFormat(chars);
            firstBlock = false;
        } else {
            cursor.insertBlock(block, chars);
        }
        cursor.setCharFormat(chars);
    }

    void write(text::Span span, bool mapped) {
        const std::u32string_view piece(text.data() + span.start, span.size());
        if (mapped) map.addSegment(span.start, piece, cursor.position());
        cursor.insertText(toQString(piece));
    }
};

QTextBlockFormat centred(qreal bottomMargin) {
    QTextBlockFormat f;
    f.setAlignment(Qt::AlignHCenter);
    f.setBottomMargin(bottomMargin);
    f.setLineHeight(110, QTextBlockFormat::ProportionalHeight);
    return f;
}

QTextCharFormat sized(const QFont& base, qreal scale, bool bold, const QColor& colour) {
    QTextCharFormat f;
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * scale);
    font.setBold(bold);
    f.setFont(font);
    if (colour.isValid()) f.setForeground(colour);
    return f;
}

} // namespace

PositionMap ArticleDocumentBuilder::build(QTextDocument& document, const LoadedArticle& article,
                                          const Style& style) {
    document.clear();
    document.setDefaultFont(style.font);
    const layout::Article& a = article.layout();
    Writer w{QTextCursor(&document), article.document->text, {}};
    const qreal em = QFontMetricsF(style.font).horizontalAdvance(QChar(0x4E2D));

    if (a.kicker) {
        w.startBlock(centred(em * 0.3), sized(style.font, 1.0, false, style.muted));
        w.write(*a.kicker, true);
    }
    if (a.title) {
        w.startBlock(centred(em * 0.4), sized(style.font, 1.6, true, {}));
        w.write(*a.title, true);
    }
    if (a.subtitle) {
        w.startBlock(centred(em * 0.3), sized(style.font, 1.1, false, {}));
        w.write(*a.subtitle, true);
    }
    if (a.byline) {
        w.startBlock(centred(em * 0.3), sized(style.font, 0.9, false, style.muted));
        // The byline stands inside the first paragraph too; marks go there, not here.
        w.write(*a.byline, false);
    }
    if (!w.firstBlock) {
        // Space between the headings and the body.
        QTextBlockFormat last = w.cursor.blockFormat();
        last.setBottomMargin(em * 1.4);
        w.cursor.setBlockFormat(last);
    }

    QTextBlockFormat body;
    body.setAlignment(Qt::AlignJustify);
    body.setTextIndent(em * 2);
    // Noto Sans CJK's own line spacing is already ~1.45 em; 130% of it gives ~1.9 em.
    body.setLineHeight(130, QTextBlockFormat::ProportionalHeight);
    body.setBottomMargin(em * 0.6);
    const QTextCharFormat bodyChars = sized(style.font, 1.0, false, {});
    for (const auto& paragraph : a.body) {
        w.startBlock(body, bodyChars);
        for (const auto& piece : paragraph.pieces)
            w.write(piece, true);
    }
    return std::move(w.map);
}

} // namespace dais::reader
