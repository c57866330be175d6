"""Where an event is when its sentence names no place of its own (issue 12, item 2): the clause first, then the
sentence, the dateline, the article's focus and last the actors' country, and ``source`` says which one placed
it. Articles are ours."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the clause's own place, before the dateline's
        ("KABUL, Afghanistan (AP) — Gunmen attacked a police checkpoint in Herat on Friday, officials said.",
         "attacked", ("Herat", "AFG", "clause")),
        # no place in the sentence: the dateline
        ("KABUL, Afghanistan (AP) — Gunmen attacked a police checkpoint on Friday, officials said.", "attacked",
         ("Kabul", "AFG", "dateline")),
        # a word act said in a place the sentence names, not at the dateline
        ("MOSCOW (Reuters) - Speaking in Minsk, the Russian foreign minister criticized NATO on Friday.",
         "criticized", ("Minsk", "BLR", "sentence")),
        # no place and no dateline: the country the article is about
        ("Fighting flared in Syria this week. Rebels in Idlib shelled government positions. Gunmen attacked a "
         "checkpoint on Friday.", "attacked", ("Syria", "SYR", "article")),
        # nothing but the speaker's own country
        ("The Egyptian foreign minister criticized the Turkish government on Friday.", "criticized",
         ("Egypt", "EGY", "actor")),
    ],
)
def test_places_fallback_order_clause_sentence_dateline_article_actor(code, text, trigger, expected) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(text) if e.trigger.text == trigger]
    assert events, text
    assert {(e.location.name, e.location.country, e.location.source) if e.location else None
            for e in events} == {expected}
