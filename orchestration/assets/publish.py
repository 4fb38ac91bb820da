"""Publish: a read-only snapshot and Parquet files of the marts, for BI tools."""

from pathlib import Path

from dagster import MaterializeResult, asset
from dagster_duckdb import DuckDBResource

from orchestration.assets.common import DUCKDB_WRITER_TAGS, markdown_table
from orchestration.assets.dbt import gazette_dbt_models
from orchestration.resources import GazetteSettings
from warehouse.publish import publish_marts

# Every dbt model in the marts schema (their asset keys are ["marts", model]).
MART_KEYS = [key for key in gazette_dbt_models.keys if key.path[0] == "marts"]


@asset(
    group_name="publish",
    deps=MART_KEYS,
    op_tags=DUCKDB_WRITER_TAGS,
    description="published/gazette.duckdb and published/parquet/*.parquet: copies of the marts, "
    "swapped in atomically, that BI tools read without ever blocking the nightly writer.",
)
def published_marts(duckdb: DuckDBResource, gazette: GazetteSettings) -> MaterializeResult:
    with duckdb.get_connection() as con:
        published = publish_marts(con, Path(gazette.publish_dir))
    return MaterializeResult(
        metadata={
            "snapshot": str(published.snapshot),
            "parquet_dir": str(published.snapshot.parent / "parquet"),
            "tables": markdown_table(["table", "rows"], sorted(published.row_counts.items())),
        }
    )
