// Arbitrary UTF-8 text through the whole detection chain (layout, dates, people, attendance):
// no crash, no sanitizer report, and every span reported inside the text.

#include "core/extract/extractor.h"
#include "core/text/utf.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

void require(bool condition) {
    if (!condition) __builtin_trap();
}

void checkSpan(const dais::text::Span& s, std::size_t limit) {
    require(s.start <= s.end && s.end <= limit);
}

// Built once: loading lexicons per input would make the fuzzer crawl.
dais::extract::Extractor& extractor() {
    static auto instance = [] {
        auto lexicons = dais::detect::loadLexicons(DAIS_FUZZ_RESOURCE_DIR);
        require(lexicons.ok());
        auto created = dais::extract::Extractor::create(lexicons.value());
        require(created.ok());
        return std::move(created).value();
    }();
    return *instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // The first bytes choose a reference date or none, so relative dates are exercised too.
    std::optional<dais::detect::CivilDate> reference;
    if (size > 0 && data[0] % 2 == 0)
        reference = dais::detect::CivilDate{2025, 1 + data[0] % 12, 1 + data[0] % 28};
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    auto text = dais::text::decodeUtf8(bytes);
    const std::size_t length = text.size();
    const auto document = dais::layout::analyseLayout(std::move(text));
    const auto result = extractor().extract(document, reference);
    for (const auto& a : result.articles) {
        checkSpan(a.span, length);
        for (const auto& p : a.people) {
            require(!p.name.empty() && !p.mentions.empty());
            for (const auto& m : p.mentions)
                checkSpan(m, length);
        }
        for (const auto& d : a.dates)
            checkSpan(d.span, length);
        for (const auto& at : a.attendance) {
            checkSpan(at.span, length);
            require(!at.people.empty());
        }
        for (const auto& c : a.counts)
            checkSpan(c.span, length);
    }
    return 0;
}
