"""Threats, refusals and agreements that are no events (coding/cautions.py, senses.py's drop and rally checks,
modality's conditions and forecasts, grammar.yaml's befalling_outcomes, dropped_stances and market_words), with
the real ones beside them that stay. Our own sentences, written for the class of wording (PLOVER manual:
THREATEN needs a coercive warning of the warner's own act; REJECT a refusal; AGREE a commitment)."""

from __future__ import annotations

import pytest


def _counted(events) -> set[tuple[str, str | None, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return {(e.cameo, e.plover.type if e.plover else None, e.source.code if e.source else None,
             e.target.code if e.target else None) for e in events if e.counted}


@pytest.mark.parametrize("sentence", [
    # a course opposed, with nobody warned: opposition or advice
    "The senators warned against the nuclear deal with Iran.",
    "Several European diplomats cautioned against a hasty withdrawal from Syria.",
    # one's own side cautioned: lobbying or advice, no penalty held over anyone
    "American farm groups warned the White House against a pullout from the trade pact.",
    "Republican lawmakers warned the Pentagon not to cut the budget for the navy.",
    "The Indian coast guard warned Indian fishermen to remain in port during the cyclone.",
    "The Israeli army warned residents to be on alert for rocket fire.",
    "The Egyptian police warned Egyptian drivers to stay off the roads during the storm.",
    # another side's deed warned of: an alert, told as a fact
    "NATO warned of Russia moving tanks toward the border.",
    "The German minister warned of Chinese efforts to buy European ports.",
    "Japanese officials warned about North Korea preparing another launch.",
    "Critics warned of Iranian attempts to smuggle weapons into Yemen.",
    # a forecast: what is said to follow is nobody's act, or the one warned is its subject
    "The French economist warned that this would eliminate thousands of jobs.",
    "The European official warned British lawmakers they would be putting the whole deal at risk.",
    "The analyst warned that the new envoy would face many obstacles.",
    "The Senate leader warned that a coalition would likely pass the bill.",
    "The Canadian minister warned that the tariffs would hurt farmers on both sides of the border.",
    # a warning with nothing warned of nor anyone warned
    "Kremlin warning",
    "The Kremlin's warning was read on state television.",
    # an outcome that befalls is no threat
    "The fighting threatened to plunge Lebanon into chaos.",
    "The scandal threatens to overshadow the summit in Brussels.",
    "The new party threatens to siphon votes from the Conservatives.",
    "The dispute over fishing rights threatens to spill over into the trade talks.",
    # things dropped that are no stance given up
    "The rebels dropped their weapons and fled into the forest.",
    "An army helicopter dropped flares over the crowd outside the embassy.",
    "Support for the government among young voters dropped 12 points.",
    "The Nigerian air force dropped leaflets over the villages.",
    # a refusal or an agreement only supposed or awaited
    "If the Taliban cannot agree to a ceasefire, the talks will collapse.",
    "Until Russia and Turkey agree on the rules, the joint patrols stay suspended.",
    # a forecast under a belief: nobody's intent
    "Syrian fighters believe the offensive will begin before the winter rains.",
    # a market's rally
    "The stock market rally continued for a third day in Tokyo.",
    "Oil prices extended their rally in Asian trading.",
])
def test_no_counted_event(code, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert not _counted(code(sentence))


@pytest.mark.parametrize(("sentence", "coded"), [
    # warnings that hold a penalty or the warner's act over another side
    ("China warned the United States against retaliation for the new tariffs.", ("130", "THREATEN", "CHN", "USA")),
    ("Iran warned that it would close the Strait of Hormuz.", ("130", "THREATEN", "IRN", None)),
    ("Saudi Arabia warned Hezbollah against joining the battle.", ("130", "THREATEN", "SAU", "LBNREB")),
    ("North Korea warned of a year-end deadline for Washington.", ("130", "THREATEN", "PRK", "USAGOV")),
    ("The Obama administration warned Putin not to react aggressively in Ukraine.",
     ("130", "THREATEN", "USAGOV", "RUSGOV")),
    ("Turkey warned Sweden that it would block the bid.", ("130", "THREATEN", "TUR", "SWE")),
    ("Pakistan warned India of a strong response to any attack.", ("130", "THREATEN", "PAK", "IND")),
    ("The Iraqi prime minister warned that American strikes would have serious consequences.",
     ("130", "THREATEN", "IRQGOV", "USA")),
    ("The White House warned that it would impose tariffs on Chinese steel.", ("130", "THREATEN", "USAGOV", "CHN")),
    # threats of the actor's own act
    ("Germany threatened to expel the Russian diplomats.", ("136", "THREATEN", "DEU", "RUSGOV")),
    ("Iran vowed to strike American bases.", ("138", "THREATEN", "IRN", "USA")),
    ("The Iranian commander vowed to attack the American bases.", ("138", "THREATEN", "IRNMIL", "USA")),
    # refusals
    ("Hamas rejected the Egyptian ceasefire proposal.", ("125", "REJECT", "PSEREB", "EGY")),
    ("The Taliban refused to agree to a ceasefire.", ("120", "REJECT", "AFGREB", None)),
    ("Hamas will not accept the Egyptian proposal.", ("120", "REJECT", "PSEREB", "EGY")),
    ("Washington spurned an Iraqi request to withdraw its troops.", ("120", "REJECT", "USAGOV", "IRQ")),
    ("Congress rejected the president's budget plan.", ("127", "REJECT", "USALEG", "USAGOV")),
    ("The Chinese foreign ministry rejected the American offer of talks.", ("125", "REJECT", "CHNGOV", "USA")),
    # a stance given up is still dropped
    ("The Turkish government dropped its objections to the Swedish bid.", ("080", "CONCEDE", "TURGOV", "SWE")),
    # agreements
    ("North Korea has agreed to suspend its nuclear tests.", ("030", "AGREE", "PRK", None)),
    ("The Venezuelan government agreed to release the American prisoners.", ("035", "AGREE", "VENGOV", "USACVL")),
    ("Russia said it was willing to cooperate with the United States in Syria.", ("031", "AGREE", "RUS", "USA")),
    # a protest rally stays one
    ("Thousands of opposition supporters rallied in Caracas against Maduro.", ("141", "PROTEST", "VENOPP", "VENGOV")),
    # a view shared is a statement of accord (CAMEO 019), not an agreement to act
    ("Most Democrats and Republicans agreed with that policy.", ("019", None, "USAPTY", None)),
])
def test_real_event(code, sentence: str, coded: tuple[str, str | None, str | None, str | None]) -> None:  # type: ignore[no-untyped-def]
    assert coded in _counted(code(sentence))


def test_dropped_out_of_talks_is_a_refusal(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The rebels dropped out of the peace talks in Geneva.")
    assert any(e.cameo == "120" and e.counted for e in events)


def test_a_hostile_act_said_to_go_on_is_no_threat(code) -> None:  # type: ignore[no-untyped-def]
    """ "will continue": the sit-in is under way (a protest), not threatened (CAMEO 133)."""
    events = code("The sit-in outside the embassy will continue until the troops leave.")
    assert not any(e.plover and e.plover.type == "THREATEN" for e in events)
    assert any(e.cameo == "141" and e.status == "asserted" for e in events)


def test_a_supposed_refusal_is_hypothetical(code) -> None:  # type: ignore[no-untyped-def]
    events = code("If the Taliban cannot agree to a ceasefire, the talks will collapse.")
    assert [e.status for e in events if e.cameo == "120"] == ["hypothetical"]
