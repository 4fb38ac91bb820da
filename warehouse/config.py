"""Where the warehouse and its published copy live: the one place that reads the environment."""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_WAREHOUSE = REPO_ROOT / "data" / "gazette.duckdb"
DEFAULT_SOURCES = REPO_ROOT / "scrapers" / "sample_site" / "sources.yaml"


def warehouse_path() -> Path:
    """The DuckDB file that the pipeline writes (env GAZETTE_WAREHOUSE)."""
    return Path(os.environ.get("GAZETTE_WAREHOUSE") or DEFAULT_WAREHOUSE).resolve()


def sources_path() -> Path:
    """The sources YAML (env GAZETTE_SOURCES; default: the bundled sample site)."""
    return Path(os.environ.get("GAZETTE_SOURCES") or DEFAULT_SOURCES).resolve()


def published_dir() -> Path:
    """Read-only copies for BI tools: beside the warehouse, in `published/`."""
    return warehouse_path().parent / "published"
