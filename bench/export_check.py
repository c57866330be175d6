"""What a store's exports hold: rows, events that are not counted, empty date fields, blank actor
names, the columns of `events` and `export`, and magnitudes.

    newsevents ingest ../shared/corpus/voa-stories.jsonl --db voa.duckdb -q
    .venv/bin/python bench/export_check.py voa.duckdb
"""

from __future__ import annotations

import argparse
import csv
import io

from newsevents.output import EventWriter, Format
from newsevents.records import COUNTED_STATUSES, MAGNITUDE_KINDS
from newsevents.store import Store
from newsevents.store.export import write_stream
from newsevents.store.layouts import ICEWS_COLUMNS, STATUS_COLUMN, gdelt_columns


def layout_rows(store: Store, fmt: str, columns: tuple[str, ...], *, include_all: bool) -> list[dict[str, str]]:
    out = io.StringIO()
    write_stream(store.connection, fmt, out, include_all=include_all)  # type: ignore[arg-type]
    names = (*columns, STATUS_COLUMN) if include_all else columns
    lines = out.getvalue().splitlines()[1 if fmt == "icews" else 0:]
    return [dict(zip(names, row, strict=True)) for row in csv.reader(lines, delimiter="\t")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("db")
    args = parser.parse_args()
    with Store(args.db, read_only=True) as store:
        stored = store.events()
        gdelt = layout_rows(store, "gdelt", gdelt_columns(), include_all=False)
        every = layout_rows(store, "gdelt", gdelt_columns(), include_all=True)
        icews = layout_rows(store, "icews", ICEWS_COLUMNS, include_all=False)
        events_csv = io.StringIO()
        writer = EventWriter(Format.csv, events_csv)
        writer.write_all(store.events(limit=1, with_counts=True))
        export_csv = io.StringIO()
        write_stream(store.connection, "csv", export_csv)
        frame_columns = list(store.events_df(limit=1).columns)
    counted = sum(e["status"] in COUNTED_STATUSES for e in stored)
    print(f"events stored: {len(stored)}, counted: {counted}, not counted: {len(stored) - counted}")
    statuses = {s: sum(r[STATUS_COLUMN] == s for r in every) for s in ("asserted", "future", "negated", "hypothetical")}
    print(f"GDELT rows: {len(gdelt)}; with --all: {len(every)} {statuses}")
    for field in ("Day", "MonthYear", "Year", "FractionDate"):
        print(f"  empty {field}: {sum(not r[field] for r in gdelt)}")
    print(f"  day unknown (Day ends in 00): {sum(r['Day'].endswith('00') for r in gdelt)}")
    for actor in ("Actor1", "Actor2"):
        coded = [r for r in gdelt if r[f"{actor}Code"]]
        print(f"  {actor}Name blank: {sum(not r[f'{actor}Name'] for r in coded)} of {len(coded)} coded")
    print(f"ICEWS rows: {len(icews)}; Source Name blank with a source: "
          f"{sum(bool(r['Source Country'] or r['Source Sectors']) and not r['Source Name'] for r in icews)}")
    heads = [events_csv.getvalue().splitlines()[0].split(","), export_csv.getvalue().splitlines()[0].split(",")]
    print(f"columns: events csv {len(heads[0])}, export csv {len(heads[1])}, events_df {len(frame_columns)}; "
          f"the same: {heads[0] == heads[1] == frame_columns}")
    with_magnitude = [e for e in stored if e.get("magnitude")]
    kinds = {k: sum(bool(e["magnitude"][k]) for e in with_magnitude) for k in MAGNITUDE_KINDS}
    print(f"events with a magnitude: {len(with_magnitude)} {kinds}")


if __name__ == "__main__":
    main()
