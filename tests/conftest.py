"""Shared fixtures: the real pipeline run once on the bundled sample into a temporary warehouse."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import duckdb
import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SAMPLE_SOURCES = REPO_ROOT / "scrapers" / "sample_site" / "sources.yaml"


@pytest.fixture(scope="session", autouse=True)
def dbt_manifest() -> Path:
    """dbt's manifest, as `make manifest` prepares it (the dbt assets are defined from it)."""
    manifest = REPO_ROOT / "dbt_project" / "target" / "manifest.json"
    subprocess.run(
        ["dbt", "parse", "--quiet", "--profiles-dir", "."],
        cwd=REPO_ROOT / "dbt_project",
        check=True,
        env={**os.environ, "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"},
    )
    return manifest


def run_pipeline(warehouse: Path, sources: Path = SAMPLE_SOURCES):
    """Run the real `nightly` job in-process against `warehouse` and `sources`."""
    from orchestration.definitions import defs
    from orchestration.resources import build_resources

    previous = {key: os.environ.get(key) for key in ("GAZETTE_WAREHOUSE", "GAZETTE_SOURCES")}
    os.environ["GAZETTE_WAREHOUSE"] = str(warehouse)
    os.environ["GAZETTE_SOURCES"] = str(sources)
    try:
        return defs.resolve_job_def("nightly").execute_in_process(resources=build_resources(), raise_on_error=True)
    finally:
        for key, value in previous.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@pytest.fixture(scope="session")
def sample_run(tmp_path_factory):
    """Two nightly runs on the bundled sample; the test reads the warehouse after each."""
    warehouse = tmp_path_factory.mktemp("warehouse") / "gazette.duckdb"
    first = run_pipeline(warehouse)
    first_snapshot = table_snapshot(warehouse)
    second = run_pipeline(warehouse)
    return {"warehouse": warehouse, "first": first, "second": second, "first_snapshot": first_snapshot}


def query(warehouse: Path, sql: str, params=None) -> list[tuple]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


STABLE_TABLES = {
    "raw.pages": "url, content_hash",
    "core.documents": "document_id, title, pub_date, plan_year, doc_kind, publisher",
    "core.parts": "part_id, kind, text",
    "core.targets": "target_id, span, value, unit_normalized, status",
    "core.item_themes": "part_id, theme_code, is_primary",
    "core.document_regions": "document_id, region_code",
    "marts.dim_documents": "document_id, title, region_code, item_count, target_count",
    "marts.fct_items": "item_id, primary_theme, target_count",
    "marts.mart_targets": "target_id, value, unit_normalized",
    "marts.mart_themes": "region_code, plan_year, theme_code, item_count, item_share",
    "marts.mart_regions": "region_code, document_count, item_count, target_count",
}


def table_snapshot(warehouse: Path) -> dict[str, list[tuple]]:
    """The rows that must not change when the same site is crawled again."""
    return {table: query(warehouse, f"SELECT {cols} FROM {table} ORDER BY ALL") for table, cols in STABLE_TABLES.items()}
