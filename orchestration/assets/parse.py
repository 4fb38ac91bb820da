"""Parse: every stored article page whose parse is missing or stale becomes a document and parts."""

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
    multi_asset,
)
from dagster_duckdb import DuckDBResource

from orchestration.assets.common import DUCKDB_WRITER_TAGS, markdown_table
from orchestration.parallel import WorkerPool
from scrapers.parse import PARSER_VERSION, parse_page
from warehouse.load import pages_to_parse, replace_documents
from warehouse.schema import ensure_schema


@multi_asset(
    specs=[
        AssetSpec("documents", deps=["raw_pages"], group_name="parse",
                  description="One row per article page (latest version): metadata and clean body."),
        AssetSpec("items", deps=["raw_pages"], group_name="parse",
                  description="The parts that tile each body: sections, numbered items, sub-items, paragraphs."),
        AssetSpec("parse_quality", deps=["raw_pages"], group_name="parse",
                  description="Per-document parse signals: numbering scheme, skipped or repeated numbers, leftovers."),
    ],
    op_tags=DUCKDB_WRITER_TAGS,
    check_specs=[
        AssetCheckSpec("documents_parse_cleanly", asset="documents",
                       description="Warns on documents with no items or with parse-quality issues."),
        AssetCheckSpec("every_source_parses", asset="documents",
                       description="Fails when a source that has article pages parses to no items at all."),
    ],
)
def parsed_documents(context: AssetExecutionContext, duckdb: DuckDBResource):
    parsed_at = dt.datetime.now(dt.timezone.utc)
    parsed_count, parse_seconds, load_seconds = 0, 0.0, 0.0
    with duckdb.get_connection() as con:
        ensure_schema(con)
        with WorkerPool() as workers:
            for batch in pages_to_parse(con, PARSER_VERSION):
                started = time.perf_counter()
                documents = workers.map(parse_page, [p.body for p in batch], [p.url for p in batch], [p.headers for p in batch])
                parsed = time.perf_counter()
                parsed_count += replace_documents(con, list(zip(batch, documents)), PARSER_VERSION, parsed_at)
                parse_seconds += parsed - started
                load_seconds += time.perf_counter() - parsed
                context.log.info(f"parsed {parsed_count} pages")

        doc_stats = con.execute(
            """
            SELECT d.source_id, d.doc_kind, d.title, q.item_count, q.issue_count, q.numbering_scheme
            FROM core.documents d JOIN core.parse_quality q USING (document_id)
            ORDER BY d.source_id, d.url
            """
        ).fetchall()
        part_kinds = dict(con.execute("SELECT kind, count(*) FROM core.parts GROUP BY kind ORDER BY kind").fetchall())
        items_by_source = dict(
            con.execute(
                """
                SELECT d.source_id, count(p.part_id) FILTER (WHERE p.kind = 'item')
                FROM core.documents d LEFT JOIN core.parts p USING (document_id)
                GROUP BY d.source_id
                """
            ).fetchall()
        )

    kinds = Counter(row[1] for row in doc_stats)
    preview = markdown_table(["source", "kind", "title", "items", "issues", "numbering"], doc_stats)
    yield MaterializeResult(
        asset_key="documents",
        metadata={"parsed_this_run": parsed_count, "documents": len(doc_stats), "parser_version": PARSER_VERSION,
                  "parse_seconds": round(parse_seconds, 3), "load_seconds": round(load_seconds, 3),
                  **{f"doc_kind_{k}": v for k, v in sorted(kinds.items())}, "preview": preview},
    )
    yield MaterializeResult(asset_key="items", metadata={"parts": sum(part_kinds.values()), **{f"kind_{k}": v for k, v in part_kinds.items()}})
    yield MaterializeResult(
        asset_key="parse_quality",
        metadata={"documents_with_issues": sum(1 for row in doc_stats if row[4]), "preview": preview},
    )

    troubled = [row for row in doc_stats if row[4] or (row[1] in ("plan", "report") and not row[3])]
    yield AssetCheckResult(
        asset_key="documents",
        check_name="documents_parse_cleanly",
        passed=not troubled,
        severity=AssetCheckSeverity.WARN,
        metadata={"troubled_documents": len(troubled),
                  "details": markdown_table(["source", "kind", "title", "items", "issues", "numbering"], troubled)},
    )
    empty_sources = sorted(source for source, items in items_by_source.items() if not items)
    yield AssetCheckResult(
        asset_key="documents",
        check_name="every_source_parses",
        passed=not empty_sources,
        severity=AssetCheckSeverity.ERROR,
        metadata={"sources_without_items": ", ".join(empty_sources) or "none"},
    )
