"""Printing event records (the DESIGN.md dicts) as JSON lines, CSV or a table."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from enum import StrEnum
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table


class Format(StrEnum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


CSV_COLUMNS = ["event_id", "doc_id", "sentence_index", "date", "date_precision", "source_code", "source_text",
               "cameo", "plover_type", "target_code", "target_text", "status", "quad_class", "goldstein",
               "location_name", "location_country", "lat", "lon", "trigger", "attribution_code", "rule",
               "confidence", "sentence"]


def flat(e: dict[str, Any]) -> dict[str, Any]:
    """One event dict as a flat row (CSV, tables)."""
    src, tgt = e.get("source") or {}, e.get("target") or {}
    loc, plover, attr = e.get("location") or {}, e.get("plover") or {}, e.get("attribution") or {}
    return {
        "event_id": e["event_id"], "doc_id": e["doc_id"], "sentence_index": e["sentence_index"],
        "date": e.get("date"), "date_precision": e.get("date_precision"),
        "source_code": src.get("code"), "source_text": src.get("text"),
        "cameo": e["cameo"], "plover_type": plover.get("type"),
        "target_code": tgt.get("code"), "target_text": tgt.get("text"),
        "status": e["status"], "quad_class": e["quad_class"], "goldstein": e["goldstein"],
        "location_name": loc.get("name"), "location_country": loc.get("country"),
        "lat": loc.get("lat"), "lon": loc.get("lon"),
        "trigger": (e.get("trigger") or {}).get("text"), "attribution_code": attr.get("code"),
        "rule": e.get("rule"), "confidence": e.get("confidence"), "sentence": e.get("sentence"),
    }


class EventWriter:
    """Writes events one at a time (JSON lines, CSV) or collects them for one table at the end."""

    def __init__(self, fmt: Format, out: TextIO) -> None:
        self.fmt = fmt
        self.out = out
        self.rows: list[dict[str, Any]] = []
        self._csv: csv.DictWriter[str] | None = None
        if fmt is Format.csv:
            self._csv = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore")
            self._csv.writeheader()

    def write_all(self, events: Iterable[dict[str, Any]]) -> None:
        for e in events:
            self.write(e)

    def write(self, event: dict[str, Any]) -> None:
        if self.fmt is Format.jsonl:
            self.out.write(json.dumps(event, ensure_ascii=False) + "\n")
        elif self._csv is not None:
            self._csv.writerow(flat(event))
        else:
            self.rows.append(flat(event))

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
                      r["status"], r["location_name"] or "", r["trigger"] or "")
    Console(file=out, width=max(100, Console().width)).print(table)
