"""What our stages are measured against, on the same pages in the same run.

    fetch_peer(urls, concurrency)      a bare httpx.AsyncClient downloading the article URLs: the
                                       ceiling for our fetch stage (no discovery, no politeness,
                                       no storage)
    parse_peers(pages)                 on the same bytes, one core each: our parse_page,
                                       trafilatura.extract(with_metadata, json) and the floor,
                                       lxml.html.fromstring
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx


@dataclass(frozen=True)
class Measure:
    name: str
    pages: int
    seconds: float
    body_bytes: int = 0

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds else float("inf")

    def as_dict(self) -> dict:
        return {"name": self.name, "pages": self.pages, "seconds": round(self.seconds, 3),
                "pages_per_second": round(self.pages_per_second, 1), "body_bytes": self.body_bytes}


@dataclass(frozen=True)
class SamplePage:
    url: str
    body: bytes
    headers: dict[str, str]


def fetch_peer(urls: list[str], concurrency: int) -> Measure:
    """Download every URL with at most `concurrency` requests in flight; fail on any non-200."""

    async def download_all() -> int:
        limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
        gate = asyncio.Semaphore(concurrency)
        async with httpx.AsyncClient(limits=limits, timeout=30) as client:

            async def download(url: str) -> int:
                async with gate:
                    response = await client.get(url)
                    response.raise_for_status()
                    return len(response.content)

            return sum(await asyncio.gather(*(download(url) for url in urls)))

    started = time.perf_counter()
    body_bytes = asyncio.run(download_all())
    return Measure("httpx.AsyncClient", len(urls), time.perf_counter() - started, body_bytes)


def _ours(page: SamplePage) -> object:
    from scrapers.parse import parse_page

    return parse_page(page.body, page.url, page.headers)


def _trafilatura(page: SamplePage) -> object:
    import trafilatura

    return trafilatura.extract(page.body, url=page.url, with_metadata=True, output_format="json")


def _lxml(page: SamplePage) -> object:
    import lxml.html

    return lxml.html.fromstring(page.body)


PARSERS: dict[str, Callable[[SamplePage], object]] = {
    "ours (scrapers.parse.parse_page)": _ours,
    "trafilatura.extract": _trafilatura,
    "lxml.html.fromstring (floor)": _lxml,
}


def parse_peers(pages: list[SamplePage]) -> dict[str, Measure]:
    """Each parser over the same pages, sequentially on one core, after one warm-up call."""
    results = {}
    for name, parse in PARSERS.items():
        parse(pages[0])  # imports and first-call set-up are not per-page costs
        started = time.perf_counter()
        for page in pages:
            parse(page)
        results[name] = Measure(name, len(pages), time.perf_counter() - started, sum(len(p.body) for p in pages))
    return results
