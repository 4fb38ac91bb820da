"""The dbt project as Dagster sees it, in a module of its own (dagster-dbt's packaging needs it)."""

from __future__ import annotations

import os
from pathlib import Path

from dagster_dbt import DbtProject

from warehouse.config import warehouse_path

DBT_PROJECT_DIR = Path(__file__).resolve().parent.parent / "dbt_project"

# dbt reads the warehouse path from the same variable as the Python stages; resolve the default
# here, once, so that dbt (a subprocess) and Python always write the same file.
os.environ["GAZETTE_WAREHOUSE"] = str(warehouse_path())
os.environ.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "false")

dbt_project = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)
# Under `dagster dev` the manifest is rebuilt on load; everywhere else `make manifest` (run by
# the sample and test targets) prepares it once, not in every step process.
dbt_project.prepare_if_dev()
