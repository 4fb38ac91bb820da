"""Print what the warehouse holds, read from the published snapshot (never the writer's file)."""

from __future__ import annotations

import sys

import duckdb

from warehouse.config import published_dir
from warehouse.publish import SNAPSHOT_NAME

QUERIES = {
    "documents": "SELECT count(*) FROM marts.dim_documents",
    "items (numbered)": "SELECT count(*) FROM marts.fct_items WHERE part_kind = 'item'",
    "parts (all rows of fct_items)": "SELECT count(*) FROM marts.fct_items",
    "targets": "SELECT count(*) FROM marts.mart_targets",
    "themes used (primary)": "SELECT count(DISTINCT primary_theme) FROM marts.fct_items",
    "regions": "SELECT count(*) FROM marts.mart_regions WHERE region_code <> '000000'",
}


def main() -> int:
    snapshot = published_dir() / SNAPSHOT_NAME
    if not snapshot.exists():
        print(f"no published snapshot at {snapshot}: run the nightly job first", file=sys.stderr)
        return 1
    con = duckdb.connect(str(snapshot), read_only=True)
    try:
        print(f"gazette warehouse summary ({snapshot})")
        for label, query in QUERIES.items():
            print(f"  {label:<32} {con.execute(query).fetchone()[0]:>8}")
        print("  documents by region:")
        rows = con.execute(
            "SELECT region_code, region_name, region_level, document_count, item_count, target_count "
            "FROM marts.mart_regions ORDER BY region_code"
        ).fetchall()
        for code, name, level, docs, items, targets in rows:
            print(f"    {code} {name} ({level}): {docs} documents, {items} items, {targets} targets")
    finally:
        con.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
