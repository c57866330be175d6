"""Printing event records (the DESIGN.md dicts) as JSON lines, CSV or a table.

CSV has the columns of the event table (``newsevents.store.table``, docs/schema.md), the
same as ``export --format csv`` and ``Store.events_df()``."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from enum import StrEnum
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table

from newsevents.records import Article
from newsevents.store.table import TABLE_COLUMNS, TEXT_COLUMNS, flat_row


class Format(StrEnum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


def article_fields(article: Article) -> dict[str, Any]:
    """The article columns of the event table for an event coded outside the store."""
    return {"article_title": article.title, "article_url": article.url, "article_path": article.source_path}


class EventWriter:
    """Writes events one at a time (JSON lines, CSV) or collects them for one table at the end."""

    def __init__(self, fmt: Format, out: TextIO) -> None:
        self.fmt = fmt
        self.out = out
        self.rows: list[dict[str, Any]] = []
        self._csv: csv.DictWriter[str] | None = None
        if fmt is Format.csv:  # the event table's columns, quoted as `export` quotes them
            self._csv = csv.DictWriter(out, fieldnames=TABLE_COLUMNS, lineterminator="\n",
                                       quoting=csv.QUOTE_NONNUMERIC)
            out.write(",".join(TABLE_COLUMNS) + "\n")

    def write_all(self, events: Iterable[dict[str, Any]]) -> None:
        for e in events:
            self.write(e)

    def write(self, event: dict[str, Any]) -> None:
        if self.fmt is Format.jsonl:
            self.out.write(json.dumps(event, ensure_ascii=False) + "\n")
        elif self._csv is not None:
            row = flat_row(event)
            self._csv.writerow({c: str(v) if c in TEXT_COLUMNS and v is not None else v for c, v in row.items()})
        else:
            self.rows.append(flat_row(event))

    def close(self) -> None:
        if self.fmt is Format.table:
            print_table(self.rows, self.out)
        self.out.flush()


def print_table(rows: list[dict[str, Any]], out: TextIO) -> None:
    table = Table(show_lines=False, title=f"{len(rows)} events", title_justify="left")
    for name in ("doc", "date", "source", "event", "target", "status", "where", "trigger"):
        table.add_column(name, overflow="fold")
    for r in rows:
        event = f"{r['cameo']} {r['plover_type'] or ''}".strip()
        table.add_row(str(r["doc_id"]), r["date"] or "", r["source_code"] or "", event, r["target_code"] or "",
                      r["status"], r["location_name"] or "", r["trigger_text"] or "")
    Console(file=out, width=max(100, Console().width)).print(table)
