"""`newsevents code`: code articles and print their events."""

from __future__ import annotations

import sys

import typer

from newsevents.cli.common import (
    ActorsOpt,
    AllLanguagesOpt,
    DateOpt,
    Files,
    FormatOpt,
    InputLog,
    ModelOpt,
    PatternsOpt,
    TextColumnOpt,
    app,
    build_pipeline,
    fail,
    files_or_stdin,
    parse_date,
)
from newsevents.errors import NewsEventsError
from newsevents.output import EventWriter, Format, article_fields


@app.command()
def code(files: Files = None, date_: DateOpt = None, fmt: FormatOpt = Format.table, model: ModelOpt = None,
         actors: ActorsOpt = None, patterns: PatternsOpt = None, text_column: TextColumnOpt = None,
         all_languages: AllLanguagesOpt = False) -> None:
    """Code articles and print their events; stores nothing.

    Example:

        newsevents code article.txt --date 2019-04-27 --format jsonl > events.jsonl
    """
    default_date = parse_date(date_)
    try:
        pipeline = build_pipeline(model, actors, patterns)
        log = InputLog(text_column=text_column, all_languages=all_languages)
        writer = EventWriter(fmt, sys.stdout)
        for article, events in pipeline.code_articles(log.articles(files_or_stdin(files), default_date),
                                                          on_error=log.error):
            writer.write_all(e.to_dict() | article_fields(article) for e in events)
        writer.close()
    except NewsEventsError as err:
        raise fail(str(err)) from None
    log.report()
    if log.failed:
        raise typer.Exit(1)
