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
    BackfillPolicy,
    MaterializeResult,
    RetryPolicy,
    multi_asset,
)
from dagster_duckdb import DuckDBResource

from orchestration.assets.common import DUCKDB_WRITER_TAGS, markdown_table
from orchestration.resources import GazetteSettings, source_partitions
from scrapers.crawl import crawl
from scrapers.models import SourceCrawl
from warehouse.load import known_pages, store_crawl
from warehouse.schema import ensure_schema


STALE_AFTER_HOURS = 48
STORE_EVERY_SOURCES = 20
STORE_EVERY_PAGES = 1000


@multi_asset(
    specs=[
        AssetSpec("raw_pages", group_name="ingest",
                  description="Listing, article and attachment pages of every source, one row per version."),
        AssetSpec("raw_fetches", group_name="ingest",
                  description="Every HTTP exchange of every crawl, failures and 304 Not Modified included."),
    ],
    partitions_def=source_partitions,
    # A run over many sources crawls them together (politeness is per host, not per run).
    backfill_policy=BackfillPolicy.single_run(),
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
    if context.has_partition_key or context.has_partition_key_range:
        # A run for some sources (re-run or backfill from the UI); a run without partitions crawls all.
        selected = set(context.partition_keys)
        sources = [source for source in sources if source.id in selected]
    per_source, failed_fetches, load_seconds, new_versions = [], [], [], []
    finished: list[SourceCrawl] = []

    with duckdb.get_connection() as con:
        ensure_schema(con)
        known = known_pages(con)

        def store_finished() -> None:
            stored_from = time.perf_counter()
            stats = store_crawl(con, context.run_id, [page for result in finished for page in result.pages])
            load_seconds.append(time.perf_counter() - stored_from)
            new_versions.append(stats.new_versions)
            for result in finished:
                result.pages.clear()  # the bodies are in the warehouse now; memory stays flat as sites grow
            finished.clear()

        def on_source_done(result: SourceCrawl) -> None:
            kinds = Counter(p.kind for p in result.pages if p.error is None)
            per_source.append(
                (result.source_id, len(result.article_urls), len(result.pages), sum(p.not_modified for p in result.pages),
                 sum(p.body is not None for p in result.pages), sum(p.error is not None for p in result.pages),
                 kinds.get("attachment", 0), result.error or "")
            )
            failed_fetches.extend((p.source_id, p.url, p.status, p.error) for p in result.pages if p.error is not None)
            # Stored as sources finish, a few at a time (one transaction each): a run that dies
            # halfway keeps what it fetched, without paying a commit for every small site.
            finished.append(result)
            if len(finished) >= STORE_EVERY_SOURCES or sum(len(r.pages) for r in finished) >= STORE_EVERY_PAGES:
                store_finished()

        started = time.perf_counter()
        crawl(sources, known, gazette.crawl_settings(), on_source_done=on_source_done)
        store_finished()
        crawl_seconds = time.perf_counter() - started

        total_versions = con.execute("SELECT count(*) FROM raw.pages").fetchone()[0]
        last_success = dict(
            con.execute(
                "SELECT source_id, max(fetched_at) FILTER (WHERE error IS NULL) FROM raw.fetches GROUP BY source_id"
            ).fetchall()
        )
    per_source.sort()

    failed_sources = [row[0] for row in per_source if row[7]]
    yield MaterializeResult(asset_key="raw_fetches", metadata={"fetches_this_run": sum(row[2] for row in per_source)})
    yield MaterializeResult(
        asset_key="raw_pages",
        metadata={
            "sources": len(sources),
            "fetches": sum(row[2] for row in per_source),
            "not_modified": sum(row[3] for row in per_source),
            "new_versions": sum(new_versions),
            "failed_fetches": len(failed_fetches),
            "page_versions_total": total_versions,
            "crawl_seconds": round(crawl_seconds - sum(load_seconds), 3),
            "load_seconds": round(sum(load_seconds), 3),
            "per_source": markdown_table(
                ["source", "documents found", "fetches", "304", "bodies received", "failed", "attachments", "source error"],
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
