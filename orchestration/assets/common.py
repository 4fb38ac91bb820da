"""What the Python assets share: the tag that keeps DuckDB writers apart, and preview tables."""

from collections.abc import Sequence

from dagster import MetadataValue

# Every step that opens the warehouse carries this tag; the executor runs at most one at a time
# (see definitions.py), because DuckDB allows a single writing process per file.
DUCKDB_WRITER_TAGS = {"gazette/duckdb": "writer"}


def markdown_table(columns: Sequence[str], rows: Sequence[Sequence[object]], limit: int = 20) -> MetadataValue:
    """A small Markdown preview for the Dagster UI."""

    def cell(value: object) -> str:
        text = "" if value is None else str(value)
        text = text.replace("|", "\\|").replace("\n", " ")
        return text if len(text) <= 60 else text[:57] + "…"

    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows[:limit]]
    if len(rows) > limit:
        lines.append(f"\n… {len(rows) - limit} more rows")
    return MetadataValue.md("\n".join(lines))
