"""What the sub-commands share: the app, option types, input logging, one-line errors."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from newsevents.errors import InputError, NewsEventsError
from newsevents.output import Format
from newsevents.records import Article

if TYPE_CHECKING:
    from newsevents.pipeline import Pipeline, Settings

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
TextColumnOpt = Annotated[str | None, typer.Option("--text-column", help="CSV: the column holding the article text.")]
AllLanguagesOpt = Annotated[bool, typer.Option("--all-languages", help="Code articles that do not look English too.")]
DbOpt = Annotated[str | None, typer.Option(
    "--db", help="DuckDB file or postgresql://user@host/dbname (default: $NEWSEVENTS_DB or ./newsevents.duckdb).")]


def fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"newsevents: {message}", err=True)
    return typer.Exit(code)


@contextmanager
def store_errors(where: str | Path) -> Iterator[None]:
    """Library errors and database errors (a corrupt file, a lost server) as one line on stderr
    and exit status 2, never a traceback."""
    try:
        yield
    except NewsEventsError as err:
        raise fail(str(err)) from None
    except Exception as err:  # the database driver's own errors (duckdb.Error, psycopg.Error)
        if type(err).__module__.split(".")[0].lstrip("_") not in ("duckdb", "psycopg"):
            raise
        first = str(err).splitlines()[0] if str(err) else type(err).__name__
        raise fail(f"store {where}: {first}") from None


def parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError:
        raise fail(f"--date {value!r} is not a date in the form YYYY-MM-DD") from None


class InputLog:
    """Counts failed and skipped inputs while passing good articles through; reports each failure as
    one line, and what was skipped at the end (``report``)."""

    def __init__(self, *, text_column: str | None = None, all_languages: bool = True) -> None:
        self.failed = 0
        self.not_english = 0
        self.text_column = text_column
        self.all_languages = all_languages

    def articles(self, files: list[str], default_date: date | None) -> Iterator[Article]:
        from newsevents.ingest import iter_articles
        from newsevents.ingest.language import looks_english

        for item in iter_articles(files, default_date=default_date, stdin=sys.stdin, text_column=self.text_column):
            if isinstance(item, InputError):
                self.error(item)
            elif not self.all_languages and not looks_english(item.text):
                self.not_english += 1
            else:
                yield item

    def error(self, item: InputError) -> None:
        """Count an input that failed (unreadable, or an article that could not be coded); say why in one line."""
        self.failed += 1
        typer.echo(f"newsevents: {item}", err=True)

    def report(self) -> None:
        """One line on stderr for what was skipped, if anything was."""
        if self.not_english:
            typer.echo(f"newsevents: {self.not_english} articles skipped: not English (--all-languages codes "
                       "them)", err=True)


def pipeline_settings(model: str | None, actors: list[Path] | None, patterns: list[Path] | None) -> Settings:
    """The pipeline's settings from the shared --model, --actors and --patterns options; the command owns its
    process (and the workers it starts), so the collector is settled once the data are loaded (``heap``)."""
    from newsevents.pipeline import Settings

    return Settings(model=model, actor_files=tuple(map(str, actors or [])),
                    pattern_files=tuple(map(str, patterns or [])), settle_heap=True)


def build_pipeline(model: str | None, actors: list[Path] | None, patterns: list[Path] | None) -> Pipeline:
    from newsevents.pipeline import Pipeline

    return Pipeline(pipeline_settings(model, actors, patterns))


def files_or_stdin(files: list[str] | None) -> list[str]:
    if files:
        return files
    if sys.stdin.isatty():
        raise fail("no input: give files or folders, or pipe text into `newsevents code -`")
    return ["-"]


