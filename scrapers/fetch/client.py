"""One URL in, one FetchedPage out: robots, politeness, retries, redirects, limits, checks.

Reasons set in FetchedPage.error (a fixed vocabulary; the status and headers carry details):
  'http NNN'                 final answer was a non-2xx, non-304 status (404, 410, 403, 500, 429...)
  'soft-404'                 status 200 but an error page ('404' in <title>, 页面不存在, 该信息已删除...)
  'timeout'                  connect or read timeout, or one attempt exceeded attempt_timeout_seconds
  'connection error'         refused, reset or closed before a response arrived
  'truncated'                the body ended before its Content-Length (the connection dropped)
  'too large'                the body exceeded max_body_bytes (declared or while streaming)
  'bad content-encoding'     a gzip/deflate body that does not decode
  'empty body'               a 2xx HTML answer with no bytes
  'unsupported content-type' neither HTML nor a document attachment (an image, a stylesheet...)
  'robots disallowed'        robots.txt forbids the URL (nothing was requested)
  'robots.txt unreachable'   robots.txt answered 5xx or not at all: RFC 9309 says stay out
  'redirect loop'            a redirect back to a URL already visited in this chain
  'too many redirects'       more than max_redirects hops
  'redirect off-site'        a redirect leaving the source's scope (final_url is the target)
  'redirect without location' a 3xx without a usable Location header
  'invalid url'              a URL httpx refuses to request (e.g. an over-long host label)
Timeouts, connection errors, truncation, 5xx and 429 are retried first; the error is the last try's.
A failed fetch has body None and content_hash None; status is the last status received, if any.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email.utils
import hashlib
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx
from protego import Protego

from scrapers.fetch.discovery import body_kind, is_soft_404, resolve_link
from scrapers.fetch.file_transport import FileTransport
from scrapers.fetch.politeness import HostGate
from scrapers.fetch.settings import CrawlSettings
from scrapers.models import FetchedPage, KnownPage

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
RETRIED_CONNECTION_ERRORS = frozenset({"timeout", "connection error", "truncated"})


@dataclass
class Exchange:
    """One request's outcome, before it becomes a FetchedPage."""

    url: str
    fetched_at: dt.datetime
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None
    error: str | None = None

    @property
    def retryable(self) -> bool:
        return self.error in RETRIED_CONNECTION_ERRORS or self.status == 429 or (self.status or 0) >= 500


