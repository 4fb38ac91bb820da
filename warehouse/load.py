"""Bulk, idempotent loads into the warehouse, and the reads the pipeline needs from it.

Every write goes through an Arrow table registered with DuckDB (never row-by-row inserts) and,
for derived tables, deletes the rows of the documents it touches before inserting them, inside
one transaction: a rerun or a crash halfway leaves either the old rows or the new ones.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import duckdb
import pyarrow as pa

from scrapers.models import DocumentEnrichment, DocumentToEnrich, FetchedPage, KnownPage, ParsedDocument

UNKNOWN_REGION_CODE = "000000"
WITHDRAWN_ERRORS = ("http 404", "http 410", "soft-404")


def document_id_for(url: str) -> str:
    """A stable key for the document at a URL: its versions share it."""
    return hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]


def _insert(con: duckdb.DuckDBPyConnection, table: str, schema: pa.Schema, rows: Sequence[dict]) -> int:
    if not rows:
        return 0
    batch = pa.Table.from_pylist(list(rows), schema=schema)
    con.register("_gazette_batch", batch)
    try:
        columns = ", ".join(schema.names)
        con.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM _gazette_batch")
    finally:
        con.unregister("_gazette_batch")
    return len(rows)


def _delete_documents(con: duckdb.DuckDBPyConnection, tables: Sequence[str], document_ids: Sequence[str]) -> None:
    if not document_ids:
        return
    ids = pa.table({"document_id": pa.array(list(document_ids), pa.string())})
    con.register("_gazette_ids", ids)
    try:
        for table in tables:
            con.execute(f"DELETE FROM {table} WHERE document_id IN (SELECT document_id FROM _gazette_ids)")
    finally:
        con.unregister("_gazette_ids")


# --------------------------------------------------------------------------- raw layer

_FETCH_SCHEMA = pa.schema(
    [
        ("run_id", pa.string()),
        ("source_id", pa.string()),
        ("url", pa.string()),
        ("kind", pa.string()),
        ("fetched_at", pa.timestamp("us")),
        ("status", pa.int32()),
        ("not_modified", pa.bool_()),
        ("error", pa.string()),
        ("content_hash", pa.string()),
        ("final_url", pa.string()),
        ("headers", pa.string()),
    ]
)
_PAGE_SCHEMA = pa.schema(
    [
        ("url", pa.string()),
        ("content_hash", pa.string()),
        ("source_id", pa.string()),
        ("kind", pa.string()),
        ("fetched_at", pa.timestamp("us")),
        ("status", pa.int32()),
        ("headers", pa.string()),
        ("body", pa.binary()),
    ]
)


def _utc_naive(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return moment


@dataclass(frozen=True)
class CrawlLoadStats:
    fetches: int
    new_versions: int
    failed: int
    not_modified: int


def store_crawl(con: duckdb.DuckDBPyConnection, run_id: str, pages: Sequence[FetchedPage]) -> CrawlLoadStats:
    """Append every exchange to raw.fetches and every unseen (url, content hash) to raw.pages."""
    fetch_rows = [
        {
            "run_id": run_id,
            "source_id": p.source_id,
            "url": p.url,
            "kind": p.kind,
            "fetched_at": _utc_naive(p.fetched_at),
            "status": p.status,
            "not_modified": p.not_modified,
            "error": p.error,
            "content_hash": p.content_hash,
            "final_url": p.final_url,
            "headers": json.dumps(p.headers, ensure_ascii=False),
        }
        for p in pages
    ]
    version_rows = {}
    for p in pages:
        if p.body is None or p.error is not None or p.content_hash is None or p.status is None:
            continue
        version_rows.setdefault(
            (p.url, p.content_hash),
            {
                "url": p.url,
                "content_hash": p.content_hash,
                "source_id": p.source_id,
                "kind": p.kind,
                "fetched_at": _utc_naive(p.fetched_at),
                "status": p.status,
                "headers": json.dumps(p.headers, ensure_ascii=False),
                "body": p.body,
            },
        )
    con.execute("BEGIN TRANSACTION")
    try:
        _insert(con, "raw.fetches", _FETCH_SCHEMA, fetch_rows)
        new_versions = 0
        if version_rows:
            batch = pa.Table.from_pylist(list(version_rows.values()), schema=_PAGE_SCHEMA)
            con.register("_gazette_pages", batch)
            try:
                # The primary key (url, content_hash) finds a version already kept without
                # scanning the table; the statement answers with the number of rows it inserted.
                new_versions = con.execute("INSERT OR IGNORE INTO raw.pages SELECT * FROM _gazette_pages").fetchone()[0]
            finally:
                con.unregister("_gazette_pages")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return CrawlLoadStats(
        fetches=len(fetch_rows),
        new_versions=new_versions,
        failed=sum(1 for p in pages if p.error is not None),
        not_modified=sum(1 for p in pages if p.not_modified),
    )


def known_pages(con: duckdb.DuckDBPyConnection) -> dict[str, dict[str, KnownPage]]:
    """Per source and URL, the validators of the last good exchange and the latest version's hash."""
    rows = con.execute(
        """
        WITH last_good AS (
            SELECT source_id, url, headers
            FROM raw.fetches
            WHERE error IS NULL AND (status = 200 OR not_modified)
            QUALIFY row_number() OVER (PARTITION BY url ORDER BY fetched_at DESC) = 1
        ),
        latest_version AS (
            SELECT url, content_hash
            FROM raw.pages
            QUALIFY row_number() OVER (PARTITION BY url ORDER BY fetched_at DESC) = 1
        )
        SELECT g.source_id, g.url,
               json_extract_string(g.headers, '$.etag') AS etag,
               json_extract_string(g.headers, '$.last-modified') AS last_modified,
               v.content_hash
        FROM last_good g LEFT JOIN latest_version v USING (url)
        """
    ).fetchall()
    known: dict[str, dict[str, KnownPage]] = {}
    for source_id, url, etag, last_modified, content_hash in rows:
        known.setdefault(source_id, {})[url] = KnownPage(url, etag, last_modified, content_hash)
    return known


