"""The lxml tree read the BeautifulSoup way (scrapers/parse/tree.py): what the scan reads there and
what the paragraph walk reads in the content's own BeautifulSoup must be what a BeautifulSoup
parse of the whole page gives."""

from __future__ import annotations

from bs4 import BeautifulSoup, Tag  # noqa: F401 (BeautifulSoup: the type soup_tags reads)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scrapers.parse import parse_page
from scrapers.parse.body import _paragraph_break, walk_lines
from scrapers.parse.tree import DOCUMENT_TAG, child_count, content_soup, get_text, parse_document, serialise, soup_for

PIECES = st.sampled_from([
    "<div id=zoom>", "<div class='TRS_Editor x'>", "</div>", "<p>", "</p>", "<p style='display:none'>",
    "<div class=share>", "<table>", "<tr>", "<td>", "<td class=nav>", "<th>", "</table>", "<a href=' x.pdf '>",
    "</a>", "<br>", "<b>", "</b>", "<span>", "</span>", "<pre>", "</pre>", "<textarea>", "</textarea>",
    "<ul>", "<li>", "</ul>", "<dl><dt>", "<dd>", "<h1>", "</h1>", "<section>", "<center>", "<hr>",
    "<script>", "</script>", "<style>", "</style>", "<template>", "</template>", "<ruby>", "<rt>", "</rt>",
    "<xmp>", "</xmp>", "<iframe>", "</iframe>", "<noscript>", "</noscript>", "<title>", "</title>",
    "<!-- content.start -->", "<!--contentend-->", "<meta name='ContentStart'>", "<meta name=ContentEnd>",
    "<?php x ?>", "<!DOCTYPE html>", "<o:p>", "</o:p>", "<select><option>", "&nbsp;", "&amp;", "&lt;", "&#13;",
    "\n", "\n  ", " ", "\t", "\r\n", "\u3000", "一、", "索引号：", "文字", "加强。", "<body>", "<html>", "<head>", "</body>", "</html>",
])
HTML = st.lists(PIECES, min_size=1, max_size=50).map("".join)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def soup_tags(soup: BeautifulSoup) -> list[Tag]:
    return [node for node in soup.descendants if isinstance(node, Tag)]


def lxml_elements(root) -> list:
    return [node for node in root.iter() if isinstance(node.tag, str) and node.tag != DOCUMENT_TAG]


@FAST
@given(HTML)
def test_every_element_reads_as_in_a_whole_page_beautifulsoup(html):
    root = parse_document(html)
    soup = content_soup(html)  # BeautifulSoup(html, "lxml") with class attributes as strings
    if root is None:
        assert soup_tags(soup) == []
        return
    tags, elements = soup_tags(soup), lxml_elements(root)
    assert [tag.name for tag in tags] == [element.tag for element in elements]
    for tag, element in zip(tags, elements):
        assert get_text(element) == tag.get_text()
        assert child_count(element) == len(tag.contents)
        if element.tag in ("div", "td", "body", "section", "li"):
            fragment = soup_for(element, _paragraph_break)
            if fragment is not None:
                for use_markers in (False, True):
                    assert walk_lines(fragment, use_markers) == walk_lines(tag, use_markers)


def test_a_doctype_inside_the_page_still_parts_the_strings_around_it():
    root = parse_document("<p>索引号：<!DOCTYPE html>123</p>")
    paragraph = root.find(".//p")
    assert (paragraph.text, paragraph[0].tail, child_count(paragraph)) == ("索引号：", "123", 3)


def test_what_follows_the_end_of_html_is_kept_as_beautifulsoup_keeps_it():
    root = parse_document("<html><body><p>正文</p></body></html><div id=zoom>尾部</div>")
    assert [child.tag for child in root] == ["html", "html"]  # under BeautifulSoup's document node
    assert [get_text(child) for child in root] == ["正文", "尾部"]


def test_nesting_past_libxml2s_tree_limit_is_kept_whole():
    root = parse_document("<div>" * 3000 + "很深")
    assert sum(1 for _ in root.iter("div")) == 3000
    assert get_text(root) == "很深"


def test_fragment_html_keeps_link_targets_and_raw_text_as_parsed():
    root = parse_document("<div id=zoom><a href=' 附件 1.pdf '>附件</a><xmp>a&amp;b<i></xmp>&#13;</div>")
    assert serialise(root.find(".//div")) == '<div id="zoom"><a href=" 附件 1.pdf ">附件</a><xmp>a&amp;b<i></xmp>&#13;</div>'
    fragment = soup_for(root.find(".//div"))
    assert fragment.a["href"] == " 附件 1.pdf "
    assert fragment.xmp.string == "a&amp;b<i>"


def test_whitespace_before_a_paragraph_break_is_left_out_of_the_fragment():
    root = parse_document("<div id=zoom>\n<p>一、甲</p>\n  <p>二、乙</p> <b>丙</b>\n</div>")
    assert serialise(root.find(".//div"), _paragraph_break) == '<div id="zoom"><p>一、甲</p><p>二、乙</p> <b>丙</b></div>'


def test_a_fragment_the_parser_would_not_read_back_falls_back_to_the_whole_page():
    text = "一、正文内容在这里，这是足够长的一段文字。"
    for html, body in ((f"<div id=zoom><p>{text}</p><plaintext>尾</div>", f"{text}\n尾</div>"),
                       (f"<div id=zoom><p>{text}</p><script><!--<script>", text)):
        root = parse_document(html)
        assert soup_for(root.find(".//div")) is None
        doc = parse_page(html.encode("utf-8"), "http://example/t")
        assert (doc.body, doc.quality["content_container"]) == (body, "#zoom")
