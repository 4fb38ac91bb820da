"""The Dagster code location: `dagster dev` (via workspace.yaml) and `dagster job execute` load `defs`."""

from __future__ import annotations

from dagster import Definitions, multiprocess_executor

from orchestration.assets.dbt import gazette_dbt_models
from orchestration.assets.enrich import enriched_items
from orchestration.assets.ingest import crawled_pages
from orchestration.assets.parse import parsed_documents
from orchestration.assets.publish import published_marts
from orchestration.assets.reference import reference_tables
from orchestration.jobs import nightly
from orchestration.resources import build_resources
from orchestration.schedules import nightly_schedule

# The default (multiprocess) executor, with at most one DuckDB-writing step at a time: DuckDB
# allows one writing process per file, and a second one fails on the file lock.
executor = multiprocess_executor.configured(
    {"tag_concurrency_limits": [{"key": "gazette/duckdb", "value": "writer", "limit": 1}]}
)

defs = Definitions(
    assets=[crawled_pages, parsed_documents, reference_tables, enriched_items, gazette_dbt_models, published_marts],
    jobs=[nightly],
    schedules=[nightly_schedule],
    resources=build_resources(),
    executor=executor,
)
