"""Fetch: crawl every source politely and keep every exchange in the raw layer."""

import datetime as dt
import time
from collections import Counter

from dagster import (
    AssetCheckResult,
    AssetCheckSeverity,
    AssetCheckSpec,
    AssetExecutionContext,
    AssetSpec,
    MaterializeResult,
    RetryPolicy,
    multi_asset,
)
from dagster_duckdb import DuckDBResource

from orchestration.assets.common import DUCKDB_WRITER_TAGS, markdown_table
from orchestration.resources import GazetteSettings
from scrapers.crawl import crawl
from warehouse.load import known_pages, store_crawl
from warehouse.schema import ensure_schema


STALE_AFTER_HOURS = 48


@multi_asset(
    specs=[
        AssetSpec("raw_pages", group_name="ingest",
                  description="Listing, article and attachment pages of every source, one row per version."),
        AssetSpec("raw_fetches", group_name="ingest",
                  description="Every HTTP exchange of every crawl, failures and 304 Not Modified included."),
    ],
    op_tags=DUCKDB_WRITER_TAGS,
    retry_policy=RetryPolicy(max_retries=2, delay=60),
    check_specs=[
        AssetCheckSpec("every_source_crawled", asset="raw_pages", description="Each source's crawl finished without a source-level error."),
        AssetCheckSpec("no_failed_fetches", asset="raw_pages", description="No page fetch failed (timeouts, 5xx, soft-404s…)."),
        AssetCheckSpec("sources_fresh", asset="raw_pages",
                       description=f"Every source answered successfully within the last {STALE_AFTER_HOURS} hours."),
    ],
)
def crawled_pages(context: AssetExecutionContext, duckdb: DuckDBResource, gazette: GazetteSettings):
    sources = gazette.sources()
    with duckdb.get_connection() as con:
        ensure_schema(con)
        known = known_pages(con)
    started = time.perf_counter()
    crawls = crawl(sources, known, gazette.crawl_settings())
    crawled = time.perf_counter()

    per_source = []
    with duckdb.get_connection() as con:
        # One transaction per source: a run that dies halfway keeps what earlier sources fetched.
        for result in crawls:
            stats = store_crawl(con, context.run_id, result.pages)
            kinds = Counter(p.kind for p in result.pages if p.error is None)
            per_source.append(
                (result.source_id, len(result.article_urls), stats.fetches, stats.not_modified,
                 stats.new_versions, stats.failed, kinds.get("attachment", 0), result.error or "")
            )
        total_versions = con.execute("SELECT count(*) FROM raw.pages").fetchone()[0]
        last_success = dict(
            con.execute(
                "SELECT source_id, max(fetched_at) FILTER (WHERE error IS NULL) FROM raw.fetches GROUP BY source_id"
            ).fetchall()
        )
    load_seconds = time.perf_counter() - crawled

    failed_sources = [row[0] for row in per_source if row[7]]
    failed_fetches = [
        (p.source_id, p.url, p.status, p.error) for c in crawls for p in c.pages if p.error is not None
    ]
    yield MaterializeResult(asset_key="raw_fetches", metadata={"fetches_this_run": sum(row[2] for row in per_source)})
    yield MaterializeResult(
        asset_key="raw_pages",
        metadata={
            "sources": len(sources),
            "fetches": sum(row[2] for row in per_source),
            "not_modified": sum(row[3] for row in per_source),
            "new_versions": sum(row[4] for row in per_source),
            "failed_fetches": len(failed_fetches),
            "page_versions_total": total_versions,
            "crawl_seconds": round(crawled - started, 3),
            "load_seconds": round(load_seconds, 3),
            "per_source": markdown_table(
                ["source", "articles found", "fetches", "304", "new versions", "failed", "attachments", "source error"],
                per_source,
            ),
        }
    )
    yield AssetCheckResult(
        asset_key="raw_pages",
        check_name="every_source_crawled",
        passed=not failed_sources,
        severity=AssetCheckSeverity.WARN,
        metadata={"failed_sources": ", ".join(failed_sources) or "none"},
    )
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    stale = [
        (source.id, last_success.get(source.id))
        for source in sources
        if last_success.get(source.id) is None or now - last_success[source.id] > dt.timedelta(hours=STALE_AFTER_HOURS)
    ]
    yield AssetCheckResult(
        asset_key="raw_pages",
        check_name="sources_fresh",
        passed=not stale,
        severity=AssetCheckSeverity.WARN,
        metadata={"stale_sources": markdown_table(["source", "last success (UTC)"], stale)},
    )
    yield AssetCheckResult(
        asset_key="raw_pages",
        check_name="no_failed_fetches",
        passed=not failed_fetches,
        severity=AssetCheckSeverity.WARN,
        metadata={
            "failed": len(failed_fetches),
            "failures": markdown_table(["source", "url", "status", "reason"], failed_fetches),
        },
    )
