"""Hostile and approving acts named by wire wording that no core verb carries (data/patterns/field.txt,
political.txt, synonyms.txt): strikes ordered or stepped up are the strikes of the one who orders them,
"attacked X for doing Y" blames X, threats are unleashed, criticism is brought from a critic, and
congratulations are sent; a relative clause on a message speaks for its author (coding/subjects.py), and a deed
called "an act of aggression" or "horrific" is criticised, not done by the one who calls it (evaluation.py,
senses.py, roles.py); beside them, wordings that stay what they were."""

from __future__ import annotations

import pytest

from event_summary import summarize


@pytest.mark.parametrize(("sentence", "expected"), [
    # ASSAULT: strikes ordered, approved or stepped up
    ("The Turkish president ordered airstrikes on Kurdish militant camps in northern Iraq.",
     ("TUR", "ASSAULT", "IRQ", "asserted")),
    ("The French president ordered a missile strike against a Syrian air base.", ("FRA", "ASSAULT", "SYR", "asserted")),
    ("Putin approved strikes on rebel positions in Idlib.", ("RUS", "ASSAULT", "SYR", "asserted")),
    ("The Taliban stepped up attacks on Afghan army posts this spring.", ("AFG", "ASSAULT", "AFG", "asserted")),
    ("Russia intensified airstrikes on Aleppo last week.", ("RUS", "ASSAULT", "SYR", "asserted")),
    # ASSAULT: abduction, kidnapping and hijacking (PLOVER 'abduct'), never an arrest
    ("Afghan gunmen kidnapped two Russian engineers near Kabul.", ("AFG", "ASSAULT", "RUS", "asserted")),
    ("Militants in Yemen have kidnapped an American journalist.", ("YEM", "ASSAULT", "USA", "asserted")),
    ("Somali pirates hijacked a Greek tanker off the coast.", ("SOM", "ASSAULT", "GRC", "asserted")),
    # ACCUSE: a verbal attack for a deed; criticism brought on from a critic
    ("The Brazilian president attacked France for meddling in the Amazon.", ("BRA", "ACCUSE", "FRA", "asserted")),
    ("The senator assailed China for stealing American technology.", ("USA", "ACCUSE", "CHN", "asserted")),
    ("The vote in Ankara brought swift condemnation from the European Union.", ("IGO", "ACCUSE", None, "asserted")),
    # THREATEN: threats made against a party
    ("Pyongyang unleashed a stream of threats against Seoul.", ("PRK", "THREATEN", "KOR", "asserted")),
    ("Iran's foreign minister issued threats against Israel on Monday.", ("IRN", "THREATEN", "ISR", "asserted")),
    # SUPPORT: congratulations, thanks and endorsements
    ("The Indian prime minister sent his congratulations to the new Sri Lankan president.",
     ("IND", "SUPPORT", "LKA", "asserted")),
    ("The Japanese government expressed its gratitude to Thailand for the rescue.",
     ("JPN", "SUPPORT", "THA", "asserted")),
    ("The Chinese president appreciates Pakistan's support.", ("CHN", "SUPPORT", "PAK", "asserted")),
    ("The candidate garnered an endorsement from the Egyptian president.", ("EGY", "SUPPORT", None, "asserted")),
    # a message speaks for its author in a relative clause on it
    ("The Turkish president stood by his comments that accused the Dutch government of fascism.",
     ("TUR", "ACCUSE", "NLD", "asserted")),
    ("The Kremlin released a video that threatened Ukraine with retaliation.", ("RUS", "THREATEN", "UKR", "asserted")),
    ("In a statement that condemned the raid, the Jordanian government urged calm.",
     ("JOR", "ACCUSE", None, "asserted")),
    # a deed named and judged: "an act of ...", a word of horror
    ("The Iranian president called the American strike an act of aggression.", ("IRN", "ACCUSE", "USA", "asserted")),
    ("The Afghan president called the Taliban attack horrific.", ("AFG", "ACCUSE", "AFG", "asserted")),
])
def test_hostile_wording_codes_sentence(code, sentence: str, expected: tuple[str | None, ...]) -> None:
    assert expected in summarize(code(sentence))


@pytest.mark.parametrize(("sentence", "absent"), [
    ("Two Indian engineers were kidnapped in northern Nigeria on Sunday.", "COERCE"),  # no police implied
    ("The dockworkers' union ordered a strike at the port of Piraeus.", "ASSAULT"),
    ("The Turkish president stood by his comments on Sunday.", "SUPPORT"),
    ("The Israeli army dropped leaflets over the Lebanese village.", "REJECT"),
    ("The Iraqi minister appreciates the question.", "SUPPORT"),
    ("A shelter for Syrian refugees was attacked by Lebanese gunmen, the UN said.", "ACCUSE"),
    ("The Iranian president called the American strike an act of aggression.", "PROTEST"),
])
def test_hostile_wording_codes_no_such_event(code, sentence: str, absent: str) -> None:
    assert not any(s[1] == absent and s[3] == "asserted" for s in summarize(code(sentence)))


def test_report_rejected_is_not_its_authors_words(code) -> None:
    events = code("Germany rejected the report that accused Berlin of hiding the documents.")
    assert not any(e.plover and e.plover.type == "ACCUSE" and e.source and e.source.code.startswith("DEU")
                   for e in events)


def test_judging_an_attack_makes_the_judge_no_attacker(code) -> None:
    events = code("The Afghan president called the Taliban attack horrific.")
    assert not any(e.plover and e.plover.type == "ASSAULT" and e.source and e.source.code == "AFGGOV"
                   for e in events)


def test_attack_for_a_time_stays_an_attack(code) -> None:
    types = {s[1] for s in summarize(code("Syrian rebels attacked the Turkish border post for three hours."))}
    assert "ASSAULT" in types and "ACCUSE" not in types
