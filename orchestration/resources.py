"""Resources: the DuckDB warehouse, dbt, and the pipeline's own settings."""

from __future__ import annotations

from dagster import ConfigurableResource, StaticPartitionsDefinition
from dagster_dbt import DbtCliResource
from dagster_duckdb import DuckDBResource

from orchestration.project import dbt_project
from scrapers.crawl import CrawlSettings
from scrapers.models import Source
from scrapers.sources import load_sources
from warehouse.config import published_dir, sources_path, warehouse_path


DUCKDB_MEMORY_LIMIT = "256MB"


class GazetteSettings(ConfigurableResource):
    """Where the sources file is, and crawl overrides (the benchmark sets delays to zero)."""

    sources_file: str
    publish_dir: str
    min_delay_seconds: float | None = None
    max_concurrency: int | None = None

    def sources(self) -> list[Source]:
        return load_sources(self.sources_file)

    def crawl_settings(self) -> CrawlSettings:
        return CrawlSettings(min_delay_seconds=self.min_delay_seconds, max_concurrency=self.max_concurrency)


def build_resources() -> dict[str, object]:
    warehouse = warehouse_path()
    warehouse.parent.mkdir(parents=True, exist_ok=True)  # DuckDB creates the file, not its folder
    return {
        # DuckDB caches up to 80% of RAM by default; the nightly run shares the machine with its
        # own worker processes and with dbt, so each connection keeps a modest buffer.
        "duckdb": DuckDBResource(database=str(warehouse), connection_config={"memory_limit": DUCKDB_MEMORY_LIMIT}),
        "dbt": DbtCliResource(project_dir=dbt_project),
        "gazette": GazetteSettings(sources_file=str(sources_path()), publish_dir=str(published_dir())),
    }


# One partition per source of the sources file, so that one source can be re-run or backfilled
# alone. Read when the code location loads: a malformed file stops it there, naming the key.
source_partitions = StaticPartitionsDefinition([source.id for source in load_sources(sources_path())])
