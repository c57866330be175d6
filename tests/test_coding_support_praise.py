"""Praise, backing, votes and elections, and the aid and concessions that give something (issue 10):
each wording class codes SUPPORT, AID or CONCEDE with its parties, and the near misses (guests welcomed,
evidence that supports a view, traffic backed up, elected officials, a standing attitude) give no event.
Our own sentences."""

from __future__ import annotations

import pytest


def _counted(events, plover: str) -> set[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in events if e.counted and e.plover and e.plover.type == plover}


@pytest.mark.parametrize(("sentence", "plover", "source", "target"), [
    # praise of an actor or of its act (CAMEO 051): the act's owner is the target
    ("The Japanese prime minister praised the agreement between Washington and Pyongyang as a historic step.",
     "SUPPORT", "JPNGOV", "USAGOV"),
    ("The German chancellor hailed Greece's decision to hold a referendum.", "SUPPORT", "DEUGOV", "GRC"),
    ("The European Union welcomed the decision by Iran to release the sailors.", "SUPPORT", "IGOEEC", "IRN"),
    ("The Chinese foreign ministry commended Pakistan's efforts to fight terrorism.", "SUPPORT", "CHNGOV", "PAK"),
    ("Mexico's president lauded Trump for dropping the tariff threat.", "SUPPORT", "MEXGOV", "USAGOV"),
    ("The Saudi king congratulated Joe Biden on his victory.", "SUPPORT", "SAUGOV", "USAELI"),
    ("The Indian prime minister thanked Japan for its help after the floods.", "SUPPORT", "INDGOV", "JPN"),
    ("The African Union applauded the Sudanese military's decision to hand over power.",
     "SUPPORT", "IGOAFU", "SDNMIL"),
    ("The Kenyan president praised Ethiopia for opening its border.", "SUPPORT", "KENGOV", "ETH"),
    # a group named by "figures" or "leaders" welcomes: people, not evidence (guards.py: bearing_out_verbs)
    ("Opposition leaders in Zimbabwe welcomed the resignation of the president.", "SUPPORT", "ZWEOPP", "ZWEGOV"),
    ("Houthi figures welcomed the resignation of the Yemeni president.", "SUPPORT", "YEMREB", "YEMGOV"),
    # endorsement and backing
    ("Senator Lindsey Graham threw his support behind Donald Trump's bid for re-election.",
     "SUPPORT", "USALEG", "USAGOV"),
    ("Barack Obama endorsed Joe Biden on Tuesday.", "SUPPORT", "USAELI", "USAELI"),
    ("Russian lawmakers backed the bill proposed by Vladimir Putin.", "SUPPORT", "RUSLEG", "RUSGOV"),
    ("The Arab League backed Egypt's bid for a seat on the council.", "SUPPORT", "IGOARL", "EGY"),
    ("France backed Germany's proposal for a European army.", "SUPPORT", "FRA", "DEU"),
    ("The Canadian government endorsed the claims of the Georgians against Moscow.", "SUPPORT", "CANGOV", "GEO"),
    ("The British prime minister expressed support for the Ukrainian government.", "SUPPORT", "GBRGOV", "UKRGOV"),
    ("The African Union expressed solidarity with the people of Sudan.", "SUPPORT", "IGOAFU", "SDNCVL"),
    ("Egypt declared its support for the Libyan National Army.", "SUPPORT", "EGY", "LBYMIL"),
    ("Turkey sided with Qatar in its dispute with Saudi Arabia.", "SUPPORT", "TUR", "QAT"),
    ("The Chinese president defended Russia's position on Syria.", "SUPPORT", "CHNGOV", "RUS"),
    # votes and elections: the electors back the one elected; a seat won in a body with no electors named
    ("Most members of the Arab League voted for Morocco in the ballot for the committee.", "SUPPORT", "IGOARL", "MAR"),
    ("The UN General Assembly elected Chile onto the Security Council for two years.",
     "SUPPORT", "IGOUNOGAS", "CHL"),
    ("The African Union elected Kenya and Ghana to its Peace and Security Council.",
     "SUPPORT", "IGOAFU", "GHA"),
    ("Indonesia was elected to the Human Rights Council last year.", "SUPPORT", None, "IDN"),
    ("The Iraqi parliament elected Barham Salih as president of Iraq on Tuesday.", "SUPPORT", "IRQLEG", "IRQGOV"),
    ("The Security Council voted Sudan onto the committee.", "SUPPORT", "IGOUNOSCR", "SDN"),
    # pleasure with an actor's act is praise
    ("The Turkish president said he was pleased with Putin's decision to delay the offensive.",
     "SUPPORT", "TURGOV", "RUSGOV"),
    ("The Kremlin was delighted with the outcome of the talks with Japan.", "SUPPORT", "RUSGOV", "JPN"),
    # recognition, apology and agreements signed are SUPPORT too (CAMEO 054, 055, 057)
    ("Germany recognised Kosovo as an independent state.", "SUPPORT", "DEU", "XKX"),
    ("The Japanese prime minister apologised to South Korea for the wartime abuses.", "SUPPORT", "JPNGOV", "KOR"),
    ("Israel and the United Arab Emirates signed an agreement to normalize relations.", "SUPPORT", "ISR", "ARE"),
    # aid given and restrictions eased
    ("Qatar delivered fuel and medicine to Gaza.", "AID", "QAT", "PSE"),
    ("Saudi Arabia provided $500 million to Yemen's central bank.", "AID", "SAU", "YEM"),
    ("Japan donated $10 million to the World Food Programme.", "AID", "JPN", "IGOUNOWFP"),
    ("The United States sent aid to the rebel forces in the north.", "AID", "USA", "USAREB"),
    ("Turkey eased restrictions on Syrian refugees.", "CONCEDE", "TUR", "SYRREF"),
    ("The United States lifted sanctions on Sudan's oil sector.", "RETREAT", "USA", "SDN"),
    ("Four Houthi prisoners were freed by Saudi Arabia in a swap with the rebels.", "RETREAT", "SAU", "YEMREB"),
    ("The Canadian prime minister met two Canadian citizens freed by China last week.", "RETREAT", "CHN", "CANCVL"),
])
def test_coding_support_praise_wordings(code, sentence: str, plover: str, source: str | None,  # type: ignore[no-untyped-def]
                                        target: str | None) -> None:
    assert (source, target) in _counted(code(sentence), plover)


