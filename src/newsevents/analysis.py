"""Questions about the stored events, answered as pandas DataFrames.

Every function takes an open ``Store`` and a ``Filter`` (see ``newsevents.query``) and
returns a DataFrame (``network`` a networkx graph). The CLI verbs (``newsevents timeline``,
``dyads``, ...) and the HTTP API (``newsevents serve``) call these same functions, so
Python, the command line and the API give the same numbers for the same filter.

    from newsevents import Store
    from newsevents.analysis import Filter, timeline

    with Store("events.duckdb", read_only=True) as store:
        df = timeline(store, Filter(country="PRK", start=date(2019, 1, 1)), interval="month")

Counts follow GDELT and ICEWS: only asserted and future events count unless the filter's
``statuses`` says otherwise; ``one_a_day`` keeps one event per date, dyad and CAMEO code
(the ICEWS and Phoenix de-duplication). ``newsevents index`` pre-computes the tables that
make these fast on large stores; without it they read the events directly.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, TypeAlias

import duckdb

from newsevents.analysis_index import build_index
from newsevents.errors import QueryError
from newsevents.query import Filter, Queries

if TYPE_CHECKING:
    import networkx
    import pandas

    from newsevents.store import Store

__all__ = ["Filter", "alerts", "dyad_series", "event", "events", "index", "map_points", "network",
           "panel", "timeline", "top_actors", "top_dyads"]

MAX_ROWS = 100_000
Source: TypeAlias = "Store | duckdb.DuckDBPyConnection | Queries"


def _queries(store: Source) -> Queries:
    """Queries on the store's connection, a DuckDB connection, or prepared ones (a server's, per request)."""
    if isinstance(store, Queries):
        return store
    if isinstance(store, duckdb.DuckDBPyConnection):
        return Queries(store)
    if store.backend.kind != "duckdb":  # PostgreSQL: the analysis SQL is DuckDB's; query a copy
        from newsevents.store.snapshot import duckdb_snapshot

        return Queries(duckdb_snapshot(store))
    return Queries(store.connection)


def timeline(store: Source, f: Filter, *, interval: str = "month", one_a_day: bool = False) -> pandas.DataFrame:
    """Per period: events, Goldstein sum and mean, QuadClass shares (q1..q4) and the sum of sources."""
    return _queries(store).timeline(f, interval, one_a_day)


def dyad_series(store: Source, f: Filter, *, interval: str = "month", one_a_day: bool = False) -> pandas.DataFrame:
    """A→B beside B→A per period, with each direction's mean Goldstein; A is ``f.source``, B ``f.target``."""
    if f.source is None or f.target is None:
        raise QueryError("a dyad series needs both source and target")
    return _queries(store).dyad_series(f, interval, one_a_day)


def panel(store: Source, f: Filter, *, unit: str = "source", interval: str = "month") -> pandas.DataFrame:
    """A country-by-period panel for regression: one row per country (of the source, target or
    location) and period with events, Goldstein sum and mean, counts per QuadClass and sources.
    Periods without events are absent (zero counts)."""
    return _queries(store).panel(f, unit, interval)


def top_actors(store: Source, f: Filter, *, n: int = 20) -> pandas.DataFrame:
    """The actors (full codes) in most events, on either side, with their mean Goldstein."""
    return _queries(store).top_actors(f, _bounded(n))


def top_dyads(store: Source, f: Filter, *, n: int = 20) -> pandas.DataFrame:
    """The directed source→target pairs with most events."""
    return _queries(store).top_dyads(f, _bounded(n))


def map_points(store: Source, f: Filter, *, n: int = 2000) -> pandas.DataFrame:
    """Located events grouped by place (coordinates rounded to 0.01°), most events first."""
    return _queries(store).map_points(f, _bounded(n))


