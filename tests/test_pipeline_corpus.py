"""Smoke test on real news: the whole VOA corpus codes without an error, with sane output."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.ingest import iter_articles
from newsevents.pipeline import Pipeline
from newsevents.records import Article


@pytest.mark.slow
def test_pipeline_codes_the_voa_corpus(pipeline: Pipeline, shared: Path) -> None:
    articles = [a for a in iter_articles([shared / "corpus" / "voa-stories.jsonl"]) if isinstance(a, Article)]
    assert len(articles) == 89
    n = 0
    for article, events in pipeline.code_articles(articles):
        for e in events:
            n += 1
            assert e.doc_id == article.id
            assert e.sentence[e.trigger.start:e.trigger.end] == e.trigger.text
            # only agentless events ("fighting erupted", issue 10) may name no actor at all
            assert e.source is not None or e.target is not None or "no named actor" in e.rule
            # every VOA story has a publication date; a background event ("had agreed") has no day of its own
            assert e.date is not None or e.date_precision == "before"
    assert n > 300


def test_pipeline_trigger_offsets_count_from_the_sentence_after_a_dateline(code) -> None:  # type: ignore[no-untyped-def]
    events = code("KABUL/ISLAMABAD — Pakistan's army chief met Afghanistan's president in Kabul on Monday.")
    assert events
    for e in events:
        assert e.sentence[e.trigger.start:e.trigger.end] == e.trigger.text
