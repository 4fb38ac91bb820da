"""Reference tables the enrichers own: the division table and the units of targets."""

from dagster import AssetSpec, MaterializeResult, multi_asset
from dagster_duckdb import DuckDBResource

from orchestration.assets.common import DUCKDB_WRITER_TAGS
from scrapers.enrich.regions import DivisionTable
from scrapers.enrich.targets import unit_rows
from warehouse.load import replace_reference_table
from warehouse.schema import ensure_schema


@multi_asset(
    specs=[
        AssetSpec("divisions", group_name="reference",
                  description="GB/T 2260 administrative divisions with their hierarchy, from a maintained package."),
        AssetSpec("units", group_name="reference",
                  description="The normalised units that targets may carry."),
    ],
    op_tags=DUCKDB_WRITER_TAGS,
)
def reference_tables(duckdb: DuckDBResource):
    division_rows = DivisionTable.load().rows()
    units = unit_rows()
    with duckdb.get_connection() as con:
        ensure_schema(con)
        division_count = replace_reference_table(con, "core.divisions", division_rows)
        unit_count = replace_reference_table(con, "core.units", units)
    levels = {}
    for row in division_rows:
        levels[row["level"]] = levels.get(row["level"], 0) + 1
    yield MaterializeResult(asset_key="divisions", metadata={"rows": division_count, **{f"level_{k}": v for k, v in levels.items()}})
    yield MaterializeResult(asset_key="units", metadata={"rows": unit_count})
