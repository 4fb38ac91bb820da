"""Publish: a read-only snapshot and Parquet files of the marts, for BI tools."""

from pathlib import Path

from dagster import AssetKey, MaterializeResult, asset
from dagster_duckdb import DuckDBResource

from orchestration.assets.common import DUCKDB_WRITER_TAGS, markdown_table
from orchestration.resources import GazetteSettings
from warehouse.publish import publish_marts

MART_MODELS = (
    "dim_documents", "fct_items", "mart_targets", "mart_themes", "mart_regions",
    "bridge_item_themes", "fct_page_versions", "mart_source_health", "mart_parse_quality",
)


@asset(
    group_name="publish",
    deps=[AssetKey(name) for name in MART_MODELS],
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
