"""What a that-clause of asking names is asked for, not done (the mandative subjunctive: "requested that
the UN send troops"); the asking is the event (coding/modality.py `_bare`, patterns "request that|+")."""

from __future__ import annotations

import pytest

from event_summary import summarize


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Malian government requested that the African Union send more troops.",
     ("MLI", "REQUEST", "IGO", "asserted")),
    ("Chile requested Peru to return the fishing boats.", ("CHL", "REQUEST", "PER", "asserted")),
])
def test_asking_is_coded(code, sentence: str, expected: tuple[str | None, ...]) -> None:
    assert expected in summarize(code(sentence))


@pytest.mark.parametrize(("sentence", "asked_for"), [
    ("The Malian government requested that the African Union send more troops.", "AID"),
    ("The panel recommended that the government impose sanctions on the mining firm.", "SANCTION"),
    ("Bolivia demanded that Chile return the seized trucks.", "CONCEDE"),
])
def test_what_is_asked_for_is_not_done(code, sentence: str, asked_for: str) -> None:
    assert not {s for s in summarize(code(sentence)) if s[1] == asked_for and s[3] == "asserted"}


@pytest.mark.parametrize("sentence", [
    "The spokesman, who requested anonymity, said the army had withdrawn.",
])
def test_anonymity_is_no_request(code, sentence: str) -> None:
    assert not {s for s in summarize(code(sentence)) if s[1] == "REQUEST"}


def test_a_past_deed_in_a_that_clause_stays_done(code) -> None:
    # "insisted that X did": a claim about a deed, not a demand; the deed keeps its own status
    events = summarize(code("The Malian government insisted that the army attacked the rebel camp."))
    assert ("MLI", "ASSAULT", "MLI", "hypothetical") not in events
