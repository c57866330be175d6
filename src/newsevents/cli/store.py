"""`newsevents ingest`, `events` and `export`: the store (DuckDB or PostgreSQL) from the command line."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from newsevents.cli.common import (
    ActorsOpt,
    AllLanguagesOpt,
    DateOpt,
    DbOpt,
    FormatOpt,
    ModelOpt,
    PatternsOpt,
    TextColumnOpt,
    app,
    fail,
    parse_date,
    pipeline_settings,
    store_errors,
)
from newsevents.dedup import NEAR_DUPLICATE_JACCARD
from newsevents.errors import NewsEventsError
from newsevents.output import EventWriter, Format

if TYPE_CHECKING:
    from newsevents.corpus import IngestOptions, IngestStats


@app.command()
def ingest(files: Annotated[list[str], typer.Argument(
               help="Files, folders, globs or - (stdin): text, HTML, JSON(L), CSV, RSS/Atom, WARC.")],
           db: DbOpt = None, date_: DateOpt = None, model: ModelOpt = None,
           actors: ActorsOpt = None, patterns: PatternsOpt = None,
           batch: Annotated[int, typer.Option(min=1, help="Articles written per transaction.")] = 50,
           workers: Annotated[int, typer.Option(min=1, help="Processes that code articles.")] = 1,
           dask: Annotated[str | None, typer.Option(
               "--dask", help="Code on a Dask cluster: local:N workers, or a scheduler address tcp://HOST:8786.")
           ] = None,
           shards: Annotated[str | None, typer.Option(
               "--shards", help="With --dask: workers write coded batches as Parquet shards in this folder, "
               "loaded into the store at the end (for corpora larger than memory).")] = None,
           text_column: TextColumnOpt = None,
           near_duplicates: Annotated[float, typer.Option(
               "--near-duplicates", help="Jaccard similarity (0-1] at which a rewrite is a duplicate; "
               "above 1 turns near-duplicate detection off.")] = NEAR_DUPLICATE_JACCARD,
           all_languages: AllLanguagesOpt = False,
           quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False) -> None:
    """Code articles and store them with their events in DuckDB, once each.

    Duplicates (same URL, same text, or a near-duplicate rewrite) are recorded as sightings
    of the stored article; events that agree on date, actors, code and place are merged
    with mention counts. Running the same command again, or after it was killed, stores
    nothing twice and loses nothing.

    Example:

        newsevents ingest news/ 'crawl/*.warc.gz' --db events.duckdb --workers 2
    """
    from newsevents.corpus import IngestOptions
    from newsevents.store.backend import locate

    default_date = parse_date(date_)
    path = locate(db)
    if shards and not dask:
        raise fail("--shards needs --dask: the shards are written by the Dask workers")
    options = IngestOptions(
        settings=pipeline_settings(model, actors, patterns),
        workers=workers, batch=batch, skip_non_english=not all_languages, dask=dask, shards=shards)
    new_file = "://" not in path and not Path(path).exists()
    try:
        stats, seen, where = _ingest(files, path, options, near_duplicates, text_column, default_date, quiet)
    finally:
        if new_file:
            _remove_if_empty(path)
    typer.echo(f"{stats.new} new articles, {stats.events} events coded; {stats.duplicates} duplicates, "
               f"{stats.already_stored} already stored, {stats.not_english} not English; "
               f"{seen} articles in {where} ({stats.rate:.1f} articles/s)", err=True)
    if stats.interrupted:
        typer.echo(f"newsevents: interrupted; the {stats.new} new articles above are committed, the batch "
                   "being coded was not: run the same command again to go on", err=True)
        raise typer.Exit(130)
    if stats.failed:
        raise typer.Exit(1)


def _ingest(files: list[str], path: str, options: IngestOptions, near: float, text_column: str | None,
            default_date: date | None, quiet: bool) -> tuple[IngestStats, int, str]:
    """Run the ingest into a verified store; Ctrl-C stops it between transactions."""
    from newsevents.corpus import Ingest
    from newsevents.ingest import iter_articles
    from newsevents.store import Store

    with store_errors(path), Store(path, verify=True) as store, _progress(quiet) as on_progress:
        store.screen.near_threshold = near
        run = Ingest(store, options, on_progress=on_progress,
                     on_error=lambda error: typer.echo(f"newsevents: {error}", err=True))
        run.stats.total = expected_articles(files)
        try:
            run.run(iter_articles(files, default_date=default_date, stdin=sys.stdin, text_column=text_column))
        except KeyboardInterrupt:
            run.stats.interrupted = True
        return run.stats, store.count_articles(), store.path


def _remove_if_empty(path: str) -> None:
    """A store file this run created and left without a single article (every input failed) is removed."""
    from newsevents.store import Store

    try:
        with Store(path, read_only=True) as store:
            empty = store.count_articles() == 0 and not store.connection.execute(
                "SELECT 1 FROM sightings LIMIT 1").fetchall()
    except (NewsEventsError, OSError):
        return
    if empty:
        for leftover in (Path(path), Path(path + ".wal")):
            leftover.unlink(missing_ok=True)


def expected_articles(files: list[str]) -> int | None:
    """How many articles the inputs hold, when it is cheap to tell (text and HTML files, JSON lines
    files); None for anything else (standard input, crawls, feeds, compressed files)."""
    from newsevents.ingest.sources import SourceFile, expand

    total = 0
    for name in files:
        if name == "-":
            return None
        if "://" in name:
            total += 1
            continue
        for item in expand(Path(name)):
            if not isinstance(item, SourceFile) or item.format not in ("text", "html", "jsonl") or \
                    item.path.suffix == ".gz":
                return None
            total += _count_lines(item.path) if item.format == "jsonl" else 1
    return total


def _count_lines(path: Path) -> int:
    with path.open("rb") as stream:
        return sum(1 for line in stream if line.strip())


@contextmanager
def _progress(quiet: bool) -> Iterator[Callable[[IngestStats], None]]:
    """A rich progress line on stderr (phase, articles, rate, time left) when stderr is a terminal."""
    if quiet or not sys.stderr.isatty():
        yield lambda _stats: None
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                  console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("reading")
        yield lambda stats: bar.update(task, description=stats.describe())


@app.command()
def events(db: DbOpt = None, fmt: FormatOpt = Format.table,
           doc: Annotated[str | None, typer.Option("--doc", help="Only this article id.")] = None,
           counted: Annotated[bool, typer.Option("--counted", help="Only asserted and future events.")] = False,
           limit: Annotated[int | None, typer.Option("--limit", min=0, help="At most this many events.")] = None
           ) -> None:
    """List the stored events (CSV: the columns of `export`, docs/schema.md).

    Example:

        newsevents events --db events.duckdb --format csv > events.csv
    """
    from newsevents.store import Store
    from newsevents.store.backend import locate

    with store_errors(locate(db)), Store(locate(db), read_only=True) as store:
        writer = EventWriter(fmt, sys.stdout)
        writer.write_all(store.events(doc_id=doc, counted_only=counted, limit=limit, with_counts=True))
        writer.close()


@app.command()
def export(db: DbOpt = None,
           fmt: Annotated[str, typer.Option("--format", "-f", help="parquet, csv, jsonl, gdelt (GDELT 2.0 event "
                                            "table) or icews (ICEWS event file).")] = "csv",
           output: Annotated[Path | None, typer.Option("--output", "-o",
                                                       help="File to write (default: stdout).")] = None,
           all_: Annotated[bool, typer.Option("--all", help="Negated and hypothetical events too, with a "
                                              "status column.")] = False) -> None:
    """Export the counted events (asserted, and future coded as intents), one row per merged
    event with its mention counts and article (columns: docs/schema.md).

    `gdelt` writes GDELT 2.0's 61 event columns, tab-separated, in GDELT's order; `icews`
    writes ICEWS's 20 columns, tab-separated, with its header. With `--all` both end with a
    `Status` column.

    Example:

        newsevents export --db events.duckdb --format gdelt -o events.export.CSV
    """
    from newsevents.store import Store
    from newsevents.store.backend import locate
    from newsevents.store.export import EXPORT_FORMATS, export_file, write_stream

    if fmt not in EXPORT_FORMATS:
        raise fail(f"--format {fmt!r}: choose {', '.join(EXPORT_FORMATS[:-1])} or {EXPORT_FORMATS[-1]}")
    if fmt == "parquet" and output is None:
        raise fail("--format parquet needs a file: give -o FILE")
    with store_errors(locate(db)), Store(locate(db), read_only=True) as store:
        if output is None:
            n = write_stream(store.connection, fmt, sys.stdout, include_all=all_)  # type: ignore[arg-type]
        elif store.backend.kind == "postgres":
            from newsevents.store import postgres

            n = postgres.export_file(store.connection, fmt, output, include_all=all_)
        else:
            n = export_file(store.connection, fmt, output, include_all=all_)  # type: ignore[arg-type]
    typer.echo(f"{n} events exported", err=True)
