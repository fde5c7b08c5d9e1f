#pragma once
// One article as the window shows it: its decoded document and what extraction found in it.
// Articles read from the library carry their library id, and their document is the article's
// own text (annotation spans count its code points).

#include "core/extract/extractor.h"
#include "core/layout/document.h"

#include <QString>

#include <memory>

namespace dais::reader {

struct LoadedArticle {
    QString path;  ///< the file it came from, absolute
    int index = 0; ///< which article of the document
    qint64 articleId = 0; ///< the library's id; 0 when not from the library
    std::shared_ptr<const layout::Document> document;
    extract::ArticleExtraction extraction;

    const layout::Article& layout() const { return document->articles.at(index); }
};

} // namespace dais::reader
