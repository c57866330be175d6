"""Long texts are parsed in pieces: cut between sentences, an over-long sentence between
clauses, with no event lost at the seams and coreference reading across them."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.nlp import MAX_PIECE_CHARS, MAX_SENTENCE_CHARS, split_text
from newsevents.pipeline import Pipeline
from newsevents.records import Article

PARAGRAPH = "Sudanese troops attacked rebels in Darfur on Monday. The weather was mild and the market stayed open.\n\n"
FILLER = "The weather was mild and the market stayed open. "


def test_nlp_split_short_text_is_one_piece() -> None:
    text = PARAGRAPH * 3
    assert [(p.text, p.start) for p in split_text(text)] == [(text, 0)]
    assert split_text("") == []


def test_nlp_split_long_text_is_cut_between_sentences() -> None:
    text = PARAGRAPH * 300
    pieces = split_text(text)
    assert len(pieces) > 1
    assert "".join(p.text for p in pieces) == text
    assert all(len(p.text) <= MAX_PIECE_CHARS for p in pieces)
    assert all(text[p.start:p.start + len(p.text)] == p.text for p in pieces)
    assert all(p.text.startswith(("Sudanese", "The")) for p in pieces)


@pytest.mark.parametrize(("text", "never_first"), [
    ("The U.S. Army said so. " * 600, "Army"),  # a lone capital before the stop is no sentence end
    ("Gen. J. Smith arrived. " * 600, "Smith"),
])
def test_nlp_split_never_cuts_after_an_initial(text: str, never_first: str) -> None:
    pieces = split_text(text)
    assert len(pieces) > 1
    assert not any(p.text.startswith(never_first) for p in pieces)


@pytest.mark.parametrize(("separator", "cut_after"), [("; ", ";"), (", ", ","), (" ", "")])
def test_nlp_split_over_long_sentence_is_cut_between_clauses(separator: str, cut_after: str) -> None:
    text = separator.join(["Sudanese troops attacked rebels in Darfur"] * 120) + "."
    pieces = split_text(text)
    assert len(pieces) > 1 and "".join(p.text for p in pieces) == text
    assert all(len(p.text) <= MAX_SENTENCE_CHARS for p in pieces)
    assert all(p.text.rstrip().endswith(cut_after) for p in pieces[:-1])


def test_nlp_split_text_without_breaks_is_cut_at_the_limit() -> None:
    assert [len(p.text) for p in split_text("x" * 4000)] == [1500, 1500, 1000]


def test_nlp_split_loses_no_event_at_the_seams(pipeline: Pipeline) -> None:
    text = PARAGRAPH * 150
    assert len(split_text(text)) > 1
    events = pipeline.code_article(Article("long", text, date=date(2024, 3, 6)))
    [one] = pipeline.code_article(Article("short", PARAGRAPH, date=date(2024, 3, 6)))
    assert [(e.source, e.cameo, e.target) for e in events] == [(one.source, one.cameo, one.target)] * 150
    assert [e.sentence_index for e in events] == list(range(0, 300, 2))  # sentence numbers run on


def test_nlp_split_over_long_sentence_keeps_its_events(pipeline: Pipeline) -> None:
    text = ", and ".join(["Sudanese troops attacked rebels in Darfur"] * 80) + "."
    a = Article("one", text, date=date(2024, 3, 6))
    whole = pipeline.code_doc(pipeline.nlp(text), a)
    assert len(pipeline.code_article(a)) == len(whole) == 80


def test_nlp_split_coreference_reads_across_the_seams(pipeline: Pipeline) -> None:
    text = ("Russian President Vladimir Putin arrived in Beijing on Monday. " + FILLER * 220
            + "He met Chinese President Xi Jinping on Tuesday. Putin also criticized NATO.")
    assert len(split_text(text)) > 1
    events = pipeline.code_article(Article("coref", text, date=date(2024, 3, 6)))
    assert [(e.trigger.text, e.source.code if e.source else None) for e in events[1:]] == [
        ("met", "RUSGOV"), ("criticized", "RUSGOV")]
