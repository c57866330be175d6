"""Analysis verbs (`timeline`, `dyad`, `panel`, `top-actors`, `top-dyads`, `network`, `alerts`),
`index` and `serve`: thin shells over ``newsevents.analysis`` and ``newsevents.serve``.

Every analysis verb takes the filter as ``--where KEY=VALUE`` options with the keys of the
HTTP API's query parameters (start, end, actor, country, sector, source, target, directed,
cameo, plover, quad_class, status, place, text), and writes CSV (default), JSON or Parquet.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from newsevents.cli.common import DbOpt, app, fail
from newsevents.errors import NewsEventsError

if TYPE_CHECKING:
    import pandas

    from newsevents.query import Filter
    from newsevents.store import Store

WhereOpt = Annotated[list[str] | None, typer.Option(
    "--where", "-w", help="A filter KEY=VALUE (start, end, actor, country, sector, source, target, directed, "
    "cameo, plover, quad_class, status, place, text); repeatable.")]
OutFormat = Annotated[str, typer.Option("--format", "-f", help="csv, json or parquet.")]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")]
IntervalOpt = Annotated[str, typer.Option("--interval", help="day, week, month or year.")]
OneADayOpt = Annotated[bool, typer.Option("--one-a-day", help="One event per date, dyad and CAMEO code (ICEWS).")]
TopOpt = Annotated[int, typer.Option("--top", "-n", min=1, help="How many rows.")]


def _filter(where: list[str] | None) -> Filter:
    from newsevents.query import Filter

    pairs: dict[str, str] = {}
    for item in where or []:
        key, sep, value = item.partition("=")
        if not sep:
            raise fail(f"--where {item!r}: expected KEY=VALUE")
        pairs[key.strip()] = value.strip()
    try:
        return Filter.from_mapping(pairs)
    except NewsEventsError as err:
        raise fail(str(err)) from None


def _run(db: str | None, where: list[str] | None, fmt: str, output: Path | None,
         compute: Callable[[Store, Filter], pandas.DataFrame]) -> None:
    """Open the store read-only, compute the table and write it in the chosen format."""
    from newsevents.store import Store, default_db_path

    if fmt not in ("csv", "json", "parquet"):
        raise fail(f"--format {fmt!r}: choose csv, json or parquet")
    if fmt == "parquet" and output is None:
        raise fail("--format parquet needs a file: give -o FILE")
    f = _filter(where)
    try:
        with Store(db or default_db_path(), read_only=True) as store:
            df = compute(store, f)
    except NewsEventsError as err:
        raise fail(str(err)) from None
    _write(df, fmt, output)


def _write(df: pandas.DataFrame, fmt: str, output: Path | None) -> None:
    from newsevents.analysis import dates_as_text

    dates_as_text(df)
    if fmt == "parquet":
        df.to_parquet(output, index=False)
        return
    text = df.to_csv(index=False) if fmt == "csv" else df.to_json(orient="records", force_ascii=False) + "\n"
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")


@app.command()
def timeline(db: DbOpt = None, where: WhereOpt = None, interval: IntervalOpt = "month",
             one_a_day: OneADayOpt = False, fmt: OutFormat = "csv", output: OutputOpt = None) -> None:
    """Events, Goldstein sum and mean, QuadClass shares and sources per period.

    Example:

        newsevents timeline --db events.duckdb -w country=PRK -w start=2019-01-01 --interval week
    """
    from newsevents import analysis

    _run(db, where, fmt, output, lambda s, f: analysis.timeline(s, f, interval=interval, one_a_day=one_a_day))


@app.command()
def dyad(db: DbOpt = None, where: WhereOpt = None, interval: IntervalOpt = "month",
         one_a_day: OneADayOpt = False, fmt: OutFormat = "csv", output: OutputOpt = None) -> None:
    """A→B beside B→A per period, with mean Goldstein each way (needs -w source=A -w target=B).

    Example:

        newsevents dyad --db events.duckdb -w source=USA -w target=PRK --interval month
    """
    from newsevents import analysis

    _run(db, where, fmt, output, lambda s, f: analysis.dyad_series(s, f, interval=interval, one_a_day=one_a_day))


@app.command()
def panel(db: DbOpt = None, where: WhereOpt = None, interval: IntervalOpt = "month",
          unit: Annotated[str, typer.Option("--unit", help="Whose country: source, target or location.")] = "source",
          fmt: OutFormat = "csv", output: OutputOpt = None) -> None:
    """A country-by-period panel (events, Goldstein, QuadClass counts, sources), ready for regression.

    Example:

        newsevents panel --db events.duckdb --unit location -f parquet -o panel.parquet
    """
    from newsevents import analysis

    _run(db, where, fmt, output, lambda s, f: analysis.panel(s, f, unit=unit, interval=interval))


@app.command("top-actors")
def top_actors(db: DbOpt = None, where: WhereOpt = None, top: TopOpt = 20, fmt: OutFormat = "csv",
               output: OutputOpt = None) -> None:
    """The actors in most events, on either side.

    Example:

        newsevents top-actors --db events.duckdb -w cameo=19 -n 10
    """
    from newsevents import analysis

    _run(db, where, fmt, output, lambda s, f: analysis.top_actors(s, f, n=top))


@app.command("top-dyads")
def top_dyads(db: DbOpt = None, where: WhereOpt = None, top: TopOpt = 20, fmt: OutFormat = "csv",
              output: OutputOpt = None) -> None:
    """The directed source→target pairs with most events.

    Example:

        newsevents top-dyads --db events.duckdb -w quad_class=4
    """
    from newsevents import analysis

    _run(db, where, fmt, output, lambda s, f: analysis.top_dyads(s, f, n=top))


@app.command()
def alerts(db: DbOpt = None, where: WhereOpt = None,
           unit: Annotated[str, typer.Option("--unit", help="location, source, target or dyad.")] = "location",
           week: Annotated[str | None, typer.Option("--week", help="A day of the week to test (default: the last).")]
           = None,
           threshold: Annotated[float, typer.Option("--threshold", min=0.0, help="Times the mean that alerts.")] = 2.0,
           min_events: Annotated[int, typer.Option("--min-events", min=0, help="Fewest events to alert.")] = 3,
           fmt: OutFormat = "csv", output: OutputOpt = None) -> None:
    """This week's events per country or dyad against the previous 4 and 52 weeks (ACLED-style).

    Example:

        newsevents alerts --db events.duckdb --unit location -w quad_class=4 --threshold 1.5
    """
    from newsevents import analysis

    day = _day(week)
    _run(db, where, fmt, output, lambda s, f: analysis.alerts(s, f, unit=unit, week=day, threshold=threshold,
                                                              min_events=min_events))


@app.command()
def network(output: Annotated[Path, typer.Argument(help="A .graphml or .gexf file to write.")],
            db: DbOpt = None, where: WhereOpt = None, top: TopOpt = 200,
            min_events: Annotated[int, typer.Option("--min-events", min=1, help="Fewest events an edge needs.")] = 1,
            ) -> None:
    """The actor network of the busiest dyads, for Gephi, Cytoscape or networkx.

    Example:

        newsevents network actors.gexf --db events.duckdb -w start=2024-01-01 -w end=2024-12-31
    """
    import networkx

    from newsevents import analysis
    from newsevents.store import Store, default_db_path

    if output.suffix not in (".graphml", ".gexf"):
        raise fail(f"{output}: give a .graphml or .gexf file")
    f = _filter(where)
    try:
        with Store(db or default_db_path(), read_only=True) as store:
            graph = analysis.network(store, f, n=top, min_events=min_events)
    except NewsEventsError as err:
        raise fail(str(err)) from None
    (networkx.write_graphml if output.suffix == ".graphml" else networkx.write_gexf)(graph, output)
    typer.echo(f"{graph.number_of_nodes()} actors, {graph.number_of_edges()} dyads -> {output}", err=True)


@app.command()
def index(db: DbOpt = None) -> None:
    """Pre-compute the analysis tables that make timelines and the server fast on large stores.

    Run it after `ingest`; until then the analysis reads the events directly (same numbers, slower).

    Example:

        newsevents index --db events.duckdb
    """
    from newsevents import analysis
    from newsevents.store import Store, default_db_path

    try:
        with Store(db or default_db_path()) as store:
            n = analysis.index(store)
    except NewsEventsError as err:
        raise fail(str(err)) from None
    typer.echo(f"{n} events indexed", err=True)


@app.command()
def serve(db: DbOpt = None,
          host: Annotated[str, typer.Option("--host", help="Address to bind (all interfaces: 0.0.0.0).")] = "127.0.0.1",
          port: Annotated[int, typer.Option("--port", min=1, max=65535)] = 8000,
          token: Annotated[str | None, typer.Option("--token", envvar="NEWSEVENTS_TOKEN",
                                                    help="Require this token on every request.")] = None,
          reopen: Annotated[bool, typer.Option("--reopen", help="Open the store per request, so that "
                                               "`newsevents ingest` can write between requests.")] = False,
          cache: Annotated[bool, typer.Option("--cache/--no-cache", help="Keep answers in memory while the "
                                              "store is held open.")] = True,
          tiles: Annotated[str | None, typer.Option("--tiles", metavar="URL_TEMPLATE", help="Draw the dashboard "
                                                    "map from raster tiles at this URL, with {z}, {x} and {y} "
                                                    "(e.g. your own tile server); default: the bundled outline "
                                                    "map, and no request leaves the server.")] = None) -> None:
    """Serve the JSON API, its docs (/docs) and the dashboard (/) over HTTP; the store is read-only.

    Example:

        newsevents serve --db events.duckdb --port 8000 --token s3cret   # open http://127.0.0.1:8000/?token=s3cret

        newsevents serve --db events.duckdb --tiles 'http://localhost:8080/tiles/{z}/{x}/{y}.png'
    """
    import uvicorn

    from newsevents.serve import ServeSettings, create_app
    from newsevents.store import default_db_path

    try:
        target = _store_target(db) if db else default_db_path()
        application = create_app(ServeSettings(db=target, token=token, reopen=reopen,
                                                cache=cache, tiles=tiles))
    except NewsEventsError as err:
        raise fail(str(err)) from None
    suffix = f"/?token={token}" if token else "/"
    typer.echo(f"newsevents: serving {db or default_db_path()} at http://{host}:{port}{suffix}", err=True)
    uvicorn.run(application, host=host, port=port, log_level="warning", server_header=False)


def _store_target(db: str) -> Path | str:
    """A PostgreSQL URL stays text (a Path would fold its '//'); anything else is a file."""
    from newsevents.store.backend import is_postgres_url

    return db if is_postgres_url(db) else Path(db)


def _day(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise fail(f"--week {value!r} is not a date in the form YYYY-MM-DD") from None

