"""Precision: sentences without a political event yield no counted event."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.pipeline import Pipeline
from newsevents.records import Article

NO_EVENTS = Path(__file__).parent / "data" / "no_events.txt"


def _sentences() -> list[str]:
    lines = NO_EVENTS.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def test_no_events_file_has_at_least_two_hundred_sentences() -> None:
    assert len(_sentences()) >= 200


def test_coder_codes_nothing_in_sentences_without_events(pipeline: Pipeline) -> None:
    articles = [Article(id=str(i), text=s) for i, s in enumerate(_sentences())]
    false_alarms = [f"{e.sentence} -> {e.cameo} ({e.rule})"
                    for _, events in pipeline.code_articles(articles) for e in events if e.counted]
    assert false_alarms == []


@pytest.mark.parametrize("sentence", ["The weather was cold in Seoul on Monday.",
                                      "North Korea has not got any relief from the UN imposed US sanctions."])
def test_coder_single_sentences_without_counted_events(pipeline: Pipeline, sentence: str) -> None:
    assert [e for e in pipeline.code_article(Article(id="s", text=sentence)) if e.counted
            and e.plover is not None and e.plover.type in {"AID", "CONCEDE", "RETREAT"}] == []
