"""Accusations told as reported speech (coding/allegations.py): "X claimed/alleged/charged that Y had
done a wrong" and "X said Y had violated/attacked ..." are X's accusation of Y (CAMEO 112, PLOVER ACCUSE);
the reported deed keeps its own event. And the wordings that accuse no one: a deed denied, to come or
only possible, the speaker's own side, the press or a pundit as speaker, a passive's victim, a thing as
the doer, a deed that is no wrong, and the news report's source named after the deed. Our own sentences."""

from __future__ import annotations

import pytest


def _accusations(events) -> set[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in events if e.counted and e.plover and e.plover.type == "ACCUSE"}


@pytest.mark.parametrize(("sentence", "source", "target"), [
    # a verb of alleging: any conflictual or wrongful deed of another actor
    ("The Syrian opposition claimed that government forces had dropped chlorine bombs on the suburb.",
     "SYROPP", "SYRMIL"),
    ("Pakistan contended that India had broken the ceasefire along the border.", "PAK", "IND"),
    ("The Turkish opposition charged that President Erdogan had rigged the referendum.", "TUROPP", "TURGOV"),
    ("Human rights groups asserted that Egyptian police had detained hundreds of activists.", "EGYHRI", "EGYCOP"),
    ("Ukraine claimed that Russian troops had looted the museum in Kherson.", "UKR", "RUSMIL"),
    ("The Kremlin claimed that Kyiv had staged attacks on civilians.", "RUSGOV", "UKRGOV"),
    ("Greece maintained that Turkey had violated its territorial waters.", "GRC", "TUR"),
    # a plain verb of saying: an attack, coercion or a deed wrong in itself
    ("China said the United States had disregarded international trade rules.", "CHN", "USA"),
    ("Iran said Washington had violated the nuclear agreement.", "IRN", "USAGOV"),
    ("The Indian army said Pakistani troops violated the ceasefire overnight.", "INDMIL", "PAKMIL"),
    ("Israel said Hamas fired rockets at Tel Aviv on Sunday.", "ISR", "PSEREB"),
    ("Armenia said Azerbaijan had shelled villages near the frontier.", "ARM", "AZE"),
    ("Seoul said North Korea had hacked the servers of its defence ministry.", "KORGOV", "PRK"),
    ("Germany said Russia had poisoned the opposition politician.", "DEU", "RUS"),
    ("Britain said Iran had seized a tanker in the Strait of Hormuz.", "GBR", "IRN"),
    ("The Palestinian Authority said Israeli settlers had attacked farmers near Nablus.", "PSEGOV", "ISRCVL"),
    ("Lebanon's prime minister said Israel had violated Lebanese airspace dozens of times.", "LBNGOV", "ISR"),
    ("The Afghan government said the Taliban had killed eleven villagers.", "AFGGOV", "AFGREB"),
    ("Japan said China had ignored repeated protests over the islands.", "JPN", "CHN"),
    ("The Malian army said jihadist fighters broke the truce.", "MLIMIL", "MLIREB"),
    ("Sudan's army said the Rapid Support Forces had looted hospitals in Khartoum.", "SDNMIL", "SDNREB"),
    # blame laid by a copula
    ("Venezuela said the United States was responsible for the nationwide blackout.", "VEN", "USA"),
    ("Ethiopia said Egypt was behind the unrest in the Amhara region.", "ETH", "EGY"),
    ("Poland said Belarus was guilty of using migrants as a weapon.", "POL", "BLR"),
    # a passive: the by-phrase names the doer, the subject is the victim
    ("The Syrian opposition said dozens of civilians had been killed by government troops.", "SYROPP", "SYRMIL"),
    ("Ukraine said the power station was struck by Russian missiles overnight.", "UKR", "RUSMIL"),
    ("Israel said two soldiers were wounded by Hamas gunmen near the fence.", "ISR", "PSEREB"),
    # told to someone, or in a pattern's own words
    ("Moscow told reporters that Kyiv had sabotaged the pipeline.", "RUSGOV", "UKRGOV"),
    ("Washington said Beijing had stolen intellectual property from American firms.", "USAGOV", "CHNGOV"),
])
def test_reported_allegation_accuses_the_doer(code, sentence: str, source: str, target: str) -> None:
    assert (source, target) in _accusations(code(sentence))


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Israel said Hamas fired rockets at Tel Aviv on Sunday.", "fired"),
    ("Armenia said Azerbaijan had shelled villages near the frontier.", "shelled"),
    ("Britain said Iran had seized a tanker in the Strait of Hormuz.", "seized"),
])
def test_reported_deed_keeps_its_own_event(code, sentence: str, trigger: str) -> None:
    assert any(e.trigger.text.split()[0] == trigger for e in code(sentence))


@pytest.mark.parametrize("sentence", [
    "Iran said the United States did not attack its ships.",  # denied
    "Russia said the missile fell 500 kilometers from its coast.",  # what a weapon did: nobody accused
    "US officials said the rocket launched near the capital flew across the country and hit the sea.",
    "Ukraine said Russian forces had not shelled the city.",
    "Russia said Ukraine may have shelled the plant.",  # only possible
    "Turkey said Greece could break the agreement.",
    "Iran said the United States would attack its ships if provoked.",  # to come
    "India said that if Pakistan attacked, it would respond.",  # under an if
    "The newspaper reported that Israeli troops had raided the village.",  # the press
    "Analysts said China had violated the rules.",  # pundits
    "Iran said it had attacked the base.",  # the speaker's own deed
    "Russia said its forces had struck targets in Kharkiv.",
    "The Chinese government said Chinese police had arrested the suspects.",
    "Israel said its air force had bombed targets in Gaza.",
    "Iran said Israeli jets had been shot down.",  # a passive's victim
    "The Afghan government said the villagers had been attacked.",
    "The minister said the storm destroyed the bridge.",  # a thing
    "Russia claimed that Ukraine had signed the agreement.",  # no wrong
    "France said Germany had signed the accord.",
    "The rebel group said its fighters broke into a hotel in the capital.",  # its own
    "The Malian army said jihadist fighters broke into a hotel in the capital.",  # no wrong's sense
    "Serbia claims Kosovo, governed by Albanians since 1999, as its southern province.",  # no clause
    "Rebels shelled the provincial capital overnight, Nigerian police said.",  # the report's source
])
def test_no_allegation_without_a_wrong_of_another(code, sentence: str) -> None:
    events = code(sentence)
    assert not [e for e in events if e.counted and "reported allegation" in e.rule]
    assert not [e for e in events if e.counted and e.plover and e.plover.type == "ACCUSE"]
