"""Review fixes to round 14's epithet and speaker rules, on sentences of our own.

- LONG NAMES: a state's nickname ("Islamic republic") followed by "of" and a name is part of another state's long
  name ("the Islamic Republic of Pakistan"), never the nicknamed state; the bare nickname still is;
- SPEAKERS: after "X said Y had ...", a "he"/"she" that does a word act is the speaker X, but one that does a
  deed is the nearer Y, and a pronoun never goes to a speaker marked as of the other sex.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.records import Article

D = date(2020, 5, 6)

CASES = [
    ("KABUL, Afghanistan (AP) — The cabinet of the Islamic Republic of Afghanistan accused Pakistan of arming "
     "insurgents.", "accused", "AFGGOV", "PAK"),
    ("WASHINGTON (AP) — The Islamic Republic of Iran condemned Israel on Friday.", "condemned", "IRN", "ISR"),
    ("ISLAMABAD (AP) — The Islamic Republic of Pakistan condemned India on Friday.", "condemned", "PAK", "IND"),
    ("KABUL, Afghanistan (AP) — Envoys of the Islamic Republic of Afghanistan met Iranian officials on Friday.",
     "met", "AFGGOV", "IRNGOV"),
    # kept: the bare nickname is Iran
    ("LONDON (AP) — Iran detained a British sailor. The Islamic republic also accused London of spying.",
     "accused", "IRN", "GBRGOV"),
    # a deed after "X said Y had ..." is Y's
    ("LAHORE, Pakistan (AP) — Judge Sara Malik said the gunman, Tariq Aziz, had bought the rifle in May. He "
     "shot three guards at the gate.", "shot", "PAKUAF", None),
    # a "he" is not a woman who spoke
    ("PARIS (AP) — Foreign Minister Catherine Colonna said Prime Minister Rishi Sunak had called her. Colonna "
     "said Sunak had rejected the plan. He also criticized the European Commission.",
     "criticized", "GBRGOV", "IGOEECCOM"),
    # kept: a word act is the speaker's
    ("MOSCOW (AP) — Sergei Lavrov met Antony Blinken on Monday. Lavrov said Blinken had lied. He accused "
     "Washington of hypocrisy.", "accused", "RUSGOV", "USAGOV"),
]


@pytest.mark.parametrize(("text", "trigger", "source", "target"), CASES)
def test_actor_epithets_speakers_review(roles_at, text: str, trigger: str,  # type: ignore[no-untyped-def]
                                        source: str | None, target: str | None) -> None:
    assert (source, target) in roles_at(text, trigger, D)


def test_actor_epithet_of_an_unknown_state_is_not_iran(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "WASHINGTON (AP) — The Islamic Republic of Gondwana protested the raid on its embassy."
    events = pipeline.code_article(Article(id="t", text=text, date=D))
    assert events
    assert not any(e.source is not None and e.source.code.startswith("IRN") for e in events)
