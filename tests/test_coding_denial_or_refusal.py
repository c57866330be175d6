"""A denial is a comment, a refusal an act (data/cameo.csv, patterns/legal.txt); our own sentences.

A charge or a report denied, disputed or called false is CAMEO 016 "deny responsibility", with no PLOVER
type like every 01x statement; a request, a proposal, entry or a resource turned down is CAMEO 12x, PLOVER
REJECT; charges dismissed by a court or by the prosecution are dropped (081)."""

from __future__ import annotations

import pytest


def _counted(events) -> set[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return {(e.cameo, e.plover.type if e.plover else None) for e in events if e.counted}


@pytest.mark.parametrize("sentence", [
    "The Peruvian president denied the bribery allegations on Tuesday.",
    "The Hungarian government rejected the claims made by the European watchdog.",
    "The Kenyan opposition leader dismissed the charges as politically motivated.",
    "The Moroccan army denied any involvement in the border clash.",
    "The Finnish minister pleaded not guilty to the fraud charges.",
])
def test_denial_is_016_without_a_plover_type(code, sentence: str) -> None:  # type: ignore[no-untyped-def]
    found = _counted(code(sentence))
    assert ("016", None) in found and not any(t == "REJECT" for _, t in found), found


@pytest.mark.parametrize(("sentence", "cameo"), [
    ("The Peruvian congress rejected the proposal of the finance minister.", "125"),
    ("Vietnam refused the request of the Chinese fishermen.", "120"),
    ("The Hungarian government denied entry to the Syrian refugees.", "120"),
    ("The consulate in Tripoli was denied the resources by the ministry in Rome.", "120"),
    ("The Portuguese prime minister turned down the offer of the Spanish government.", "125"),
])
def test_refusal_stays_reject(code, sentence: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    assert (cameo, "REJECT") in _counted(code(sentence))


@pytest.mark.parametrize("sentence", [
    "The Brazilian prosecutors dismissed the charges against the former governor.",
    "A state attorney in Florida dismissed the case against the Cuban activist.",
])
def test_charges_dismissed_by_the_prosecution_are_dropped(code, sentence: str) -> None:  # type: ignore[no-untyped-def]
    found = _counted(code(sentence))
    assert ("081", "CONCEDE") in found and "016" not in {c for c, _ in found}, found
