"""Dagster wiring: source partitions, the schedule, and a malformed sources file at start."""

from __future__ import annotations

import os
import subprocess
import sys

from dagster import DagsterInstance, build_schedule_context, materialize

from tests.conftest import REPO_ROOT, query


def test_schedule_runs_every_source_in_one_run():
    from orchestration.definitions import defs

    schedule = defs.resolve_schedule_def("nightly_at_two")
    (request,) = schedule.evaluate_tick(build_schedule_context(instance=DagsterInstance.ephemeral())).run_requests
    assert request.tags["dagster/asset_partition_range_start"] == "zibo"
    assert request.tags["dagster/asset_partition_range_end"] == "binhai"


def test_one_source_can_be_crawled_alone(tmp_path, monkeypatch):
    from orchestration.assets.ingest import crawled_pages
    from orchestration.resources import build_resources

    warehouse = tmp_path / "gazette.duckdb"
    monkeypatch.setenv("GAZETTE_WAREHOUSE", str(warehouse))
    result = materialize([crawled_pages], partition_key="zhuanglang", resources=build_resources())

    assert result.success
    fetched = query(warehouse, "SELECT source_id, kind, count(*) FROM raw.fetches GROUP BY ALL ORDER BY ALL")
    assert fetched == [("zhuanglang", "article", 2), ("zhuanglang", "listing", 2)]
    materialized = sorted(
        (event.asset_key.to_user_string(), event.partition)
        for event in (e.event_specific_data.materialization for e in result.get_asset_materialization_events())
    )
    assert materialized == [("raw_fetches", "zhuanglang"), ("raw_pages", "zhuanglang")]


def test_a_malformed_sources_file_stops_the_code_location_naming_source_and_key(tmp_path):
    bad = tmp_path / "sources.yaml"
    bad.write_text(
        "sources:\n  - id: zibo\n    name: 淄博市教育局\n    start_urls: ['https://jyj.zibo.gov.cn/xxgk/index.html']\n"
        "    article_pattern: '/art/[unclosed'\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-c", "import orchestration.definitions"],
        cwd=REPO_ROOT, env={**os.environ, "GAZETTE_SOURCES": str(bad)}, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode != 0
    assert "SourcesConfigError: source 'zibo': key 'article_pattern'" in result.stderr
