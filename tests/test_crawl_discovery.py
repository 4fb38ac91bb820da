"""The crawler's pure parts: URL resolution, scope, pagination shapes, what a response is."""

import pytest

from scrapers.fetch.client import _retry_after_seconds
from scrapers.fetch.discovery import (
    Link,
    Scope,
    body_kind,
    decode_html,
    extract_links,
    file_document_root,
    is_soft_404,
    listing_page_number,
    normalize_url,
    pagination_links,
    resolve_link,
    script_pagination,
)


def test_resolve_relative_parent_and_root_links():
    page = "http://www.example.gov.cn/jyj/xxgk/index.html"
    assert resolve_link(page, "../art/1.html") == "http://www.example.gov.cn/jyj/art/1.html"
    assert resolve_link(page, " ./202203/t1.html\n") == "http://www.example.gov.cn/jyj/xxgk/202203/t1.html"
    assert resolve_link(page, "/zlxw/a.html#top") == "http://www.example.gov.cn/zlxw/a.html"
    assert resolve_link(page, "//other.gov.cn/x") == "http://other.gov.cn/x"
    assert resolve_link(page, "HTTP://WWW.Example.gov.cn:80/a b/中.html") == (
        "http://www.example.gov.cn/a%20b/%E4%B8%AD.html"
    )
    for not_a_page in ("javascript:void(0)", "mailto:a@b.cn", "#", "", "tel:110", "http://[broken/x.html"):
        assert resolve_link(page, not_a_page) is None


def test_file_site_root_relative_links_stay_inside_the_host_folder():
    page = "file:///data/sample_site/www.zibo.gov.cn/jyj/xxgk/index.html"
    assert file_document_root("/data/sample_site/www.zibo.gov.cn/jyj/xxgk/index.html") == (
        "/data/sample_site/www.zibo.gov.cn"
    )
    assert resolve_link(page, "/jyj/art/1.html") == "file:///data/sample_site/www.zibo.gov.cn/jyj/art/1.html"
    assert resolve_link(page, "../art/2.html") == "file:///data/sample_site/www.zibo.gov.cn/jyj/art/2.html"
    assert file_document_root("/srv/plain/index.html") == ""
    assert resolve_link("file:///srv/plain/index.html", "/etc/x.html") == "file:///etc/x.html"


def test_scope_is_host_plus_site_root_path():
    scope = Scope.of_start_url("https://www.zibo.gov.cn/jyj/xxgk/index.html")
    assert scope == Scope("http", "www.zibo.gov.cn", "/jyj/")
    assert scope.contains("http://www.zibo.gov.cn/jyj/art/2022/1.html")  # http and https are one site
    assert not scope.contains("https://www.zibo.gov.cn/zlxw/1.html")
    assert not scope.contains("https://zibo.gov.cn/jyj/art/1.html")
    assert not scope.contains("file:///jyj/art/1.html")
    assert Scope.of_start_url("http://a.gov.cn:8080/index.html") == Scope("http", "a.gov.cn:8080", "/")
    file_scope = Scope.of_start_url("file:///d/sample_site/www.zhuanglang.gov.cn/zljyj/zwgk/ghjh/index.html")
    assert file_scope == Scope("file", "", "/d/sample_site/www.zhuanglang.gov.cn/zljyj/")
    assert not file_scope.contains("file:///d/sample_site/www.zhuanglang.gov.cn/zlxw/202302/t20230201_1.html")


def test_base_href_decides_relative_links():
    html = '<html><head><base href="http://h.cn/jyj/list/"></head><body><a href="a.html"> 下一页 </a></body></html>'
    assert extract_links(html, "http://h.cn/jyj/other/page.html") == [Link("http://h.cn/jyj/list/a.html", "下一页")]


def test_extract_links_survives_xml_declaration_and_empty_documents():
    html = '<?xml version="1.0" encoding="utf-8"?><html><body><a href="/x.html">x</a></body></html>'
    assert extract_links(html, "http://h.cn/a/") == [Link("http://h.cn/x.html", "x")]
    assert extract_links("", "http://h.cn/a/") == []


@pytest.mark.parametrize(
    ("url", "number"),
    [
        ("http://h.cn/jyj/xxgk/index.html", 0),
        ("http://h.cn/jyj/xxgk/index_1.html", 1),
        ("http://h.cn/jyj/xxgk/index_12.html", 12),
        ("https://h.cn/jyj/xxgk/index_2.html", 2),
        ("http://h.cn/jyj/xxgk/list_2.html", None),
        ("http://h.cn/jyj/other/index_2.html", None),
        ("http://h.cn/jyj/xxgk/index_2.shtml", None),
    ],
)
def test_sibling_pagination_numbers(url, number):
    assert listing_page_number(url, "http://h.cn/jyj/xxgk/index.html") == number


