"""Enrich: targets, themes and keywords per item; a region per document."""

import functools
import time
from collections import Counter

from dagster import (
    AssetCheckResult,
    AssetCheckSeverity,
    AssetCheckSpec,
    AssetExecutionContext,
    AssetSpec,
    MaterializeResult,
    multi_asset,
)
from dagster_duckdb import DuckDBResource

from orchestration.assets.common import DUCKDB_WRITER_TAGS, markdown_table
from orchestration.parallel import WorkerPool
from orchestration.resources import GazetteSettings
from scrapers.enrich.document import ENRICH_VERSION, enrich_with_loaded, load_enrichers
from warehouse.load import documents_to_enrich, replace_enrichment
from warehouse.schema import ensure_schema


@multi_asset(
    specs=[
        AssetSpec("item_targets", deps=["documents", "items"], group_name="enrich",
                  description="Quantitative targets of every item, typed and normalised."),
        AssetSpec("item_themes", deps=["documents", "items"], group_name="enrich",
                  description="Theme scores, primary and secondary themes, and the evidence terms per item."),
        AssetSpec("item_keywords", deps=["items"], group_name="enrich",
                  description="Keywords of every item (jieba TF-IDF), for word clouds and search."),
        AssetSpec("document_regions", deps=["documents", "divisions"], group_name="enrich",
                  description="The GB/T 2260 region of every document, with the clue that settled it."),
    ],
    op_tags=DUCKDB_WRITER_TAGS,
    check_specs=[
        AssetCheckSpec("documents_have_regions", asset="document_regions",
                       description="Warns on documents left in the unknown region or flagged ambiguous."),
    ],
)
def enriched_items(context: AssetExecutionContext, duckdb: DuckDBResource, gazette: GazetteSettings):
    sources = {source.id: source for source in gazette.sources()}
    totals: Counter[str] = Counter()
    documents, enrich_seconds, load_seconds = 0, 0.0, 0.0
    with duckdb.get_connection() as con:
        ensure_schema(con)
        # Each worker loads jieba and the division table once, not once per document.
        with WorkerPool(initializer=functools.partial(load_enrichers, sources)) as workers:
            for batch in documents_to_enrich(con, ENRICH_VERSION):
                started = time.perf_counter()
                results = workers.map(enrich_with_loaded, batch)
                enriched = time.perf_counter()
                totals.update(replace_enrichment(con, results, ENRICH_VERSION))
                enrich_seconds += enriched - started
                load_seconds += time.perf_counter() - enriched
                documents += len(batch)
                context.log.info(f"enriched {documents} documents")

        target_units = con.execute(
            "SELECT unit_normalized, status, count(*) FROM core.targets GROUP BY ALL ORDER BY 3 DESC"
        ).fetchall()
        themes = con.execute(
            "SELECT theme_code, count(*) FROM core.item_themes WHERE is_primary GROUP BY 1 ORDER BY 2 DESC"
        ).fetchall()
        regions = con.execute(
            """
            SELECT d.source_id, d.publisher, r.region_code, r.method, r.confidence, r.ambiguous
            FROM core.document_regions r JOIN core.documents d USING (document_id)
            ORDER BY d.source_id, d.url
            """
        ).fetchall()
        target_total = con.execute("SELECT count(*) FROM core.targets").fetchone()[0]

    yield MaterializeResult(
        asset_key="item_targets",
        metadata={"enriched_this_run": documents, "targets_total": target_total,
                  "enrich_seconds": round(enrich_seconds, 3), "load_seconds": round(load_seconds, 3),
                  "by_unit": markdown_table(["unit", "status", "targets"], target_units)},
    )
    yield MaterializeResult(
        asset_key="item_themes",
        metadata={"primary_themes": markdown_table(["theme", "items"], themes)},
    )
    yield MaterializeResult(asset_key="item_keywords", metadata={"items": totals["item_keywords"]})
    yield MaterializeResult(
        asset_key="document_regions",
        metadata={"documents": len(regions),
                  "preview": markdown_table(["source", "publisher", "region", "method", "confidence", "ambiguous"], regions)},
    )
    unplaced = [row for row in regions if row[2] == "000000" or row[5]]
    yield AssetCheckResult(
        asset_key="document_regions",
        check_name="documents_have_regions",
        passed=not unplaced,
        severity=AssetCheckSeverity.WARN,
        metadata={"unplaced": len(unplaced),
                  "details": markdown_table(["source", "publisher", "region", "method", "confidence", "ambiguous"], unplaced)},
    )