# --------------------------------------------------------------------------- parse layer


@dataclass(frozen=True)
class StoredPage:
    url: str
    source_id: str
    content_hash: str
    headers: dict[str, str]
    body: bytes


def _fetch_in_batches(con: duckdb.DuckDBPyConnection, keys: list[str], query: str, batch_size: int) -> Iterator[list[tuple]]:
    """Run `query` (which joins `_gazette_keys(key)`) over keys a batch at a time.

    Each batch's rows are fetched whole before they are yielded, so the caller may write through
    the same connection between batches (DuckDB drops a pending result on the next query).
    """
    for offset in range(0, len(keys), batch_size):
        chunk = pa.table({"key": pa.array(keys[offset : offset + batch_size], pa.string())})
        con.register("_gazette_keys", chunk)
        try:
            rows = con.execute(query).fetchall()
        finally:
            con.unregister("_gazette_keys")
        yield rows


def pages_to_parse(con: duckdb.DuckDBPyConnection, parser_version: str, batch_size: int = 500) -> Iterator[list[StoredPage]]:
    """The latest version of every article page whose parse is missing or stale, in batches."""
    stale = con.execute(
        """
        WITH latest AS (
            SELECT url, content_hash
            FROM raw.pages
            WHERE kind = 'article'
            QUALIFY row_number() OVER (PARTITION BY url ORDER BY fetched_at DESC) = 1
        )
        SELECT l.url || ' ' || l.content_hash
        FROM latest l
        LEFT JOIN core.documents d ON d.url = l.url
        WHERE d.url IS NULL OR d.content_hash <> l.content_hash OR d.parser_version <> ?
        ORDER BY l.url
        """,
        [parser_version],
    ).fetchall()
    query = """
        SELECT p.url, p.source_id, p.content_hash, p.headers, p.body
        FROM raw.pages p JOIN _gazette_keys k ON k.key = p.url || ' ' || p.content_hash
        ORDER BY p.url
    """
    for rows in _fetch_in_batches(con, [key for (key,) in stale], query, batch_size):
        yield [
            StoredPage(url, source_id, content_hash, json.loads(headers) if headers else {}, bytes(body))
            for url, source_id, content_hash, headers, body in rows
        ]


