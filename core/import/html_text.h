#pragma once
// HTML page → plain text with one paragraph per line. Only text content is kept: script,
// style, head, nav/header/footer/aside, form controls and comments are dropped; block
// elements (p, div, br, li, h1-h6, tr, …) end paragraphs; character entities are decoded.
// Nothing is executed or fetched.

#include "core/common/result.h"

#include <string>
#include <string_view>

namespace dais::import {

/// True when the text starts (after whitespace/BOM) like an HTML document or fragment.
bool looksLikeHtml(std::u32string_view text);

/// Error (kind Undecodable) when the page holds no visible text at all.
Result<std::u32string> htmlToText(std::u32string_view html);

} // namespace dais::import
