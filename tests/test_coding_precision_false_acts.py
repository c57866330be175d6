"""Wordings that looked like acts and are none (patterns/core.txt, field.txt, deeds.txt, political.txt,
grammar.yaml's likelihood_words, coding/irrealis.py); with the acts beside them that stay. Our own sentences."""

from __future__ import annotations

import pytest


def _counted(events) -> set[tuple[str, str | None, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return {(e.cameo, e.plover.type if e.plover else None, e.source.code if e.source else None,
             e.target.code if e.target else None) for e in events if e.counted}


@pytest.mark.parametrize("sentence", [
    # police or doctors in touch with the people a case befalls consult nobody
    "The Kenyan police were in contact with the families of the victims.",
    "Canadian health officials remained in touch with the passengers.",
    "Swiss doctors stayed in contact with the patients of the clinic.",
    # officials sent to a place to work make no visit
    "The Chinese government sent officials to Hong Kong.",
    # armed men on patrol are no warplanes shown
    "Islamic State fighters patrolled near the town.",
    # a car's batteries moved are no weapons
    "The Russian carmaker moved its batteries to the new plant near Moscow.",
    # a mood is no act: "happy to", "eager to"
    "Israel is happy to defend its borders against Hezbollah.",
    "The Iranian army is eager to attack the American bases in Iraq.",
    "The Turkish government is keen to host the Syrian opposition.",
    # a deal kept is no new agreement, and backs no one
    "Iran stood by the nuclear deal despite the American sanctions.",
    "The Colombian government stands by its agreement with the rebels.",
])
def test_no_counted_event(code, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert not _counted(code(sentence))


@pytest.mark.parametrize(("sentence", "coded"), [
    ("The French foreign minister has been in contact with his Iranian counterpart.",
     ("040", "CONSULT", "FRAGOV", "IRNGOV")),
    ("The Canadian foreign minister stayed in touch with the Chinese government.",
     ("040", "CONSULT", "CANGOV", "CHNGOV")),
    ("China sent its foreign minister to Moscow.", ("042", "CONSULT", "CHN", "RUSGOV")),
    ("The Chinese government sent senior officials to Hong Kong.", ("042", "CONSULT", "CHNGOV", "HKG")),
    ("Russian fighter jets flew over the Baltic Sea.", ("150", "MOBILIZE", "RUSMIL", None)),
    ("The Russian army deployed missile batteries near the border.", ("150", "MOBILIZE", "RUSMIL", None)),
    ("The Iranian army is ready to attack the American bases in Iraq.", ("138", "THREATEN", "IRNMIL", "USA")),
    ("Turkey stood by Qatar during the blockade.", ("051", "SUPPORT", "TUR", "QAT")),
])
def test_the_act_beside_it_stays(code, sentence: str, coded: tuple[str, str, str, str | None]) -> None:
    assert coded in _counted(code(sentence))


@pytest.mark.parametrize(("sentence", "status"), [
    # talks whose collapse is denied go on: not a negated meeting
    ("Talks between Russia and Ukraine have not collapsed, the Turkish foreign minister said.", "asserted"),
    ("The negotiations between Serbia and Kosovo never stalled.", "asserted"),
    # talks that collapsed, or did not take place, were not held
    ("Talks between Russia and Ukraine collapsed on Monday.", "negated"),
    ("Talks between Russia and Ukraine did not take place.", "negated"),
])
def test_talks_whose_collapse_is_denied_go_on(code, sentence: str, status: str) -> None:  # type: ignore[no-untyped-def]
    assert {e.status for e in code(sentence) if e.cameo == "040"} == {status}
