"""Events the coder lost to the structure of a sentence rather than to a missing word: a participle joined
to a passive ("was arrested and sentenced"), a protest that is the object of a crackdown, an event noun
whose role modifier names the doer ("an opposition protest"); and wordings of investigation by referral
or a formal step, invitations to act, police deployments and drills, penalties lifted, bombs planted and
planned visits called off (data/patterns/synonyms.txt); an
auxiliary before its subject is a condition ("had the troops not withdrawn")."""

from __future__ import annotations

import pytest

from event_summary import summarize


def _counted(events) -> set[tuple[str | None, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return {(s[0], s[1], s[2]) for s in summarize(events) if s[3] in ("asserted", "future")}


@pytest.mark.parametrize(("sentence", "expected"), [
    # a participle joined to a passive shares its subject, and the body a bare passive implies
    ("Belarusian opposition leader Pavel Sevets was arrested and sentenced to ten days in jail.",
     ("BLR", "SANCTION", "BLR")),
    ("Five Egyptian activists were detained and charged with treason.", ("EGY", "ACCUSE", "EGY")),
    # the protest a crackdown falls on is a protest of its own, with the role that names its doers
    ("Dozens of Georgian students were held during a police crackdown against an opposition protest.",
     ("GEO", "PROTEST", None)),
    # investigation by referral, by a formal step, by a committee's hearing
    ("A French judge placed the former minister under formal investigation.", ("FRA", "ACCUSE", "FRA")),
    ("Indian authorities referred the case to federal prosecutors.", ("IND", "ACCUSE", None)),
    ("Peruvian lawmakers referred the former president for prosecution.", ("PER", "ACCUSE", "PER")),
    # an invitation to act is a request; police and drills shown are a mobilisation
    ("Canadian officials invited Chinese firms to bid for the contract.", ("CAN", "REQUEST", "CHN")),
    ("Nigerian police deployed officers across the capital before the vote.", ("NGA", "MOBILIZE", None)),
    ("The Russian navy held snap exercises in the Baltic Sea.", ("RUS", "MOBILIZE", None)),
    # a penalty lifted, a bomb planted, a planned visit called off
    ("The Egyptian government restored the journalist's accreditation.", ("EGY", "CONCEDE", "EGY")),
    ("Kurdish militants planted a bomb outside a Turkish police station.", ("TUR", "ASSAULT", "TUR")),
    ("The Saudi king canceled plans to attend the summit with the American president.",
     ("SAU", "REJECT", "USA")),
    # a concern over a deed that comes from someone falls on whoever it comes from
    ("The Swedish government voiced concerns about money coming from Iran.", ("SWE", "ACCUSE", "IRN")),
])
def test_recall_structure_codes_sentence(code, sentence: str, expected: tuple[str, str, str | None]) -> None:
    counted = _counted(code(sentence))
    if expected[2] is None:
        assert expected[:2] in {c[:2] for c in counted}
    else:
        assert expected in counted


@pytest.mark.parametrize("sentence", [
    "The ship would have sunk had it been struck by a Russian missile.",
    "Were Iran to attack the ships, the Saudi navy would respond.",
])
def test_recall_structure_inverted_condition_is_no_deed(code, sentence: str) -> None:
    assert not any(s[1] == "ASSAULT" and s[3] == "asserted" for s in summarize(code(sentence)))


@pytest.mark.parametrize(("sentence", "kind"), [
    ("The Iranian journalist was arrested and later questioned.", "SANCTION"),    # questioned: no penalty
    ("The Kenyan president invited the Ugandan president to visit Nairobi.", "REQUEST"),  # a visit: 036
    ("The Kenyan minister put the report under review.", "ACCUSE"),
    ("The Japanese firm placed an order for new devices.", "ASSAULT"),
    ("The Kenyan government restored order in the capital.", "CONCEDE"),
    ("Thousands of Iraqi pilgrims marched to the shrine on Friday.", "ACCUSE"),
    ("Militants carried out the embassy attack in Kabul.", "PROTEST"),
])
def test_recall_structure_leaves_other_senses(code, sentence: str, kind: str) -> None:
    assert kind not in {c[1] for c in _counted(code(sentence))}


def test_recall_structure_role_modifier_of_an_attack_is_no_doer(code) -> None:
    """ "the consulate attack": before a deed of violence the role names the victim, not the attacker."""
    counted = _counted(code("Two Libyan groups have since been linked to the consulate attack."))
    assert all(c[0] is None for c in counted if c[1] == "ASSAULT")


def test_recall_structure_move_to_block_is_a_rejection(code) -> None:
    counted = _counted(code("The Egyptian government moved to block Syrian refugees from entering the country."))
    assert ("EGY", "REJECT", "SYR") in counted
    assert "CONCEDE" not in {c[1] for c in counted}


def test_recall_structure_surname_of_a_described_name(code) -> None:
    """A name the tagger does not take for a person's, described by a role noun, is meant by its last word
    later on."""
    text = ("Tenzin Dorjeeva, an Indian campaigner against child labour, won the award. "
            "Dorjeeva condemned the Pakistani government.")
    assert ("IND", "ACCUSE", "PAK") in _counted(code(text))
