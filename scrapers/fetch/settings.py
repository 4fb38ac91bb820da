"""Crawl-wide knobs. Per-site politeness lives on each Source; these override it when set."""

from __future__ import annotations

from dataclasses import dataclass

USER_AGENT = "gazette/0.1 (+https://github.com/gazette-project/gazette)"


@dataclass(frozen=True)
class CrawlSettings:
    user_agent: str = USER_AGENT
    connect_timeout_seconds: float = 10.0
    read_timeout_seconds: float = 30.0  # between two chunks of a response
    attempt_timeout_seconds: float = 120.0  # one attempt, first byte sent to last byte read
    max_attempts: int = 4  # the first try plus three retries (connection errors, timeouts, 5xx, 429)
    backoff_base_seconds: float = 1.0  # waits grow 1, 2, 4... (with jitter) up to backoff_max_seconds
    backoff_max_seconds: float = 60.0
    max_retry_after_seconds: float = 300.0  # a longer Retry-After ends the attempts instead of stalling the night
    max_body_bytes: int = 30 * 1024 * 1024
    max_redirects: int = 5
    max_crawl_delay_seconds: float = 30.0  # cap on a robots.txt Crawl-delay
    # Known documents that tonight's listings did not show again are re-checked (conditionally)
    # once every this many nights, each on its own night: a withdrawn page is seen within that
    # many days, and an unchanged night does not ask a site again for every page it ever had.
    recheck_known_every_nights: int = 7
    min_delay_seconds: float | None = None  # overrides every Source's when set (tests, benchmarks)
    max_concurrency: int | None = None  # likewise

    @property
    def robots_token(self) -> str:
        """The product token robots.txt groups are matched against ('gazette')."""
        return self.user_agent.split("/", 1)[0]
