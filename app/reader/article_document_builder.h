#pragma once
// Lays one article out in a QTextDocument: kicker, title, subtitle and byline centred and set
// apart, then the body paragraphs indented by two characters with generous line spacing, as
// Chinese print does. The text itself is copied unchanged; the returned map says where each
// code point went.

#include "app/reader/loaded_article.h"
#include "app/reader/position_map.h"

#include <QColor>
#include <QFont>

class QTextDocument;

namespace dais::reader {

class ArticleDocumentBuilder {
  public:
    struct Style {
        QFont font;   ///< body font; headings scale its point size
        QColor muted; ///< kicker and byline
    };

    /// Replaces the content of `document`. The byline is shown a second time in the heading
    /// block but maps only where it stands in the body.
    static PositionMap build(QTextDocument& document, const LoadedArticle& article,
                             const Style& style);
};

} // namespace dais::reader
