"""Material acts told as results, nouns, seizures, coercion, protest camps and aid (round 12, our own sentences).

Violence is often told by its dead ("died in the attack", "the bombing left 30 dead"), places by their
fall ("Ramadi fell to the militants", "retook the city"), coercion by its plain verbs ("hauled away",
"cleared the camps", "ousted the president in a coup"). Each class varies verb, tense, voice, noun and
actor; the negatives (figures, hypotheses, negations, duties that "fall to" someone) code no such event.
"""

from __future__ import annotations

import pytest


def _types(events) -> set[str | None]:  # type: ignore[no-untyped-def]
    return {e.plover.type for e in events if e.counted and e.plover}


def _codes(events) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.cameo for e in events if e.counted}


VIOLENCE_TOLD_AS_RESULT = [
    "At least twelve people were killed in an attack on a police station in Kirkuk.",
    "Eighty people died in an Islamic State assault on the city of Kirkuk.",
    "Four Americans died in the attack on the U.S. consulate in Benghazi.",
    "Two Indian soldiers died in the ambush in Kashmir.",
    "Several Syrian civilians lost their lives in the shelling of Aleppo.",
    "Nine Afghan policemen perished in the raid on their checkpoint in Ghazni.",
    "Three Nigerian soldiers died during the assault on the camp in Borno.",
    "A suicide bombing in Kabul left 30 people dead on Tuesday.",
    "The car bombing left at least 12 people dead in Baghdad.",
    "The Taliban attack left five Afghan soldiers dead.",
    "The explosion left dozens wounded near the market in Mogadishu.",
    "The shelling left eleven Ukrainian civilians injured in Donetsk.",
    "The blast killed three Iraqi policemen in Mosul.",
    "An attack on the consulate killed four Americans in Benghazi.",
    "The fighting has claimed hundreds of lives in Yemen.",
    "The ambush claimed the lives of six Malian soldiers.",
    "The fatal attack on the U.S. consulate in Benghazi shocked Washington.",
    "The deadly bombing of a church in Lahore was condemned by Pope Francis.",
    "A bloody raid on a village in Zamfara angered residents.",
    "Islamic State fighters launched a counter-attack on police stations in Kirkuk.",
    "Islamic State militants mounted an attack on an army base in Anbar.",
    "Boko Haram militants staged an attack on a village in Borno.",
    "Al-Shabab militants carried out a deadly attack on a hotel in Mogadishu.",
    "Iraqi security forces said 20 terrorists were eliminated in Kirkuk.",
    "Kurdish peshmerga eliminated dozens of militants near Kirkuk.",
    "Kurdish forces killed dozens of Islamic State militants in Kirkuk.",
    "Iraqi troops flushed out Islamic State militants from the town.",
    "Syrian troops drove the rebels out of the town.",
    "Nigerian soldiers chased out the insurgents from Bama.",
    "The Afghan army cleared the district of Taliban fighters.",
    "Militants ambushed an Afghan army convoy in Kandahar.",
    "Gunmen opened fire on worshippers at a mosque in Kano.",
    "Nigerian troops came under attack in Borno.",
    "Five policemen were wounded when militants attacked their convoy in Sinai.",
    "At least 40 civilians were killed in airstrikes on the city of Idlib.",
    "Seven Egyptian soldiers have died in a militant attack in northern Sinai.",
    "Dozens of Yemeni fighters died in clashes near Marib.",
    "His brother died in a shootout with Chechen police.",
    "Fourteen Pakistani soldiers lost their lives in the bombing of a convoy in Waziristan.",
    "The suicide attack left 25 Somali troops dead in Mogadishu.",
    "The casualties of the attack in Kabul included 13 American troops.",
    "The victims of the bombing in Manchester were remembered on Sunday.",
    "Thousands of Ethiopians fled the fighting in Tigray.",
    "Families escaped the shelling of Mariupol by boat.",
    "Iraqi troops suffered heavy losses in the fighting near Mosul.",
    "A Pakistani policeman was martyred in a terrorist attack in Quetta.",
    "Two Iranian border guards were martyred by militants in Sistan.",
    "Indian security forces neutralized three terrorists in Jammu.",
    "The militants were routed by Nigerian troops near Maiduguri.",
]

