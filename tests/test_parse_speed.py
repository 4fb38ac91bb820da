"""Parsing stays cheap: one lxml parse of the page, BeautifulSoup on the content only, linear
passes; several times faster than trafilatura on the benchmark's pages."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

import trafilatura

from scrapers.parse import parse_page
from tests.benchmark.corpus import generate

SITE = Path(__file__).resolve().parent.parent / "scrapers" / "sample_site"
PAGES = [
    "www.zibo.gov.cn/jyj/art/2022/12/1/art_2158_5300729.html",
    "www.zhuanglang.gov.cn/zljyj/zwgk/ghjh/202304/t20230419_1234567.html",
    "www.tjbh.gov.cn/jytyj/xxgk/zcwj/202203/t20220301_5811234.html",
]
# About 2.5 ms a page (17-35 KB) is measured on one core here; the bound leaves room for a busy
# CI machine while still catching an accidental quadratic pass or a full-page BeautifulSoup.
BOUND_MS = 8.0
# trafilatura.extract(with_metadata) over ours, measured alternately in one process: about 3.4 on
# the benchmark's pages (2.3 when BeautifulSoup built the whole page).
MIN_RATIO_TO_TRAFILATURA = 2.7


def test_median_parse_time_per_sample_page():
    for relative in PAGES:
        body = (SITE / relative).read_bytes()
        parse_page(body, relative)
        timings = []
        for _ in range(25):
            started = time.perf_counter()
            parse_page(body, relative)
            timings.append((time.perf_counter() - started) * 1000)
        assert statistics.median(timings) < BOUND_MS, (relative, statistics.median(timings))


def test_time_grows_linearly_with_page_length():
    body = (SITE / PAGES[0]).read_bytes()
    head, _, tail = body.partition(b"<meta name=\"ContentEnd\">")
    paragraphs = head[head.index(b"<p "):]
    long_page = head + paragraphs * 7 + b"<meta name=\"ContentEnd\">" + tail

    def median_ms(page: bytes) -> float:
        timings = []
        for _ in range(7):
            started = time.perf_counter()
            parse_page(page, "x")
            timings.append(time.perf_counter() - started)
        return statistics.median(timings)

    ratio = median_ms(long_page) / median_ms(body)
    assert len(long_page) > 7 * len(body) * 0.8
    assert ratio < 14, ratio  # ~8x the text; quadratic work would be ~60x


def test_several_times_faster_than_trafilatura_on_benchmark_pages():
    with tempfile.TemporaryDirectory(prefix="gazette-speed-") as work:
        corpus = generate(Path(work), 150, 2)  # seed 2: all three CMS templates
        charsets = corpus.header_charsets()
        pages = []
        for source in corpus.sources:
            charset = charsets[source.host]
            headers = {"content-type": f"text/html; charset={charset}" if charset else "text/html"}
            pages += [((corpus.site_dir / article.path.lstrip("/")).read_bytes(), "http://127.0.0.1" + article.path, headers)
                      for article in source.articles]

    def ours(body, url, headers):
        return parse_page(body, url, headers)

    def theirs(body, url, headers):
        return trafilatura.extract(body, url=url, with_metadata=True, output_format="json")

    def seconds(parse) -> float:
        started = time.perf_counter()
        for page in pages:
            parse(*page)
        return time.perf_counter() - started

    ours(*pages[0]), theirs(*pages[0])
    ratios = [seconds(theirs) / seconds(ours) for _ in range(3)]  # alternated: robust to a busy machine
    assert statistics.median(ratios) >= MIN_RATIO_TO_TRAFILATURA, ratios
