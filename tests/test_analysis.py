"""newsevents.analysis on a real DuckDB store of hand-made events (tests/serve_data.py)."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import networkx
import pandas
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from newsevents import analysis
from newsevents.analysis_index import build_index
from newsevents.cli import app
from newsevents.errors import QueryError
from newsevents.query import Filter
from newsevents.serve import ServeSettings, create_app
from newsevents.store import Store
from serve_data import build_store


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("analysis") / "events.duckdb")


@pytest.fixture(scope="module")
def indexed(db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    copy = tmp_path_factory.mktemp("indexed") / "events.duckdb"
    shutil.copy(db, copy)
    with Store(copy) as store:
        assert analysis.index(store) == 63
    return copy


def test_analysis_timeline_counts_asserted_and_future_only(db: Path) -> None:
    with Store(db, read_only=True) as store:
        df = analysis.timeline(store, Filter(), interval="year")
        everything = analysis.timeline(store, Filter(statuses=("asserted", "future", "hypothetical", "negated")),
                                       interval="year")
    assert df["events"].sum() == 24 + 24 + 8 + 4 + 1
    assert everything["events"].sum() == df["events"].sum() + 2
    assert list(df["period"].dt.year) == [2019, 2020]
    assert df[["q1_share", "q2_share", "q3_share", "q4_share"]].sum(axis=1).round(9).eq(1).all()


def test_analysis_dyad_series_puts_each_direction_apart(db: Path) -> None:
    with Store(db, read_only=True) as store:
        df = analysis.dyad_series(store, Filter(source="USA", target="PRK"), interval="year")
    assert df["a_to_b"].sum() == 24 + 8 and df["b_to_a"].sum() == 24
    assert set(df["b_to_a_goldstein"].dropna()) == {-2.0}


def test_analysis_filters_by_code_root_place_and_text(db: Path) -> None:
    with Store(db, read_only=True) as store:
        assert analysis.count(store, Filter(cameo="19")) == 8
        assert analysis.count(store, Filter(place="Moscow")) == 4
        assert analysis.count(store, Filter(text="round 3 of")) == 1
        assert analysis.count(store, Filter(source="PRK", target="USA", directed=False)) == 56
        assert analysis.count(store, Filter(start=date(2020, 1, 1), end=date(2020, 12, 31), country="CHN")) == 4


def test_analysis_one_a_day_keeps_one_event_per_date_dyad_code(db: Path) -> None:
    with Store(db, read_only=True) as store:
        plain = analysis.timeline(store, Filter(actor="USAGOV"), interval="year")
        once = analysis.timeline(store, Filter(actor="USAGOV"), interval="year", one_a_day=True)
    assert once["events"].sum() == plain["events"].sum()  # one event a day per dyad and code already


@pytest.mark.parametrize("f", [
    Filter(), Filter(country="USA"), Filter(start=date(2020, 1, 1)),
    Filter(start=date(2019, 5, 1), end=date(2019, 12, 31)),
    Filter(country="PRK", start=date(2019, 3, 1), end=date(2020, 6, 30)), Filter(country="RUS", start=date(2019, 3, 2)),
    Filter(statuses=("negated",)), Filter(actor="USAGOV", start=date(2019, 6, 1)), Filter(source="USA"),
    Filter(target="PRKGOV"), Filter(source="PRK", target="USA", directed=False), Filter(source="USA", target="USA",
                                                                                      directed=False),
    Filter(source="USAGOV", target="PRK"), Filter(cameo="19"), Filter(start=date(2019, 3, 4), end=date(2020, 5, 31)),
    Filter(start=date(2019, 3, 6), end=date(2019, 3, 8)), Filter(start=date(2020, 3, 4)), Filter(end=date(2019, 9, 4)),
    Filter(country="USA", start=date(2019, 1, 1), end=date(2019, 12, 31)), Filter(country="RUS", end=date(2020, 3, 31)),
    Filter(country="CHN", statuses=("asserted", "future", "negated")), Filter(country="PRK", start=date(2019, 4, 1)),
])
def test_analysis_index_gives_the_same_numbers(db: Path, indexed: Path, f: Filter) -> None:
    calls = [lambda s: analysis.timeline(s, f, interval="month"), lambda s: analysis.timeline(s, f, interval="year"),
             lambda s: analysis.top_actors(s, f), lambda s: analysis.map_points(s, f),
             lambda s: analysis.events(s, f, limit=5, offset=3), lambda s: analysis.count(s, f),
             lambda s: analysis.top_dyads(s, f), lambda s: analysis.panel(s, f, unit="target", interval="year"),
             lambda s: analysis.panel(s, f, unit="location", interval="month"),
             lambda s: analysis.alerts(s, f, unit="location", min_events=1),
             lambda s: analysis.alerts(s, f, unit="source", week=date(2020, 3, 25)),
             lambda s: analysis.alerts(s, f, unit="target", min_events=1),
             lambda s: analysis.top_dyads(s, f, n=3), lambda s: analysis.top_actors(s, f, n=2),
             lambda s: analysis.map_points(s, f, n=1), lambda s: analysis.events(s, f, limit=2),
             lambda s: analysis.panel(s, f, unit="source", interval="month"),
             lambda s: analysis.timeline(s, f, interval="week", one_a_day=True)]
    with Store(db, read_only=True) as live, Store(indexed, read_only=True) as fast:
        for call in calls:
            a, b = call(live), call(fast)
            if isinstance(a, int):
                assert a == b
            else:
                pandas.testing.assert_frame_equal(a, b, check_dtype=False, atol=1e-9)


@pytest.mark.parametrize(("a", "b"), [("PRK", "USA"), ("USA", "USA"), ("USAGOV", "PRK"), ("CHN", "RUS"),
                                      ("RUS", "USA")])
@pytest.mark.parametrize("when", [{}, {"start": date(2019, 6, 1)}, {"end": date(2020, 2, 29)},
                                  {"start": date(2019, 6, 2)}])
def test_analysis_index_gives_the_same_dyad_series(db: Path, indexed: Path, a: str, b: str,
                                                   when: dict[str, date]) -> None:
    f = Filter(source=a, target=b, directed=False, **when)  # type: ignore[arg-type]
    with Store(db, read_only=True) as live, Store(indexed, read_only=True) as fast:
        for interval in ("month", "year", "week"):
            pandas.testing.assert_frame_equal(analysis.dyad_series(live, f, interval=interval),
                                              analysis.dyad_series(fast, f, interval=interval),
                                              check_dtype=False, atol=1e-9)


@pytest.mark.parametrize("heavy", [1, 2, 3, 100])
def test_analysis_busiest_dyads_fall_back_to_the_events_when_they_may_miss_one(db: Path, tmp_path: Path,
                                                                               heavy: int) -> None:
    copy = tmp_path / "events.duckdb"
    shutil.copy(db, copy)
    with Store(copy) as store:
        build_index(store.connection, heavy=heavy)
    filters = [Filter(), Filter(country="USA"), Filter(country="RUS"), Filter(start=date(2020, 1, 1)),
               Filter(country="PRK", start=date(2019, 1, 1), end=date(2019, 12, 31))]
    with Store(db, read_only=True) as live, Store(copy, read_only=True) as fast:
        for f in filters:
            for n in (0, 1, 2, 3, 5):
                pandas.testing.assert_frame_equal(analysis.top_dyads(live, f, n=n), analysis.top_dyads(fast, f, n=n),
                                                  check_dtype=False, atol=1e-9)
            assert nx_edges(analysis.network(live, f, n=4)) == nx_edges(analysis.network(fast, f, n=4))


def test_analysis_index_goes_stale_after_an_ingest_and_the_events_answer(indexed: Path, tmp_path: Path) -> None:
    from newsevents.query import Queries
    from newsevents.records import Article
    from serve_data import _event

    copy = tmp_path / "events.duckdb"
    shutil.copy(indexed, copy)
    text = "Envoys from Washington met their hosts in Pyongyang again after a long pause in the spring."
    with Store(copy) as store:
        later = _event("later", 0, text, "met", "USAGOV", "PRKGOV", "040", date(2021, 4, 6), place="PRK")
        assert store.add_article(Article(id="later", text=text, date=date(2021, 4, 6), title="Talks again",
                                         url="https://news.example/later"), [later])
    f = Filter(country="USA")
    calls = [lambda s: analysis.count(s, f), lambda s: analysis.top_actors(s, f, n=2),
             lambda s: analysis.map_points(s, f), lambda s: analysis.panel(s, f, unit="target", interval="year")]
    with Store(copy, read_only=True) as store:
        assert not Queries(store.connection).indexed
        stale = [call(store) for call in calls]
    with Store(copy) as store:
        analysis.index(store)
    with Store(copy, read_only=True) as store:
        assert Queries(store.connection).indexed
        fresh = [call(store) for call in calls]
    assert stale[0] == fresh[0] == 57 + 1
    for a, b in zip(stale[1:], fresh[1:], strict=True):
        pandas.testing.assert_frame_equal(a, b, check_dtype=False, atol=1e-9)


def nx_edges(graph: networkx.DiGraph) -> list[tuple[str, str, int, float]]:
    return sorted((a, b, d["weight"], round(d["goldstein"], 9)) for a, b, d in graph.edges(data=True))


def test_analysis_filter_rejects_bad_values() -> None:
    for bad in ({"country": "usa; DROP TABLE events"}, {"cameo": "abc"}, {"quad_class": "7"},
                {"start": "2020-13-01"}, {"status": "maybe"}, {"nonsense": "1"}):
        with pytest.raises(QueryError):
            Filter.from_mapping(bad)


def test_analysis_network_exports_graphml_and_gexf(db: Path, tmp_path: Path) -> None:
    with Store(db, read_only=True) as store:
        graph = analysis.network(store, Filter())
    assert graph["USAGOV"]["PRKGOV"]["weight"] == 24 and graph["PRKGOV"]["USAGOV"]["goldstein"] == -2.0
    for suffix in ("graphml", "gexf"):
        result = CliRunner().invoke(app, ["network", str(tmp_path / f"n.{suffix}"), "--db", str(db)])
        assert result.exit_code == 0, result.output
        read = networkx.read_graphml if suffix == "graphml" else networkx.read_gexf
        assert read(tmp_path / f"n.{suffix}").number_of_edges() == graph.number_of_edges()


def test_analysis_alerts_compare_the_week_with_the_weeks_before(db: Path) -> None:
    with Store(db, read_only=True) as store:
        df = analysis.alerts(store, Filter(), unit="location", week=date(2020, 3, 25), min_events=1)
        quiet = analysis.alerts(store, Filter(), unit="location", week=date(2020, 3, 25), threshold=20.0,
                                min_events=1)
    moscow = df[df["unit"] == "RUS"].iloc[0]
    assert moscow["events"] == 1 and moscow["mean_4"] == 0.75 and moscow["mean_52"] == 3 / 52
    assert moscow["alert"]  # 1 event is at least twice the weekly mean of the past year
    assert not quiet[quiet["unit"] == "RUS"].iloc[0]["alert"]


def test_analysis_alerts_refuse_a_week_without_a_year_before_it(db: Path) -> None:
    with Store(db, read_only=True) as store, pytest.raises(QueryError, match="alerts week 0001-01-01"):
        analysis.alerts(store, Filter(), week=date(1, 1, 1))


def _rows(df: object) -> list[dict[str, object]]:
    return json.loads(df.to_json(orient="records", date_format="iso"))  # type: ignore[attr-defined]


@pytest.mark.parametrize(("verb", "function", "options"), [
    ("timeline", analysis.timeline, {"interval": "month"}),
    ("top-dyads", analysis.top_dyads, {}),
    ("panel", analysis.panel, {"unit": "source", "interval": "year"}),
    ("dyad", analysis.dyad_series, {"interval": "month"}),
])
def test_analysis_python_cli_and_api_give_the_same_numbers(db: Path, verb: str, function: object,
                                                           options: dict[str, str]) -> None:
    where = {"source": "USA", "target": "PRK", "directed": "false", "start": "2019-03-01"}
    with Store(db, read_only=True) as store:
        df = function(store, Filter.from_mapping(where), **options)  # type: ignore[operator]
    for column in df.columns:
        if str(df[column].dtype).startswith("datetime64"):
            df[column] = df[column].dt.strftime("%Y-%m-%d")
    python = _rows(df)
    args = [verb, "--db", str(db), "-f", "json", *[f"-w{k}={v}" for k, v in where.items()]]
    args += [f"--{k}={v}" for k, v in options.items()]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    with TestClient(create_app(ServeSettings(db=db))) as client:
        response = client.get(f"/api/{verb}", params={**where, **options, "limit": 10000})
    assert response.status_code == 200, response.text
    assert python and json.loads(result.stdout) == python == response.json()["rows"]
