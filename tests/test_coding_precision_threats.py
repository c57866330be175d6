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
    "American dairy farmers warned the White House against leaving the trade pact.",
    "Republican lawmakers warned the Pentagon not to cut the navy's budget.",
    "The Indian coast guard warned Indian fishermen to remain in port during the cyclone.",
    "The Israeli army warned residents to be on alert for rocket fire.",
    "The Egyptian police warned Egyptian drivers to stay off the roads during the storm.",
    # another side's deed warned of: an alert, told as a fact
    "NATO warned of Russia massing tanks near the Baltic border.",
    "The German minister warned of Chinese efforts to buy European ports.",
    "Japanese officials warned about North Korea preparing another launch.",
    "Critics warned of Iranian attempts to smuggle weapons into Yemen.",
    # a forecast: what is said to follow is nobody's act, or the one warned is its subject
    "The French economist warned that this would wipe out the savings of pensioners.",
    "The Irish minister warned Spanish farmers they would be losing their best market.",
    "The Chinese ambassador warned that Mr. Lambert would have little influence in Beijing.",
    "The party whip warned that the opposition would likely block the budget.",
    "The Canadian minister warned that the tariffs would hurt farmers on both sides of the border.",
    # a warning with nothing warned of nor anyone warned
    "Beijing warning",
    "The Kremlin's warning was read on state television.",
    # an outcome that befalls is no threat
    "The border clashes threaten to plunge the region into a wider war.",
    "The scandal threatens to overshadow the summit in Brussels.",
    "The far-right movement threatens to siphon support from the governing coalition.",
    "The dispute over fishing rights threatens to spill over into the trade talks.",
    # things dropped that are no stance given up
    "The rebels dropped their weapons and fled into the forest.",
    "A police helicopter dropped smoke canisters over the stadium.",
    "Support for the government among young voters dropped 12 points.",
    "The Nigerian air force dropped leaflets over the villages.",
    # a refusal or an agreement only supposed or awaited
    "If the rebels cannot agree to a truce, the negotiations will collapse.",
    "Until Russia and Turkey agree on the rules, the joint patrols stay suspended.",
    # a forecast under a belief: nobody's intent
    "Kurdish commanders believe the assault on the town will start after the elections.",
    # a readiness that only seems, and a plan the past perfect tells was overtaken
    "The Iranian leadership seemed ready to back the Syrian army whatever the price.",
    "The Danish prime minister had been scheduled to visit Ghana later this month.",
    "The Danish prime minister had planned to meet the Ghanaian president in Accra.",
    # a market's rally
    "The stock market rally continued for a third day in Tokyo.",
    "Oil prices extended their rally in Asian trading.",
])
def test_idle_threats_refusals_and_agreements_give_no_event(code, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert not _counted(code(sentence))


@pytest.mark.parametrize(("sentence", "coded"), [
    # warnings that hold a penalty or the warner's act over another side
    ("China warned the United States against retaliation for the new tariffs.", ("130", "THREATEN", "CHN", "USA")),
    ("Iran warned that it would close the Strait of Hormuz.", ("130", "THREATEN", "IRN", None)),
    ("Egypt warned Hamas against joining the fighting in Sinai.", ("130", "THREATEN", "EGY", "PSEREB")),
    ("Iran warned of a deadline at the end of the month for the Europeans.", ("130", "THREATEN", "IRN", "EUR")),
    ("The German chancellor warned Erdogan not to send troops into Syria.", ("130", "THREATEN", "DEUGOV", "TURGOV")),
    ("Turkey warned Sweden that it would block the bid.", ("130", "THREATEN", "TUR", "SWE")),
    ("Pakistan warned India of a strong response to any attack.", ("130", "THREATEN", "PAK", "IND")),
    ("The Lebanese president warned that Israeli raids would bring serious consequences.",
     ("130", "THREATEN", "LBNGOV", "ISR")),
    ("The White House warned that it would impose tariffs on Chinese steel.", ("130", "THREATEN", "USAGOV", "CHN")),
    # threats of the actor's own act
    ("Germany threatened to expel the Russian diplomats.", ("136", "THREATEN", "DEU", "RUSGOV")),
    ("Iran vowed to strike American bases.", ("138", "THREATEN", "IRN", "USA")),
    ("The Iranian commander vowed to attack the American bases.", ("138", "THREATEN", "IRNMIL", "USA")),
    ("Iran had threatened to close the Strait of Hormuz.", ("130", "THREATEN", "IRN", None)),
    # a plan still to come, and a commitment made before
    ("The Danish prime minister is scheduled to visit Ghana later this month.", ("036", "AGREE", "DNKGOV", "GHA")),
    ("The Danish prime minister had agreed to meet the Ghanaian president in Accra.",
     ("036", "AGREE", "DNKGOV", "GHAGOV")),
    # a vow of a hostile act threatens; a vow to help stays a promise
    ("The Taliban vowed to rejoin the fight against the American forces.", ("130", "THREATEN", "AFGREB", "USAMIL")),
    ("The Syrian president vowed that the army would carry out its campaign against the rebels.",
     ("130", "THREATEN", "SYRGOV", None)),
    ("Japan pledged to help the Philippines after the typhoon.", ("030", "AGREE", "JPN", "PHL")),
    # refusals
    ("The Houthis rejected the Saudi truce proposal.", ("125", "REJECT", "YEMREB", "SAU")),
    ("The Taliban refused to agree to a ceasefire.", ("120", "REJECT", "AFGREB", None)),
    ("Hamas will not accept the Egyptian proposal.", ("120", "REJECT", "PSEREB", "EGY")),
    ("Ankara spurned a Greek request to take back the migrants.", ("120", "REJECT", "TURGOV", "GRC")),
    ("Congress rejected the president's budget plan.", ("127", "REJECT", "USALEG", "USAGOV")),
    ("The Chinese foreign ministry rejected the American offer of talks.", ("125", "REJECT", "CHNGOV", "USA")),
    # a stance given up is still dropped
    ("The Turkish government dropped its objections to the Swedish bid.", ("080", "CONCEDE", "TURGOV", "SWE")),
    # agreements
    ("Iran has agreed to suspend its uranium enrichment.", ("030", "AGREE", "IRN", None)),
    ("The Venezuelan government agreed to release the American prisoners.", ("035", "AGREE", "VENGOV", "USACVL")),
    ("Japan said it was willing to cooperate with South Korea on the fishing dispute.", ("031", "AGREE", "JPN", "KOR")),
    # a protest rally stays one
    ("Thousands of opposition supporters rallied in Caracas against Maduro.", ("141", "PROTEST", "VENOPP", "VENGOV")),
    # a view shared is a statement of accord (CAMEO 019), not an agreement to act
    ("Democrats and Republicans in the Senate agreed with the president's policy.", ("019", None, "USAPTY", "USAGOV")),
])
def test_real_threats_refusals_and_agreements_stay_coded(  # type: ignore[no-untyped-def]
        code, sentence: str, coded: tuple[str, str | None, str | None, str | None]) -> None:
    assert coded in _counted(code(sentence))


def test_dropped_out_of_talks_is_a_refusal(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The rebels dropped out of the peace talks in Geneva.")
    assert any(e.cameo == "120" and e.counted for e in events)


def test_a_hostile_act_said_to_go_on_is_no_threat(code) -> None:  # type: ignore[no-untyped-def]
    """ "will continue": the protests are under way, not threatened (CAMEO 133)."""
    events = code("The student protests will continue until the government resigns.")
    assert not any(e.plover and e.plover.type == "THREATEN" for e in events)
    assert any(e.cameo == "141" and e.status == "asserted" for e in events)


def test_a_supposed_refusal_is_hypothetical(code) -> None:  # type: ignore[no-untyped-def]
    events = code("If the rebels cannot agree to a truce, the negotiations will collapse.")
    assert [e.status for e in events if e.cameo == "120"] == ["hypothetical"]


def test_a_hostile_vow_is_no_agreement(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Taliban vowed to rejoin the fight against the American forces.")
    assert not any(e.plover and e.plover.type == "AGREE" for e in events)
