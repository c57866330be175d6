"""docs/schema.md is the codebook of the event table: it must name every column, in order,
with the type DuckDB gives it, its values, an example and a meaning."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.store import Store
from newsevents.store.table import TABLE_COLUMNS, TableQuery

CODEBOOK = Path(__file__).resolve().parents[1] / "docs" / "schema.md"


def codebook_rows() -> list[list[str]]:
    """The cells of the codebook's column table (lines of 5 cells after its header)."""
    rows = []
    for line in CODEBOOK.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) == 5 and cells[0] not in ("column", "---"):
            rows.append(cells)
    return rows


@pytest.fixture(scope="module")
def table_types() -> dict[str, str]:
    with Store(":memory:") as store:
        sql, params = TableQuery(include_all=True).sql()
        return {row[0]: row[1] for row in store.connection.execute(f"DESCRIBE {sql}", params).fetchall()}


def test_schema_codebook_names_every_column_in_order() -> None:
    assert [row[0] for row in codebook_rows()] == list(TABLE_COLUMNS)


def test_schema_codebook_types_are_the_tables(table_types: dict[str, str]) -> None:
    assert {row[0]: row[1] for row in codebook_rows()} == table_types


def test_schema_codebook_every_column_has_values_example_and_meaning() -> None:
    assert [row[0] for row in codebook_rows() if not all(row[2:])] == []
