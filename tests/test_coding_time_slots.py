"""A day in a preposition's slot is no party: "called on Tuesday" is not "called on X", "called Y on
Tuesday" is a phone call, and an optional preposition that holds a day is passed over
(coding/matcher.py, guards.py's naming rule)."""

from __future__ import annotations

import pytest

from event_summary import summarize


@pytest.mark.parametrize(("sentence", "expected"), [
    # a leader called on a day: a phone call with the one called
    ("The Turkish president called the Russian president on Sunday.", ("TUR", "CONSULT", "RUS", "asserted")),
    ("The Kenyan president called his Ugandan counterpart on Monday to discuss the border.",
     ("KEN", "CONSULT", "UGA", "asserted")),
    # the day is no target, the demand keeps its own words
    ("The Egyptian foreign minister called on Thursday for a ceasefire in Libya.",
     ("EGY", "REQUEST", None, "asserted")),
    ("The Japanese government called on China to release the fishermen.", ("JPN", "REQUEST", "CHN", "asserted")),
    # a day before the asking "on": the second "on" is the one that asks
    ("The Irish prime minister on Monday called on Britain to respect the deal.",
     ("IRL", "REQUEST", "GBR", "asserted")),
    ("On Friday the Indian army used tear gas on stone-throwing protesters in Srinagar.",
     ("IND", "ASSAULT", "IND", "asserted")),
    ("Police in Nairobi used tear gas on Saturday.", ("KEN", "ASSAULT", None, "asserted")),
])
def test_a_day_in_the_slot_is_no_party(code, sentence: str, expected: tuple[str | None, ...]) -> None:
    assert expected in summarize(code(sentence))


@pytest.mark.parametrize("sentence", [
    "The Chinese leader, whom the American president called a tough negotiator on Tuesday, stayed home.",
    "The Greek prime minister called the Turkish president a bully on Monday.",
])
def test_calling_someone_a_name_is_no_call(code, sentence: str) -> None:
    assert not {s for s in summarize(code(sentence)) if s[1] in ("CONSULT", "REQUEST")}
