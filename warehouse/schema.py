"""The warehouse's Python-written tables: the raw layer (what sites sent) and the core layer
(what the Python stages made of it). dbt builds everything else on top, in its own schemas.

Keys are derived from content (URL, content hash, part path), so every load can delete the rows
of the documents it touches and insert them again: reruns replace, never duplicate.
"""

from __future__ import annotations

import duckdb

DDL = """
CREATE SCHEMA IF NOT EXISTS raw;
CREATE SCHEMA IF NOT EXISTS core;

-- Every HTTP exchange, successful or not: the crawl's log and the base of freshness checks.
CREATE TABLE IF NOT EXISTS raw.fetches (
    run_id          VARCHAR NOT NULL,
    source_id       VARCHAR NOT NULL,
    url             VARCHAR NOT NULL,
    kind            VARCHAR NOT NULL,      -- listing | article | attachment | robots
    fetched_at      TIMESTAMP NOT NULL,    -- UTC
    status          INTEGER,
    not_modified    BOOLEAN NOT NULL,
    error           VARCHAR,               -- reason of a failed fetch, NULL when it succeeded
    content_hash    VARCHAR,               -- sha256 of the body received (NULL on 304 / failure)
    final_url       VARCHAR,
    headers         JSON
);

-- One row per distinct version of a page: a changed page adds a row and never overwrites one.
CREATE TABLE IF NOT EXISTS raw.pages (
    url             VARCHAR NOT NULL,
    content_hash    VARCHAR NOT NULL,
    source_id       VARCHAR NOT NULL,
    kind            VARCHAR NOT NULL,
    fetched_at      TIMESTAMP NOT NULL,    -- first time this version was seen
    status          INTEGER NOT NULL,
    headers         JSON,
    body            BLOB NOT NULL,
    PRIMARY KEY (url, content_hash)
);

-- The parse of the latest version of each article page.
CREATE TABLE IF NOT EXISTS core.documents (
    document_id     VARCHAR PRIMARY KEY,
    url             VARCHAR NOT NULL,
    source_id       VARCHAR NOT NULL,
    content_hash    VARCHAR NOT NULL,
    parser_version  VARCHAR NOT NULL,
    parsed_at       TIMESTAMP NOT NULL,
    title           VARCHAR,
    notice_title    VARCHAR,
    index_no        VARCHAR,
    doc_no          VARCHAR,
    pub_date        DATE,
    pub_date_raw    VARCHAR,
    written_date    DATE,
    publisher       VARCHAR,
    site_name       VARCHAR,
    site_id_code    VARCHAR,
    column_name     VARCHAR,
    topic           VARCHAR,
    plan_year       INTEGER,
    doc_kind        VARCHAR NOT NULL,
    encoding        VARCHAR,
    body            VARCHAR NOT NULL,
    metadata_sources JSON
);

CREATE TABLE IF NOT EXISTS core.parts (
    part_id         VARCHAR PRIMARY KEY,   -- document_id || ':' || path
    document_id     VARCHAR NOT NULL,
    ordinal         INTEGER NOT NULL,
    kind            VARCHAR NOT NULL,
    path            VARCHAR NOT NULL,
    section_no      INTEGER,
    section_heading VARCHAR,
    item_no         INTEGER,
    item_marker     VARCHAR,
    sub_no          INTEGER,
    title           VARCHAR,
    text            VARCHAR NOT NULL,
    start_offset    INTEGER NOT NULL,
    end_offset      INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS core.parse_quality (
    document_id     VARCHAR PRIMARY KEY,
    source_id       VARCHAR NOT NULL,
    numbering_scheme VARCHAR,
    item_count      INTEGER NOT NULL,
    issue_count     INTEGER NOT NULL,      -- skipped + repeated numbers, leftovers, missing fields
    quality         JSON NOT NULL
);

-- Which parse each document's enrichment was computed from (enrichment is redone when it moves).
CREATE TABLE IF NOT EXISTS core.enrichment_state (
    document_id     VARCHAR PRIMARY KEY,
    parsed_at       TIMESTAMP NOT NULL,
    enrich_version  VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS core.targets (
    target_id       VARCHAR PRIMARY KEY,   -- part_id || ':' || ordinal
    part_id         VARCHAR NOT NULL,
    document_id     VARCHAR NOT NULL,
    span            VARCHAR NOT NULL,
    start_offset    INTEGER NOT NULL,
    end_offset      INTEGER NOT NULL,
    value           DOUBLE NOT NULL,
    value_max       DOUBLE,
    unit            VARCHAR,
    unit_normalized VARCHAR,
    scale           DOUBLE NOT NULL,
    comparator      VARCHAR,
    subject         VARCHAR,
    hedged          BOOLEAN NOT NULL,
    status          VARCHAR NOT NULL,
    deadline        VARCHAR
);

CREATE TABLE IF NOT EXISTS core.item_themes (
    part_id         VARCHAR NOT NULL,
    document_id     VARCHAR NOT NULL,
    theme_code      VARCHAR NOT NULL,
    score           DOUBLE NOT NULL,
    is_primary      BOOLEAN NOT NULL,
    low_confidence  BOOLEAN NOT NULL,
    evidence        VARCHAR[],
    PRIMARY KEY (part_id, theme_code)
);

CREATE TABLE IF NOT EXISTS core.item_keywords (
    part_id         VARCHAR PRIMARY KEY,
    document_id     VARCHAR NOT NULL,
    keywords        VARCHAR[]
);

CREATE TABLE IF NOT EXISTS core.document_regions (
    document_id     VARCHAR PRIMARY KEY,
    region_code     VARCHAR NOT NULL,      -- '000000' when unresolved
    method          VARCHAR NOT NULL,
    confidence      DOUBLE NOT NULL,
    ambiguous       BOOLEAN NOT NULL,
    candidates      VARCHAR[],
    uscc            VARCHAR,
    uscc_valid      BOOLEAN,
    uscc_division   VARCHAR
);

CREATE TABLE IF NOT EXISTS core.divisions (
    code            VARCHAR PRIMARY KEY,
    name            VARCHAR NOT NULL,
    level           VARCHAR NOT NULL,
    parent_code     VARCHAR,
    province_code   VARCHAR,
    province_name   VARCHAR,
    prefecture_code VARCHAR,
    prefecture_name VARCHAR
);

CREATE TABLE IF NOT EXISTS core.units (
    unit_normalized VARCHAR PRIMARY KEY,
    dimension       VARCHAR NOT NULL
);
"""


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create the raw and core tables if they are missing (idempotent)."""
    con.execute(DDL)
