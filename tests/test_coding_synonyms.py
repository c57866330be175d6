"""The synonyms and phrasings of data/patterns/synonyms.txt: news wording beyond the core verbs."""

from __future__ import annotations

import pytest

from event_summary import summarize


@pytest.mark.parametrize(("sentence", "expected"), [
    # 02 appeals
    ("Chile pleaded with Bolivia to reopen the border.", ("CHL", "REQUEST", "BOL", "asserted")),
    ("Norway urged Sri Lanka to resume talks with the rebels.", ("NOR", "REQUEST", "LKA", "asserted")),
    # 04 consult
    ("Mexico held a phone call with Guatemala on Tuesday.", ("MEX", "CONSULT", "GTM", "asserted")),
    ("Qatar brokered a truce between Sudan and Chad.", ("QAT", "CONSULT", "SDN", "asserted")),
    ("Argentina conferred with Uruguay about the river dispute.", ("ARG", "CONSULT", "URY", "asserted")),
    # 05 diplomatic cooperation
    ("Ecuador restored ties with Peru after a decade.", ("ECU", "SUPPORT", "PER", "asserted")),
    ("Ghana congratulated Senegal on its peaceful election.", ("GHA", "SUPPORT", "SEN", "asserted")),
    ("Poland voiced support for Lithuania in the dispute.", ("POL", "SUPPORT", "LTU", "asserted")),
    # 06 material cooperation
    ("Brazil and Argentina held joint naval exercises.", ("BRA", "COOPERATE", "ARG", "asserted")),
    # 07 aid
    ("Sweden sent humanitarian aid to Yemen.", ("SWE", "AID", "YEM", "asserted")),
    # 08 yield
    ("Morocco freed detained Algerian fishermen.", ("MAR", "RETREAT", "DZA", "asserted")),
    ("Rebel fighters surrendered to the Colombian army.", ("COL", "RETREAT", "COL", "asserted")),
    # 09 investigate
    ("Indonesia probed Malaysia's role in the fishing dispute.", ("IDN", "ACCUSE", "MYS", "asserted")),
    # 11 disapprove
    ("Turkey slammed Sweden over the burning of the Koran.", ("TUR", "ACCUSE", "SWE", "asserted")),
    ("Vietnam lambasted China over the oil rig.", ("VNM", "ACCUSE", "CHN", "asserted")),
    ("Ethiopia hit out at Egypt over the dam.", ("ETH", "ACCUSE", "EGY", "asserted")),
    ("Kenya held Somalia responsible for the border raid.", ("KEN", "ACCUSE", "SOM", "asserted")),
    ("Iraq summoned the Turkish ambassador.", ("IRQ", "ACCUSE", "TUR", "asserted")),
    # 12 reject
    ("Armenia spurned the peace plan from Azerbaijan.", ("ARM", "REJECT", "AZE", "asserted")),
    ("Serbia turned down an invitation from Kosovo.", ("SRB", "REJECT", "XKX", "asserted")),
    # 13 threaten
    ("Iran vowed to retaliate against Israel.", ("IRN", "THREATEN", "ISR", "asserted")),
    # 14 protest
    ("Thousands of Georgians took to the streets against the government.", ("GEO", "PROTEST", "GEO", "asserted")),
    # 15 force posture
    ("Taiwan put its troops on high alert.", ("TWN", "MOBILIZE", None, "asserted")),
    ("Russia massed troops near Georgia.", ("RUS", "MOBILIZE", "GEO", "asserted")),
    # 16 reduce relations
    ("Australia expelled the Iranian envoy.", ("AUS", "SANCTION", "IRN", "asserted")),
    ("Canada slapped sanctions on Belarus.", ("CAN", "SANCTION", "BLR", "asserted")),
    ("Germany froze aid to Niger.", ("DEU", "SANCTION", "NER", "asserted")),
    # 17 coerce
    ("Hungarian police fired tear gas at Serbian migrants.", ("HUN", "ASSAULT", "SRB", "asserted")),
    # 18-19 assault
    ("Nigerian militants ambushed a Cameroonian patrol.", ("NGA", "ASSAULT", "CMR", "asserted")),
    ("Syria shot down an Israeli drone.", ("SYR", "ASSAULT", "ISR", "asserted")),
    ("Syrian rebels lobbed mortar shells at Turkish troops.", ("SYR", "ASSAULT", "TUR", "asserted")),
])
def test_synonym_codes_sentence(code, sentence: str, expected: tuple[str | None, ...]) -> None:
    assert expected in summarize(code(sentence))


@pytest.mark.parametrize("sentence", [
    "The band released a new album in Berlin.",
    "Shoppers in Madrid turned down the music in the mall.",
    "The orchestra held a rehearsal in Vienna.",
    "The company fired its chief executive in Tokyo.",
])
def test_synonym_phrasings_need_their_political_words(code, sentence: str) -> None:
    assert [e for e in code(sentence) if e.counted] == []
