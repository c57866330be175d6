"""Round-14 review regressions, each as a class: a wording that must keep (or give) its event and the
wording the round-14 change had coded wrongly. Our own sentences."""

from __future__ import annotations

import pytest


def _coded(events) -> set[tuple[str, str | None, str]]:  # type: ignore[no-untyped-def]
    return {(e.cameo, e.plover.type if e.plover else None, e.status) for e in events if e.counted}


def _cameos(events) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.cameo for e in events if e.counted}


@pytest.mark.parametrize(("sentence", "expected"), [
    # the active verb "set" tells a deed; only its participle ("is set for") arranges one
    ("The Syrian air raid set the village ablaze.", ("190", "ASSAULT", "asserted")),
    ("Negotiations between Chile and Peru set a calmer tone.", ("040", "CONSULT", "asserted")),
    ("A summit between Chile and Peru is set for Tuesday.", ("036", "AGREE", "future")),
    # the attendance guard is for meetings: protesters taking part in a protest protested
    ("Soldiers detained dozens of farmers taking part in a protest in Kigali.", ("141", "PROTEST", "asserted")),
    # a retaliatory or military strike is an air strike only with the party it hits
    ("Israel began a retaliatory strike on Hamas positions in Gaza.", ("195", "ASSAULT", "asserted")),
    ("Nurses in Peru began a retaliatory strike after the dismissal of their union leaders.",
     ("143", "PROTEST", "asserted")),
    ("The Syrian army launched a military strike near Idlib.", ("195", "ASSAULT", "asserted")),
    # "committed to fighting" describing a group pledges nothing: the fighting stays a deed
    ("Rebels committed to fighting the army stormed a police post in Niger.", ("190", "ASSAULT", "asserted")),
    ("The rebels, committed to fighting the army, stormed a police post in Niger.", ("190", "ASSAULT", "asserted")),
    ("Germany remains committed to sending troops to Lithuania.", ("154", "MOBILIZE", "future")),
    ("Japan has committed to sending troops to Mali.", ("154", "MOBILIZE", "future")),
    # an armed offensive stays one
    ("The army staged an offensive against the rebels in Darfur.", ("190", "ASSAULT", "asserted")),
    # a meeting wished for is the intent to meet
    ("The Ethiopian president said he was eager to talk to the rebels.", ("036", "AGREE", "future")),
    ("The Kenyan president is keen to meet Museveni, an aide said.", ("036", "AGREE", "future")),
    ("The Ethiopian premier said he was glad to meet the Kenyan president.", ("036", "AGREE", "future")),
    # a visit to or with someone agreed is a meeting planned; one by inspectors lets them in
    ("Syria agreed to a visit to Moscow by its foreign minister.", ("036", "AGREE", "asserted")),
    ("Syria agreed to a visit by UN inspectors to the chemical plant.", ("086", "RETREAT", "asserted")),
    # a police squad or coach drivers are no sports side: the insult stays an accusation
    ("The Chilean president said the Bolivian police squad was a disgrace.", ("111", "ACCUSE", "asserted")),
    ("The Brazilian president said the Argentine coach drivers were a disgrace.", ("111", "ACCUSE", "asserted")),
])
def test_review_regression_class_keeps_the_event(code, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in _coded(code(sentence))


@pytest.mark.parametrize(("sentence", "absent"), [
    ("The Syrian air raid set the village ablaze.", {"138"}),
    ("Delegates taking part in the talks with Iran met in Vienna.", {"040", "036"}),
    ("Negotiations between Chile and Peru set a calmer tone.", {"036"}),
    ("Nurses in Peru began a retaliatory strike after the dismissal of their union leaders.", {"195"}),
    ("Teachers in Kenya approved a retaliatory strike over unpaid wages.", {"195"}),
    ("Military nurses in Peru started a strike over unpaid wages.", {"195"}),
    ("Rebels committed to fighting the army stormed a police post in Niger.", {"138"}),
    ("The rebels, committed to fighting the army, stormed a police post in Niger.", {"138"}),
    ("Russian hackers staged a cyber offensive against Estonian ministries.", {"190"}),
    ("The Ethiopian president said he was eager to strike the rebels.", {"195", "138"}),
    ("Syria agreed to a visit by UN inspectors to the chemical plant.", {"036"}),
    ("The Chilean president said the Bolivian cricket team was a disgrace.", {"111"}),
])
def test_review_regression_class_gives_no_wrong_event(code, sentence: str, absent: set[str]) -> None:
    assert not _cameos(code(sentence)) & absent
