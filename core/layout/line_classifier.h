#pragma once
// What one trimmed line of a newspaper page or report looks like: a heading, the end of a
// sentence, a dateline ("本报讯", "新华社北京1月21日电"), a photo credit ("黎晓刚 摄"), a
// byline ("■记者 居丹荔"). Each test looks at a bounded part of the line, so a 5 MB line
// costs no more than a short one.

#include <cstddef>
#include <string_view>

namespace dais::layout {

/// Lines up to this many code points may be headings.
inline constexpr std::size_t kMaxHeadingLength = 40;
/// Lines from this many code points on are body text when a PDF cut them mid-sentence.
inline constexpr std::size_t kMinBodyLineLength = 25;

/// Ends with sentence-final punctuation (。！？；… and ASCII forms), possibly followed by a
/// closing quote or bracket; a bare closing parenthesis counts too (bylines, notes).
bool endsSentence(std::u32string_view line);

/// Ends a paragraph: a sentence end, a colon introducing what follows, or a caption's photo
/// credit ("图为会议现场。记者 崔志坚摄").
bool endsParagraph(std::u32string_view line);

/// Ends with a comma or enumeration comma, so the sentence certainly goes on.
bool endsMidClause(std::u32string_view line);

/// Short, holds a Han character or letter, does not end a sentence with 。；，、： (a final
/// ！ or ？ is allowed: "多项指标领跑！"), and is not a body-length line with commas unless
/// it is a numbered heading.
bool isHeadingLike(std::u32string_view line);

/// Lines up to this many code points may be page furniture.
inline constexpr std::size_t kMaxFurnitureLength = 60;
/// Photo credits ("天山网-新疆日报记者 崔志坚摄") are at most this long.
inline constexpr std::size_t kMaxCreditLength = 24;

/// Page furniture, neither heading nor body: a page header with a date ("甘孜日报
/// 2022年01月07日", "《北方新报》(2017年1月18日) 01版") or a label line ("来源：新华社",
/// "责任编辑：李四").
bool isPageFurniture(std::u32string_view line);

/// Starts like the first paragraph of a news item: 本报讯, 本网讯, XX日报讯, 新华社…电,
/// 本报记者, "(记者 …)".
bool opensWithNewsMarker(std::u32string_view line);

/// A photo credit: "黎晓刚 摄", "本报记者 张三 摄", "摄影 金睿敏", "图/王五".
bool isPhotoCredit(std::u32string_view line);

/// A byline line: "记者 张三 见习记者 李四", "■记者 居丹荔", "文/王五".
bool isBylineLine(std::u32string_view line);

/// Starts like an item of a list: "一、", "（二）", "(3)", "4.".
bool opensWithListMarker(std::u32string_view line);

/// Number of leading decoration characters (■●◆▲★ and spaces) before the words.
std::size_t bulletLength(std::u32string_view line);

/// True when the text names a reporter's role (记者, 通讯员, 撰稿).
bool namesReporter(std::u32string_view text);

} // namespace dais::layout