@pytest.mark.parametrize(("sentence", "plover", "source"), [
    # a relative clause or a participle with its doer tells a fact about its noun: the verbs above the noun
    # (a refusal, a denial) do not negate it (modality.py: _describes_noun)
    ("The Chinese envoy said the critics refuse to study the plan that Russia and India endorsed.", "SUPPORT", "IND"),
    ("The opposition refused to join the cabinet, and the Sudanese army, backed by thousands of demonstrators, "
     "gave the president a deadline.", "SUPPORT", "SDNCVL"),
    ("Pakistan denied harbouring the militants that India accused of the attack.", "ACCUSE", "IND"),
])
def test_coding_support_praise_described_noun_asserted(code, sentence: str, plover: str,  # type: ignore[no-untyped-def]
                                                       source: str) -> None:
    assert source in {s for s, _ in _counted(code(sentence), plover)}


@pytest.mark.parametrize("sentence", [
    "The mayor welcomed guests to the annual festival on Saturday.",
    "The claim is supported by evidence from satellite images.",
    "The results of the study back the view that the drug works.",
    "The Russian convoy's presence supports the claim that Moscow armed the separatists.",
    "Traffic on the highway backed up for miles after the accident.",
    "The rebels backed off after the army arrived in the town.",
    "He hails from a small village in the north of the country.",
    # an office held, with no electors and no body named, is no act of support
    "Elected officials in the province met on Tuesday to discuss the budget.",
    "The newly elected president of the province spoke to reporters.",
    "Emmanuel Macron was elected president of France in 2017.",
    # a standing attitude, a thing supported, an adjective of backing
    "Polls show strong support for the new law among voters.",
    "Most Germans support the government's plan to phase out coal.",
    "The group is backed by wealthy donors from the Gulf.",
    "The Iran-backed militia controls the border crossing.",
    "The growth was supported by higher government spending.",
    "The recognized government of Libya is based in Tripoli.",
    # one's own decision defended; pleasure with a thing or with one's own news
    "The minister defended his decision to close the schools.",
    "The officials were pleased with the new office building.",
    "I am pleased to announce that the bridge is open again.",
    "The families were delighted with the new park in the city.",
])
def test_coding_support_praise_near_misses(code, sentence: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(sentence) if e.counted and e.plover and e.plover.type == "SUPPORT"]
    assert events == []
