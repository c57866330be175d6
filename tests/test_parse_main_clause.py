"""parse.main_clause_of and narration.line_break_between: the one walk up to a sentence's main verb
(coreference, placing) and the one test of a paragraph break (coreference, narration). Our own sentences."""

from __future__ import annotations

import pytest

from newsevents.narration import line_break_between
from newsevents.parse import main_clause_of
from newsevents.pipeline import Pipeline


@pytest.mark.parametrize(("text", "word", "through", "expected"), [
    ("The minister met the envoy and agreed to new talks.", "agreed", ("conj",), "met"),
    ("The minister met the envoy and agreed to new talks.", "met", ("conj",), "met"),
    ("The envoy said the talks had failed.", "failed", ("conj",), "failed"),  # a clause said is not climbed
    ("The envoy said the talks had failed.", "failed", ("conj", "ccomp"), "said"),
])
def test_main_clause_of_climbs_only_the_links_given(pipeline: Pipeline, text: str, word: str,
                                                    through: tuple[str, ...], expected: str) -> None:
    doc = pipeline.nlp(text)
    verb = next(t for t in doc if t.text == word)
    assert main_clause_of(verb, frozenset(through)).text == expected


@pytest.mark.parametrize(("text", "upto", "expected"), [
    ("Sylvania's army shelled the town.\n\nThe envoy left on Monday.", "envoy", True),
    ("Sylvania's army shelled the town. The envoy left on Monday.", "envoy", False),
    ("Sylvania's army shelled the town.\n\nThe envoy left on Monday.", "town", False),
])
def test_line_break_between_finds_a_new_paragraph(pipeline: Pipeline, text: str, upto: str, expected: bool) -> None:
    doc = pipeline.nlp(text)
    end = next(t.i for t in doc if t.text == upto)
    assert line_break_between(doc, 0, end) is expected