@pytest.mark.parametrize(
    ("url", "number"),
    [
        ("http://h.cn/list.php?cat=3&page=4", 4),
        ("http://h.cn/list.php?page=2&cat=3", 2),
        ("http://h.cn/list.php?cat=3&pageNo=5", 5),
        ("http://h.cn/list.php?cat=3", 0),
        ("http://h.cn/list.php?cat=4", None),
        ("http://h.cn/list.php?cat=3&id=9", None),
        ("http://h.cn/list.php?cat=3&page=last", None),
    ],
)
def test_query_pagination_numbers(url, number):
    assert listing_page_number(url, "http://h.cn/list.php?cat=3") == number


def test_trs_create_page_html_generates_the_pages_it_draws():
    html = '<script>var countPage = 4\ncreatePageHTML(4, 0, "index", "html");</script>'
    assert script_pagination(html, "http://h.cn/a/index.html") == [
        (1, "http://h.cn/a/index_1.html"),
        (2, "http://h.cn/a/index_2.html"),
        (3, "http://h.cn/a/index_3.html"),
    ]
    newer = "createPageHTML('page_div', 2, 1, 'list', 'shtml', 40);"
    assert script_pagination(newer, "http://h.cn/a/list_1.shtml") == [(1, "http://h.cn/a/list_1.shtml")]
    assert script_pagination("<p>no script</p>", "http://h.cn/a/") == []


def test_next_page_word_link_of_unknown_shape_is_the_following_page():
    start = "http://h.cn/jyj/list.jsp"
    links = [Link("http://h.cn/jyj/list_more.jsp?x=2", "下一页"), Link("http://h.cn/jyj/about.html", "关于")]
    assert pagination_links("", links, start, start) == [(1, "http://h.cn/jyj/list_more.jsp?x=2")]


@pytest.mark.parametrize(
    ("url", "content_type", "body", "kind"),
    [
        ("http://h/a.html", "text/html; charset=gbk", b"<html></html>", "html"),
        ("http://h/a.html", "application/pdf", b"%PDF-1.4", "attachment"),
        ("http://h/a.html", "text/html", b"%PDF-1.4 served as html", "attachment"),
        ("http://h/a.docx", "application/octet-stream", b"PK\x03\x04", "attachment"),
        ("http://h/a.xls", None, b"\xd0\xcf\x11\xe0rest", "attachment"),
        ("http://h/a.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", b"x", "attachment"),
        ("http://h/a.pdf", "text/html", b"<html><title>404</title></html>", "html"),  # an error page at a .pdf URL
        ("http://h/a", None, b"  <!DOCTYPE html><html>", "html"),
        ("http://h/a", "text/plain", b"<html><body>x", "html"),
        ("http://h/a.png", "image/png", b"\x89PNG", "unsupported"),
        ("http://h/a", "application/json", b"{}", "unsupported"),
    ],
)
def test_body_kind(url, content_type, body, kind):
    assert body_kind(url, content_type, body) == kind


@pytest.mark.parametrize(
    ("body", "soft"),
    [
        ("<html><title>404 页面</title></html>".encode(), True),
        ("<html><title>Error 404 - Not Found</title></html>".encode(), True),
        ("<html><body>对不起，您访问的页面不存在！</body></html>".encode(), True),
        ("<html><body>该信息已删除</body></html>".encode("gb18030"), True),
        ("<html><title>2022年工作要点</title><body>新建幼儿园4048所</body></html>".encode(), False),
        ("<html><title>第1404号文件</title></html>".encode(), False),
        # A long article that mentions a marker (here in a script) is not an error page.
        (("<html><title>2023年工作要点</title><script>var m='页面不存在';</script><body><p>"
          + "全面推进学前教育普及普惠发展。" * 100 + "</p></body></html>").encode(), False),
        # A templated error page: navigation around a short notice.
        (("<html><title>提示</title><body><div class='nav'>首页 政务公开 互动交流</div>"
          "<div>对不起，您访问的页面不存在或已被删除！</div></body></html>").encode(), True),
    ],
)
def test_soft_404(body, soft):
    assert is_soft_404(body) is soft


def test_decode_for_link_finding_falls_back_when_the_declaration_lies():
    gbk = "<a href='x.html'>下一页</a>".encode("gbk")
    assert decode_html(gbk, "text/html; charset=utf-8") == "<a href='x.html'>下一页</a>"
    assert decode_html('<meta charset="gb2312"><p>镕</p>'.encode("gb18030"), None) == '<meta charset="gb2312"><p>镕</p>'


def test_normalize_url():
    assert normalize_url("HTTPS://Example.GOV.cn:443/a?b=1#frag") == "https://example.gov.cn/a?b=1"
    assert normalize_url("http://h.cn") == "http://h.cn/"


def test_retry_after_seconds_or_http_date():
    assert _retry_after_seconds("7") == 7.0
    assert _retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past: go now
    assert 3598 < _retry_after_seconds(_http_date_in(3600)) <= 3600
    assert _retry_after_seconds("soon") is None
    assert _retry_after_seconds(None) is None


def _http_date_in(seconds: float) -> str:
    import email.utils
    import time

    return email.utils.formatdate(time.time() + seconds, usegmt=True)
