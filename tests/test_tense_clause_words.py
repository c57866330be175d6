"""The words of a clause that tense rules read (``ClauseTime._clause_words``): those below it with no
finite verb between, found by one walk down; and the earlier-time test that reads them."""

from __future__ import annotations

import pytest
from spacy.tokens import Token

from newsevents.pipeline import Pipeline

SENTENCES = [
    "The minister said the talks collapsed under the previous government.",
    "Rebels who had seized the town were driven out by troops sent to retake it.",
    "The envoy, then the army chief, vowed to keep pressing the neighbours to disarm.",
    "At the time, the council agreed to let inspectors visit the plant before talks resumed.",
]


def _by_ancestors(tok: Token, clause: Token) -> bool:
    """The definition walked upwards from each word: no finite verb between it and the clause."""
    for head in tok.ancestors:
        if head.i == clause.i:
            return True
        if head.pos_ in {"VERB", "AUX"} and head.tag_ not in {"VB", "VBG", "VBN"}:
            return False
    return False


@pytest.mark.parametrize("text", SENTENCES)
def test_tense_clause_words_are_those_no_finite_verb_parts_from_it(pipeline: Pipeline, text: str) -> None:
    tense = pipeline.dates.tense
    for clause in pipeline.nlp(text):
        walked = sorted(t.i for t in tense._clause_words(clause))
        assert walked == [t.i for t in clause.subtree if _by_ancestors(t, clause)]


@pytest.mark.parametrize(("text", "verb", "earlier"), [
    ("The minister said the talks collapsed under the previous government.", "said", False),
    ("The minister said the talks collapsed under the previous government.", "collapsed", True),
    ("The ministry struck a deal with the unions under the previous government.", "struck", True),
    ("The ministry struck a deal with the unions under the new government.", "struck", False),
])
def test_tense_earlier_time_is_the_clauses_own(pipeline: Pipeline, text: str, verb: str, earlier: bool) -> None:
    doc = pipeline.nlp(text)
    clause = next(t for t in doc if t.text == verb)
    assert pipeline.dates.tense._of_an_earlier_time(clause) is earlier