SEIZURES = [
    "Islamic State fighters captured the city of Ramadi.",
    "Islamic State militants seized the Iraqi city of Mosul.",
    "Taliban fighters overran an Afghan army base in Helmand.",
    "Houthi rebels took control of the presidential palace in Sanaa.",
    "Houthi rebels took over the Yemeni capital.",
    "Rebels stormed the parliament building in Bangui.",
    "Libyan militiamen stormed the oil terminal at Ras Lanuf.",
    "Ramadi fell to the Islamic State group in May.",
    "The Iraqi city of Mosul fell to Islamic State militants in 2014.",
    "Kunduz fell to the Taliban on Monday.",
    "The town of Palmyra fell to Islamic State in 2015.",
    "Iraqi forces retook the city of Tikrit.",
    "The Syrian army recaptured the town of Palmyra from Islamic State.",
    "Afghan commandos retook the district centre from the Taliban.",
    "Ukrainian troops liberated the city of Kherson.",
    "Iraqi troops regained control of the refinery at Baiji.",
    "Malian soldiers have regained control of the town of Kidal.",
    "Government forces took control of the airport in Tripoli.",
    "Somali troops seized control of the port town of Kismayo.",
    "The militants wrested control of the town from Iraqi forces.",
    "Rebels took over the army barracks in Goma.",
    "Armed men stormed a prison in Maiduguri.",
    "Gunmen stormed a hotel in Bamako and took hostages.",
    "The Islamic State group's takeover of the city of Raqqa in 2014 alarmed Syria's neighbours.",
    "The recapture of the town by Syrian forces was confirmed on Sunday.",
    "Iraq's armed forces reclaimed a quarter of the territory in Anbar.",
    "The Syrian army retook the village of Maaloula from the rebels.",
    "Yemeni troops have recaptured the district from the Houthis.",
    "Libyan forces recaptured the oil port of Brega.",
    "Kurdish fighters took control of the town of Tal Abyad.",
]

COERCION = [
    "Islamic State militants forced families out of their villages near Mosul.",
    "Islamic State used Iraqi civilians as human shields.",
    "Myanmar's army expelled thousands of Rohingya from Rakhine.",
    "The Egyptian authorities deported three foreign journalists.",
    "Egyptian police detained dozens of protesters in Cairo.",
    "Egyptian police rounded up hundreds of Morsi supporters.",
    "Egyptian security forces hauled away several protesters.",
    "Several protesters were hauled away by Egyptian police.",
    "Russian police dragged the activist into a van.",
    "Russian riot police dragged away dozens of demonstrators in Moscow.",
    "Belarusian police bundled opposition supporters into buses.",
    "Turkish police carted off protesters from Taksim Square.",
    "Egyptian police evicted protesters from Tahrir Square.",
    "Egyptian security forces cleared two protest camps in Cairo.",
    "Thai soldiers cleared the protesters from the streets of Bangkok.",
    "Hong Kong police cleared the sit-in outside the government offices.",
    "Egyptian police broke up the sit-in outside the ministry.",
    "Sudanese security forces broke up the protest camp in Khartoum.",
    "Ukrainian riot police broke up a rally in Kiev.",
    "Egyptian security forces dispersed the protest camps in Cairo.",
    "The Egyptian authorities imposed a curfew in Cairo.",
    "The Thai government imposed a curfew on Bangkok.",
    "The Egyptian government banned the Muslim Brotherhood.",
    "The Egyptian military ousted President Mohamed Morsi in a coup.",
    "President Morsi was ousted by the Egyptian military.",
    "The army toppled President Omar al-Bashir in Sudan.",
    "Zimbabwe's army deposed President Robert Mugabe.",
    "Soldiers in Mali overthrew President Ibrahim Boubacar Keita.",
    "The Thai army seized power in a military coup.",
    "The Thai army staged a coup in Bangkok.",
    "Soldiers in Niger launched a coup against President Mohamed Bazoum.",
    "Guinea's army seized power on Sunday.",
    "The ouster of President Morsi by the Egyptian army sparked protests.",
    "Venezuelan police arrested opposition leader Leopoldo Lopez.",
    "Chinese police detained the human rights lawyer in Beijing.",
    "Iranian authorities cut internet access across the country.",
    "The Ethiopian government cut off the internet in Tigray.",
    "Myanmar's generals suspended the constitution after the coup.",
]

