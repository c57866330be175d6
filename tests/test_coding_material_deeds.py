"""Material deeds the coder used to miss for their shape, not their word: a past participle that describes
the noun it was done to ("the sanctions imposed on Cuba by Washington"), a war machine or projectile that
hits a place ("Indian jets hit camps in Pakistan"), a relative clause whose object is the noun it
describes ("the sanctions that Washington imposed"), a deed named by a noun of action with its object
("Morocco's expulsion of two Spanish diplomats", data/patterns/deeds.txt), and an act stepped up
("stepped up their calls for X to")."""

from __future__ import annotations

import pytest

from event_summary import summarize


def _counted(events) -> set[tuple[str | None, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return {(s[0], s[1], s[2]) for s in summarize(events) if s[3] in ("asserted", "future")}


@pytest.mark.parametrize(("sentence", "expected"), [
    # a participle describing a noun: the noun underwent it, the "by" agent did it
    ("The sanctions imposed on Cuba by Washington have hurt its farmers.", ("USA", "SANCTION", "CUB")),
    ("Sanctions imposed on Venezuela last year cut its oil exports.", (None, "SANCTION", "VEN")),
    ("Dozens of Belarusian students arrested in Minsk were freed on Friday.", (None, "COERCE", "BLR")),
    ("Two Egyptian reporters detained by Egyptian police were released.", ("EGY", "COERCE", "EGY")),
    # a participle staging an event noun that no pattern of its own codes there ("strike:n" wants "hunger",
    # "general", ...): the participle codes it
    ("The strike called by Nigerian unions shut down the ports.", ("NGA", "PROTEST", None)),
    ("The strike launched by French rail workers halted trains.", ("FRA", "PROTEST", None)),
    # a relative clause whose object is the noun it describes
    ("The sanctions that Washington imposed on Moscow have hurt Russian banks.", ("USA", "SANCTION", "RUS")),
    ("The deal Iran signed with Russia in 2015 collapsed.", ("IRN", "SUPPORT", "RUS")),
    ("Seoul puts heavy tariffs on Chinese steel.", ("KOR", "SANCTION", "CHN")),
    # war machines and projectiles in an attack act for their side
    ("Indian jets hit militant camps in Pakistan on Tuesday.", ("IND", "ASSAULT", "PAK")),
    ("Israeli planes hit targets in Lebanon overnight.", ("ISR", "ASSAULT", "LBN")),
    ("Several rockets hit the Israeli town of Ashkelon.", ("ISR", "ASSAULT", "ISR")),  # doer unknown: the place
    # a noun of action with its object, its doer the possessor, the "by" agent or a country modifier
    ("Morocco's expulsion of two Spanish diplomats angered Madrid.", ("MAR", "SANCTION", "ESP")),
    ("The expulsion of four Czech diplomats by Russia drew a quick response.", ("RUS", "SANCTION", "CZE")),
    ("The withdrawal of French troops from Mali began in August.", ("FRA", "RETREAT", "MLI")),
    ("Iraq's invasion of Kuwait in 1990 led to a war.", ("IRQ", "ASSAULT", "KWT")),
    ("The Saudi bombardment of Yemeni ports continued for a week.", ("SAU", "ASSAULT", "YEM")),
    ("China's deployment of missiles on the disputed reefs alarmed Manila.", ("CHN", "MOBILIZE", None)),
    ("Washington's pullout from the climate accord dismayed its allies.", ("USA", "REJECT", None)),
    # an act stepped up is the act itself, by whoever steps it up
    ("French unions stepped up their calls for the government to raise wages.", ("FRA", "REQUEST", "FRA")),
])
def test_material_deed_is_coded(code, sentence: str, expected: tuple[str | None, str, str | None]) -> None:
    counted = _counted(code(sentence))
    assert expected in counted, counted


@pytest.mark.parametrize(("sentence", "kind"), [
    ("The plane departed for Guam on Monday.", "CONSULT"),       # a war machine acts only in an attack
    ("A police helicopter circled above the stadium.", "MOBILIZE"),
    ("One official briefed on the case said nothing.", "CONSULT"),      # a participle that only says who
    ("Officials fear the arrest of the opposition leader.", "COERCE"),  # arrest noun: needs a doer or a deed
    ("His arrest in Cairo sparked protests.", "COERCE"),                # the possessor underwent it, no "of"
    ("The sanctions that hurt Iran were lifted.", "SANCTION"),         # the relative pronoun is the subject
])
def test_material_deed_not_coded(code, sentence: str, kind: str) -> None:
    assert not any(s[1] == kind and s[3] == "asserted" for s in summarize(code(sentence)))
