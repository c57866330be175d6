"""CSV (and tab-separated, and gzipped) files: one article a row.

The text is in the column named by ``--text-column`` (``ReadOptions.text_column``), or
else in the first column named like a text field of the JSON records (``text``, ``body``,
``content``, ``article``). The id, date, title, url and author columns are found by the
same aliases as in JSON records (``ingest/records.py``), ignoring case. Rows are streamed.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, cast

from newsevents.errors import InputError
from newsevents.ingest.decode import BOM
from newsevents.ingest.jsonl import open_binary
from newsevents.ingest.records import (
    AUTHOR_FIELDS,
    DATE_FIELDS,
    TEXT_FIELDS,
    TITLE_FIELDS,
    URL_FIELDS,
    ReadOptions,
    record_to_article,
)
from newsevents.records import Article

_ALIASES: dict[str, str] = {
    name.lower(): name
    for name in ("id", *TEXT_FIELDS, *DATE_FIELDS, *TITLE_FIELDS, *URL_FIELDS, *AUTHOR_FIELDS)
}


def read_csv_file(path: Path, ident: str, options: ReadOptions) -> Iterator[Article | InputError]:
    label = str(path)
    name = path.name.lower().removesuffix(".gz")
    dialect: type[csv.Dialect] = csv.excel_tab if name.endswith(".tsv") else csv.excel
    with open_binary(path) as raw, io.TextIOWrapper(cast("IO[bytes]", raw), encoding="utf-8", newline="") as text:
        yield from _rows(text, label, ident, options, dialect)


def _rows(stream: IO[str], label: str, ident: str, options: ReadOptions,
          dialect: type[csv.Dialect]) -> Iterator[Article | InputError]:
    csv.field_size_limit(min(sys.maxsize, max(options.max_chars * 4, 131072)))
    reader = csv.reader(stream, dialect)
    first = next(reader, None)
    if first is None:
        raise InputError(label, "empty file")
    header = [h.removeprefix(BOM).strip() for h in first]
    text_column = _text_column(header, options.text_column, label)
    for number, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield InputError(label, f"row has {len(row)} fields, the header has {len(header)}", number)
            continue
        record: dict[str, str] = {}
        for name, value in zip(header, row, strict=True):
            canonical = _ALIASES.get(name.lower())
            if canonical and canonical not in TEXT_FIELDS:
                record.setdefault(canonical, value)
        record["text"] = row[header.index(text_column)]
        try:
            yield record_to_article(record, path=label, fallback_id=f"{ident}-{number}", line=number,
                                    options=options)
        except InputError as error:
            yield error


def _text_column(header: list[str], chosen: str | None, label: str) -> str:
    if chosen is not None:
        if chosen in header:
            return chosen
        raise InputError(label, f"no column {chosen!r} (the columns are: {', '.join(header)})")
    lowered = {h.lower(): h for h in header}
    for name in TEXT_FIELDS:
        if name in lowered:
            return lowered[name]
    raise InputError(label, f"no text column among {', '.join(header)}; name it with --text-column")
