"""The ``newsevents`` command: one sub-command per verb.

Library errors (``NewsEventsError``) become one line on stderr and a non-zero exit
status; a bad input file is reported and the other inputs still run.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from newsevents.errors import InputError, NewsEventsError
from newsevents.output import EventWriter, Format
from newsevents.records import Article, Event

if TYPE_CHECKING:
    from newsevents.pipeline import Pipeline

app = typer.Typer(
    help="Political event data from news text: who did what to whom, when and where (CAMEO and PLOVER).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

Files = Annotated[list[str] | None, typer.Argument(help="Text, HTML, JSONL or JSON files, folders, or - for stdin.",
                                                   show_default=False)]
DateOpt = Annotated[str | None, typer.Option("--date", help="Publication date YYYY-MM-DD for inputs that have none.")]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
ModelOpt = Annotated[str | None, typer.Option("--model", help="An installed spaCy pipeline (default: en_core_web_sm).")]
ActorsOpt = Annotated[list[Path] | None, typer.Option("--actors", help="Extra actor dictionary (YAML); repeatable.")]
PatternsOpt = Annotated[list[Path] | None, typer.Option("--patterns", help="Extra pattern file; repeatable.")]
DbOpt = Annotated[Path | None,
                  typer.Option("--db", help="DuckDB file (default: $NEWSEVENTS_DB or ./newsevents.duckdb).")]


def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"newsevents: {message}", err=True)
    return typer.Exit(code)


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError:
        raise _fail(f"--date {value!r} is not a date in the form YYYY-MM-DD") from None


class _InputLog:
    """Counts failed inputs while passing good articles through; reports each failure as one line."""

    def __init__(self) -> None:
        self.failed = 0

    def articles(self, files: list[str], default_date: date | None) -> Iterator[Article]:
        from newsevents.ingest import iter_articles

        for item in iter_articles(files, default_date=default_date, stdin=sys.stdin):
            if isinstance(item, InputError):
                self.failed += 1
                typer.echo(f"newsevents: {item}", err=True)
            else:
                yield item


def _pipeline(model: str | None, actors: list[Path] | None, patterns: list[Path] | None) -> Pipeline:
    from newsevents.pipeline import Pipeline, Settings

    return Pipeline(Settings(model=model, actor_files=tuple(map(str, actors or [])),
                             pattern_files=tuple(map(str, patterns or []))))


def _files_or_stdin(files: list[str] | None) -> list[str]:
    if files:
        return files
    if sys.stdin.isatty():
        raise _fail("no input: give files or folders, or pipe text into `newsevents code -`")
    return ["-"]


@app.command()
def code(files: Files = None, date_: DateOpt = None, fmt: FormatOpt = Format.table, model: ModelOpt = None,
         actors: ActorsOpt = None, patterns: PatternsOpt = None) -> None:
    """Code articles and print their events; stores nothing.

    Example:

        newsevents code article.txt --date 2019-04-27 --format jsonl > events.jsonl
    """
    default_date = _parse_date(date_)
    try:
        pipeline = _pipeline(model, actors, patterns)
        log = _InputLog()
        writer = EventWriter(fmt, sys.stdout)
        for _article, events in pipeline.code_articles(log.articles(_files_or_stdin(files), default_date)):
            writer.write_all(e.to_dict() for e in events)
        writer.close()
    except NewsEventsError as err:
        raise _fail(str(err)) from None
    if log.failed:
        raise typer.Exit(1)


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

    default_date = _parse_date(date_)
    path = db or default_db_path()
    new = seen = n_events = 0
    try:
        with Store(path) as store:
            log = _InputLog()
            fresh = (a for a in log.articles(files, default_date) if not store.has_article(a))
            pending: list[tuple[Article, list[Event]]] = []
            pipeline = _pipeline(model, actors, patterns)
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
        raise _fail(str(err)) from None
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
        raise _fail(str(err)) from None


def main() -> None:
    app()


if __name__ == "__main__":
    main()
