"""`newsevents ingest` and `newsevents events`: the DuckDB store from the command line."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from newsevents.cli.common import (
    ActorsOpt,
    DateOpt,
    DbOpt,
    FormatOpt,
    InputLog,
    ModelOpt,
    PatternsOpt,
    app,
    build_pipeline,
    fail,
    parse_date,
)
from newsevents.errors import NewsEventsError
from newsevents.output import EventWriter, Format
from newsevents.records import Article, Event


@app.command()
def ingest(files: Annotated[list[str], typer.Argument(help="Files, folders, or - for stdin.")],
           db: DbOpt = None, date_: DateOpt = None, model: ModelOpt = None,
           actors: ActorsOpt = None, patterns: PatternsOpt = None,
           batch: Annotated[int, typer.Option(help="Articles written per transaction.")] = 50) -> None:
    """Code articles and store them with their events in DuckDB; already stored articles are skipped.

    Example:

        newsevents ingest news/ --db events.duckdb
    """
    from newsevents.store import Store, default_db_path

    default_date = parse_date(date_)
    path = db or default_db_path()
    new = seen = n_events = 0
    try:
        with Store(path) as store:
            log = InputLog()
            fresh = (a for a in log.articles(files, default_date) if not store.has_article(a))
            pending: list[tuple[Article, list[Event]]] = []
            pipeline = build_pipeline(model, actors, patterns)
            for article, events in pipeline.code_articles(fresh):
                pending.append((article, events))
                if len(pending) >= batch:
                    new += store.add_articles(pending)
                    n_events += sum(len(e) for _, e in pending)
                    pending = []
            if pending:
                new += store.add_articles(pending)
                n_events += sum(len(e) for _, e in pending)
            seen = store.count_articles()
    except NewsEventsError as err:
        raise fail(str(err)) from None
    typer.echo(f"{new} new articles, {n_events} events coded; {seen} articles in {path}", err=True)
    if log.failed:
        raise typer.Exit(1)


@app.command()
def events(db: DbOpt = None, fmt: FormatOpt = Format.table,
           doc: Annotated[str | None, typer.Option("--doc", help="Only this article id.")] = None,
           counted: Annotated[bool, typer.Option("--counted", help="Only asserted and future events.")] = False,
           limit: Annotated[int | None, typer.Option("--limit", help="At most this many events.")] = None) -> None:
    """List the events stored in a DuckDB file.

    Example:

        newsevents events --db events.duckdb --format csv > events.csv
    """
    from newsevents.store import Store, default_db_path

    try:
        with Store(db or default_db_path(), read_only=True) as store:
            writer = EventWriter(fmt, sys.stdout)
            writer.write_all(store.events(doc_id=doc, counted_only=counted, limit=limit))
            writer.close()
    except NewsEventsError as err:
        raise fail(str(err)) from None
