"""The nightly job as the schedule and the README run it: `dagster job execute`, default executor."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from dagster import DagsterEventType, DagsterInstance

from tests.conftest import REPO_ROOT, SAMPLE_SOURCES, query


def test_nightly_cli_run_never_overlaps_two_warehouse_writers(tmp_path):
    dagster_home = tmp_path / "dagster_home"
    dagster_home.mkdir()
    shutil.copy(REPO_ROOT / "orchestration" / "dagster.yaml", dagster_home / "dagster.yaml")
    warehouse = tmp_path / "gazette.duckdb"
    env = {
        **os.environ,
        "DAGSTER_HOME": str(dagster_home),
        "GAZETTE_WAREHOUSE": str(warehouse),
        "GAZETTE_SOURCES": str(SAMPLE_SOURCES),
    }
    result = subprocess.run(
        [sys.executable, "-m", "dagster", "job", "execute", "-m", "orchestration.definitions", "-j", "nightly"],
        cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=900,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]

    instance = DagsterInstance.from_config(str(dagster_home))
    (run,) = instance.get_runs()
    starts, ends, pids = {}, {}, set()
    for record in instance.all_logs(run.run_id):
        event = record.dagster_event
        if event is None or not event.step_key:
            continue
        if event.event_type == DagsterEventType.STEP_START:
            starts[event.step_key] = record.timestamp
            pids.add(event.pid)
        elif event.event_type in (DagsterEventType.STEP_SUCCESS, DagsterEventType.STEP_FAILURE):
            ends[event.step_key] = record.timestamp

    assert set(starts) == {
        "crawled_pages", "parsed_documents", "reference_tables", "enriched_items", "gazette_dbt_models", "published_marts",
    }
    assert len(pids) == len(starts)  # each step ran in its own process: the default multiprocess executor
    intervals = sorted((starts[step], ends[step], step) for step in starts)
    for (_, first_end, first), (second_start, _, second) in zip(intervals, intervals[1:]):
        assert first_end <= second_start, f"{first} and {second} wrote the warehouse at the same time"

    assert query(warehouse, "SELECT count(*) FROM marts.dim_documents") == [(6,)]
