#pragma once
// The most frequent Chinese characters, Simplified and Traditional. Telling GB18030 from Big5
// by byte statistics fails on short texts; decoding both ways and counting how many everyday
// characters each gives does not, because a wrong decoding yields rare characters and symbols.

namespace dais::import {

/// True for about 680 characters: the 500 most frequent Simplified ones and their
/// Traditional forms.
bool isCommonHan(char32_t cp);

} // namespace dais::import
