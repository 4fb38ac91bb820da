"""The dbt models as Dagster assets, grouped by their dbt folder (staging, intermediate, marts)."""

from collections.abc import Mapping
from typing import Any

from dagster import AssetExecutionContext
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, dbt_assets

from orchestration.assets.common import DUCKDB_WRITER_TAGS
from orchestration.project import dbt_project


class GazetteDbtTranslator(DagsterDbtTranslator):
    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        if dbt_resource_props["resource_type"] == "seed":
            return "reference"
        fqn = dbt_resource_props.get("fqn", [])
        # fqn is [project, folder, ..., model]; the folder is the layer.
        return fqn[1] if len(fqn) > 2 else "dbt"


@dbt_assets(
    manifest=dbt_project.manifest_path,
    dagster_dbt_translator=GazetteDbtTranslator(),
    op_tags=DUCKDB_WRITER_TAGS,
)
def gazette_dbt_models(context: AssetExecutionContext, dbt: DbtCliResource):
    yield from dbt.cli(["build"], context=context).stream()