PROTEST_AND_AID = [
    "Morsi supporters set up protest camps in Cairo.",
    "Students pitched tents outside the parliament in Santiago.",
    "Farmers set up camp on the highway near Delhi.",
    "Thousands of Morsi supporters held a sit-in at a Cairo mosque.",
    "Thousands of students staged a sit-in in front of the ministry in Khartoum.",
    "Thousands of Egyptians marched through Cairo on Friday.",
    "Teachers in Kenya went on strike over pay.",
    "Kenyan doctors began a strike on Monday.",
    "South African miners walked off the job.",
    "Nigerian nurses walked out over unpaid wages.",
    "Teachers in Chicago struck for higher pay.",
    "Nurses in Nairobi struck over unpaid wages.",
    "Venezuela's opposition boycotted the election.",
    "Venezuelan opposition parties boycotted the presidential election.",
    "The United States trained and equipped the Iraqi army.",
    "American advisers are retraining the Iraqi army.",
    "Iran's Revolutionary Guards trained Houthi fighters in Yemen.",
    "Britain armed the Kurdish peshmerga.",
    "France equipped Malian troops with armoured vehicles.",
    "The United Nations delivered aid to the besieged Syrian town of Madaya.",
    "The Red Cross delivered food to civilians in Aleppo.",
    "The European Union sent aid to flood victims in Pakistan.",
    "Turkey shipped relief supplies to Gaza.",
    "The U.N. World Food Programme airlifted food to South Sudan.",
    "Russia sent troops to help the Syrian government.",
    "Doctors in Zimbabwe have been on strike since September.",
    "Nurses in Kenya remained on strike for a third week.",
    "Germany delivered tanks to Ukraine.",
    "Washington supplied Kiev with Javelin missiles.",
    "Iran has supplied drones to Russia.",
    "France provided weapons to the Kurdish peshmerga.",
]


@pytest.mark.parametrize("sentence", VIOLENCE_TOLD_AS_RESULT)
def test_violence_told_as_a_result_or_a_noun_is_assault(code, sentence: str) -> None:
    assert "ASSAULT" in _types(code(sentence))


_SEIZED_TYPES = {"ASSAULT", "COERCE"}  # a place taken by force: fighting (190) or occupation (192)


@pytest.mark.parametrize("sentence", SEIZURES)
def test_places_seized_fallen_or_retaken_are_coded(code, sentence: str) -> None:
    assert _types(code(sentence)) & _SEIZED_TYPES


_COERCION_TYPES = {"COERCE", "ASSAULT"}  # expulsions and human shields are ASSAULT (201, 184) in PLOVER


@pytest.mark.parametrize("sentence", COERCION)
def test_coercion_is_coded(code, sentence: str) -> None:
    assert _types(code(sentence)) & _COERCION_TYPES


_PROTEST_AID_TYPES = {"PROTEST", "AID", "MOBILIZE"}


@pytest.mark.parametrize("sentence", PROTEST_AND_AID)
def test_protest_camps_strikes_and_aid_are_coded(code, sentence: str) -> None:
    assert _types(code(sentence)) & _PROTEST_AID_TYPES