_DOCUMENT_SCHEMA = pa.schema(
    [
        ("document_id", pa.string()),
        ("url", pa.string()),
        ("source_id", pa.string()),
        ("content_hash", pa.string()),
        ("parser_version", pa.string()),
        ("parsed_at", pa.timestamp("us")),
        ("title", pa.string()),
        ("notice_title", pa.string()),
        ("index_no", pa.string()),
        ("doc_no", pa.string()),
        ("pub_date", pa.date32()),
        ("pub_date_raw", pa.string()),
        ("written_date", pa.date32()),
        ("publisher", pa.string()),
        ("site_name", pa.string()),
        ("site_id_code", pa.string()),
        ("column_name", pa.string()),
        ("topic", pa.string()),
        ("plan_year", pa.int32()),
        ("doc_kind", pa.string()),
        ("encoding", pa.string()),
        ("body", pa.string()),
        ("metadata_sources", pa.string()),
    ]
)
_PART_SCHEMA = pa.schema(
    [
        ("part_id", pa.string()),
        ("document_id", pa.string()),
        ("ordinal", pa.int32()),
        ("kind", pa.string()),
        ("path", pa.string()),
        ("section_no", pa.int32()),
        ("section_heading", pa.string()),
        ("item_no", pa.int32()),
        ("item_marker", pa.string()),
        ("sub_no", pa.int32()),
        ("title", pa.string()),
        ("text", pa.string()),
        ("start_offset", pa.int32()),
        ("end_offset", pa.int32()),
    ]
)
_QUALITY_SCHEMA = pa.schema(
    [
        ("document_id", pa.string()),
        ("source_id", pa.string()),
        ("numbering_scheme", pa.string()),
        ("item_count", pa.int32()),
        ("issue_count", pa.int32()),
        ("quality", pa.string()),
    ]
)


def quality_issue_count(quality: dict) -> int:
    """Problems a reader should look at: every non-empty list or true flag that names a defect."""
    count = 0
    for key, value in quality.items():
        if key in ("numbering_scheme", "encoding", "item_count", "section_count"):
            continue
        if isinstance(value, list):
            count += len(value)
        elif value is True:
            count += 1
        elif isinstance(value, int) and not isinstance(value, bool) and key.endswith(("_chars", "_count")) and value > 0:
            count += 1
    return count


def replace_documents(
    con: duckdb.DuckDBPyConnection,
    parsed: Sequence[tuple[StoredPage, ParsedDocument]],
    parser_version: str,
    parsed_at: dt.datetime,
) -> int:
    """Delete-then-insert the documents, parts and parse-quality rows of these pages."""
    doc_rows, part_rows, quality_rows = [], [], []
    for page, doc in parsed:
        document_id = document_id_for(page.url)
        doc_rows.append(
            {
                "document_id": document_id,
                "url": page.url,
                "source_id": page.source_id,
                "content_hash": page.content_hash,
                "parser_version": parser_version,
                "parsed_at": _utc_naive(parsed_at),
                "title": doc.title,
                "notice_title": doc.notice_title,
                "index_no": doc.index_no,
                "doc_no": doc.doc_no,
                "pub_date": doc.pub_date,
                "pub_date_raw": doc.pub_date_raw,
                "written_date": doc.written_date,
                "publisher": doc.publisher,
                "site_name": doc.site_name,
                "site_id_code": doc.site_id_code,
                "column_name": doc.column_name,
                "topic": doc.topic,
                "plan_year": doc.plan_year,
                "doc_kind": doc.doc_kind,
                "encoding": doc.encoding,
                "body": doc.body,
                "metadata_sources": json.dumps(doc.metadata_sources, ensure_ascii=False),
            }
        )
        for ordinal, part in enumerate(doc.parts):
            part_rows.append(
                {
                    "part_id": f"{document_id}:{part.path}",
                    "document_id": document_id,
                    "ordinal": ordinal,
                    "kind": part.kind,
                    "path": part.path,
                    "section_no": part.section_no,
                    "section_heading": part.section_heading,
                    "item_no": part.item_no,
                    "item_marker": part.item_marker,
                    "sub_no": part.sub_no,
                    "title": part.title,
                    "text": part.text,
                    "start_offset": part.start,
                    "end_offset": part.end,
                }
            )
        quality_rows.append(
            {
                "document_id": document_id,
                "source_id": page.source_id,
                "numbering_scheme": doc.quality.get("numbering_scheme"),
                "item_count": sum(1 for p in doc.parts if p.kind == "item"),
                "issue_count": quality_issue_count(doc.quality),
                "quality": json.dumps(doc.quality, ensure_ascii=False, default=str),
            }
        )
    ids = [row["document_id"] for row in doc_rows]
    con.execute("BEGIN TRANSACTION")
    try:
        _delete_documents(con, ["core.documents", "core.parts", "core.parse_quality"], ids)
        _insert(con, "core.documents", _DOCUMENT_SCHEMA, doc_rows)
        _insert(con, "core.parts", _PART_SCHEMA, part_rows)
        _insert(con, "core.parse_quality", _QUALITY_SCHEMA, quality_rows)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return len(doc_rows)


