"""The bundled sample site (scrapers/sample_site), crawled through file:// like a real site."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from scrapers.crawl import CrawlSettings, crawl
from scrapers.models import KnownPage
from scrapers.sources import load_sources

SAMPLE = Path(__file__).resolve().parent.parent / "scrapers" / "sample_site"
ROOT = SAMPLE.resolve().as_uri()

ZIBO_ARTICLES = [
    f"{ROOT}/www.zibo.gov.cn/jyj/art/2022/12/1/art_2158_5300729.html",
    f"{ROOT}/www.zibo.gov.cn/jyj/art/2022/5/20/art_2158_5200101.html",
    f"{ROOT}/www.zibo.gov.cn/jyj/art/2022/5/20/P020220520.pdf",
]
ZHUANGLANG_ARTICLES = [
    f"{ROOT}/www.zhuanglang.gov.cn/zljyj/zwgk/ghjh/202304/t20230419_1234567.html",
    f"{ROOT}/www.zhuanglang.gov.cn/zljyj/zwgk/ghjh/202302/t20230210_1230001.html",
]
BINHAI_ARTICLES = [
    f"{ROOT}/www.tjbh.gov.cn/jytyj/xxgk/zcwj/202203/t20220301_5811234.html",
    f"{ROOT}/www.tjbh.gov.cn/jytyj/xxgk/zcwj/202201/t20220110_5800001.html",
]


@pytest.fixture(scope="module")
def first_night():
    sources = load_sources(SAMPLE / "sources.yaml")
    return sources, crawl(sources, {})


def test_article_urls_per_source(first_night):
    _, (zibo, zhuanglang, binhai) = first_night
    assert [(r.source_id, r.error) for r in (zibo, zhuanglang, binhai)] == [
        ("zibo", None),
        ("zhuanglang", None),
        ("binhai", None),
    ]
    assert zibo.article_urls == ZIBO_ARTICLES
    assert zhuanglang.article_urls == ZHUANGLANG_ARTICLES  # /zlxw/ is outside /zljyj/: skipped
    assert binhai.article_urls == BINHAI_ARTICLES


def test_records_per_source(first_night):
    _, results = first_night
    summary = {
        result.source_id: [
            (page.kind, page.url.removeprefix(ROOT), page.status, page.error, page.headers.get("content-type"))
            for page in result.pages
        ]
        for result in results
    }
    assert summary == {
        "zibo": [
            ("listing", "/www.zibo.gov.cn/jyj/xxgk/index.html", 200, None, "text/html"),
            ("listing", "/www.zibo.gov.cn/jyj/xxgk/index_1.html", 200, None, "text/html"),
            ("article", "/www.zibo.gov.cn/jyj/art/2022/12/1/art_2158_5300729.html", 200, None, "text/html"),
            ("article", "/www.zibo.gov.cn/jyj/art/2022/5/20/art_2158_5200101.html", 200, None, "text/html"),
            ("attachment", "/www.zibo.gov.cn/jyj/art/2022/5/20/P020220520.pdf", 200, None, "application/pdf"),
        ],
        "zhuanglang": [
            ("listing", "/www.zhuanglang.gov.cn/zljyj/zwgk/ghjh/index.html", 200, None, "text/html"),
            ("listing", "/www.zhuanglang.gov.cn/zljyj/zwgk/ghjh/index_1.html", 200, None, "text/html"),  # createPageHTML
            ("article", "/www.zhuanglang.gov.cn/zljyj/zwgk/ghjh/202304/t20230419_1234567.html", 200, None, "text/html"),
            ("article", "/www.zhuanglang.gov.cn/zljyj/zwgk/ghjh/202302/t20230210_1230001.html", 200, None, "text/html"),
        ],
        "binhai": [
            ("listing", "/www.tjbh.gov.cn/jytyj/xxgk/zcwj/index.html", 200, None, "text/html"),
            ("listing", "/www.tjbh.gov.cn/jytyj/xxgk/zcwj/index_1.html", 200, None, "text/html"),
            ("article", "/www.tjbh.gov.cn/jytyj/xxgk/zcwj/202203/t20220301_5811234.html", 200, None, "text/html"),
            ("article", "/www.tjbh.gov.cn/jytyj/xxgk/zcwj/202201/t20220110_5800001.html", 200, None, "text/html"),
        ],
    }
    for result in results:
        for page in result.pages:
            on_disk = (SAMPLE / page.url.removeprefix(ROOT + "/")).read_bytes()
            assert page.body == on_disk  # GB2312 binhai pages included: bytes untouched
            assert page.content_hash == hashlib.sha256(on_disk).hexdigest()
            assert page.headers["etag"].startswith('"') and page.headers["last-modified"].endswith(" GMT")


def test_nothing_leaves_the_sample(first_night):
    _, results = first_night
    every_url = [page.url for result in results for page in result.pages] + [
        url for result in results for url in result.article_urls
    ]
    assert all(url.startswith(ROOT + "/") for url in every_url)
    assert not [url for url in every_url if "gov.cn/zlxw" in url or "www.gov.cn" in url.removeprefix(ROOT)]


def test_second_night_is_all_304(first_night):
    sources, results = first_night
    known = {
        result.source_id: {
            page.url: KnownPage(page.url, page.headers["etag"], page.headers["last-modified"], page.content_hash)
            for page in result.pages
        }
        for result in results
    }

    second = crawl(sources, known, CrawlSettings(recheck_known_every_nights=1))

    assert [(page.kind, page.status, page.not_modified, page.body) for page in second[0].pages] == [
        ("listing", 304, True, None),
        ("article", 304, True, None),
        ("attachment", 304, True, None),
        ("article", 304, True, None),
    ]
    assert {(page.status, page.not_modified, page.body) for result in second for page in result.pages} == {
        (304, True, None)
    }
    assert [len(result.pages) for result in second] == [4, 3, 3]  # each listing's first page, then known documents
