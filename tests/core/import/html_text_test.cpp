#include "core/import/html_text.h"

#include <catch2/catch.hpp>

#include <chrono>

using dais::Error;
using dais::import::htmlToText;
using dais::import::looksLikeHtml;

namespace {

std::u32string textOf(std::u32string_view html) {
    auto r = htmlToText(html);
    REQUIRE(r.ok());
    return r.value();
}

} // namespace

TEST_CASE("a page keeps its paragraphs and drops scripts, styles and navigation", "[html]") {
    const std::u32string page = UR"(<!DOCTYPE html>
<html><head><title>市政协新闻网</title><meta charset="utf-8">
<style>p { color: red; } </style><script>var a = "<p>不是正文</p>";</script></head>
<body>
<nav><a href="/">首页</a> | <a href="/news">新闻</a></nav>
<header><div>市政协新闻网</div></header>
<div class="article">
  <h1>市政协十五届四次会议开幕</h1>
  <p>&nbsp;&nbsp;本报讯（记者&nbsp;陈思远）2月3日上午，会议在市会议中心开幕。</p>
  <p>王明远&middot;李文华出席会议&hellip;&ldquo;团结奋进&rdquo;</p>
  <!-- <p>旧稿</p> -->
</div>
<aside>相关新闻</aside>
<footer>版权所有 &copy; 2025</footer>
<script type="text/javascript">document.write('</div>');</script>
</body></html>)";
    CHECK(textOf(page) == U"市政协十五届四次会议开幕\n"
                          U"本报讯（记者 陈思远）2月3日上午，会议在市会议中心开幕。\n"
                          U"王明远·李文华出席会议…“团结奋进”");
}

TEST_CASE("a fragment without body is converted", "[html]") {
    CHECK(textOf(U"<p>第一段</p><p>第二段<br>第二行</p>") == U"第一段\n第二段\n第二行");
}

TEST_CASE("entities: numeric decoded, unknown kept as written", "[html]") {
    CHECK(textOf(U"<p>&#19968;&#x4e8C;&#X4E09; &amp; &lt;b&gt; &quot;x&quot; &apos;y&apos;</p>") ==
          U"一二三 & <b> \"x\" 'y'");
    CHECK(textOf(U"<p>&foo; &#; &#xZZ; AT&T &amp</p>") == U"&foo; &#; &#xZZ; AT&T &");
    CHECK(textOf(U"<p>&#0;&#x110000;&#150;</p>") == U"\uFFFD\uFFFD\u2013");
    CHECK(textOf(U"<p>a&ensp;b&emsp;c&thinsp;&mdash;&ndash;&lsquo;&rsquo;</p>") == U"a b c —–‘’");
}

TEST_CASE("spaces collapse, lines are trimmed, at most one blank line", "[html]") {
    CHECK(textOf(U"<div>  a \n\t b  </div>\n\n<div>\u3000\u3000c</div>") == U"a b\nc");
    CHECK(textOf(U"<p>a<br><br><br><br>b</p>") == U"a\n\nb");
    CHECK(textOf(U"<table><tr><td>姓名</td><td>职务</td></tr><tr><td>王明远</td><td>主席</td>"
                 U"</tr></table>") == U"姓名 职务\n王明远 主席");
    CHECK(textOf(U"<ul><li>一</li><li>二</li></ul><h2>三</h2><blockquote>四</blockquote><hr>五") ==
          U"一\n二\n三\n四\n五");
}

TEST_CASE("pre keeps its line breaks", "[html]") {
    CHECK(textOf(U"<pre>第一行\n第二行\r\n第三行</pre>") == U"第一行\n第二行\n第三行");
    CHECK(textOf(U"<p>前</p><pre>\n第一行\n\n\n\n第二行</pre>") == U"前\n第一行\n\n第二行");
}

TEST_CASE("comments, CDATA, processing instructions and forms are dropped", "[html]") {
    CHECK(textOf(U"<p>甲<!-- 注释 -->乙<![CDATA[丙]]>丁<?php echo 1; ?></p>"
                 U"<form><select><option>选项一<option>选项二</select><input value=x></form>"
                 U"<p>戊</p><svg><text>图</text></svg><template><p>模板</p></template>") ==
          U"甲乙丁\n戊");
}

TEST_CASE("an article's own header is kept, the page header is not", "[html]") {
    CHECK(textOf(U"<header>网站名</header><article><header><h1>标题</h1></header>"
                 U"<p>正文。</p></article>") == U"标题\n正文。");
}

TEST_CASE("a page without visible text is refused", "[html]") {
    for (std::u32string_view page :
         {std::u32string_view(U"<html><head><title>标题</title></head><body>  </body></html>"),
          std::u32string_view(U"<script>alert(1)</script><!-- only a comment -->"),
          std::u32string_view(U"<nav>菜单</nav>")}) {
        const auto r = htmlToText(page);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == Error::Kind::Undecodable);
        CHECK(r.error().message == "HTML page holds no text");
    }
}

TEST_CASE("malformed markup neither hangs nor loses the text around it", "[html]") {
    CHECK(textOf(U"<p>甲<b>乙<i>丙</p>丁") == U"甲乙丙\n丁");
    CHECK(textOf(U"<p>1 < 2 and 3 > 2</p>") == U"1 < 2 and 3 > 2");
    CHECK(textOf(U"<p>文本<") == U"文本<");
    CHECK(textOf(U"<p>文本</") == U"文本");
    CHECK(textOf(U"<p>文本<div class=\"unclosed") == U"文本");
    CHECK(textOf(U"<p title='a>b'>文本</p>") == U"文本");
    CHECK(textOf(U"<p>文本</p><!-- never closed") == U"文本");
    CHECK(textOf(U"</nav></select></head><p>文本</p>") == U"文本");
    CHECK(textOf(U"<p>文本</p><script>never closed") == U"文本");
}

TEST_CASE("pathological input stays linear", "[html]") {
    std::u32string big;
    big += U"<p>开头</p><div data-x=\"";
    big.append(2'000'000, U'a');
    big += U"\">正文</div>";
    for (int i = 0; i < 200'000; ++i)
        big += U"<nav></a><";
    big += U"<p>结尾</p>";
    const auto start = std::chrono::steady_clock::now();
    const auto r = htmlToText(big);
    const auto seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    REQUIRE(r.ok());
    CHECK(r.value().substr(0, 5) == U"开头\n正文");
    CHECK(seconds < 5.0);
}

TEST_CASE("looksLikeHtml recognises documents and fragments", "[html]") {
    CHECK(looksLikeHtml(U"<!DOCTYPE html><html>"));
    CHECK(looksLikeHtml(U"\uFEFF  \n<HTML lang=zh>"));
    CHECK(looksLikeHtml(U"<meta charset=\"gbk\">"));
    CHECK(looksLikeHtml(U"<div>正文</div>"));
    CHECK(looksLikeHtml(U"<p>正文</p>"));
    CHECK(looksLikeHtml(U"<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"));
    CHECK_FALSE(looksLikeHtml(U"本报讯 1 < 2"));
    CHECK_FALSE(looksLikeHtml(U"<政府工作报告>"));
    CHECK_FALSE(looksLikeHtml(U""));
}
