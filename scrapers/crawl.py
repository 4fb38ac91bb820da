"""Crawl the sources: discover articles on listing pages, fetch them politely and incrementally.

    crawl(sources, known, settings, on_source_done) -> list[SourceCrawl]   # one per source, in input order

For each source, each start URL begins a chain of listing pages (pagination: index_N.html links,
TRS createPageHTML scripts, ?page=N, 下一页 links), walked in page order up to the source's
max_listing_pages. A chain stops at the first page that brings no new document URL (new = not
seen earlier this run and not in `known`) or that answers 304. Documents are the in-scope links
matching the source's article_pattern, plus attachments (PDF, Office, archives) linked from
listing pages or articles. Every document discovered this run is fetched, and so is a rotating
share of the documents the warehouse already knows for the source (known[source_id] URLs that
match the pattern or have an attachment extension): each is re-checked once every
settings.recheck_known_every_nights nights, on a night fixed by its URL. All of these requests
are conditional (If-None-Match / If-Modified-Since), so a withdrawn article is seen as
'http 404' / 'http 410' / 'soft-404' and an unchanged one costs a 304. Scope, politeness and the error vocabulary: scrapers/fetch/discovery.py and client.py.

SourceCrawl.article_urls: the document URLs (articles and attachments) found in pages fetched
with a body this run, in discovery order; a listing page answered 304 contributes none.
SourceCrawl.pages: robots.txt (for the first source that reached a host), listing pages in fetch
order, then documents in discovery order (known ones last, by URL), then attachments found in
articles. SourceCrawl.error is set when every start page failed, or the source's crawl crashed;
other sources go on regardless.

on_source_done, when given, receives each source's SourceCrawl as soon as that source finishes
(on the crawl's thread), so the caller can store it at once: a run interrupted midway keeps what
finished sources fetched, and the caller may drop the bodies it stored to keep memory flat.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import heapq
import re
import threading
from collections.abc import Callable
from urllib.parse import urlsplit

from scrapers.fetch.client import Fetcher
from scrapers.fetch.discovery import (
    Link,
    Scope,
    decode_html,
    extract_links,
    has_attachment_extension,
    normalize_url,
    pagination_links,
)
from scrapers.fetch.politeness import HostGate
from scrapers.fetch.settings import USER_AGENT, CrawlSettings
from scrapers.models import FetchedPage, KnownPage, Source, SourceCrawl

__all__ = ["USER_AGENT", "CrawlSettings", "crawl"]


def crawl(
    sources: list[Source],
    known: dict[str, dict[str, KnownPage]],
    settings: CrawlSettings | None = None,
    on_source_done: Callable[[SourceCrawl], None] | None = None,
) -> list[SourceCrawl]:
    settings = settings or CrawlSettings()
    run = lambda: asyncio.run(_crawl_all(sources, known, settings, on_source_done))  # noqa: E731
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return run()
    # Called from inside an event loop (an async caller): run ours on a thread of its own.
    results: list[list[SourceCrawl]] = []
    worker = threading.Thread(target=lambda: results.append(run()))
    worker.start()
    worker.join()
    return results[0]


async def _crawl_all(
    sources: list[Source],
    known: dict[str, dict[str, KnownPage]],
    settings: CrawlSettings,
    on_source_done: Callable[[SourceCrawl], None] | None,
) -> list[SourceCrawl]:
    async with Fetcher.make_client() as client:
        fetcher = Fetcher(client, settings, _host_gates(sources, settings))

        async def crawl_one(source: Source) -> SourceCrawl:
            result = await _crawl_source(fetcher, source, known.get(source.id, {}), settings)
            # robots.txt belongs to the first source that reached its host; it is fetched before
            # any of that source's pages, so it is in fetcher.robots_pages by now.
            robots = [page for page in fetcher.robots_pages if page.source_id == source.id]
            result.pages[:0] = robots
            if on_source_done is not None:
                on_source_done(result)
            return result

        crawls = await asyncio.gather(*(crawl_one(source) for source in sources))
    return list(crawls)


def _host_gates(sources: list[Source], settings: CrawlSettings) -> dict[str, HostGate]:
    """One gate per host: the slowest delay and the smallest concurrency of the sources on it.

    Local file:// sites have no server to spare, so no delay.
    """
    limits: dict[str, tuple[float, int]] = {}
    for source in sources:
        delay = source.min_delay_seconds if settings.min_delay_seconds is None else settings.min_delay_seconds
        concurrency = settings.max_concurrency or source.max_concurrency
        for start_url in source.start_urls:
            parts = urlsplit(normalize_url(start_url))
            if parts.scheme == "file":
                delay = 0.0
            previous_delay, previous_concurrency = limits.get(parts.netloc, (delay, concurrency))
            limits[parts.netloc] = (max(previous_delay, delay), min(previous_concurrency, concurrency))
    return {netloc: HostGate(delay, concurrency) for netloc, (delay, concurrency) in limits.items()}


class _SourceCrawler:
    def __init__(
        self, fetcher: Fetcher, source: Source, known: dict[str, KnownPage], result: SourceCrawl, recheck_every_nights: int
    ) -> None:
        self.fetcher = fetcher
        self.recheck_every_nights = recheck_every_nights
        self.source = source
        self.known = known
        self.result = result
        self.article_pattern = re.compile(source.article_pattern)
        self.scopes = [Scope.of_start_url(url) for url in source.start_urls]
        self.documents: dict[str, str] = {}  # URL -> expected kind, in discovery order

    def in_scope(self, url: str) -> bool:
        return any(scope.contains(url) for scope in self.scopes)

    def document_kind(self, url: str) -> str | None:
        """'attachment' or 'article' for a document link of this source, None for anything else."""
        if not self.in_scope(url):
            return None
        if has_attachment_extension(url):
            return "attachment"
        return "article" if self.article_pattern.search(url) else None

    async def fetch(self, url: str, kind: str) -> FetchedPage:
        return await self.fetcher.fetch(
            url, kind=kind, source_id=self.source.id, in_scope=self.in_scope, known=self.known.get(url)
        )

    def discover(self, page: FetchedPage, kinds: tuple[str, ...]) -> tuple[str, list[Link], int]:
        """Record the document links on an HTML page; return its text and links, and count new ones."""
        html = decode_html(page.body or b"", page.headers.get("content-type"))
        links = extract_links(html, page.final_url or page.url)
        new = 0
        for link in links:
            kind = self.document_kind(link.url)
            if kind in kinds and link.url not in self.documents:
                self.documents[link.url] = kind
                self.result.article_urls.append(link.url)
                new += link.url not in self.known
        return html, links, new

    async def walk_listing(self, start_url: str) -> FetchedPage:
        """Walk one start URL's pagination chain; return the start page's record."""
        start_url = normalize_url(start_url)
        queue: list[tuple[int, int, str]] = [(0, 0, start_url)]
        queued = {start_url}
        page_hashes: set[str] = set()
        first_page: FetchedPage | None = None
        fetched = 0
        while queue and fetched < self.source.max_listing_pages:
            _, _, url = heapq.heappop(queue)
            page = await self.fetch(url, "listing")
            self.result.pages.append(page)
            fetched += 1
            first_page = first_page or page
            if page.not_modified:
                break  # unchanged since the last run: nothing new behind it either
            if page.body is None or page.kind != "listing":
                continue  # a failed page: the pages already queued may still answer
            if page.content_hash in page_hashes:
                continue  # the same page under another URL (?page=1 of a 1-based listing)
            page_hashes.add(page.content_hash)
            html, links, new = self.discover(page, ("article", "attachment"))
            if new == 0:
                break
            for number, next_url in pagination_links(html, links, page.final_url or url, start_url):
                if next_url not in queued and self.in_scope(next_url) and self.document_kind(next_url) is None:
                    queued.add(next_url)
                    heapq.heappush(queue, (number, len(queued), next_url))
        assert first_page is not None  # max_listing_pages >= 1
        return first_page

    async def fetch_documents(self, urls: dict[str, str]) -> list[FetchedPage]:
        pages = await asyncio.gather(*(self.fetch(url, kind) for url, kind in urls.items()))
        self.result.pages.extend(pages)
        return list(pages)

    async def run(self) -> SourceCrawl:
        start_pages = [await self.walk_listing(url) for url in self.source.start_urls]
        if all(page.error for page in start_pages):
            self.result.error = f"start page failed: {start_pages[0].error}"

        tonight = _now().date().toordinal()
        for url in sorted(self.known):
            kind = self.document_kind(url)
            if kind and url not in self.documents and _recheck_tonight(url, tonight, self.recheck_every_nights):
                self.documents[url] = kind
        pages = await self.fetch_documents(dict(self.documents))

        before = set(self.documents)
        for page in pages:
            if page.kind == "article" and page.body is not None:
                self.discover(page, ("attachment",))
        await self.fetch_documents({url: kind for url, kind in self.documents.items() if url not in before})
        return self.result


async def _crawl_source(
    fetcher: Fetcher, source: Source, known: dict[str, KnownPage], settings: CrawlSettings
) -> SourceCrawl:
    result = SourceCrawl(source.id, started_at=_now(), finished_at=_now())
    try:
        await _SourceCrawler(fetcher, source, known, result, settings.recheck_known_every_nights).run()
    except Exception as exc:  # one source's bug must not cost the other sources their night
        result.error = f"crashed: {type(exc).__name__}: {exc}"
    result.finished_at = _now()
    return result


def _recheck_tonight(url: str, night: int, every_nights: int) -> bool:
    """Spread the re-checks of known documents evenly over the nights, the same night each cycle."""
    if every_nights <= 1:
        return True
    return int(hashlib.sha1(url.encode("utf-8")).hexdigest(), 16) % every_nights == night % every_nights


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)
