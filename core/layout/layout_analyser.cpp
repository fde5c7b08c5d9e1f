#include "core/layout/article_splitter.h"
#include "core/layout/document.h"
#include "core/layout/paragraph_joiner.h"

namespace dais::layout {

Document analyseLayout(std::u32string text) {
    Document doc;
    doc.text = std::move(text);
    const auto paragraphs = joinParagraphs(doc.text);
    doc.articles = splitArticles(doc.text, paragraphs);
    return doc;
}

} // namespace dais::layout
