"""The resolver's screen: common nouns that name nobody are skipped, and skipping them changes nothing."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.actors.mentions import Mentions
from newsevents.actors.phrase import noun_phrase
from newsevents.actors.screen import Screen
from newsevents.actors.unresolved import resolve_sentence
from newsevents.pipeline import Pipeline

# Sentences written for these tests: plain nouns beside roles, titles, owners, partitives and names.
SENTENCES = [
    "The decision on the new road drew a lot of criticism from local farmers.",
    "Thousands of Kurds marched after the army's trucks blocked the main bridge.",
    "A militant group called the Taliban claimed the attack on the police station.",
    "The foreign minister said his government would review the trade agreement next year.",
    "Ruritanian troops and rebel fighters clashed near the border, the spokesman said.",
    "The two leaders discussed the price of oil and the country's debt at the summit.",
    "Her lawyer said the court had rejected the appeal of the former governor.",
]


def _screened(pipeline: Pipeline, text: str) -> list[tuple[str, bool]]:
    doc = pipeline.nlp(text)
    screen = pipeline.resolver.screen
    return [(t.text, screen.names_nobody(t, noun_phrase(t))) for t in doc if t.pos_ == "NOUN"]


@pytest.mark.parametrize(("text", "word", "skipped"), [
    (SENTENCES[0], "decision", True),
    (SENTENCES[0], "road", True),
    (SENTENCES[0], "farmers", False),  # a role
    (SENTENCES[0], "lot", True),  # "a lot of criticism": of nobody
    (SENTENCES[1], "Thousands", False),  # partitive of a name
    (SENTENCES[1], "trucks", False),  # owned by the army
    (SENTENCES[2], "group", False),  # a description, and called by a name
    (SENTENCES[3], "minister", False),  # a title
    (SENTENCES[3], "agreement", True),
])
def test_screen_skips_only_nouns_that_name_nobody(pipeline: Pipeline, text: str, word: str, skipped: bool) -> None:
    assert dict(_screened(pipeline, text))[word] is skipped


def test_screen_changes_no_resolution(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every noun the screen skips resolves to nothing when the resolver tries all its steps on it."""
    resolver = pipeline.resolver
    skipped = 0
    for text in SENTENCES:
        doc = pipeline.nlp(text)
        nouns = [t for t in doc if t.pos_ == "NOUN" and resolver.screen.names_nobody(t, noun_phrase(t))]
        skipped += len(nouns)
        with monkeypatch.context() as m:
            m.setattr(Screen, "names_nobody", lambda self, head, span: False)
            mentions = Mentions(date=date(2019, 4, 27))
            for sent in doc.sents:  # in reading order, as coding resolves them
                found = resolve_sentence(resolver, sent, mentions)
                assert not {t.i for t in nouns} & set(found), (text, found)
    assert skipped >= 10
