"""A read-only copy of the marts for BI tools, so that readers never hold the writer's file.

DuckDB lets one process write a file, and a BI tool that keeps the warehouse open would block the
nightly run. So after the marts build we write a separate snapshot file and one Parquet file per
mart, each first under a temporary name and then moved into place with an atomic rename: a
reader sees the old copy or the new one, never half of one.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import duckdb

PUBLISHED_SCHEMAS = ("marts",)
SNAPSHOT_NAME = "gazette.duckdb"


@dataclass(frozen=True)
class Published:
    snapshot: Path
    parquet_files: dict[str, Path]
    row_counts: dict[str, int]


def _sql_literal(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def publish_marts(con: duckdb.DuckDBPyConnection, target_dir: Path) -> Published:
    """Copy every table of the published schemas into a snapshot DuckDB file and Parquet files."""
    target_dir.mkdir(parents=True, exist_ok=True)
    parquet_dir = target_dir / "parquet"
    parquet_dir.mkdir(exist_ok=True)
    tables = con.execute(
        "SELECT table_schema, table_name FROM information_schema.tables "
        "WHERE table_catalog = current_database() AND table_schema IN (SELECT unnest(?)) ORDER BY 1, 2",
        [list(PUBLISHED_SCHEMAS)],
    ).fetchall()

    snapshot = target_dir / SNAPSHOT_NAME
    staging = target_dir / f".{SNAPSHOT_NAME}.{os.getpid()}.tmp"
    staging.unlink(missing_ok=True)
    con.execute(f"ATTACH {_sql_literal(staging)} AS published_snapshot")
    row_counts: dict[str, int] = {}
    try:
        for schema in PUBLISHED_SCHEMAS:
            con.execute(f'CREATE SCHEMA IF NOT EXISTS published_snapshot."{schema}"')
        for schema, table in tables:
            con.execute(f'CREATE TABLE published_snapshot."{schema}"."{table}" AS SELECT * FROM "{schema}"."{table}"')
            row_counts[f"{schema}.{table}"] = con.execute(f'SELECT count(*) FROM "{schema}"."{table}"').fetchone()[0]
    finally:
        con.execute("DETACH published_snapshot")
    os.replace(staging, snapshot)

    parquet_files: dict[str, Path] = {}
    for schema, table in tables:
        final = parquet_dir / f"{table}.parquet"
        tmp = parquet_dir / f".{table}.parquet.tmp"
        con.execute(f'COPY "{schema}"."{table}" TO {_sql_literal(tmp)} (FORMAT parquet)')
        os.replace(tmp, final)
        parquet_files[f"{schema}.{table}"] = final
    return Published(snapshot=snapshot, parquet_files=parquet_files, row_counts=row_counts)
