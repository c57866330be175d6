"""`newsevents eval`: code a gold-standard file and score the coder against it."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Annotated

import typer

from newsevents.cli.common import ActorsOpt, InputLog, ModelOpt, PatternsOpt, app, build_pipeline, fail
from newsevents.errors import NewsEventsError
from newsevents.records import Event


@app.command("eval")
def evaluate(gold: Annotated[Path, typer.Argument(help="Gold file: a JSON list of PLOVER gold-standard records.")],
             errors: Annotated[bool, typer.Option("--errors", help="List every miss and false alarm.")] = False,
             as_json: Annotated[bool, typer.Option("--json", help="Print the scores as one JSON object.")] = False,
             model: ModelOpt = None, actors: ActorsOpt = None, patterns: PatternsOpt = None) -> None:
    """Score the coder on a gold file: P/R/F1 per PLOVER type, source, target and location accuracy.

    Example:

        newsevents eval ../shared/eval/plover-gsr-dev.json --errors
    """
    from newsevents.coding.evaluate import error_report, report, score

    try:
        records = json.loads(gold.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise fail(f"{gold}: cannot read the gold file: {err}") from None
    if not isinstance(records, list):
        raise fail(f"{gold}: a gold file is a JSON list of records")
    try:
        pipeline = build_pipeline(model, actors, patterns)
        by_id: dict[str, list[Event]] = defaultdict(list)
        log = InputLog()
        for article, events in pipeline.code_articles(log.articles([str(gold)], None)):
            by_id[article.id].extend(events)
    except NewsEventsError as err:
        raise fail(str(err)) from None
    result = score(records, by_id)
    if as_json:
        typer.echo(json.dumps(result.to_dict(), indent=1))
        return
    typer.echo(report(result))
    if errors:
        typer.echo("\n" + error_report(result))
