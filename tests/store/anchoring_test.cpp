#include "store_test_support.h"

#include "store/anchoring.h"

using namespace dais::store;
using namespace dais::store::test;
using dais::text::Span;

namespace {

const std::u32string kOld = u32(
    "会议指出，今年以来全市经济运行稳中有进。会议强调，要坚定不移推进新型工业化，加快培育先进制造业集群。"
    "会议要求，各级各部门要压实安全生产责任，确保人民群众生命财产安全。");

Span spanOf(std::u32string_view text, std::u32string_view quote, std::size_t from = 0) {
    const auto p = text.find(quote, from);
    REQUIRE(p != std::u32string_view::npos);
    return {p, p + quote.size()};
}

} // namespace

TEST_CASE("an anchor keeps the quote and about 32 characters of context each side") {
    const auto anchor = makeAnchor(kOld, spanOf(kOld, u32("加快培育先进制造业集群")));
    CHECK(anchor.quote == u32("加快培育先进制造业集群"));
    CHECK(anchor.prefix.size() == kContextLength);
    CHECK(anchor.suffix.size() == kContextLength);
    CHECK(kOld.substr(anchor.span.start - kContextLength, kContextLength) == anchor.prefix);
}

TEST_CASE("an unchanged passage is found at its old position") {
    const auto anchor = makeAnchor(kOld, spanOf(kOld, u32("压实安全生产责任")));
    const std::u32string changed = kOld + u32("会议还研究了其他事项。");
    const auto found = reanchor(anchor, changed);
    CHECK(found.method == AnchorMethod::ExactPosition);
    CHECK(found.span == anchor.span);
}

TEST_CASE("a passage moved by an insertion before it is found by its quote") {
    const auto anchor = makeAnchor(kOld, spanOf(kOld, u32("压实安全生产责任")));
    const std::u32string changed = u32("（新华社电）") + kOld;
    const auto found = reanchor(anchor, changed);
    CHECK(found.method == AnchorMethod::Quote);
    CHECK(changed.substr(found.span.start, found.span.size()) == u32("压实安全生产责任"));
}

TEST_CASE("of two copies of a quote the one with the old context wins") {
    // 会议强调 now opens two sentences; the highlighted one is the second.
    const std::u32string changed =
        u32("会议强调，要持续优化营商环境。") + kOld;
    const auto anchor = makeAnchor(kOld, spanOf(kOld, u32("会议强调")));
    const auto found = reanchor(anchor, changed);
    CHECK(found.method == AnchorMethod::Quote);
    CHECK(found.span.start == anchor.span.start + 15);
}

TEST_CASE("a corrected passage is found by a fuzzy match and says so") {
    const auto anchor = makeAnchor(kOld, spanOf(kOld, u32("要坚定不移推进新型工业化，加快培育先进制造业集群")));
    std::u32string changed = kOld;
    const auto p = changed.find(u32("先进制造业"));
    changed.replace(p, 5, u32("战略性新兴产业")); // the editor corrected a phrase inside the quote
    const auto found = reanchor(anchor, changed);
    CHECK(found.method == AnchorMethod::Fuzzy);
    CHECK(found.confidence >= 0.75);
    const std::u32string now = changed.substr(found.span.start, found.span.size());
    CHECK(now.find(u32("坚定不移推进新型工业化")) != std::u32string::npos);
}

TEST_CASE("a passage that is gone is orphaned, not attached to a look-alike") {
    const auto anchor = makeAnchor(kOld, spanOf(kOld, u32("压实安全生产责任，确保人民群众生命财产安全")));
    SECTION("deleted outright") {
        const std::u32string changed = u32("会议指出，今年以来全市经济运行稳中有进。会议强调，要坚定不移推进新型工业化。");
        CHECK(reanchor(anchor, changed).method == AnchorMethod::Orphaned);
    }
    SECTION("replaced by a similar sentence elsewhere in another context") {
        const std::u32string changed =
            u32("会议听取了全省防汛工作汇报。会议要求，压实防汛责任，确保人民群众生活安定。其余事项另行研究。");
        CHECK(reanchor(anchor, changed).method == AnchorMethod::Orphaned);
    }
    SECTION("a short quote whose context is gone") {
        const auto shortAnchor = makeAnchor(kOld, spanOf(kOld, u32("会议要求")));
        const std::u32string changed = u32("市人大常委会举行第五次会议。会议要求，认真做好代表建议办理工作。");
        CHECK(reanchor(shortAnchor, changed).method == AnchorMethod::Orphaned);
    }
}

TEST_CASE("similarity is one minus the normalised edit distance") {
    CHECK(similarity(u32("会议"), u32("会议")) == 1.0);
    CHECK(similarity(u32(""), u32("")) == 1.0);
    CHECK(similarity(u32("会议强调"), u32("会议要求")) == Approx(0.5));
}
