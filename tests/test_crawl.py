"""The crawler against a loopback site with injected faults: exact records, server-side evidence."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import socket
import time

import pytest

from scrapers.crawl import USER_AGENT, CrawlSettings, crawl
from scrapers.models import KnownPage, Source, SourceCrawl
from tests.loopback_site import LoopbackSite, Reply

pytestmark = pytest.mark.timeout(30)

FAST = CrawlSettings(
    min_delay_seconds=0.0,
    max_concurrency=4,
    connect_timeout_seconds=1.0,
    read_timeout_seconds=0.3,
    attempt_timeout_seconds=5.0,
    max_attempts=3,
    backoff_base_seconds=0.01,
    backoff_max_seconds=0.05,
    recheck_known_every_nights=1,  # every known page every night, so each test sees them all
)
START = "/jyj/xxgk/index.html"
ROBOTS_ROW = ("robots", "/robots.txt", 200, None, False, True)


@pytest.fixture
def site():
    with LoopbackSite() as site:
        site.page("/robots.txt", "User-agent: *\nDisallow:\n", content_type="text/plain")
        yield site


def make_source(site: LoopbackSite, start: str = START, **options) -> Source:
    return Source(
        id=options.pop("id", "demo"),
        name="示例教育局",
        start_urls=(site.url(start),),
        article_pattern=options.pop("article_pattern", r"/art/\w+\.html$"),
        **options,
    )


def listing(*hrefs: str, extra: str = "") -> str:
    items = "".join(f'<li><a href="{href}">文件{number}</a></li>' for number, href in enumerate(hrefs))
    return f"<html><head><title>政府信息公开</title></head><body><ul>{items}</ul>{extra}</body></html>"


def article(title: str, extra: str = "") -> bytes:
    return f"<html><head><title>{title}</title></head><body><p>{title}的正文。</p>{extra}</body></html>".encode()


def rows(result: SourceCrawl, site: LoopbackSite) -> list[tuple]:
    """(kind, path, status, error, not_modified, has body) per record, paths relative to the site."""
    return [
        (page.kind, page.url.removeprefix(site.origin), page.status, page.error, page.not_modified, page.body is not None)
        for page in result.pages
    ]


def paths(urls: list[str], site: LoopbackSite) -> list[str]:
    return [url.removeprefix(site.origin) for url in urls]


def page_for(result: SourceCrawl, site: LoopbackSite, path: str):
    (page,) = [page for page in result.pages if page.url == site.url(path)]
    return page


def known_from(results: list[SourceCrawl]) -> dict[str, dict[str, KnownPage]]:
    """What the warehouse would hold after storing these crawls."""
    return {
        result.source_id: {
            page.url: KnownPage(page.url, page.headers.get("etag"), page.headers.get("last-modified"), page.content_hash)
            for page in result.pages
            if page.body is not None and page.kind != "robots"
        }
        for result in results
    }


def run(site: LoopbackSite, settings: CrawlSettings = FAST, known=None, **options) -> SourceCrawl:
    (result,) = crawl([make_source(site, **options)], known or {}, settings)
    return result


# --------------------------------------------------------------------------- the ordinary case


def test_listing_and_articles_give_exact_records(site):
    site.page(START, listing("../art/1.html", "/jyj/art/2.html", "https://www.gov.cn/art/9.html"))
    site.page("/jyj/art/1.html", article("一"))
    site.page("/jyj/art/2.html", article("二"))

    result = run(site)

    assert result.error is None
    assert rows(result, site) == [
        ROBOTS_ROW,
        ("listing", START, 200, None, False, True),
        ("article", "/jyj/art/1.html", 200, None, False, True),
        ("article", "/jyj/art/2.html", 200, None, False, True),
    ]
    assert paths(result.article_urls, site) == ["/jyj/art/1.html", "/jyj/art/2.html"]
    first = page_for(result, site, "/jyj/art/1.html")
    assert first.body == article("一")
    assert first.content_hash == hashlib.sha256(article("一")).hexdigest()
    assert first.final_url == site.url("/jyj/art/1.html")
    assert first.headers["content-type"] == "text/html; charset=utf-8"
    assert {entry.headers["user-agent"] for entry in site.log} == {USER_AGENT}
    # robots.txt, then the listing, then its articles, fetched concurrently (in either order)
    assert site.paths()[:2] == ["/robots.txt", START]
    assert sorted(site.paths()[2:]) == ["/jyj/art/1.html", "/jyj/art/2.html"]


# --------------------------------------------------------------------------- faults


def test_500s_then_success_is_retried_to_a_good_record(site):
    site.page(START, listing("/jyj/art/1.html"))
    site.page("/jyj/art/1.html", article("一"))
    site.queue("/jyj/art/1.html", Reply(status=500), Reply(status=503))

    result = run(site)

    assert rows(result, site)[-1] == ("article", "/jyj/art/1.html", 200, None, False, True)
    assert page_for(result, site, "/jyj/art/1.html").body == article("一")
    assert len(site.requests_to("/jyj/art/1.html")) == 3


def test_persistent_500_and_plain_4xx(site):
    site.page(START, listing("/jyj/art/1.html", "/jyj/art/2.html"))
    site.set("/jyj/art/1.html", Reply(status=500, body=b"oops"))
    site.set("/jyj/art/2.html", Reply(status=403, body=b"no"))

    result = run(site)

    assert rows(result, site)[2:] == [
        ("article", "/jyj/art/1.html", 500, "http 500", False, False),
        ("article", "/jyj/art/2.html", 403, "http 403", False, False),
    ]
    assert len(site.requests_to("/jyj/art/1.html")) == FAST.max_attempts
    assert len(site.requests_to("/jyj/art/2.html")) == 1  # other 4xx are not retried


def test_read_timeout_is_retried_then_reported(site):
    site.page(START, listing("/jyj/art/1.html"))
    site.set("/jyj/art/1.html", Reply(body=article("慢"), delay=0.8))

    started = time.monotonic()
    result = run(site, dataclasses.replace(FAST, max_attempts=2))

    assert rows(result, site)[-1] == ("article", "/jyj/art/1.html", None, "timeout", False, False)
    assert len(site.requests_to("/jyj/art/1.html")) == 2
    assert time.monotonic() - started < 2.0  # two 0.3 s read timeouts, not two 0.8 s waits


def test_429_retry_after_is_honoured_and_a_too_long_one_ends_the_attempts(site):
    site.page(START, listing("/jyj/art/1.html"))
    site.page("/jyj/art/1.html", article("一"))
    site.queue("/jyj/art/1.html", Reply(status=429, headers={"Retry-After": "1"}))
    site.page("/jyj/art/2.html", article("二"))
    site.set("/jyj/art/2.html", Reply(status=429, headers={"Retry-After": "3600"}))

    result = run(site, dataclasses.replace(FAST, max_concurrency=1))
    site.page(START, listing("/jyj/art/2.html"))
    later = run(site, dataclasses.replace(FAST, max_concurrency=1))

    assert rows(result, site)[-1] == ("article", "/jyj/art/1.html", 200, None, False, True)
    first_try, retry = site.requests_to("/jyj/art/1.html")
    assert retry.time - first_try.time >= 1.0
    assert rows(later, site)[-1] == ("article", "/jyj/art/2.html", 429, "http 429", False, False)
    assert len(site.requests_to("/jyj/art/2.html")) == 1


def test_truncated_body_is_an_error_not_a_page(site):
    body = article("长", extra="<p>" + "内容" * 2000 + "</p>")
    site.page(START, listing("/jyj/art/1.html"))
    site.set("/jyj/art/1.html", Reply(body=body, truncate_to=500))

    result = run(site)

    page = page_for(result, site, "/jyj/art/1.html")
    assert (page.status, page.error, page.body, page.content_hash) == (200, "truncated", None, None)
    assert page.headers["content-length"] == str(len(body))
    assert len(site.requests_to("/jyj/art/1.html")) == FAST.max_attempts


def test_body_over_the_size_limit_is_refused_once(site):
    site.page(START, listing("/jyj/art/1.html"))
    site.page("/jyj/art/1.html", article("大", extra="x" * 5000))

    result = run(site, dataclasses.replace(FAST, max_body_bytes=2000))

    assert rows(result, site)[-1] == ("article", "/jyj/art/1.html", 200, "too large", False, False)
    assert len(site.requests_to("/jyj/art/1.html")) == 1


def test_wrong_declared_charset_passes_bytes_and_headers_through(site):
    lying = "text/html; charset=utf-8"
    listing_bytes = listing("/jyj/art/1.html", extra='<a href="list_more.html">下一页</a>').encode("gbk")
    article_bytes = article("关于印发2022年工作要点的通知").decode().encode("gbk")
    site.page(START, listing_bytes, content_type=lying)
    site.page("/jyj/xxgk/list_more.html", listing(), content_type=lying)
    site.page("/jyj/art/1.html", article_bytes, content_type=lying)

    result = run(site)

    assert rows(result, site) == [
        ROBOTS_ROW,
        ("listing", START, 200, None, False, True),
        ("listing", "/jyj/xxgk/list_more.html", 200, None, False, True),  # found by its GBK 下一页 text
        ("article", "/jyj/art/1.html", 200, None, False, True),
    ]
    assert page_for(result, site, START).body == listing_bytes
    assert page_for(result, site, "/jyj/art/1.html").body == article_bytes
    assert page_for(result, site, "/jyj/art/1.html").headers["content-type"] == lying


def test_redirects_loop_limit_off_site_and_followed(site):
    def redirect(to: str) -> Reply:
        return Reply(status=302, headers={"Location": to}, content_type=None, conditional=False)

    site.page(START, listing(*(f"/jyj/art/{name}.html" for name in ("loop", "far", "moved", "hop0"))))
    site.set("/jyj/art/loop.html", redirect("/jyj/art/loop2.html"))
    site.set("/jyj/art/loop2.html", redirect(site.url("/jyj/art/loop.html")))
    site.set("/jyj/art/far.html", redirect("https://www.gov.cn/jyj/art/far.html"))
    site.set("/jyj/art/moved.html", redirect("new/moved.html"))
    site.page("/jyj/art/new/moved.html", article("搬家"))
    for hop in range(8):
        site.set(f"/jyj/art/hop{hop}.html", redirect(f"hop{hop + 1}.html"))

    result = run(site, dataclasses.replace(FAST, max_redirects=5))

    assert rows(result, site)[2:] == [
        ("article", "/jyj/art/loop.html", 302, "redirect loop", False, False),
        ("article", "/jyj/art/far.html", 302, "redirect off-site", False, False),
        ("article", "/jyj/art/moved.html", 200, None, False, True),
        ("article", "/jyj/art/hop0.html", 302, "too many redirects", False, False),
    ]
    assert page_for(result, site, "/jyj/art/far.html").final_url == "https://www.gov.cn/jyj/art/far.html"
    assert page_for(result, site, "/jyj/art/moved.html").final_url == site.url("/jyj/art/new/moved.html")
    assert page_for(result, site, "/jyj/art/moved.html").body == article("搬家")
    assert [path for path in site.paths() if "hop" in path] == [f"/jyj/art/hop{hop}.html" for hop in range(6)]


def test_off_site_and_out_of_scope_links_are_never_requested(site):
    port = site.origin.rsplit(":", 1)[1]
    site.page(
        START,
        listing(
            "/jyj/art/1.html",
            "/zlxw/art/2.html",  # same host, outside the site root /jyj/
            f"http://localhost:{port}/jyj/art/3.html",  # same server under another host name
            "https://www.gov.cn/jyj/art/4.html",
            "javascript:openArt('5.html')",
        ),
    )
    for path in ("/jyj/art/1.html", "/zlxw/art/2.html", "/jyj/art/3.html"):
        site.page(path, article(path))

    result = run(site)

    assert paths(result.article_urls, site) == ["/jyj/art/1.html"]
    assert site.paths() == ["/robots.txt", START, "/jyj/art/1.html"]


def test_robots_txt_rules_and_crawl_delay_for_our_token_are_obeyed(site):
    site.page(
        "/robots.txt",
        "User-agent: gazette\nDisallow: /jyj/art/secret\nCrawl-delay: 0.3\n\nUser-agent: *\nDisallow: /\n",
        content_type="text/plain",
    )
    site.page(START, listing("/jyj/art/open.html", "/jyj/art/secret1.html"))
    site.page("/jyj/art/open.html", article("公开"))
    site.page("/jyj/art/secret1.html", article("不公开"))

    result = run(site)

    assert rows(result, site)[2:] == [
        ("article", "/jyj/art/open.html", 200, None, False, True),
        ("article", "/jyj/art/secret1.html", None, "robots disallowed", False, False),
    ]
    assert site.paths() == ["/robots.txt", START, "/jyj/art/open.html"]
    listing_request, article_request = site.log[1:]
    assert article_request.time - listing_request.time >= 0.29  # Crawl-delay outranks the 0 s setting


def test_soft_404_unsupported_type_and_empty_body(site):
    site.page(START, listing("/jyj/art/gone.html", "/jyj/art/logo.html", "/jyj/art/blank.html"))
    site.page("/jyj/art/gone.html", "<html><body><div>对不起，您访问的页面不存在！</div></body></html>")
    site.page("/jyj/art/logo.html", b"\x89PNG\r\n", content_type="image/png")
    site.page("/jyj/art/blank.html", b"")

    result = run(site)

    assert rows(result, site)[2:] == [
        ("article", "/jyj/art/gone.html", 200, "soft-404", False, False),
        ("article", "/jyj/art/logo.html", 200, "unsupported content-type", False, False),
        ("article", "/jyj/art/blank.html", 200, "empty body", False, False),
    ]


def test_attachments_are_kept_and_never_parsed(site):
    pdf = b'%PDF-1.4\n<a href="/jyj/art/from_pdf.html">not a link</a>\n%%EOF'
    xlsx = b"PK\x03\x04 spreadsheet"
    site.page(START, listing("/jyj/art/1.html", "/jyj/files/plan.pdf", "/jyj/art/scan.html"))
    site.page("/jyj/art/1.html", article("附件", extra='<a href="/jyj/files/table.xlsx">附件1</a>'))
    site.page("/jyj/files/plan.pdf", pdf, content_type="application/pdf")
    site.page("/jyj/art/scan.html", pdf, content_type="application/pdf")  # an article URL serving a PDF
    site.page("/jyj/files/table.xlsx", xlsx, content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    site.page("/jyj/art/from_pdf.html", article("不该抓"))

    result = run(site)

    assert rows(result, site)[2:] == [
        ("article", "/jyj/art/1.html", 200, None, False, True),
        ("attachment", "/jyj/files/plan.pdf", 200, None, False, True),
        ("attachment", "/jyj/art/scan.html", 200, None, False, True),
        ("attachment", "/jyj/files/table.xlsx", 200, None, False, True),
    ]
    assert paths(result.article_urls, site) == [
        "/jyj/art/1.html",
        "/jyj/files/plan.pdf",
        "/jyj/art/scan.html",
        "/jyj/files/table.xlsx",
    ]
    assert page_for(result, site, "/jyj/files/plan.pdf").body == pdf
    assert page_for(result, site, "/jyj/files/table.xlsx").body == xlsx
    assert "/jyj/art/from_pdf.html" not in site.paths()


# --------------------------------------------------------------------------- discovery


def test_create_page_html_listing_without_plain_links(site):
    def trs_page(article_path: str, current: int) -> str:
        return listing(article_path, extra=f'<script>createPageHTML(3, {current}, "index", "html");</script>')

    site.page(START, trs_page("./202301/t1.html", 0))
    site.page("/jyj/xxgk/index_1.html", trs_page("./202302/t2.html", 1))
    site.page("/jyj/xxgk/index_2.html", trs_page("./202303/t3.html", 2))
    for month in (1, 2, 3):
        site.page(f"/jyj/xxgk/20230{month}/t{month}.html", article(str(month)))

    result = run(site, article_pattern=r"/t\d+\.html$")

    assert [row[1] for row in rows(result, site) if row[0] == "listing"] == [
        START,
        "/jyj/xxgk/index_1.html",
        "/jyj/xxgk/index_2.html",
    ]
    assert paths(result.article_urls, site) == [f"/jyj/xxgk/20230{month}/t{month}.html" for month in (1, 2, 3)]


def test_query_page_pagination(site):
    start = "/jyj/list.php?cat=7&page=1"
    pages = {
        1: listing("/jyj/art/a1.html", "list.php?cat=7&page=2", "list.php?cat=7&page=3"),
        2: listing("/jyj/art/a2.html", "list.php?cat=7&page=1", "list.php?cat=7&page=3"),
        3: listing("/jyj/art/a3.html", "list.php?cat=7&page=2", "list.php?cat=8&page=1"),
    }
    for number, html in pages.items():
        site.page(f"/jyj/list.php?cat=7&page={number}", html)
        site.page(f"/jyj/art/a{number}.html", article(str(number)))

    result = run(site, start=start)

    assert [row[1] for row in rows(result, site) if row[0] == "listing"] == [
        "/jyj/list.php?cat=7&page=1",
        "/jyj/list.php?cat=7&page=2",
        "/jyj/list.php?cat=7&page=3",
    ]
    assert paths(result.article_urls, site) == ["/jyj/art/a1.html", "/jyj/art/a2.html", "/jyj/art/a3.html"]
    assert "/jyj/list.php?cat=8&page=1" not in site.paths()


def test_listing_depth_is_capped(site):
    names = ["index.html"] + [f"index_{number}.html" for number in range(1, 5)]
    for number, name in enumerate(names):
        following = names[number + 1] if number + 1 < len(names) else "index.html"
        site.page(f"/jyj/xxgk/{name}", listing(f"/jyj/art/p{number}.html", extra=f'<a href="{following}">下一页</a>'))
        site.page(f"/jyj/art/p{number}.html", article(str(number)))

    result = run(site, max_listing_pages=2)

    assert [row[1] for row in rows(result, site) if row[0] == "listing"] == [START, "/jyj/xxgk/index_1.html"]
    assert paths(result.article_urls, site) == ["/jyj/art/p0.html", "/jyj/art/p1.html"]


def test_paging_stops_at_the_first_page_with_nothing_new(site):
    def publish(*pages: list[int]) -> None:
        for number, articles in enumerate(pages):
            name = "index.html" if number == 0 else f"index_{number}.html"
            more = f'<a href="index_{number + 1}.html">下一页</a>' if number + 1 < len(pages) else ""
            site.page(f"/jyj/xxgk/{name}", listing(*(f"/jyj/art/n{a}.html" for a in articles), extra=more))
        for articles in pages:
            for a in articles:
                site.page(f"/jyj/art/n{a}.html", article(f"第{a}号"))

    publish([4, 3], [2, 1])
    first = run(site)
    publish([5, 4], [3, 2], [1])  # a new article pushes the others down a page
    site.log.clear()
    second = run(site, known=known_from([first]))

    assert paths(first.article_urls, site) == [f"/jyj/art/n{a}.html" for a in (4, 3, 2, 1)]
    assert rows(second, site) == [
        ROBOTS_ROW,
        ("listing", START, 200, None, False, True),  # brings n5: go on
        ("listing", "/jyj/xxgk/index_1.html", 200, None, False, True),  # only known articles: stop
        ("article", "/jyj/art/n5.html", 200, None, False, True),
        ("article", "/jyj/art/n4.html", 304, None, True, False),
        ("article", "/jyj/art/n3.html", 304, None, True, False),
        ("article", "/jyj/art/n2.html", 304, None, True, False),
        ("article", "/jyj/art/n1.html", 304, None, True, False),  # known, revalidated though not listed
    ]
    assert "/jyj/xxgk/index_2.html" not in site.paths()
    assert paths(second.article_urls, site) == [f"/jyj/art/n{a}.html" for a in (5, 4, 3, 2)]


# --------------------------------------------------------------------------- incremental nights


def test_second_crawl_transfers_no_article_bodies(site):
    site.page(START, listing("/jyj/art/1.html", "/jyj/art/2.html", "/jyj/files/a.pdf"))
    site.page("/jyj/art/1.html", article("一"))
    site.page("/jyj/art/2.html", article("二"))
    site.page("/jyj/files/a.pdf", b"%PDF-1.7 x", content_type="application/pdf")
    first = run(site)
    site.log.clear()

    second = run(site, known=known_from([first]))

    assert rows(second, site) == [
        ROBOTS_ROW,
        ("listing", START, 304, None, True, False),
        ("article", "/jyj/art/1.html", 304, None, True, False),
        ("article", "/jyj/art/2.html", 304, None, True, False),
        ("attachment", "/jyj/files/a.pdf", 304, None, True, False),
    ]
    assert all(page.content_hash is None for page in second.pages[1:])
    assert all("if-none-match" in entry.headers for entry in site.log if entry.path != "/robots.txt")


def test_changed_withdrawn_and_ignored_conditionals_on_the_second_night(site):
    site.page(START, listing(*(f"/jyj/art/{name}.html" for name in ("changed", "gone", "soft", "g410", "same"))))
    for name in ("changed", "gone", "soft", "g410"):
        site.page(f"/jyj/art/{name}.html", article(name))
    site.page("/jyj/art/same.html", article("same"), conditional=False)  # a server ignoring validators
    first = run(site)

    site.page("/jyj/art/changed.html", article("changed, revised"))
    site.remove("/jyj/art/gone.html")
    site.page("/jyj/art/soft.html", "<html><head><title>404</title></head><body>该信息已删除</body></html>")
    site.set("/jyj/art/g410.html", Reply(status=410))
    second = run(site, known=known_from([first]))

    assert rows(second, site) == [
        ROBOTS_ROW,
        ("listing", START, 304, None, True, False),
        ("article", "/jyj/art/changed.html", 200, None, False, True),
        ("article", "/jyj/art/g410.html", 410, "http 410", False, False),
        ("article", "/jyj/art/gone.html", 404, "http 404", False, False),
        ("article", "/jyj/art/same.html", 200, None, False, True),  # body returned, not a real 304
        ("article", "/jyj/art/soft.html", 200, "soft-404", False, False),
    ]
    changed = page_for(second, site, "/jyj/art/changed.html")
    assert changed.content_hash == hashlib.sha256(article("changed, revised")).hexdigest()
    assert changed.content_hash != page_for(first, site, "/jyj/art/changed.html").content_hash
    same = page_for(second, site, "/jyj/art/same.html")
    assert same.content_hash == page_for(first, site, "/jyj/art/same.html").content_hash


# --------------------------------------------------------------------------- politeness and isolation


def test_requests_to_one_host_are_spaced_by_the_source_delay(site):
    site.page(START, listing(*(f"/jyj/art/{number}.html" for number in range(5))))
    for number in range(5):
        site.page(f"/jyj/art/{number}.html", article(str(number)))

    result = run(site, dataclasses.replace(FAST, min_delay_seconds=None, max_concurrency=None),
                 min_delay_seconds=0.2, max_concurrency=2)

    assert len(result.pages) == 7
    arrivals = [entry.time for entry in site.log]
    gaps = [later - earlier for earlier, later in zip(arrivals, arrivals[1:])]
    assert len(gaps) == 6
    # 10 ms allowance: the log stamps arrival at the server, the gate stamps departure.
    assert min(gaps) >= 0.19, gaps


def test_one_failing_source_never_fails_the_others(site):
    site.page(START, listing("/jyj/art/1.html"))
    site.page("/jyj/art/1.html", article("一"))
    site.set("/down/index.html", Reply(status=500))
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    sources = [
        make_source(site, id="down", start="/down/index.html"),
        Source("dead", "无人站", (f"http://127.0.0.1:{closed_port}/jyj/index.html",), r"/art/"),
        make_source(site, id="broken", article_pattern="(unclosed"),  # a Source built without load_sources
        make_source(site, id="fine"),
    ]

    down, dead, broken, fine = crawl(sources, {}, FAST)

    assert (down.source_id, down.error) == ("down", "start page failed: http 500")
    assert (dead.source_id, dead.error) == ("dead", "start page failed: robots.txt unreachable")
    assert [(page.kind, page.status, page.error) for page in dead.pages] == [
        ("robots", None, "connection error"),
        ("listing", None, "robots.txt unreachable"),
    ]
    assert (broken.source_id, broken.error, broken.pages) == (
        "broken",
        "crashed: error: missing ), unterminated subpattern at position 0",
        [],
    )
    assert (fine.source_id, fine.error, len(fine.article_urls)) == ("fine", None, 1)
    assert page_for(fine, site, "/jyj/art/1.html").body == article("一")


def test_known_pages_not_listed_again_are_rechecked_in_rotation(site, monkeypatch):
    names = [f"/jyj/art/{n}.html" for n in range(21)]
    site.page(START, listing(*names))
    for name in names:
        site.page(name, article(name))
    known = known_from([run(site)])
    site.page(START, listing())  # tonight's listing no longer shows them (a stale or pruned listing)
    weekly = dataclasses.replace(FAST, recheck_known_every_nights=7)

    checked_on = {}
    for night in range(7):
        monkeypatch.setattr("scrapers.crawl._now", lambda night=night: dt.datetime(2026, 11, 2 + night, tzinfo=dt.timezone.utc))
        result = run(site, settings=weekly, known=known)
        for page in result.pages:
            if page.kind == "article":
                assert page.not_modified
                checked_on.setdefault(page.url, []).append(night)

    # Every known page is asked for exactly once a week, and the nights share the work.
    assert sorted(checked_on) == sorted(site.url(name) for name in names)
    assert all(len(nights) == 1 for nights in checked_on.values())
    assert max(sum(1 for n in checked_on.values() if n == [night]) for night in range(7)) < len(names)
