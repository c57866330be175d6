"""`newsevents actors`: look into the actor dictionary — what a phrase means, what it misses."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Annotated

import typer

from newsevents.cli.common import (
    ActorsOpt,
    DateOpt,
    Files,
    InputLog,
    ModelOpt,
    app,
    build_pipeline,
    fail,
    files_or_stdin,
    parse_date,
)
from newsevents.errors import NewsEventsError

if TYPE_CHECKING:
    from newsevents.pipeline import Pipeline


@app.command()
def actors(files: Files = None,
           unresolved: Annotated[bool, typer.Option(
               "--unresolved", help="List the noun phrases in source or target position that resolve to no "
               "actor, most frequent first.")] = False,
           lookup: Annotated[str | None, typer.Option(
               "--lookup", help="Show what a phrase resolves to (with --date: on that date).")] = None,
           top: Annotated[int, typer.Option("--top", min=1, help="How many unresolved phrases to list.")] = 50,
           date_: DateOpt = None, model: ModelOpt = None, actors: ActorsOpt = None) -> None:
    """Inspect actor resolution: the phrases a corpus leaves unresolved, or what one phrase means.

    Use --unresolved on your own news to see which actors to add to a dictionary file
    (YAML, given with --actors; the format is documented in
    newsevents/data/actors/README.md), then --lookup to check an entry.

    Example:

        newsevents actors --unresolved news.jsonl --top 30

        newsevents actors --lookup "the foreign minister of India" --date 2019-04-27

        newsevents actors --lookup "Abe" --actors my_actors.yaml
    """
    if unresolved == (lookup is not None):
        raise fail("give either --unresolved FILES... or --lookup PHRASE")
    on = parse_date(date_)
    try:
        pipeline = build_pipeline(model, actors, None)
        if lookup is not None:
            _show_lookup(pipeline, lookup, on)
            return
        from newsevents.actors.unresolved import unresolved_phrases

        log = InputLog()
        counts = unresolved_phrases(pipeline.nlp, pipeline.resolver,
                                    log.articles(files_or_stdin(files), on), pipeline.settings.batch_size)
    except NewsEventsError as err:
        raise fail(str(err)) from None
    typer.echo(f"{'count':>6}  unresolved phrase (subject, object, agent, or after with/against/to)")
    for phrase, n in counts.most_common(top):
        typer.echo(f"{n:>6}  {phrase}")
    if log.failed:
        raise typer.Exit(1)


def _show_lookup(pipeline: Pipeline, phrase: str, on: date | None) -> None:
    from newsevents.actors.resolver import Mentions, noun_phrase

    doc = pipeline.nlp(phrase)
    heads = [t for t in doc if t.dep_ == "ROOT"] or list(doc[-1:])
    head = heads[0]
    actor = pipeline.resolver.resolve(head, Mentions(date=on))
    typer.echo(f"phrase:   {noun_phrase(head).text}  (head: {head.text})")
    if actor is None:
        typer.echo("resolves: nothing")
    else:
        typer.echo(f"resolves: {actor.code}  country={actor.country} sector={actor.sector or '-'}"
                   f"  name={actor.name or '-'}")
        typer.echo(f"how:      {actor.how or '-'}")
    for entry in pipeline.resolver.lookup(phrase, on):
        offices = "; ".join(f"{r.code} {r.title or ''} {r.start or '…'}–{r.end or '…'}".strip()
                            for r in entry.roles)
        code = entry.code_on(on)
        typer.echo(f"entry:    {entry.kind:9} {code:10} {entry.name}" + (f"  [{offices}]" if offices else ""))
