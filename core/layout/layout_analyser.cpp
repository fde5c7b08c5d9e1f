#include "core/layout/article_splitter.h"
#include "core/layout/document.h"
#include "core/layout/paragraph_joiner.h"

namespace dais::layout {

Document analyseLayout(std::u32string text, text::TextFolder* folder) {
    Document doc;
    doc.text = std::move(text);
    // Folding one code point for one keeps every span valid for the original text.
    std::u32string folded;
    if (folder) {
        folded.reserve(doc.text.size());
        for (char32_t c : doc.text)
            folded.push_back(folder->fold(c));
    }
    const std::u32string& classified = folder ? folded : doc.text;
    const auto paragraphs = joinParagraphs(classified);
    doc.articles = splitArticles(classified, paragraphs);
    return doc;
}

} // namespace dais::layout