def events(store: Source, f: Filter, *, limit: int = 50, offset: int = 0) -> pandas.DataFrame:
    """The events themselves, newest first, with their evidence (sentence, trigger, rule, title, URL)."""
    if offset < 0:
        raise QueryError(f"offset must be >= 0, got {offset}")
    return _queries(store).events(f, _bounded(limit), offset)


def count(store: Source, f: Filter) -> int:
    """How many events the filter keeps."""
    return _queries(store).count(f)


def event(store: Source, event_id: str) -> dict[str, Any] | None:
    """One event with its evidence and article, and every mention of it; None if unknown."""
    q = _queries(store)  # once: on PostgreSQL each call copies the store
    df = q.event(event_id)
    if df.empty:
        return None
    record = {k: _plain(v) for k, v in df.iloc[0].to_dict().items()}
    record["mentions"] = [{k: _plain(v) for k, v in row.items()}
                          for row in q.mentions(event_id).to_dict(orient="records")]
    return record


def network(store: Source, f: Filter, *, min_events: int = 1, n: int = 200) -> networkx.DiGraph:
    """The actor network: a directed graph whose nodes are actor codes and whose edges carry the
    number of events (``weight``) and the mean Goldstein value (``goldstein``) from source to target.
    Only the ``n`` busiest dyads with at least ``min_events`` events are kept."""
    import networkx

    dyads = top_dyads(store, f, n=n)
    graph = networkx.DiGraph()
    for row in dyads.itertuples(index=False):
        if row.events >= min_events:
            graph.add_edge(row.source, row.target, weight=int(row.events), goldstein=float(row.goldstein_mean))
    for node in graph.nodes:
        graph.nodes[node]["events"] = int(graph.degree(node, weight="weight"))
    return graph


def alerts(store: Source, f: Filter, *, unit: str = "location", week: date | None = None,
           threshold: float = 2.0, min_events: int = 3) -> pandas.DataFrame:
    """Change alerts as in ACLED's early-warning tables: each country's (``unit`` location, source or
    target) or dyad's (``unit="dyad"``) events in the week of ``week`` (default: the last week with
    events) against its weekly mean over the previous 4 and 52 weeks. ``alert`` is true where this
    week has at least ``min_events`` and at least ``threshold`` times either mean."""
    import pandas

    q = _queries(store)
    if week is None:
        week = q.last_day(f)
        if week is None:
            return pandas.DataFrame(columns=["unit", "week", "events", "mean_4", "mean_52", "ratio_4", "ratio_52",
                                             "alert"])
    if week - date.min < timedelta(weeks=53):  # the year before it must be a calendar date too
        raise QueryError(f"alerts week {week.isoformat()}: expected a date after the year 1's first 53 weeks")
    return q.alerts(f, unit, week - timedelta(days=week.weekday()), threshold, min_events)


def index(store: Store) -> int:
    """Build the pre-computed analysis tables (a write: the store must not be read-only)."""
    if store.read_only:
        raise QueryError(f"store {store.path} is open read-only; the index needs a writable store")
    if store.backend.kind != "duckdb":
        raise QueryError(f"store {store.path}: the analysis index is for DuckDB stores; on PostgreSQL the "
                         "analysis reads a fresh copy of the events each time and needs none")
    return build_index(store.connection)


def dates_as_text(df: pandas.DataFrame) -> pandas.DataFrame:
    """Date columns as YYYY-MM-DD text, as the CSV, JSON and Parquet outputs write them (in place)."""
    for column in df.columns:
        if str(df[column].dtype).startswith("datetime64"):
            df[column] = df[column].dt.strftime("%Y-%m-%d")
    return df


def _bounded(n: int) -> int:
    if not 0 <= n <= MAX_ROWS:
        raise QueryError(f"row limit {n}: expected 0 to {MAX_ROWS}")
    return n


def _plain(value: Any) -> Any:
    """A DataFrame cell as a JSON-friendly value (NaN and NaT become None, dates ISO text)."""
    if hasattr(value, "tolist"):
        value = value.tolist()
    if isinstance(value, float) and value != value:
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value
