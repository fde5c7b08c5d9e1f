#pragma once
// An article read from the library, in the shape the article view lays out: a document whose
// text is the article's stored text (so library spans apply unchanged), headings found where
// the text states them, and the stored detections as an extraction.

#include "app/reader/loaded_article.h"
#include "store/article_repository.h"

namespace dais::reader {

LoadedArticle toLoadedArticle(const store::StoredArticle& stored);

} // namespace dais::reader
