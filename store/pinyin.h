#pragma once
// Pinyin for people's names through ICU's Han-Latin transform, so that `luo dongchuan` finds
// 罗东川. Tone marks are dropped and syllables separated by spaces ("luo dong chuan"); a
// character with several readings gets the one ICU chooses (单 as "dan", not "shan").

#include "core/common/result.h"

#include <memory>
#include <string>
#include <string_view>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class Transliterator;
U_NAMESPACE_END

namespace dais::store {

/// Not thread-safe; one per thread.
class Pinyin {
public:
    /// Fails only when ICU lacks the Han-Latin transform.
    static Result<std::unique_ptr<Pinyin>> create();
    ~Pinyin();

    /// Lower-case ASCII pinyin of `utf8`, one space between syllables ("luo dong chuan").
    std::string of(std::string_view utf8);

    /// The form compared when looking people up: lower case, no spaces, apostrophes or tone
    /// marks ("Luó Dongchuan", "luodongchuan" and 罗东川 all give "luodongchuan").
    std::string key(std::string_view text);

private:
    explicit Pinyin(std::unique_ptr<icu::Transliterator> t);
    std::unique_ptr<icu::Transliterator> m_translit;
};

} // namespace dais::store
