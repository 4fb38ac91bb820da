"""The warehouse layer on its own: versioned raw pages, idempotent loads, publishing."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import duckdb
import pytest

from scrapers.models import FetchedPage, ParsedDocument, Part
from warehouse.load import (
    document_id_for,
    known_pages,
    pages_to_parse,
    quality_issue_count,
    replace_documents,
    store_crawl,
)
from warehouse.publish import publish_marts
from warehouse.schema import ensure_schema

T0 = dt.datetime(2026, 11, 1, 2, 0, tzinfo=dt.timezone.utc)


def fetched(url: str, body: bytes | None, *, at: dt.datetime = T0, status: int = 200, etag: str | None = None,
            not_modified: bool = False, error: str | None = None, kind: str = "article") -> FetchedPage:
    headers = {"content-type": "text/html; charset=utf-8"}
    if etag:
        headers["etag"] = etag
    return FetchedPage(
        source_id="zibo", url=url, kind=kind, fetched_at=at, status=status, headers=headers, body=body,
        content_hash=hashlib.sha256(body).hexdigest() if body is not None else None,
        not_modified=not_modified, error=error,
    )


@pytest.fixture()
def con(tmp_path):
    connection = duckdb.connect(str(tmp_path / "w.duckdb"))
    ensure_schema(connection)
    yield connection
    connection.close()


def test_a_changed_page_adds_a_version_and_keeps_the_old_one(con):
    url = "https://jyj.example.gov.cn/art/1.html"
    store_crawl(con, "run1", [fetched(url, b"<p>v1</p>", etag='"a"')])
    store_crawl(con, "run2", [fetched(url, b"<p>v1</p>", at=T0 + dt.timedelta(days=1), etag='"a"')])
    stats = store_crawl(con, "run3", [fetched(url, b"<p>v2</p>", at=T0 + dt.timedelta(days=2), etag='"b"')])

    assert stats.new_versions == 1
    versions = con.execute("SELECT body FROM raw.pages WHERE url = ? ORDER BY fetched_at", [url]).fetchall()
    assert [bytes(b) for (b,) in versions] == [b"<p>v1</p>", b"<p>v2</p>"]
    assert con.execute("SELECT count(*) FROM raw.fetches").fetchone()[0] == 3


def test_not_modified_and_failed_fetches_are_logged_but_store_no_version(con):
    url = "https://jyj.example.gov.cn/art/1.html"
    store_crawl(con, "run1", [fetched(url, b"<p>v1</p>", etag='"a"')])
    stats = store_crawl(
        con,
        "run2",
        [
            fetched(url, None, at=T0 + dt.timedelta(days=1), status=304, not_modified=True, etag='"a"'),
            fetched("https://jyj.example.gov.cn/art/2.html", None, status=500, error="http 500"),
        ],
    )
    assert (stats.fetches, stats.new_versions, stats.not_modified, stats.failed) == (2, 0, 1, 1)
    assert con.execute("SELECT count(*) FROM raw.pages").fetchone()[0] == 1
    assert con.execute("SELECT error FROM raw.fetches WHERE status = 500").fetchall() == [("http 500",)]


def test_known_pages_carry_the_last_validators_and_latest_hash(con):
    url = "https://jyj.example.gov.cn/art/1.html"
    store_crawl(con, "run1", [fetched(url, b"<p>v1</p>", etag='"a"')])
    store_crawl(con, "run2", [fetched(url, b"<p>v2</p>", at=T0 + dt.timedelta(days=1), etag='"b"')])
    store_crawl(con, "run3", [fetched(url, None, at=T0 + dt.timedelta(days=2), status=503, error="http 503")])

    known = known_pages(con)
    page = known["zibo"][url]
    assert (page.etag, page.content_hash) == ('"b"', hashlib.sha256(b"<p>v2</p>").hexdigest())


def _parsed(url: str, title: str, items: int) -> ParsedDocument:
    parts, body, offset = [], "", 0
    for n in range(1, items + 1):
        text = f"{n}.第{n}项工作。"
        parts.append(Part(kind="item", path=str(n), start=offset, end=offset + len(text), text=text,
                          title=f"第{n}项工作", section_no=1, section_heading="一、总体", item_no=n, item_marker=f"{n}."))
        body += text
        offset += len(text)
    return ParsedDocument(
        url=url, title=title, notice_title=None, index_no=None, doc_no=None, pub_date=dt.date(2022, 12, 1),
        pub_date_raw="2022-12-01", written_date=None, publisher="淄博市教育局", site_name=None, site_id_code=None,
        column_name=None, topic=None, plan_year=2022, doc_kind="plan", encoding="utf-8", body=body, parts=parts,
        quality={"numbering_scheme": "through", "skipped_numbers": [], "missing_fields": ["doc_no"]},
    )


def test_parsing_is_replaced_not_duplicated_and_only_stale_pages_are_reparsed(con):
    url = "https://jyj.example.gov.cn/art/1.html"
    store_crawl(con, "run1", [fetched(url, b"<p>v1</p>")])
    (batch,) = list(pages_to_parse(con, "p1"))
    assert [p.url for p in batch] == [url]

    replace_documents(con, [(batch[0], _parsed(url, "旧标题", 3))], "p1", T0)
    assert list(pages_to_parse(con, "p1")) == []  # nothing stale
    assert [p.url for b in pages_to_parse(con, "p2") for p in b] == [url]  # a new parser reparses

    replace_documents(con, [(batch[0], _parsed(url, "新标题", 2))], "p2", T0)
    assert con.execute("SELECT title, parser_version FROM core.documents").fetchall() == [("新标题", "p2")]
    assert con.execute("SELECT count(*) FROM core.parts").fetchone()[0] == 2
    assert con.execute("SELECT document_id, issue_count FROM core.parse_quality").fetchall() == [(document_id_for(url), 1)]


def test_quality_issue_count_counts_listed_defects_not_descriptions():
    assert quality_issue_count({"numbering_scheme": "through", "skipped_numbers": [4, 5], "repeated_numbers": [],
                                "leftover_chars": 12, "pub_date_unreadable": True, "encoding": "gb18030"}) == 4


def test_publish_writes_a_snapshot_and_parquet_readers_can_open_while_the_writer_is_open(con, tmp_path):
    con.execute("CREATE SCHEMA marts; CREATE TABLE marts.dim_documents AS SELECT 1 AS document_id, '标题' AS title")
    published = publish_marts(con, tmp_path / "published")

    reader = duckdb.connect(str(published.snapshot), read_only=True)  # the writer's file stays open
    assert reader.execute("SELECT document_id, title FROM marts.dim_documents").fetchall() == [(1, "标题")]
    reader.close()
    rows = duckdb.sql(f"SELECT title FROM '{published.parquet_files['marts.dim_documents']}'").fetchall()
    assert rows == [("标题",)]
    assert published.row_counts == {"marts.dim_documents": 1}

    # Publishing again replaces the copy in place, and leaves no temporary files behind.
    con.execute("INSERT INTO marts.dim_documents VALUES (2, '第二')")
    publish_marts(con, tmp_path / "published")
    reader = duckdb.connect(str(published.snapshot), read_only=True)
    assert reader.execute("SELECT count(*) FROM marts.dim_documents").fetchone()[0] == 2
    reader.close()
    leftovers = [p.name for p in (tmp_path / "published").rglob("*") if p.name.startswith(".")]
    assert leftovers == []
