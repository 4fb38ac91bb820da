"""Parsing stays cheap: one BeautifulSoup/lxml parse plus linear passes per page."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from scrapers.parse import parse_page

SITE = Path(__file__).resolve().parent.parent / "scrapers" / "sample_site"
PAGES = [
    "www.zibo.gov.cn/jyj/art/2022/12/1/art_2158_5300729.html",
    "www.zhuanglang.gov.cn/zljyj/zwgk/ghjh/202304/t20230419_1234567.html",
    "www.tjbh.gov.cn/jytyj/xxgk/zcwj/202203/t20220301_5811234.html",
]
# About 4 ms a page is measured on one core here; the bound leaves room for a busy CI machine
# while still catching an accidental quadratic pass or a second full parse.
BOUND_MS = 15.0


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
