"""Exports carry where the place came from: GDELT's geo columns with the ADM1 code, Parquet's precision
and source."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import duckdb
from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.records import Actor, Article, Event, Location, Plover, Trigger
from newsevents.store import Store
from newsevents.store.layouts import gdelt_columns

EVENT = Event(
    doc_id="helmand", sentence_index=0, sentence="Afghan police arrested two men in Lashkargah on Monday.",
    trigger=Trigger("arrested", 13, 21), source=Actor("Afghan police", "AFGCOP", "AFG", "COP", None),
    target=Actor("two men", "AFGCVL", "AFG", "CVL", None), cameo="173", quad_class=4, goldstein=-5.0,
    plover=Plover("COERCE"), date="2024-03-04", date_precision="day",
    location=Location("Lashkargah", "AFG", 31.59382, 64.37161, 1134720, "town", "clause", "AF10"),
    rule="arrest", confidence=0.8)


def _store(tmp_path: Path) -> Path:
    path = tmp_path / "helmand.duckdb"
    with Store(path) as store:
        store.add_article(Article("helmand", EVENT.sentence, url="https://news.example.af/a"), [EVENT])
    return path


def _run(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_places_export_gdelt_geo_columns(tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    _run("export", "--db", str(_store(tmp_path)), "--format", "gdelt", "-o", str(out))
    [values] = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8")), delimiter="\t"))
    row = dict(zip(gdelt_columns(), values, strict=True))  # GDELT's files have no header
    for prefix in ("ActionGeo", "Actor1Geo", "Actor2Geo"):
        assert row[f"{prefix}_ADM1Code"] == "AF10"
        assert row[f"{prefix}_Type"] == "4"  # a world city
        assert row[f"{prefix}_CountryCode"] == "AF"
        assert row[f"{prefix}_FullName"] == "Lashkargah"


def test_places_export_parquet_precision_and_source(tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    _run("export", "--db", str(_store(tmp_path)), "--format", "parquet", "-o", str(out))
    got = duckdb.sql(f"SELECT location_precision, location_source, location_adm1 FROM '{out}'").fetchall()
    assert got == [("town", "clause", "AF10")]


def test_places_export_store_round_trip(tmp_path: Path) -> None:
    with Store(_store(tmp_path)) as store:
        [record] = store.events()
    assert record["location"]["precision"] == "town" and record["location"]["source"] == "clause"