# --------------------------------------------------------------------------- enrichment layer


def documents_to_enrich(con: duckdb.DuckDBPyConnection, enrich_version: str, batch_size: int = 200) -> Iterator[list[DocumentToEnrich]]:
    """Documents whose enrichment is missing or was made from an older parse or enricher."""
    stale = con.execute(
        """
        SELECT d.document_id
        FROM core.documents d LEFT JOIN core.enrichment_state s USING (document_id)
        WHERE s.document_id IS NULL OR s.parsed_at <> d.parsed_at OR s.enrich_version <> ?
        ORDER BY d.document_id
        """,
        [enrich_version],
    ).fetchall()
    query = """
        SELECT d.document_id, d.source_id, d.parsed_at, d.title, d.publisher, d.site_name,
               d.site_id_code, d.index_no, d.doc_kind, left(d.body, 400),
               list({'part_id': p.part_id, 'kind': p.kind, 'title': p.title, 'text': p.text,
                     'section_heading': p.section_heading} ORDER BY p.ordinal)
                   FILTER (WHERE p.part_id IS NOT NULL)
        FROM core.documents d
        JOIN _gazette_keys k ON k.key = d.document_id
        LEFT JOIN core.parts p USING (document_id)
        GROUP BY ALL
        ORDER BY d.document_id
    """
    for rows in _fetch_in_batches(con, [key for (key,) in stale], query, batch_size):
        yield [DocumentToEnrich(*row[:10], parts=row[10] or []) for row in rows]


_TARGET_SCHEMA = pa.schema(
    [
        ("target_id", pa.string()),
        ("part_id", pa.string()),
        ("document_id", pa.string()),
        ("span", pa.string()),
        ("start_offset", pa.int32()),
        ("end_offset", pa.int32()),
        ("value", pa.float64()),
        ("value_max", pa.float64()),
        ("unit", pa.string()),
        ("unit_normalized", pa.string()),
        ("scale", pa.float64()),
        ("comparator", pa.string()),
        ("subject", pa.string()),
        ("hedged", pa.bool_()),
        ("status", pa.string()),
        ("deadline", pa.string()),
    ]
)
_THEME_SCHEMA = pa.schema(
    [
        ("part_id", pa.string()),
        ("document_id", pa.string()),
        ("theme_code", pa.string()),
        ("score", pa.float64()),
        ("is_primary", pa.bool_()),
        ("low_confidence", pa.bool_()),
        ("evidence", pa.list_(pa.string())),
    ]
)
_KEYWORD_SCHEMA = pa.schema(
    [("part_id", pa.string()), ("document_id", pa.string()), ("keywords", pa.list_(pa.string()))]
)
_REGION_SCHEMA = pa.schema(
    [
        ("document_id", pa.string()),
        ("region_code", pa.string()),
        ("method", pa.string()),
        ("confidence", pa.float64()),
        ("ambiguous", pa.bool_()),
        ("candidates", pa.list_(pa.string())),
        ("uscc", pa.string()),
        ("uscc_valid", pa.bool_()),
        ("uscc_division", pa.string()),
    ]
)
_STATE_SCHEMA = pa.schema(
    [("document_id", pa.string()), ("parsed_at", pa.timestamp("us")), ("enrich_version", pa.string())]
)


