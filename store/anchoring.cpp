#include "store/anchoring.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace dais::store {

namespace {

std::size_t editDistance(std::u32string_view a, std::u32string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diag = up;
        }
    }
    return row[b.size()];
}

// How well the context around `span` in `text` agrees with the anchor's prefix and suffix.
// The prefix is compared by its end (nearest the quote), the suffix by its start.
double contextScore(const TextAnchor& anchor, std::u32string_view text, text::Span span) {
    const std::size_t pb = std::min(anchor.prefix.size(), span.start);
    const std::u32string_view before = text.substr(span.start - pb, pb);
    const std::u32string_view after = text.substr(span.end, std::min(anchor.suffix.size(), text.size() - span.end));
    return (similarity(anchor.prefix, before) + similarity(anchor.suffix, after)) / 2.0;
}

struct Candidate {
    text::Span span;
    double score;
};

// Approximate substring matching (Sellers): for every end position in `text`, the least edit
// distance of `quote` to a substring ending there, and where that substring starts.
std::vector<Candidate> fuzzyCandidates(std::u32string_view quote, std::u32string_view text,
                                       std::size_t maxDistance) {
    const std::size_t m = quote.size();
    std::vector<std::size_t> cost(m + 1), start(m + 1), prevCost(m + 1), prevStart(m + 1);
    for (std::size_t i = 0; i <= m; ++i) { prevCost[i] = i; prevStart[i] = 0; }
    std::vector<Candidate> found;
    for (std::size_t j = 1; j <= text.size(); ++j) {
        cost[0] = 0;
        start[0] = j; // a match may begin anywhere
        for (std::size_t i = 1; i <= m; ++i) {
            const std::size_t sub = prevCost[i - 1] + (quote[i - 1] == text[j - 1] ? 0 : 1);
            const std::size_t del = prevCost[i] + 1; // text char not in quote
            const std::size_t ins = cost[i - 1] + 1; // quote char missing from text
            if (sub <= del && sub <= ins) { cost[i] = sub; start[i] = prevStart[i - 1]; }
            else if (del <= ins) { cost[i] = del; start[i] = prevStart[i]; }
            else { cost[i] = ins; start[i] = start[i - 1]; }
        }
        if (cost[m] <= maxDistance) {
            const text::Span span{start[m], j};
            const double score = 1.0 - static_cast<double>(cost[m]) / static_cast<double>(std::max(m, span.size()));
            // Neighbouring end positions describe the same passage: keep the better one.
            if (!found.empty() && found.back().span.end + 1 >= span.end && found.back().span.start + m > span.start) {
                if (score > found.back().score) found.back() = {span, score};
            } else {
                found.push_back({span, score});
            }
        }
        std::swap(cost, prevCost);
        std::swap(start, prevStart);
    }
    return found;
}

} // namespace

double similarity(std::u32string_view a, std::u32string_view b) {
    const std::size_t longest = std::max(a.size(), b.size());
    if (longest == 0) return 1.0;
    return 1.0 - static_cast<double>(editDistance(a, b)) / static_cast<double>(longest);
}

TextAnchor makeAnchor(std::u32string_view text, text::Span span) {
    span.end = std::min(span.end, text.size());
    span.start = std::min(span.start, span.end);
    TextAnchor a;
    a.span = span;
    a.quote = std::u32string(text.substr(span.start, span.size()));
    const std::size_t pb = std::min(kContextLength, span.start);
    a.prefix = std::u32string(text.substr(span.start - pb, pb));
    a.suffix = std::u32string(text.substr(span.end, std::min(kContextLength, text.size() - span.end)));
    return a;
}

const char* methodName(AnchorMethod method) {
    switch (method) {
    case AnchorMethod::ExactPosition: return "exact";
    case AnchorMethod::Quote: return "quote";
    case AnchorMethod::Fuzzy: return "fuzzy";
    case AnchorMethod::Orphaned: return "orphaned";
    }
    return "orphaned";
}

Reanchored reanchor(const TextAnchor& anchor, std::u32string_view newText, AnchorOptions options) {
    const std::u32string_view quote = anchor.quote;
    if (quote.empty()) return {};
    if (anchor.span.end <= newText.size() && newText.substr(anchor.span.start, quote.size()) == quote)
        return {AnchorMethod::ExactPosition, {anchor.span.start, anchor.span.start + quote.size()}, 1.0};

    // Exact copies of the quote: context decides between them, distance breaks ties. A short
    // quote whose context is gone is a look-alike (会议强调 occurs everywhere), not the passage.
    std::vector<Candidate> exact;
    for (std::size_t p = newText.find(quote); p != std::u32string_view::npos; p = newText.find(quote, p + 1))
        exact.push_back({{p, p + quote.size()}, contextScore(anchor, newText, {p, p + quote.size()})});
    if (!exact.empty()) {
        const auto distance = [&](const Candidate& c) {
            return c.span.start > anchor.span.start ? c.span.start - anchor.span.start : anchor.span.start - c.span.start;
        };
        const auto best = std::max_element(exact.begin(), exact.end(), [&](const Candidate& a, const Candidate& b) {
            if (std::abs(a.score - b.score) > 1e-9) return a.score < b.score;
            return distance(a) > distance(b);
        });
        const bool unique = exact.size() == 1;
        const bool longQuote = quote.size() >= 12;
        if (best->score >= 0.5 || (unique && longQuote))
            return {AnchorMethod::Quote, best->span, std::min(1.0, 0.5 + best->score / 2.0 + (unique ? 0.25 : 0.0))};
    }

    // Fuzzy: the quote itself was edited. Confidence weighs the quote over its context.
    const std::size_t maxDistance = static_cast<std::size_t>(std::floor(static_cast<double>(quote.size()) * 0.34));
    auto candidates = fuzzyCandidates(quote, newText, maxDistance);
    for (auto& c : candidates) c.score = 0.6 * c.score + 0.4 * contextScore(anchor, newText, c.span);
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
    if (candidates.empty() || candidates.front().score < options.threshold)
        return {AnchorMethod::Orphaned, anchor.span, candidates.empty() ? 0.0 : candidates.front().score};
    const text::Span top = candidates.front().span;
    for (std::size_t i = 1; i < candidates.size(); ++i) {
        const text::Span other = candidates[i].span;
        if (other.start < top.end && top.start < other.end) continue; // the same passage
        if (candidates[0].score - candidates[i].score < options.ambiguityMargin)
            return {AnchorMethod::Orphaned, anchor.span, candidates.front().score};
        break;
    }
    return {AnchorMethod::Fuzzy, candidates.front().span, candidates.front().score};
}

} // namespace dais::store
