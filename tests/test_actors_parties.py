"""Parties named by their members: bare "Democrats" are the U.S. party, as "Republicans" are, wherever the
story is set; Britain's "Liberal Democrats" are Britain's. Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from event_summary import asserted_pairs

CASES = [
    ("Democrats criticized President Trump on Tuesday.", "USAPTY", "USAGOV"),
    ("The hearing on the attack in Benghazi, Libya, was criticized by Democrats.", "USAPTY", None),
    ("LONDON (AP) — The Liberal Democrats criticized the British government on Tuesday.", "GBRPTY", "GBRGOV"),
    ("Senate Democrats blocked the spending bill.", "USALEG", None),  # the chamber's members stay LEG
    ("Democrat Nancy Pelosi criticized President Trump.", "USALEG", "USAGOV"),  # a known person keeps her office
]


@pytest.mark.parametrize(("text", "source", "target"), CASES, ids=[c[0][:40] for c in CASES])
def test_actors_parties_named_by_their_members(code, text: str, source: str, target: str | None) -> None:
    assert (source, target) in asserted_pairs(code(text, date(2019, 5, 1)))
