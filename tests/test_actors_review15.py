"""Review of round 15's actor roles: a bare civil state body in a story filed from a capital.

Round 15 made what a story is about count a state the story names twice and one only guessed once, so a
story's many bare roles no longer make it about their first guess. In a story filed from Washington about
another state, the US bodies it names bare ("the administration", "advisers", "lawmakers") then took the
state the story is about. A story filed from a state's capital that has named that state's own government
or legislature calls them bare: a bare government or legislative role is the dateline's. Armed forces and a
government the story named with its state keep theirs. Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

D = date(2019, 6, 1)

# (text, trigger word, the (source, target) pairs of all its events)
FILED_FROM_CAPITAL = [
    ("WASHINGTON (AP) — President Donald Trump spoke with Ukraine's president on Monday. Ukraine has asked for "
     "more weapons. The administration said it would send Ukraine more aid.", "send", {("USAGOV", "UKR")}),
    ("WASHINGTON — Speaker Nancy Pelosi met Mexico's president on Thursday. Mexico has promised to stop "
     "migrants. Lawmakers praised Mexico for the effort.", "praised", {("USALEG", "MEX")}),
    ("WASHINGTON (AP) — Senators questioned Secretary of State Mike Pompeo about Libya. Libya's war has drawn in "
     "its neighbours. Advisers to the president urged Libya's leaders to accept a ceasefire.", "urged",
     {("USAGOV", "LBYGOV")}),
    ("OTTAWA (AP) — Prime Minister Justin Trudeau met Chinese envoys on Friday. China has detained two "
     "Canadians. Officials accused China of hostage diplomacy.", "accused", {("CANGOV", "CHN")}),
]

NEAR_MISSES = [
    # the story names no government of the dateline's state: the state it is about keeps its bodies
    ("WASHINGTON (AP) — Yemen's government accused the rebels of attacking a port on Monday. Yemeni officials "
     "said the rebels fired missiles. The government asked the United Nations for help.", "asked",
     {("YEMGOV", "IGOUNO")}),
    # "the government" named before with its state stays that one
    ("WASHINGTON (AP) — Secretary of State Mike Pompeo met Afghanistan's president on Monday. Afghan officials "
     "have rejected the deal. The government criticized the Taliban on Tuesday.", "criticized",
     {("AFGGOV", "AFGREB")}),
    # a story filed from Beirut stays Lebanese though it names an American envoy
    ("BEIRUT (AP) — The U.S. ambassador met Lebanese leaders on Monday. Lebanon's president asked for aid. "
     "The government promised reforms.", "promised", {("LBNGOV", None)}),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), FILED_FROM_CAPITAL + NEAR_MISSES,
                         ids=lambda v: v[:48] if isinstance(v, str) else None)
def test_bare_civil_body_of_the_capital_filed_from(roles_at, text: str, trigger: str,
                                                    expected: set[tuple[str | None, str | None]]) -> None:
    assert roles_at(text, trigger, D) == expected
