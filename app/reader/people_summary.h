#pragma once
// The rows of the People tab: each person of an article in order of first mention, with the
// roles the text gives them and the attendance modes (主持, 出席, 主席台就座 …) they appear in.
// Also the spans of role words written right next to a mention, which core reports as text
// only.

#include "core/extract/extractor.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace dais::reader {

struct PersonRow {
    int person = 0; ///< index into ArticleExtraction::people
    QString name;
    QStringList roles;
    QStringList modes; ///< distinct, in text order
};

std::vector<PersonRow> summarisePeople(const extract::ArticleExtraction& article);

/// Spans (code points of `text`) of a person's role written directly before or after one of
/// their mentions: 省政协主席公保扎西, 吴晓军书记.
std::vector<text::Span> adjacentRoleSpans(const extract::ArticleExtraction& article,
                                          std::u32string_view text);

} // namespace dais::reader
