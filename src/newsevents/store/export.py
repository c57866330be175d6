"""Events out of the store: Parquet, CSV, JSON lines, or GDELT 2.0's event table layout.

Every format has one row per (merged) event with its evidence (the first mention) and
GDELT's counts (NumMentions, NumArticles, NumSources from the `event_counts` view). The
GDELT layout is the 61 tab-separated columns listed, in GDELT's order, in
``newsevents/data/gdelt_event_columns.txt``; columns we have no value for are empty.
"""

from __future__ import annotations

import csv
import functools
import json
from collections.abc import Iterator
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import IO, Any, Literal

import duckdb

from newsevents.store.gdelt_geo import gdelt_geo
from newsevents.store.rows import EVENT_COLUMNS

ExportFormat = Literal["parquet", "csv", "jsonl", "gdelt"]

EXPORT_QUERY = f"""
SELECT {', '.join('e.' + c for c in EVENT_COLUMNS)},
       coalesce(c.num_mentions, 0) AS num_mentions, coalesce(c.num_articles, 0) AS num_articles,
       coalesce(c.num_sources, 0) AS num_sources,
       a.url AS source_url, a.source_path AS source_file, a.ingested_at AS date_added
FROM events e
LEFT JOIN event_counts c USING (event_id)
JOIN articles a ON a.id = e.doc_id
ORDER BY e.doc_id, e.sentence_index, e.trigger_start, e.event_id
"""


@functools.cache
def gdelt_columns() -> tuple[str, ...]:
    """The 61 GDELT 2.0 event columns, in order."""
    text = (resources.files("newsevents") / "data" / "gdelt_event_columns.txt").read_text(encoding="utf-8")
    names = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return tuple(name for name in names if name)


def export_file(conn: duckdb.DuckDBPyConnection, fmt: ExportFormat, path: Path) -> int:
    """Write every event to ``path`` in ``fmt``; return how many rows."""
    if fmt == "gdelt":
        with path.open("w", encoding="utf-8", newline="") as out:
            return write_gdelt(conn, out)
    options = {"parquet": "FORMAT parquet", "csv": "FORMAT csv, HEADER true",
               "jsonl": "FORMAT json"}[fmt]
    escaped = str(path).replace("'", "''")
    conn.execute(f"COPY ({EXPORT_QUERY}) TO '{escaped}' ({options})")
    row = conn.execute("SELECT count(*) FROM events").fetchone()
    return int(row[0]) if row else 0


def write_stream(conn: duckdb.DuckDBPyConnection, fmt: ExportFormat, out: IO[str]) -> int:
    """CSV, JSON lines or GDELT to a text stream (standard output), streamed row by row."""
    if fmt == "gdelt":
        return write_gdelt(conn, out)
    n = 0
    writer = csv.writer(out) if fmt == "csv" else None
    for i, row in enumerate(_rows(conn)):
        if writer is not None:
            if i == 0:
                writer.writerow(row.keys())
            writer.writerow(row.values())
        else:
            out.write(json.dumps(row, default=_json_value, ensure_ascii=False) + "\n")
        n += 1
    return n


def _json_value(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def _rows(conn: duckdb.DuckDBPyConnection) -> Iterator[dict[str, Any]]:
    cursor = conn.execute(EXPORT_QUERY)
    names = [d[0] for d in cursor.description or []]
    while chunk := cursor.fetchmany(1000):
        for values in chunk:
            yield dict(zip(names, values, strict=True))


def write_gdelt(conn: duckdb.DuckDBPyConnection, out: IO[str]) -> int:
    """GDELT 2.0 event rows, tab-separated, no header."""
    writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
    columns = gdelt_columns()
    n = 0
    for row in _rows(conn):
        values = gdelt_row(row)
        writer.writerow(["" if values.get(c) is None else values[c] for c in columns])
        n += 1
    return n


def _global_id(event_id: str) -> int:
    try:
        return int(event_id[:15], 16)
    except ValueError:
        import hashlib

        return int(hashlib.sha1(event_id.encode("utf-8")).hexdigest()[:15], 16)


def gdelt_row(row: dict[str, Any]) -> dict[str, Any]:
    """One export row as GDELT's named columns (those we have)."""
    geo = gdelt_geo()
    out: dict[str, Any] = {"GlobalEventID": _global_id(row["event_id"])}
    when = _date(row["date"])
    if when is not None:
        out |= {"Day": when.strftime("%Y%m%d"), "MonthYear": when.strftime("%Y%m"), "Year": when.year,
                "FractionDate": f"{when.year + when.timetuple().tm_yday / 365:.4f}"}
    for prefix, actor in (("Actor1", "source"), ("Actor2", "target")):
        out |= {f"{prefix}Code": row[f"{actor}_code"], f"{prefix}Name": _upper(row[f"{actor}_name"]),
                f"{prefix}CountryCode": row[f"{actor}_country"], f"{prefix}Type1Code": row[f"{actor}_sector"]}
    cameo = row["cameo"]
    out |= {"IsRootEvent": int(row["sentence_index"] == 0), "EventCode": cameo, "EventBaseCode": cameo[:3],
            "EventRootCode": cameo[:2], "QuadClass": row["quad_class"], "GoldsteinScale": row["goldstein"],
            "NumMentions": row["num_mentions"], "NumSources": row["num_sources"],
            "NumArticles": row["num_articles"], "ActionGeo_FullName": row["location_name"],
            "ActionGeo_Type": geo.place_type(row["location_geonameid"], row["location_country"])
            if row["location_name"] else None,
            "ActionGeo_CountryCode": geo.fips_code(row["location_country"]),
            "ActionGeo_Lat": row["location_lat"], "ActionGeo_Long": row["location_lon"],
            "ActionGeo_FeatureID": row["location_geonameid"],
            "DATEADDED": row["date_added"].strftime("%Y%m%d%H%M%S") if row["date_added"] else None,
            "SOURCEURL": row["source_url"] or row["source_file"]}
    return out


def _upper(name: str | None) -> str | None:
    return name.upper().replace("\t", " ") if name else None


def _date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None
