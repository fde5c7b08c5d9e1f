#pragma once
// One article of an opened file, as the window shows it: the file's decoded document
// (shared by its articles) and what extraction found in this article.

#include "core/extract/extractor.h"
#include "core/layout/document.h"

#include <QString>

#include <memory>

namespace dais::reader {

struct LoadedArticle {
    QString path;  ///< the file it came from, absolute
    int index = 0; ///< which article of that file
    std::shared_ptr<const layout::Document> document;
    extract::ArticleExtraction extraction;

    const layout::Article& layout() const { return document->articles.at(index); }
};

} // namespace dais::reader
