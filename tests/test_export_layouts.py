"""Honest exports: counted events only (``--all`` adds the rest with a status), GDELT dates at
the precision known, actor names filled, the ICEWS layout, and one event table everywhere."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.records import Actor, Article, Event, Location, Plover, Trigger
from newsevents.store import Store
from newsevents.store.layouts import ICEWS_COLUMNS, PartialDate, actor_name, gdelt_columns
from newsevents.store.table import TABLE_COLUMNS, text_dtypes

SENTENCE = "The police detained opposition leader Ana Ruiz in Lima on Monday."


def event(index: int, **changes: object) -> Event:
    base = Event(
        doc_id="peru", sentence_index=index, sentence=SENTENCE, trigger=Trigger("detained", 11, 19),
        source=Actor("The police", "PERCOP", "PER", "COP", None),
        target=Actor("opposition leader Ana Ruiz", "PEROPP", "PER", "OPP", "Ana Ruiz"),
        cameo="173", quad_class=4, goldstein=-5.0, plover=Plover("COERCE"), date="2021-03-08",
        date_precision="day", location=Location("Lima", "PER", -12.0432, -77.0282, 3936456), rule="detain",
        confidence=0.8)
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


EVENTS = [
    event(0),
    event(1, cameo="062", quad_class=2, goldstein=6.4, plover=Plover("COOPERATE"), date="2021-03",
          date_precision="month", trigger=Trigger("agreed", 20, 26)),
    event(2, status="negated", date="2021", date_precision="year", trigger=Trigger("arrested", 30, 38)),
    event(3, status="hypothetical", trigger=Trigger("could", 40, 45)),
    event(4, status="future", cameo="0356", quad_class=1, goldstein=5.0, plover=Plover("CONCEDE"),
          trigger=Trigger("will free", 50, 59)),
]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "peru.duckdb"
    with Store(path) as store:
        store.add_article(Article("peru", "Police in Lima detained an opposition leader.", title="Arrest in Lima",
                                  url="https://news.example.pe/lima"), EVENTS)
    return path


def run(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "gdelt", "icews"])
def test_export_layouts_hold_only_counted_events_unless_all(db: Path, fmt: str) -> None:
    counted = run("export", "--db", str(db), "--format", fmt).splitlines()
    every = run("export", "--db", str(db), "--format", fmt, "--all").splitlines()
    header = 1 if fmt in ("csv", "icews") else 0
    assert (len(counted) - header, len(every) - header) == (3, 5)
    assert not any("negated" in line or "hypothetical" in line for line in counted)
    if fmt in ("gdelt", "icews"):
        width = len(gdelt_columns()) if fmt == "gdelt" else len(ICEWS_COLUMNS)
        assert {len(line.split("\t")) for line in counted} == {width}
        assert {len(line.split("\t")) for line in every} == {width + 1}
        assert [line.split("\t")[-1] for line in every[header:]] == [
            "asserted", "asserted", "negated", "hypothetical", "future"]


def test_export_parquet_holds_only_counted_events(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "e.parquet"
    run("export", "--db", str(db), "--format", "parquet", "-o", str(out))
    statuses = sorted(r[0] for r in duckdb.sql(f"SELECT status FROM read_parquet('{out}')").fetchall())
    assert statuses == ["asserted", "asserted", "future"]


@pytest.mark.parametrize(("index", "day", "month_year", "year", "fraction"), [
    (0, "20210308", "202103", "2021", "2021.1836"),   # 2021-03-08
    (1, "20210300", "202103", "2021", "2021.1644"),   # 2021-03: day unknown, 00
    (2, "20210000", "", "2021", "2021.0000"),         # 2021: month unknown, 0000 and no MonthYear
])
def test_export_layouts_gdelt_dates_keep_the_precision_known(db: Path, index: int, day: str, month_year: str,
                                                             year: str, fraction: str) -> None:
    rows = [dict(zip((*gdelt_columns(), "Status"), line.split("\t"), strict=True))
            for line in run("export", "--db", str(db), "--format", "gdelt", "--all").splitlines()]
    row = rows[index]
    assert (row["Day"], row["MonthYear"], row["Year"], row["FractionDate"]) == (day, month_year, year, fraction)


def test_export_layouts_fill_actor_names(db: Path) -> None:
    line = run("export", "--db", str(db), "--format", "gdelt").splitlines()[0]
    row = dict(zip(gdelt_columns(), line.split("\t"), strict=True))
    assert (row["Actor1Name"], row["Actor2Name"]) == ("POLICE", "ANA RUIZ")


@pytest.mark.parametrize(("text", "parsed"), [
    ("2021-03-08", PartialDate(2021, 3, 8)), ("2021-03", PartialDate(2021, 3)), ("2021", PartialDate(2021)),
    ("2021-02-30", None), ("", None), (None, None), ("March", None),
])
def test_export_layouts_partial_date_parse(text: str | None, parsed: PartialDate | None) -> None:
    assert PartialDate.parse(text) == parsed


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("Kim Jong Un", "the North Korean leader", "Kim Jong Un"),
    (None, "the Sudanese army", "Sudanese army"),
    (None, "Russia's", "Russia"),
    (None, None, None),
])
def test_export_layouts_actor_name(name: str | None, text: str | None, expected: str | None) -> None:
    assert actor_name(name, text) == expected


def test_export_layouts_icews_columns_and_values(db: Path) -> None:
    reader = csv.DictReader(io.StringIO(run("export", "--db", str(db), "--format", "icews")), delimiter="\t")
    assert tuple(reader.fieldnames or ()) == ICEWS_COLUMNS
    row = next(reader)
    assert (row["Source Name"], row["Source Sectors"], row["Source Country"]) == ("police", "Police", "Peru")
    assert (row["Target Name"], row["Target Sectors"], row["Event Text"][:14]) == (
        "Ana Ruiz", "Opposition", "Arrest, detain")
    assert (row["CAMEO Code"], row["Intensity"], row["Story ID"], row["Sentence Number"]) == (
        "173", "-5.0", "peru", "1")
    assert (row["Publisher"], row["City"], row["Country"], row["Latitude"]) == (
        "news.example.pe", "Lima", "Peru", "-12.0432")


def test_export_layouts_one_event_table_for_events_export_and_events_df(db: Path, tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("The Sudanese army attacked rebels in Darfur on Monday.\n", encoding="utf-8")
    headers = {
        "code": run("code", str(text), "--date", "2024-03-06", "--format", "csv").splitlines()[0],
        "events": run("events", "--db", str(db), "--format", "csv").splitlines()[0],
        "export": run("export", "--db", str(db), "--format", "csv").splitlines()[0],
    }
    assert {name: h.split(",") for name, h in headers.items()} == {key: list(TABLE_COLUMNS) for key in headers}
    with Store(db, read_only=True) as store:
        assert list(store.events_df().columns) == list(TABLE_COLUMNS)
        [first] = store.events(limit=1, with_counts=True)
    assert {"num_mentions", "num_articles", "article_title", "article_url"} <= set(first)
    assert (first["num_mentions"], first["article_title"]) == (1, "Arrest in Lima")


def test_export_layouts_csv_codes_stay_text(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "e.csv"
    run("export", "--db", str(db), "--format", "csv", "-o", str(out))
    frame = pd.read_csv(out, dtype=text_dtypes())
    assert sorted(frame["cameo"]) == ["0356", "062", "173"]
    assert sorted(r[0] for r in duckdb.sql(f"SELECT cameo FROM read_csv('{out}')").fetchall()) == [
        "0356", "062", "173"]
    same = pd.read_csv(io.StringIO(run("events", "--db", str(db), "--format", "csv")), dtype=text_dtypes())
    assert sorted(same["cameo"]) == ["0356", "062", "173", "173", "173"]


def test_export_layouts_a_week_keeps_its_iso_week_and_gdelt_its_month_or_year(tmp_path: Path) -> None:
    assert PartialDate.parse("2021-W08") == PartialDate(2021, 2)  # 22-28 February
    assert PartialDate.parse("2021-W09") == PartialDate(2021, 3)  # 1 March is a Monday: 1-7 March, one month
    assert PartialDate.parse("2019-W35") == PartialDate(2019)  # 26 August - 1 September
    assert PartialDate.parse("2019-W54") is None
    path = tmp_path / "week.duckdb"
    with Store(path) as store:
        store.add_article(Article("peru", "Police in Lima detained an opposition leader last week.",
                                  url="https://news.example.pe/week"),
                          [event(0, date="2019-W35", date_precision="week")])
        from newsevents import analysis
        from newsevents.query import Filter
        assert analysis.count(store, Filter()) == 1 and analysis.timeline(store, Filter()).empty
    [row] = [json.loads(line) for line in run("export", "--db", str(path), "--format", "jsonl").splitlines()]
    assert (row["date"], row["date_precision"]) == ("2019-W35", "week")
    gdelt = dict(zip((*gdelt_columns(), "Status"), run("export", "--db", str(path), "--format", "gdelt").split("\t"),
                     strict=False))
    assert (gdelt["Day"], gdelt["Year"]) == ("20190000", "2019")
    assert "2019-W35" in run("export", "--db", str(path), "--format", "icews")
