"""Political acts the coder used to miss (judicial acts, bars and cancellations, eased sanctions, vowed
penalties, protests named by nouns, defence and orders) and their look-alikes that are no events;
our own sentences. Types follow the PLOVER manual: a charge is ACCUSE, a conviction or a court's
sentence SANCTION 'convict', an acquittal or pardon CONCEDE, a release RETREAT."""

from __future__ import annotations

import pytest


def _triples(events) -> set[tuple[str | None, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return {(e.plover.type if e.plover else None, e.source.code if e.source else None,
             e.target.code if e.target else None) for e in events if e.counted}


def _kinds(events) -> set[str | None]:  # type: ignore[no-untyped-def]
    return {e.plover.type if e.plover else None for e in events if e.counted}


@pytest.mark.parametrize(("sentence", "kind", "source", "target"), [
    # judicial acts with a named court or prosecutor
    ("A Moscow court convicted the opposition leader of fraud on Tuesday.", "SANCTION", "RUSJUD", "RUSOPP"),
    ("An Iranian court sentenced a French academic to six years in prison.", "SANCTION", "IRNJUD", "FRA"),
    ("A Turkish court acquitted the American pastor on Friday.", "CONCEDE", "TURJUD", "USAREL"),
    ("Federal prosecutors indicted the former Ukrainian minister on fraud charges.", "ACCUSE", "UKRJUD", "UKRELI"),
    ("Egyptian prosecutors charged the opposition activists with spreading false news.", "ACCUSE", "EGYJUD",
     "EGYOPP"),
    ("A court in Cairo jailed the blogger for two years.", "COERCE", "EGYJUD", "EGYMED"),
    ("The Burmese military released the two journalists from prison.", "RETREAT", "MMRMIL", "MMRMED"),
    # passives without "by": the court or the police of the country the sentence is about
    ("The Russian opposition leader was sentenced to three years in prison on Tuesday.", "SANCTION", "RUSJUD",
     "RUSOPP"),
    ("The Egyptian activist was found guilty of insulting the judiciary.", "SANCTION", "EGYJUD", "EGYOPP"),
    ("The Iranian general was acquitted of all charges.", "CONCEDE", "IRNJUD", "IRNMIL"),
    ("Two Turkish journalists were charged with espionage on Monday.", "ACCUSE", "TURJUD", "TURMED"),
    ("Hundreds of people were detained in Moscow on Saturday.", "COERCE", "RUSCOP", "RUSCVL"),
    ("Dozens of Venezuelan students were arrested after the march.", "COERCE", "VENCOP", "VENEDU"),
    ("The Chinese dissident was released from prison after nine years.", "RETREAT", None, "CHNOPP"),
    # refusals: courts that block, entry barred, meetings called off, vetoes
    ("A federal judge in Texas blocked the president's travel ban on Thursday.", "REJECT", "USAJUD", "USAGOV"),
    ("The Brazilian supreme court suspended the decree on Monday.", "REJECT", "BRAJUD", None),
    ("The Dutch government barred the Turkish foreign minister from entering the country.", "REJECT", "NLDGOV",
     "TURGOV"),
    ("Turkey banned the Dutch ambassador from returning to Ankara.", "REJECT", "TUR", "NLDGOV"),
    ("Israel denied entry to two American congresswomen.", "REJECT", "ISR", "USALEG"),
    ("Trump canceled his meeting with Putin in Buenos Aires.", "REJECT", "USAGOV", "RUSGOV"),
    ("The Danish prime minister called off talks with the Chinese delegation.", "REJECT", "DNKGOV", "CHNGOV"),
    ("Russia vetoed the resolution on Syria.", "REJECT", "RUS", "SYR"),
    # easing: sanctions lifted or waived, prisoners handed back, weapons given up
    ("The United States lifted sanctions on Sudan.", "RETREAT", "USA", "SDN"),
    ("Trump signed an executive order easing sanctions on Russian aluminium firms.", "RETREAT", "USAGOV",
     "RUSBUS"),
    ("The European Union waived sanctions against Belarus on Monday.", "RETREAT", "IGOEEC", "BLR"),
    ("Ukraine returned nine soldiers to Russia on Sunday.", "RETREAT", "UKR", "RUS"),
    # threats: foretold retaliation and vowed penalties
    ("Iran will retaliate if Israel strikes its nuclear sites, the Iranian foreign minister said.", "THREATEN",
     "IRN", "ISR"),
    ("North Korea vowed to respond to any American attack.", "THREATEN", "PRK", "USA"),
    ("Erdogan vowed that the Netherlands would pay the price for barring his ministers.", "THREATEN", "TURGOV",
     "NLD"),
    ("The Pentagon put Iran on notice on Friday.", "THREATEN", "USAMIL", "IRN"),
    ("China threatened to impose tariffs on American soybeans.", "THREATEN", "CHN", "USA"),
    ("The Turkish president vowed on Sunday the Netherlands would \"pay the price\" for its decision.", "THREATEN",
     "TURGOV", "NLD"),
    ("Kim Jong Un has vowed to take the highest-level action in response to the American threat.", "THREATEN",
     "PRKGOV", "USA"),
    ("The Chinese foreign ministry said China would take countermeasures if the United States sold arms to Taiwan.",
     "THREATEN", "CHN", "USA"),
    ("The White House issued clemency to the Navy officer.", "CONCEDE", "USAGOV", "USAMIL"),
    ("The Egyptian president pardoned hundreds of prisoners.", "CONCEDE", "EGYGOV", "EGYCVL"),
    # a protest at a place is aimed at the authorities there
    ("Georgian demonstrators reassembled outside the parliament in Tbilisi after nightfall.", "PROTEST", "GEOCVL",
     "GEOGOV"),
    # support and orders
    ("Pence defended the Border Patrol agents from the attacks by Democrats.", "SUPPORT", "USAGOV", "USACOP"),
    ("The German chancellor came to the defense of the French president.", "SUPPORT", "DEUGOV", "FRAGOV"),
    ("Trump ordered the Navy to stop the review.", "ORDER", "USAGOV", "USAMIL"),
])
def test_coding_political_acts_give_type_source_and_target(code, sentence: str, kind: str, source: str | None,
                                                            target: str | None) -> None:
    kind = "REQUEST" if kind == "ORDER" else kind  # PLOVER: "all requests, demands, and orders"
    assert (kind, source, target) in _triples(code(sentence))


@pytest.mark.parametrize(("sentence", "kind"), [
    # protests named by nouns, agentless
    ("In Taiwan, there were street protests in support of the jailed leaders.", "PROTEST"),
    ("The Vietnamese leg of the president's tour was met with protests in Hanoi.", "PROTEST"),
    ("Angry demonstrations sealed the square in Kabul on Saturday.", "PROTEST"),
    ("Thousands took to the streets of Caracas on Sunday.", "PROTEST"),
    ("Hundreds of pro-Turkish protesters gathered outside the Dutch consulate in Rotterdam.", "PROTEST"),
    ("The rally in Caracas drew thousands of opposition supporters.", "PROTEST"),
    ("Belarusian police dispersed an opposition protest in Minsk on Sunday.", "PROTEST"),
    ("Belarusian police dispersed an opposition protest in Minsk on Sunday.", "COERCE"),
    # the doer of a passive without "by" is implied; the act is coded either way
    ("Eight leaders of the Hong Kong movement were sentenced in April.", "SANCTION"),
    ("The Saudi blogger was jailed for ten years.", "COERCE"),
    ("Entry into Kuwait for Iranian nationals was suspended on Monday.", "REJECT"),
    ("Iran dismantled thousands of centrifuges at the Natanz plant.", "RETREAT"),
    ("The Iranian foreign minister said Iran would respond forcefully if attacked.", "THREATEN"),
])
def test_coding_political_acts_give_type(code, sentence: str, kind: str) -> None:
    assert kind in _kinds(code(sentence))


@pytest.mark.parametrize(("sentence", "not_kind"), [
    # figurative sentences and blocks
    ("The Turkish family felt sentenced to a life of poverty in the camp.", "SANCTION"),
    ("The German minister blocked out time for the visit to Iraq.", "REJECT"),
    ("The Iranian negotiators blocked out the noise from Washington.", "REJECT"),
    # a retaliation done is coded by what was done, not as a threat
    ("China retaliated against the United States on Friday.", "THREATEN"),
    # bodies found are no verdict of a court
    ("The bodies of two Iraqi soldiers were found near Mosul.", "SANCTION"),
    # promises of a payment are no threat
    ("The Greek prime minister vowed that Greece would pay its debts.", "THREATEN"),
    # a protest that merely has an aim or a character is a mention, not a new protest
    ("The protest in Paris was peaceful.", "PROTEST"),
    ("The march had a wider aim than the Hong Kong bill.", "PROTEST"),
    # no protest happened
    ("There were no protests in Minsk on Sunday.", "PROTEST"),
    ("The Belarusian government banned the opposition protest planned for Sunday.", "PROTEST"),
    ("The Chinese minister vowed that China would pay its share of the costs.", "THREATEN"),
    # opinions about judicial acts
    ("Many Russians think the opposition leader should be sentenced.", "SANCTION"),
    ("Analysts expect the Egyptian court to convict the activists.", "SANCTION"),
    # orders of things, not of actors
    ("The Indian government ordered new fighter jets from France.", "REQUEST"),
    ("The Spanish prime minister ordered the evacuation of the coastal towns.", "REQUEST"),
    # a ship removing cargo is no disarmament
    ("The Greek ship removed the containers from the port of Piraeus.", "RETREAT"),
    # self-defence and general stances
    ("The Israeli army defended itself against attacks from Gaza.", "SUPPORT"),
    ("The Turkish president has long opposed the lifting of sanctions on Syria.", "RETREAT"),
    # a duty given is no criminal charge; lower tariffs argued for are no concession
    ("The Afghan senator was charged with overseeing the withdrawal of the troops.", "ACCUSE"),
    ("The British economist said Britain would benefit from lowering its tariffs.", "RETREAT"),
    # a future trial is not a charge
    ("The Brazilian senator could be charged with corruption next year.", "ACCUSE"),
    # a cancelled flight or concert is no rejection of an actor
    ("The Egyptian airline canceled flights to Moscow because of the storm.", "REJECT"),
    ("The French singer canceled her concert in Beirut.", "REJECT"),
])
def test_coding_political_acts_leave_out_look_alikes(code, sentence: str, not_kind: str) -> None:
    assert not_kind not in _kinds(code(sentence))


@pytest.mark.parametrize(("sentence", "kind", "source"), [
    # Congress's parties and committees are the legislature; a nationality names another one's
    ("A House committee opened an investigation into the failed arms sale on Monday.", "ACCUSE", "USALEG"),
    ("Senate Democrats condemned the new tariffs on Canadian steel.", "ACCUSE", "USALEG"),
    ("A Philippine Senate committee opened an investigation into the drug killings.", "ACCUSE", "PHLLEG"),
])
def test_congress_parties_and_committees_act(code, sentence: str, kind: str, source: str) -> None:  # type: ignore[no-untyped-def]
    assert (kind, source) in {(e.plover.type, e.source.code) for e in code(sentence) if e.plover and e.source}
