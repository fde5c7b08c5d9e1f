#pragma once
// A set of phrases with longest-match lookup at a position of a code-point string. Built once
// from a lexicon; lookups do not allocate.

#include <bitset>
#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dais::detect {

class PhraseSet {
  public:
    PhraseSet() = default;
    explicit PhraseSet(const std::vector<std::u32string>& phrases) {
        for (const auto& p : phrases)
            add(p);
    }
    PhraseSet(const PhraseSet&) = delete; // the index holds views into m_storage
    PhraseSet& operator=(const PhraseSet&) = delete;
    PhraseSet(PhraseSet&&) = default;
    PhraseSet& operator=(PhraseSet&&) = default;

    void add(std::u32string phrase) {
        if (phrase.empty() || contains(phrase)) return;
        m_storage.push_back(std::move(phrase));
        const std::u32string_view stored = m_storage.back();
        insertByLength(m_byFirst[stored.front()], stored);
        insertByLength(m_byLast[stored.back()], stored);
        markFirst(stored.front());
        markLast(stored.back());
    }

    bool contains(std::u32string_view s) const {
        if (s.empty()) return false;
        const auto it = m_byFirst.find(s.front());
        if (it == m_byFirst.end()) return false;
        for (const auto& p : it->second)
            if (p == s) return true;
        return false;
    }

    /// Length of the longest phrase starting at `pos`, or 0.
    std::size_t longestAt(std::u32string_view text, std::size_t pos) const {
        if (pos >= text.size() || !test(m_firstBmp, m_firstAstral, text[pos])) return 0;
        const auto& candidates = m_byFirst.find(text[pos])->second; // longest first
        const std::size_t room = text.size() - pos;
        for (const auto& p : candidates)
            if (p.size() <= room && text.compare(pos, p.size(), p) == 0) return p.size();
        return 0;
    }

    /// Length of the longest phrase ending at `end` (exclusive), or 0.
    std::size_t longestEndingAt(std::u32string_view text, std::size_t end) const {
        if (end == 0 || end > text.size() || !test(m_lastBmp, m_lastAstral, text[end - 1]))
            return 0;
        const auto& candidates = m_byLast.find(text[end - 1])->second;
        for (const auto& p : candidates)
            if (p.size() <= end && text.compare(end - p.size(), p.size(), p) == 0) return p.size();
        return 0;
    }


  private:
    // Phrases are indexed by their first and by their last character, longest first, so a
    // lookup is one bit test in the common case (no phrase here) and a few comparisons
    // otherwise; nothing is hashed but the character.
    using Bucket = std::vector<std::u32string_view>;
    static void insertByLength(Bucket& bucket, std::u32string_view p) {
        auto at = bucket.begin();
        while (at != bucket.end() && at->size() >= p.size())
            ++at;
        bucket.insert(at, p);
    }
    static bool test(const std::bitset<0x10000>& bmp, bool astral, char32_t c) {
        return c < 0x10000 ? bmp[c] : astral;
    }
    void markFirst(char32_t c) {
        if (c < 0x10000)
            m_firstBmp.set(c);
        else
            m_firstAstral = true;
    }
    void markLast(char32_t c) {
        if (c < 0x10000)
            m_lastBmp.set(c);
        else
            m_lastAstral = true;
    }

    std::deque<std::u32string> m_storage;
    std::unordered_map<char32_t, Bucket> m_byFirst;
    std::unordered_map<char32_t, Bucket> m_byLast;
    std::bitset<0x10000> m_firstBmp;
    std::bitset<0x10000> m_lastBmp;
    bool m_firstAstral = false;
    bool m_lastAstral = false;
};

} // namespace dais::detect
