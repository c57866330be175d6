"""`newsevents export`: Parquet, CSV, JSON lines and GDELT 2.0's 61-column event table."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.records import Actor, Article, Event, Location, Plover, Trigger
from newsevents.store import Store
from newsevents.store.gdelt_geo import gdelt_geo
from newsevents.store.layouts import gdelt_columns


def meeting(doc_id: str) -> Event:
    return Event(doc_id=doc_id, sentence_index=0, sentence="Kim met Putin in Vladivostok.",
                 trigger=Trigger("met", 4, 7), source=Actor("Kim", "PRKGOV", "PRK", "GOV", "Kim Jong Un"),
                 target=Actor("Putin", "RUSGOV", "RUS", "GOV", "Vladimir Putin"), cameo="044", quad_class=1,
                 goldstein=1.0, plover=Plover("CONSULT"), date="2019-04-25", date_precision="day",
                 location=Location("Vladivostok", "RUS", 43.1056, 131.8735, 2013348), rule="meet", confidence=0.9)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "e.duckdb"
    with Store(path) as store:
        store.add_article(Article("a", "Kim met Putin in Vladivostok.", url="https://x.org/a"), [meeting("a")])
        store.add_article(Article("b", "Kim and Putin met in Vladivostok.", url="https://y.org/b"), [meeting("b")])
    return path


def test_export_gdelt_columns_are_gdelts_61_in_order() -> None:
    columns = gdelt_columns()
    assert len(columns) == 61
    assert columns[:5] == ("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate")
    assert columns[26:35] == ("EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                              "NumMentions", "NumSources", "NumArticles", "AvgTone")
    assert columns[-2:] == ("DATEADDED", "SOURCEURL")


def test_export_gdelt_merges_the_two_reports_into_one_row(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.export.CSV"
    result = CliRunner().invoke(app, ["export", "--db", str(db), "--format", "gdelt", "-o", str(out)])
    assert result.exit_code == 0, result.output
    [row] = list(csv.reader(out.open(encoding="utf-8"), delimiter="\t"))
    got = dict(zip(gdelt_columns(), row, strict=True))
    assert (got["Day"], got["Actor1Code"], got["Actor2CountryCode"], got["EventCode"], got["EventRootCode"]) == (
        "20190425", "PRKGOV", "RUS", "044", "04")
    assert (got["NumMentions"], got["NumArticles"], got["NumSources"]) == ("2", "2", "2")
    assert (got["ActionGeo_FeatureID"], got["SOURCEURL"], got["AvgTone"]) == ("2013348", "https://x.org/a", "")
    # GDELT's own place fields: a world city, in FIPS 10-4 "RS" (ISO RUS)
    assert (got["ActionGeo_Type"], got["ActionGeo_CountryCode"]) == ("4", "RS")


@pytest.mark.parametrize(("geonameid", "country", "place_type", "fips"), [
    (2921044, "DEU", 1, "GM"),     # Germany itself
    (5332921, "USA", 2, "US"),     # California
    (5368361, "USA", 3, "US"),     # Los Angeles
    (2013348, "RUS", 4, "RS"),     # Vladivostok
    (None, "IRQ", 5, "IZ"),        # a region we know by name only (Kurdistan)
])
def test_export_gdelt_place_type_and_fips(geonameid: int | None, country: str, place_type: int, fips: str) -> None:
    geo = gdelt_geo()
    assert (geo.place_type(geonameid, country), geo.fips_code(country)) == (place_type, fips)


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
def test_export_table_formats_have_one_row_per_event_with_counts(db: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"events.{fmt}"
    result = CliRunner().invoke(app, ["export", "--db", str(db), "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    reader = {"parquet": "read_parquet", "csv": "read_csv", "jsonl": "read_json"}[fmt]
    rows = duckdb.sql(f"SELECT event_id, num_mentions, num_articles FROM {reader}('{out}')").fetchall()
    assert [(r[1], r[2]) for r in rows] == [(2, 2)]


def test_export_jsonl_to_stdout(db: Path) -> None:
    result = CliRunner().invoke(app, ["export", "--db", str(db), "--format", "jsonl"])
    assert result.exit_code == 0
    [line] = [ln for ln in result.stdout.splitlines() if ln.startswith("{")]
    assert json.loads(line)["num_sources"] == 2