@pytest.mark.parametrize(("sentence", "cameo"), [
    ("Egyptian security forces hauled away several protesters.", "173"),  # detention
    ("Several protesters were hauled away by Egyptian police.", "173"),
    ("Egyptian security forces cleared two protest camps in Cairo.", "170"),  # no weapon named
    ("Sudanese security forces broke up the protest camp in Khartoum.", "170"),
    ("The Egyptian military ousted President Mohamed Morsi in a coup.", "170"),
    ("The Thai army staged a coup in Bangkok.", "170"),
    ("The Egyptian authorities imposed a curfew in Cairo.", "172"),
    ("Ramadi fell to the Islamic State group in May.", "190"),
    ("Iraqi forces retook the city of Tikrit.", "190"),
    ("Houthi rebels took control of the presidential palace in Sanaa.", "190"),
    ("The United States trained and equipped the Iraqi army.", "072"),  # military aid
    ("Britain armed the Kurdish peshmerga.", "072"),
    ("South African miners walked off the job.", "143"),
    ("Morsi supporters set up protest camps in Cairo.", "141"),
])
def test_material_results_codes(code, sentence: str, cameo: str) -> None:
    assert cameo in _codes(code(sentence))


@pytest.mark.parametrize(("sentence", "not_type"), [
    ("The new tax killed the market for imports.", "ASSAULT"),  # figurative
    ("The senator's attack on the plan was harsh.", "ASSAULT"),  # words, no blow
    ("It falls to Congress to fix the law.", "ASSAULT"),  # a duty handed on, no place taken
    ("The task fell to the deputy mayor.", "ASSAULT"),
    ("The decision fell to President Trump.", "ASSAULT"),
    ("Prices fell to a record low in Caracas.", "ASSAULT"),
    ("The House fell to the Republicans in 1994.", "ASSAULT"),  # a chamber won in a vote
    ("Democrats took control of the House in 2018.", "ASSAULT"),  # an election won
    ("The company took over its rival in Texas.", "ASSAULT"),
    ("The Senate eliminated the tax on imports.", "ASSAULT"),
    ("The agency eliminated references to the group in its talking points.", "ASSAULT"),
    ("The Republican team retook the lead in the polls.", "ASSAULT"),
    ("The minister cleared the way for new talks.", "COERCE"),
    ("The judge cleared the senator of all charges.", "COERCE"),
    ("Voters ousted the mayor in Tuesday's election.", "COERCE"),
    ("The board ousted the chief executive of the bank.", "COERCE"),
    ("The coach trained his team in Madrid.", "AID"),
    ("The party took power after the election in Spain.", "COERCE"),
    ("The storm left thousands homeless in Bangladesh.", "ASSAULT"),  # nature, no attack
    ("The senators walked out of the hearing room.", "PROTEST"),
    ("Thousands of Venezuelans fled the country last year.", "ASSAULT"),  # flight from no deed
    ("The victims of the fraud in Ohio were repaid.", "ASSAULT"),
    ("The Tories were routed in the general election.", "ASSAULT"),  # a vote lost
    ("Protesters struck a police officer with a bottle in Portland.", "PROTEST"),  # a blow, no strike
    ("The Italian military took over the distribution of vaccines.", "ASSAULT"),
    ("Fans stormed the field after the game in Alabama.", "ASSAULT"),
    ("The senator suffered a heavy defeat in the vote.", "ASSAULT"),
    ("The company supplied the army with uniforms.", "AID"),  # no arms: trade
    ("The storm cut power to thousands of homes in Florida.", "COERCE"),
])
def test_other_senses_code_no_such_event(code, sentence: str, not_type: str) -> None:
    assert not_type not in _types(code(sentence))


@pytest.mark.parametrize("sentence", [
    "Iraqi forces may recapture the city of Mosul next year.",  # hypothetical
    "Iraqi forces hope to retake Mosul by the end of the year.",
    "Egyptian police did not detain any protesters.",  # negated
    "If the army seizes power, the United States will cut aid.",  # a condition
    "The Egyptian army denied that it had staged a coup.",
    "The rebels could take control of the airport within days.",
    "Kenyan teachers threatened to go on strike.",
])
def test_unrealised_material_acts_are_not_counted(code, sentence: str) -> None:
    events = code(sentence)
    material = {"ASSAULT", "COERCE", "PROTEST"}
    assert not [e for e in events if e.counted and e.plover and e.plover.type in material
                and e.trigger.text.lower() not in {"cut"}]
