"""What the sub-commands share: the app, option types, input logging, one-line errors."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from newsevents.errors import InputError
from newsevents.output import Format
from newsevents.records import Article

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
DbOpt = Annotated[str | None, typer.Option(
    "--db", help="DuckDB file or postgresql://user@host/dbname (default: $NEWSEVENTS_DB or ./newsevents.duckdb).")]


def fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"newsevents: {message}", err=True)
    return typer.Exit(code)


def parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError:
        raise fail(f"--date {value!r} is not a date in the form YYYY-MM-DD") from None


class InputLog:
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


def build_pipeline(model: str | None, actors: list[Path] | None, patterns: list[Path] | None) -> Pipeline:
    from newsevents.pipeline import Pipeline, Settings

    return Pipeline(Settings(model=model, actor_files=tuple(map(str, actors or [])),
                             pattern_files=tuple(map(str, patterns or []))))


def files_or_stdin(files: list[str] | None) -> list[str]:
    if files:
        return files
    if sys.stdin.isatty():
        raise fail("no input: give files or folders, or pipe text into `newsevents code -`")
    return ["-"]