def replace_enrichment(con: duckdb.DuckDBPyConnection, enriched: Sequence[DocumentEnrichment], enrich_version: str) -> dict[str, int]:
    """Delete-then-insert targets, themes, keywords and regions of these documents."""
    target_rows, theme_rows, keyword_rows, region_rows, state_rows = [], [], [], [], []
    for e in enriched:
        doc_id = e.document.document_id
        for part_id, targets in e.targets.items():
            for ordinal, t in enumerate(targets):
                target_rows.append(
                    {
                        "target_id": f"{part_id}:{ordinal}",
                        "part_id": part_id,
                        "document_id": doc_id,
                        "span": t.span,
                        "start_offset": t.start,
                        "end_offset": t.end,
                        "value": t.value,
                        "value_max": t.value_max,
                        "unit": t.unit,
                        "unit_normalized": t.unit_normalized,
                        "scale": t.scale,
                        "comparator": t.comparator,
                        "subject": t.subject,
                        "hedged": t.hedged,
                        "status": t.status,
                        "deadline": t.deadline,
                    }
                )
        for part_id, a in e.themes.items():
            for code in dict.fromkeys([a.primary_theme, *a.secondary_themes]):
                theme_rows.append(
                    {
                        "part_id": part_id,
                        "document_id": doc_id,
                        "theme_code": code,
                        "score": float(a.scores.get(code, a.primary_score if code == a.primary_theme else 0.0)),
                        "is_primary": code == a.primary_theme,
                        "low_confidence": a.low_confidence,
                        "evidence": list(a.evidence.get(code, [])),
                    }
                )
        for part_id, words in e.keywords.items():
            keyword_rows.append({"part_id": part_id, "document_id": doc_id, "keywords": list(words)})
        r = e.region
        region_rows.append(
            {
                "document_id": doc_id,
                "region_code": r.region_code or UNKNOWN_REGION_CODE,
                "method": r.method,
                "confidence": float(r.confidence),
                "ambiguous": r.ambiguous,
                "candidates": list(r.candidates),
                "uscc": r.uscc,
                "uscc_valid": r.uscc_valid,
                "uscc_division": r.uscc_division,
            }
        )
        state_rows.append({"document_id": doc_id, "parsed_at": e.document.parsed_at, "enrich_version": enrich_version})
    ids = [row["document_id"] for row in state_rows]
    con.execute("BEGIN TRANSACTION")
    try:
        _delete_documents(
            con,
            ["core.targets", "core.item_themes", "core.item_keywords", "core.document_regions", "core.enrichment_state"],
            ids,
        )
        counts = {
            "targets": _insert(con, "core.targets", _TARGET_SCHEMA, target_rows),
            "item_themes": _insert(con, "core.item_themes", _THEME_SCHEMA, theme_rows),
            "item_keywords": _insert(con, "core.item_keywords", _KEYWORD_SCHEMA, keyword_rows),
            "document_regions": _insert(con, "core.document_regions", _REGION_SCHEMA, region_rows),
        }
        _insert(con, "core.enrichment_state", _STATE_SCHEMA, state_rows)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return counts


# --------------------------------------------------------------------------- reference tables


def replace_reference_table(con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[dict]) -> int:
    """Replace a small lookup table (divisions, units) whole, in one transaction."""
    if table not in ("core.divisions", "core.units"):
        raise ValueError(f"not a reference table: {table}")
    columns = [c[0] for c in con.execute(f"SELECT * FROM {table} LIMIT 0").description]
    schema = pa.schema([(c, pa.string()) for c in columns])
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(f"DELETE FROM {table}")
        count = _insert(con, table, schema, [{c: row.get(c) for c in columns} for row in rows])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return count
