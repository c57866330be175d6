"""Events out of the store: Parquet, CSV, JSON lines, or the layouts of GDELT 2.0 and ICEWS.

Every format has one row per (merged) event: the event table of ``newsevents.store.table``
(documented column by column in ``docs/schema.md``), with GDELT's counts and the article.
Only counted events are exported (asserted ones, and future ones, which are coded as
intents); ``include_all`` adds the negated and hypothetical ones, and the GDELT and ICEWS
layouts then end with a ``Status`` column. The GDELT layout is GDELT 2.0's 61 event columns,
tab-separated with no header; the ICEWS layout is ICEWS's 20 columns, tab-separated with
ICEWS's header (``newsevents.store.layouts``).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any, Literal

import duckdb

from newsevents.errors import StoreError
from newsevents.records import COUNTED_STATUSES
from newsevents.store.layouts import (
    ICEWS_COLUMNS,
    STATUS_COLUMN,
    gdelt_columns,
    gdelt_row,
    icews_row,
)
from newsevents.store.table import TABLE_COLUMNS, TEXT_COLUMNS, TableQuery

ExportFormat = Literal["parquet", "csv", "jsonl", "gdelt", "icews"]
EXPORT_FORMATS: tuple[str, ...] = ("parquet", "csv", "jsonl", "gdelt", "icews")


def export_file(conn: duckdb.DuckDBPyConnection, fmt: ExportFormat, path: Path, *,
                include_all: bool = False) -> int:
    """Write the events to ``path`` in ``fmt``; return how many rows."""
    if fmt != "parquet":
        with path.open("w", encoding="utf-8", newline="") as out:
            return write_stream(conn, fmt, out, include_all=include_all)
    sql = TableQuery(include_all=include_all).literal_sql()
    escaped = str(path).replace("'", "''")
    row = conn.execute(f"COPY ({sql}) TO '{escaped}' (FORMAT parquet)").fetchone()  # COPY answers its row count
    return int(row[0]) if row else 0


def write_stream(conn: duckdb.DuckDBPyConnection, fmt: ExportFormat, out: IO[str], *,
                 include_all: bool = False) -> int:
    """CSV, JSON lines, GDELT or ICEWS to a text stream, row by row; return how many rows."""
    rows = table_rows(conn, include_all=include_all)
    if fmt == "csv":
        return write_csv(rows, out)
    if fmt == "jsonl":
        n = 0
        for row in rows:
            out.write(json.dumps(row, default=_json_value, ensure_ascii=False) + "\n")
            n += 1
        return n
    if fmt == "gdelt":
        return _write_layout(rows, out, gdelt_columns(), gdelt_row, header=False, include_all=include_all)
    if fmt == "icews":
        return _write_layout(rows, out, ICEWS_COLUMNS, icews_row, header=True, include_all=include_all)
    raise StoreError(f"cannot write {fmt!r} to a stream: choose csv, jsonl, gdelt or icews")


def table_rows(conn: duckdb.DuckDBPyConnection, *, include_all: bool = False) -> Iterator[dict[str, Any]]:
    """The rows of the event table, streamed; without ``include_all`` a row that is not counted
    is an error (the query filters them out, and this checks it did)."""
    sql, params = TableQuery(include_all=include_all).sql()
    cursor = conn.execute(sql, params)
    while chunk := cursor.fetchmany(1000):
        for values in chunk:
            row = dict(zip(TABLE_COLUMNS, values, strict=True))
            if not include_all and row["status"] not in COUNTED_STATUSES:
                raise StoreError(f"event {row['event_id']} has status {row['status']!r}: not exported")
            yield row


def write_csv(rows: Iterator[dict[str, Any]], out: IO[str]) -> int:
    """The event table as CSV with a header. Text is quoted and numbers are not, so readers
    that honour quotes (DuckDB, spreadsheets) keep codes such as "062" as text; pandas does
    not look at quotes and needs ``dtype=newsevents.store.table.text_dtypes()``. A missing
    value is an empty quoted field."""
    writer = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
    out.write(",".join(TABLE_COLUMNS) + "\n")
    n = 0
    for row in rows:
        writer.writerow([_csv_value(c, row[c]) for c in TABLE_COLUMNS])
        n += 1
    return n


def _csv_value(column: str, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, list):
        return ";".join(map(str, value))
    return str(value) if column in TEXT_COLUMNS else value


def _json_value(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def _write_layout(rows: Iterator[dict[str, Any]], out: IO[str], columns: tuple[str, ...],
                  convert: Callable[[dict[str, Any]], dict[str, Any]], *, header: bool, include_all: bool) -> int:
    """Tab-separated rows of another dataset's layout; with ``include_all`` a last ``Status`` column."""
    writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
    names = (*columns, STATUS_COLUMN) if include_all else columns
    if header:
        writer.writerow(names)
    n = 0
    for row in rows:
        values = convert(row) | {STATUS_COLUMN: row["status"]}
        writer.writerow(["" if values.get(c) is None else _clean(values[c]) for c in names])
        n += 1
    return n


def _clean(value: Any) -> Any:
    """Tabs and line breaks inside a value would break the row: they become spaces."""
    return " ".join(value.split()) if isinstance(value, str) else value
