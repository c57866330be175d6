"""Denials and refusals are both PLOVER REJECT, with CAMEO codes apart (data/cameo.csv, patterns/legal.txt).

A charge or a report denied, disputed or called false is CAMEO 016 "deny responsibility", which
data/cameo.csv maps to PLOVER REJECT (the manual's documented option); a request, a proposal, entry or a
resource turned down is CAMEO 12x, PLOVER REJECT too; charges dismissed by a court or by the prosecution
are dropped (081). Our own sentences."""

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
def test_denial_is_016_coded_reject(code, sentence: str) -> None:  # type: ignore[no-untyped-def]
    found = _counted(code(sentence))
    assert ("016", "REJECT") in found, found


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
