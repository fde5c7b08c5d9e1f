#pragma once
// A set of phrases with longest-match lookup at a position of a code-point string. Built once
// from a lexicon; lookups do not allocate.

#include <bitset>
#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace dais::detect {

class PhraseSet {
public:
    PhraseSet() = default;
    explicit PhraseSet(const std::vector<std::u32string>& phrases) {
        for (const auto& p : phrases) add(p);
    }
    PhraseSet(const PhraseSet&) = delete; // the index holds views into m_storage
    PhraseSet& operator=(const PhraseSet&) = delete;
    PhraseSet(PhraseSet&&) = default;
    PhraseSet& operator=(PhraseSet&&) = default;

    void add(std::u32string phrase) {
        if (phrase.empty() || m_index.count(phrase)) return;
        m_storage.push_back(std::move(phrase));
        const std::u32string_view stored = m_storage.back();
        m_index.insert(stored);
        m_maxLength = std::max(m_maxLength, stored.size());
        markFirst(stored.front());
    }

    bool contains(std::u32string_view s) const { return m_index.count(s) != 0; }

    /// Length of the longest phrase starting at `pos`, or 0.
    std::size_t longestAt(std::u32string_view text, std::size_t pos) const {
        if (pos >= text.size() || !mayStart(text[pos])) return 0;
        const std::size_t limit = std::min(m_maxLength, text.size() - pos);
        for (std::size_t len = limit; len > 0; --len)
            if (m_index.count(text.substr(pos, len))) return len;
        return 0;
    }

    /// Length of the longest phrase ending at `end` (exclusive), or 0.
    std::size_t longestEndingAt(std::u32string_view text, std::size_t end) const {
        const std::size_t limit = std::min(m_maxLength, end);
        for (std::size_t len = limit; len > 0; --len)
            if (mayStart(text[end - len]) && m_index.count(text.substr(end - len, len)))
                return len;
        return 0;
    }

    std::size_t size() const { return m_storage.size(); }
    const std::deque<std::u32string>& phrases() const { return m_storage; }

private:
    // A first-character filter keeps the common case (no phrase starts here) to one bit test.
    bool mayStart(char32_t c) const { return c < 0x10000 ? m_firstBmp[c] : m_firstAstral; }
    void markFirst(char32_t c) {
        if (c < 0x10000) m_firstBmp.set(c);
        else m_firstAstral = true;
    }

    std::deque<std::u32string> m_storage;
    std::unordered_set<std::u32string_view> m_index;
    std::size_t m_maxLength = 0;
    std::bitset<0x10000> m_firstBmp;
    bool m_firstAstral = false;
};

} // namespace dais::detect