class Fetcher:
    """Shared by every source of one crawl: one client, one gate and one robots.txt per host."""

    def __init__(self, client: httpx.AsyncClient, settings: CrawlSettings, gates: dict[str, HostGate]) -> None:
        self._client = client
        self._settings = settings
        self._gates = gates
        self._robots: dict[str, Protego | None] = {}  # None: robots.txt unreachable
        self._robots_locks: dict[str, asyncio.Lock] = {}
        self.robots_pages: list[FetchedPage] = []  # one per origin, fetched for the first source that needed it
        self._timeout = httpx.Timeout(
            connect=settings.connect_timeout_seconds,
            read=settings.read_timeout_seconds,
            write=settings.read_timeout_seconds,
            pool=settings.attempt_timeout_seconds,
        )

    @staticmethod
    def make_client() -> httpx.AsyncClient:
        return httpx.AsyncClient(mounts={"file://": FileTransport()})

    async def fetch(
        self,
        url: str,
        *,
        kind: str,
        source_id: str,
        in_scope: Callable[[str], bool] | None,
        known: KnownPage | None = None,
    ) -> FetchedPage:
        """Fetch url following redirects by hand, so every hop is scope-, robots- and loop-checked.

        kind is what the URL is expected to be ('listing', 'article', 'attachment', 'robots'); the
        record's kind becomes 'attachment' when the body is a document file, whatever was expected.
        """
        visited = [url]
        current = url
        for _hop in range(self._settings.max_redirects + 1):
            refusal = None if kind == "robots" else await self._robots_verdict(current, source_id)
            if refusal:
                return _failure(source_id, url, kind, current, refusal)
            exchange = await self._exchange_with_retries(current, self._request_headers(known))
            if exchange.status not in REDIRECT_STATUSES or exchange.error:
                return self._record(source_id, url, kind, exchange)
            target = resolve_link(current, exchange.headers.get("location", ""))
            if target is None:
                return self._record(source_id, url, kind, exchange, "redirect without location")
            if target in visited:
                return self._record(source_id, url, kind, exchange, "redirect loop")
            if in_scope is not None and not in_scope(target):
                return self._record(source_id, url, kind, exchange, "redirect off-site", final_url=target)
            visited.append(target)
            current = target
        return self._record(source_id, url, kind, exchange, "too many redirects")

    # ------------------------------------------------------------------ robots.txt

    async def _robots_verdict(self, url: str, source_id: str) -> str | None:
        """None when robots.txt lets us fetch url, else the reason we may not."""
        parts = urlsplit(url)
        if parts.scheme == "file":
            return None
        origin = f"{parts.scheme}://{parts.netloc}"
        async with self._robots_locks.setdefault(origin, asyncio.Lock()):
            if origin not in self._robots:
                self._robots[origin] = await self._load_robots(origin, source_id)
        rules = self._robots[origin]
        if rules is None:
            return "robots.txt unreachable"
        return None if rules.can_fetch(url, self._settings.robots_token) else "robots disallowed"

    async def _load_robots(self, origin: str, source_id: str) -> Protego | None:
        """RFC 9309: a 4xx robots.txt means no rules; an unreachable one (5xx, network) means stay
        out, which is None here so that the pages say why."""
        page = await self.fetch(origin + "/robots.txt", kind="robots", source_id=source_id, in_scope=None)
        self.robots_pages.append(page)
        if page.body is not None and page.status is not None and 200 <= page.status < 300:
            rules = Protego.parse(page.body.decode("utf-8", errors="replace"))
        elif page.status is not None and 400 <= page.status < 500:
            rules = Protego.parse("")
        else:
            return None
        crawl_delay = rules.crawl_delay(self._settings.robots_token)
        gate = self._gate(urlsplit(origin).netloc)
        if crawl_delay:
            gate.delay = max(gate.delay, min(float(crawl_delay), self._settings.max_crawl_delay_seconds))
        return rules

    # ------------------------------------------------------------------ requests

    def _gate(self, netloc: str) -> HostGate:
        if netloc not in self._gates:
            delay = self._settings.min_delay_seconds
            self._gates[netloc] = HostGate(1.0 if delay is None else delay, self._settings.max_concurrency or 1)
        return self._gates[netloc]

    def _request_headers(self, known: KnownPage | None) -> dict[str, str]:
        headers = {
            "User-Agent": self._settings.user_agent,
            "Accept": "text/html,application/xhtml+xml,application/pdf,*/*;q=0.8",
            "Accept-Language": "zh-CN,zh;q=0.9",
            "Accept-Encoding": "gzip, deflate",
        }
        if known is not None and known.etag:
            headers["If-None-Match"] = known.etag
        if known is not None and known.last_modified:
            headers["If-Modified-Since"] = known.last_modified
        return headers

    async def _exchange_with_retries(self, url: str, headers: dict[str, str]) -> Exchange:
        gate = self._gate(urlsplit(url).netloc)
        for attempt in range(1, self._settings.max_attempts + 1):
            async with gate.slot():
                exchange = await self._exchange(url, headers)
            if not exchange.retryable or attempt == self._settings.max_attempts:
                return exchange
            retry_after = _retry_after_seconds(exchange.headers.get("retry-after"))
            if retry_after is not None:
                if retry_after > self._settings.max_retry_after_seconds:
                    return exchange
                gate.defer(retry_after)
                await asyncio.sleep(retry_after)
            else:
                await asyncio.sleep(self._backoff(attempt))
        raise AssertionError("unreachable: the last attempt returns")

    def _backoff(self, attempt: int) -> float:
        """Exponential, with 'equal jitter' so that retries from many tasks do not line up."""
        ceiling = min(self._settings.backoff_max_seconds, self._settings.backoff_base_seconds * 2 ** (attempt - 1))
        return ceiling / 2 + random.uniform(0, ceiling / 2)

    async def _exchange(self, url: str, headers: dict[str, str]) -> Exchange:
        exchange = Exchange(url=url, fetched_at=dt.datetime.now(dt.timezone.utc))
        # Built by hand and sent with send(): the client's URL merging would turn a file:// URL
        # (no host) into a relative one; the timeout must then be passed as an extension.
        try:
            request = httpx.Request("GET", url, headers=headers, extensions={"timeout": self._timeout.as_dict()})
        except httpx.InvalidURL:
            exchange.error = "invalid url"
            return exchange
        reading_body = False
        try:
            async with asyncio.timeout(self._settings.attempt_timeout_seconds):
                response = await self._client.send(request, stream=True)
                try:
                    exchange.status = response.status_code
                    exchange.headers = dict(response.headers.items())
                    if not 200 <= response.status_code < 300:
                        return exchange
                    declared_length = response.headers.get("content-length", "")
                    if declared_length.isdigit() and int(declared_length) > self._settings.max_body_bytes:
                        exchange.error = "too large"
                        return exchange
                    reading_body = True
                    body = bytearray()
                    async for chunk in response.aiter_bytes():
                        body += chunk
                        if len(body) > self._settings.max_body_bytes:
                            exchange.error = "too large"
                            return exchange
                    exchange.body = bytes(body)
                finally:
                    await response.aclose()
        except (TimeoutError, httpx.TimeoutException):
            exchange.error = "timeout"
        except httpx.DecodingError:
            exchange.error = "bad content-encoding"
        except httpx.TransportError:
            # A drop after the headers means the body is incomplete (h11 checks Content-Length).
            exchange.error = "truncated" if reading_body else "connection error"
        return exchange

    # ------------------------------------------------------------------ records

    def _record(
        self,
        source_id: str,
        url: str,
        kind: str,
        exchange: Exchange,
        error: str | None = None,
        final_url: str | None = None,
    ) -> FetchedPage:
        page = FetchedPage(
            source_id=source_id,
            url=url,
            kind=kind,
            fetched_at=exchange.fetched_at,
            status=exchange.status,
            headers=exchange.headers,
            body=None,
            content_hash=None,
            final_url=final_url or exchange.url,
            error=error or exchange.error,
        )
        if page.error:
            return page
        if exchange.status == 304:
            page.not_modified = True
            return page
        if exchange.status is None or not 200 <= exchange.status < 300:
            page.error = f"http {exchange.status}"
            return page
        body = exchange.body or b""
        if kind != "robots":
            what = body_kind(page.final_url, exchange.headers.get("content-type"), body)
            if what == "unsupported":
                page.error = "unsupported content-type"
                return page
            if what == "attachment":
                page.kind = "attachment"
            else:
                page.kind = "article" if kind == "attachment" else kind
                if not body:
                    page.error = "empty body"
                    return page
                if is_soft_404(body):
                    page.error = "soft-404"
                    return page
        page.body = body
        page.content_hash = hashlib.sha256(body).hexdigest()
        return page


def _failure(source_id: str, url: str, kind: str, final_url: str, error: str) -> FetchedPage:
    """A record for a URL that was never requested (robots.txt forbids it or could not be read)."""
    return FetchedPage(
        source_id=source_id,
        url=url,
        kind=kind,
        fetched_at=dt.datetime.now(dt.timezone.utc),
        status=None,
        headers={},
        body=None,
        content_hash=None,
        final_url=final_url,
        error=error,
    )


def _retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as seconds to wait: delta-seconds or an HTTP date (RFC 9110 10.2.3)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    return max(0.0, (when - dt.datetime.now(dt.timezone.utc)).total_seconds())
