"""The sentence-wide passes (threats, rights, stances) look further only at words whose lemma may start
one: every word they pass over is one their own first test turns down."""

from __future__ import annotations

import pytest

from newsevents import docmemo
from newsevents.pipeline import Pipeline
from newsevents.records import Actor

SENTENCES = [
    "Iran's foreign minister vowed that Israel would pay a heavy price for the raid.",
    "Egypt said it would respond with force if Ethiopia attacked its dam.",
    "Sylvania's president vowed that Freedonia would pay a heavy price for the raid.",
    "The foreign minister warned that Ruritania has the right to defend itself by all means.",
    "Freedonia said it would respond with force if Sylvania attacked its ships.",
    "Lawmakers were critical of the deal and outraged by the arrests, but grateful to the mediators.",
    "The president affirmed Ruritania's right to exist and said the rebels will regret it.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_coding_sentence_pass_filters_skip_only_what_is_turned_down(pipeline: Pipeline, text: str) -> None:
    speech = pipeline.coder.speech
    finder = speech.evaluations
    doc = pipeline.nlp(text)
    lemmas, lowers = docmemo.lemmas(doc), docmemo.lowers(doc)
    everyone = {t.i: Actor(t.text, "XXX") for t in doc}  # every word an actor: only the lemma can turn one down
    for tok in doc:
        if lemmas[tok.i] not in speech._penalty_lemmas:
            assert speech._penalty_teller(tok) is None
        if lemmas[tok.i] not in pipeline.grammar.response_verbs:
            assert speech._response_teller(tok) is None
        if lemmas[tok.i] not in speech._right_lemmas:
            assert speech._right_backed(tok, everyone) is None and speech._right_held(tok) is None
        if lemmas[tok.i] not in finder.stance_lemmas and lowers[tok.i] not in finder.words.indignant_words:
            assert finder._stance(tok, lemmas[tok.i]) == []
    docmemo.forget(doc)


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran's foreign minister vowed that Israel would pay a heavy price for the raid.", [("130", "IRNGOV", "ISR")]),
    ("Egypt said it would respond with force if Ethiopia attacked its dam.",
     [("130", "EGY", "ETH"), ("180", "ETH", None)]),
    ("Syria warned Turkey that it has the right to defend itself by all available means.", [("130", "SYR", "TUR")]),
    ("Lawmakers in Brazil were critical of Argentina's trade policy.", [("111", "BRALEG", "ARG")]),
])
def test_coding_sentence_passes_code_as_before(code, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    found = sorted((e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
                   for e in code(text))
    assert found == expected
