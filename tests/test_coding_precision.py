"""Precision: sentences without a political event yield no counted event."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.pipeline import Pipeline
from newsevents.records import Article

NO_EVENTS = Path(__file__).parent / "data" / "no_events.txt"


def _sentences() -> list[str]:
    lines = NO_EVENTS.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def test_no_events_file_has_at_least_two_hundred_sentences() -> None:
    assert len(_sentences()) >= 200


def test_coder_codes_nothing_in_sentences_without_events(pipeline: Pipeline) -> None:
    articles = [Article(id=str(i), text=s) for i, s in enumerate(_sentences())]
    false_alarms = [f"{e.sentence} -> {e.cameo} ({e.rule})"
                    for _, events in pipeline.code_articles(articles) for e in events if e.counted]
    assert false_alarms == []


@pytest.mark.parametrize("sentence", ["The weather was cold in Seoul on Monday.",
                                      "North Korea has not got any relief from the UN imposed US sanctions."])
def test_coder_single_sentences_without_counted_events(pipeline: Pipeline, sentence: str) -> None:
    assert [e for e in pipeline.code_article(Article(id="s", text=sentence)) if e.counted
            and e.plover is not None and e.plover.type in {"AID", "CONCEDE", "RETREAT"}] == []


def _types(events) -> set[str | None]:  # type: ignore[no-untyped-def]
    return {e.plover.type if e.plover else None for e in events if e.counted}


@pytest.mark.parametrize(("sentence", "kind"), [
    # the guards against other senses leave the events of the same words alone
    ("The airstrikes killed ten civilians in the village on Monday.", "ASSAULT"),
    ("The Pakistani army launched airstrikes on militant hideouts near the Afghan border.", "ASSAULT"),
    ("Workers went on strike at the car plant in Bursa.", "PROTEST"),
    ("China lodged a protest with Japan over the island visit.", "ACCUSE"),  # a diplomatic complaint (CAMEO 114)
    ("The Japanese prime minister visited Beijing on Tuesday.", "CONSULT"),
    ("The Saudi king received the French president in Riyadh.", "CONSULT"),
    ("Kenya asked Ethiopia to withdraw its troops.", "REQUEST"),
    ("Iran asked the United Nations for help after the earthquake.", "REQUEST"),
    ("The police released twelve protesters in Minsk on Friday.", "RETREAT"),
    ("Israeli soldiers routinely beat up detainees in the prison, the report said.", "ASSAULT"),  # a habit of violence
    ("The Chinese foreign ministry called the American tariffs absurd on Monday.", "ACCUSE"),
    ("Germany warned Russia of consequences over the poisoning.", "THREATEN"),
    ("China warned that Japan would face sanctions over the island.", "THREATEN"),
    ("The Kenyan president said Uganda was right to ask the United Nations for help.", "REQUEST"),
    ("The Turkish president demanded that Sweden extradite the journalists.", "REQUEST"),
    ("Britain shared intelligence with France about the plot.", "COOPERATE"),
    ("President Macron called on Iran to release the British tanker.", "REQUEST"),
    ("Protesters rallied against the new tax in the capital on Sunday.", "PROTEST"),
    ("Mr. Lavrov traded barbs with Mr. Pompeo over the border dispute.", "ACCUSE"),  # words, not trade
    ("North Korea warned Japan of war on Sunday.", "THREATEN"),
    ("Police warned the rioters of arrests.", "THREATEN"),
    ("Britain warned the leader of Iran on Monday.", "THREATEN"),
    ("The Japanese side protested the decision on Tuesday.", "ACCUSE"),  # a state's protest (CAMEO 114)
    ("Chinese students protested outside the embassy.", "PROTEST"),
    ("President Trump arrives at G-7 summit in France amid tensions over tariffs.", "CONSULT"),
    ("Russia brazenly interfered in our 2016 presidential election process, the director said.", "COERCE"),
    ("Kim Jong Un has warned of an unspecified new path next year.", "THREATEN"),  # his own course
    ("Thousands rallied in Warsaw against the judicial reform.", "PROTEST"),
    ("Germany accused Russia of helping the rebels.", "ACCUSE"),
    ("Russia opposed the resolution in the Security Council on Monday.", "REJECT"),
    ("France has said it is opposed to quick relief from sanctions.", "REJECT"),  # a position stated
    ("Abbas talked with Putin about Syria on Monday.", "CONSULT"),  # talks with a partner
    ("The Chinese and American presidents talked about Taiwan on Monday.", "CONSULT"),
    ("Abbas spoke with Erdogan about Gaza on Monday.", "CONSULT"),
    ("Macron renewed his call for a ceasefire in Gaza.", "REQUEST"),  # a call for something
    ("The German chancellor's call on Iran to free the tanker went unanswered.", "REQUEST"),
    ("China threatened to retaliate against the new tariffs.", "THREATEN"),
    ("The Indian foreign ministry threatened to expel the diplomats.", "THREATEN"),
    ("Russian soldiers forced Ukrainian villagers to leave their homes.", "COERCE"),
    ("A reporter asked the minister about the talks, and she said Iran had attacked the tanker.", "ASSAULT"),
    ("Obama also made a renewed call to train and arm the Syrian rebels.", "REQUEST"),
    ("Syrian rebels renewed calls for Assad to resign.", "REQUEST"),
    ("Iran is willing to negotiate with the United States, the foreign minister said.", "AGREE"),
    ("The Taliban dropped out of the talks in Doha.", "REJECT"),
    ("Hamas dropped its demand for the release of all prisoners.", "CONCEDE"),
    ("Spain recognized the government of Juan Guaido in Venezuela.", "SUPPORT"),
    # beside advice, gestures and standing views: threats, yielding, criticism voiced and support given
    ("China warned Japan against sending warships to the islands.", "THREATEN"),
    ("Beijing warned Tokyo not to send warships into the strait.", "THREATEN"),
    ("The rebels gave up the town of Aleppo to government forces.", "CONCEDE"),
    ("Senator Graham was sharply critical of the Obama administration's handling of Syria on Tuesday.", "ACCUSE"),
    ("China has been sharply critical of the United States in recent weeks over the tariffs.", "ACCUSE"),
    ("Germany will continue to support Ukraine, the chancellor told Zelensky on Monday.", "AGREE"),
    ("France backed the UN resolution on Syria on Monday.", "SUPPORT"),
    ("The Turkish government opposed the American plan at the meeting in Brussels.", "REJECT"),
    ("The spokeswoman said the Chinese government opposed to foreign interference in Hong Kong.", "REJECT"),
])
def test_coder_keeps_real_events_beside_the_guards(code, sentence: str, kind: str) -> None:
    assert kind in _types(code(sentence))


@pytest.mark.parametrize(("sentence", "status"), [
    ("The Chinese premier is scheduled to meet the German chancellor next week.", "future"),
    ("Poland said it would vote to back Ukraine's bid in the coming months.", "future"),
    ("The Turkish president has yet to agree to a ceasefire with the Kurdish fighters.", "hypothetical"),
    ("Congress gave the president the authority to strike Iran.", "hypothetical"),
    ("Attacking Iran is not necessary, the senator argued.", "hypothetical"),
    ("Germany has no interest in supporting the Syrian rebels.", "negated"),
    ("Chinese Premier Li will fly to Berlin next week and meet with German business leaders.", "future"),
])
def test_coder_modality_of_planned_judged_and_empowered_acts(code, sentence: str, status: str) -> None:
    trigger_events = [e for e in code(sentence) if e.plover is not None and e.plover.type != "REQUEST"]
    assert trigger_events and {e.status for e in trigger_events} == {status}


def test_coder_warning_of_unnamed_consequences_is_no_military_threat(code) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code("Germany warned Russia of consequences over the poisoning.") if e.counted]
    assert [e.cameo for e in events] == ["130"]


@pytest.mark.parametrize(("sentence", "kind"), [
    ("A US drone strike killed a senior commander of the Taliban.", "ASSAULT"),
    ("Syrian government troops killed twelve rebels near Idlib.", "ASSAULT"),
    ("The Chinese navy ship fired a missile at the Philippine boat.", "ASSAULT"),
    ("Kenya called on Ethiopia to release the detained journalists.", "REQUEST"),
    ("The United States wanted North Korea to give up its nuclear weapons.", "REQUEST"),  # someone else to act
    ("The senator urged Russia to back off from Ukraine.", "REQUEST"),
    ("The Japanese government recognized Kosovo as an independent state.", "SUPPORT"),
    ("The Iranian government accepted the proposal of the United Nations.", "AGREE"),
    ("Russia has always opposed NATO expansion, the Russian foreign minister said on Monday.", None),
])
def test_coder_named_actors_beside_the_guards(code, sentence: str, kind: str | None) -> None:
    types = _types(code(sentence))
    assert kind in types if kind else not types


@pytest.mark.parametrize(("sentence", "kind"), [
    # each guard of figures, purposes, guesses, wishes and stances leaves the deeds beside it alone
    ("The Turkish and Greek foreign ministers discussed the island dispute in Ankara on Monday.", "CONSULT"),
    ("Iran and Iraq held consultations in Baghdad on Monday.", "CONSULT"),
    ("Kenyan police fired on the crowd in Nairobi, killing three protesters.", "ASSAULT"),
    ("Iraqi forces fought against the Islamic State in Mosul.", "ASSAULT"),
    ("Government troops fought the rebels near Aleppo.", "ASSAULT"),
    ("Turkish police clashed with Kurdish protesters in Diyarbakir.", "ASSAULT"),
    ("The Pakistani army launched an offensive aimed at retaking the valley from the Taliban.", "ASSAULT"),
    ("Kenyan police arrested ten opposition supporters in order to clear the square.", "COERCE"),
    ("Russian troops have shelled Ukrainian positions for three weeks.", "ASSAULT"),
    ("The European Union wants Russia to withdraw its troops from Ukraine.", "REQUEST"),
    ("The minister urged Iran to release the detained sailors.", "REQUEST"),
    ("The United Nations accepted the invitation of the Iranian government.", "AGREE"),
    ("Egypt agreed with Israel on a new border crossing.", "AGREE"),
    ("Israel agreed to a ceasefire with Hamas.", "AGREE"),
    ("Hamas handed over two Israeli soldiers to Egypt.", "RETREAT"),
    ("The French president handed over the looted statues to Benin.", "RETREAT"),
    ("The resolution was backed by France and Britain on Tuesday.", "SUPPORT"),
    ("Japan refused to apologise for the wartime labour on Monday.", "REJECT"),
    ("The French president criticized the Turkish offensive on Tuesday.", "ACCUSE"),
    ("The United States withdrew from the UN Human Rights Council on Tuesday.", "RETREAT"),
    ("North Korea expressed its willingness to meet the American president.", "AGREE"),
    ("The Turkish opposition party supported the new constitution in a vote on Monday.", "SUPPORT"),
    ("Germany backed the French proposal at the summit on Friday.", "SUPPORT"),
    ("The Iraqi army had to withdraw from the disputed town after the clashes.", "RETREAT"),
    ('"I have to apologize to the Japanese people for the remarks," the Chinese ambassador said.', "SUPPORT"),
    ("Trade did not collapse, perhaps because the leaders of China and Japan pledged to cut tariffs.", "AGREE"),
    ("The French president said that France will back the German budget rules.", "AGREE"),
    # "drop" with bombs is an air strike, with a demand or charges a concession, with talks a refusal
    ("Russian warplanes dropped bombs on the Syrian town of Idlib.", "ASSAULT"),
    ("Prosecutors in Kenya dropped the charges against the opposition leader.", "CONCEDE"),
    ("The Turkish government dropped its demand for an apology from Greece.", "CONCEDE"),
    ("The Colombian rebels dropped the peace talks with the government.", "REJECT"),
    # liking, animals and tales leave real deeds beside them alone
    ("Police shot dead a gunman who attacked a market in Nairobi.", "ASSAULT"),
    ("The fact is that the Syrian army shelled the village of Kafr Nabl.", "ASSAULT"),
    # a missile launched at a target is a strike; one launched into the sea is a show of force
    ("Houthi rebels launched a missile at the Saudi airport in Jizan.", "ASSAULT"),
    ("North Korea launched two short-range missiles into the sea on Friday.", "MOBILIZE"),
])
def test_coder_keeps_deeds_beside_the_guards_of_figures_purposes_and_stances(code, sentence: str,
                                                                             kind: str) -> None:
    assert kind in _types(code(sentence))


@pytest.mark.parametrize("sentence", [
    "The Chinese premier meets the German chancellor in Berlin next week.",  # a present with a time to come
    "The Japanese prime minister to meet the Indian prime minister in Delhi",  # a headline's infinitive
])
def test_coder_planned_meetings_are_future(code, sentence: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in code(sentence) if e.plover is not None]
    assert events and {(e.plover.type, e.status) for e in events} == {("AGREE", "future")}


@pytest.mark.parametrize(("sentence", "status"), [
    # a trip made for a meeting reports the meeting; the trip's own mood decides whether it happened
    ("The Kenyan foreign minister flew to Addis Ababa on Monday to meet the Ethiopian prime minister.", "asserted"),
    ("The Chilean president travelled to Lima to hold talks with the Peruvian president.", "asserted"),
    ("The Polish prime minister plans to travel to Kyiv to meet the Ukrainian president.", "future"),
    ("The Indian foreign minister did not fly to Dhaka to meet the Bangladeshi prime minister.", "negated"),
])
def test_coder_meetings_a_trip_was_made_for(code, sentence: str, status: str) -> None:  # type: ignore[no-untyped-def]
    meetings = [e for e in code(sentence) if e.trigger.text in {"meet", "hold"}]  # planned: 036, an intent
    assert meetings and {e.status for e in meetings} == {status}


def test_coder_other_purposes_stay_aims(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Turkish navy sent two frigates to the strait to deter attacks on merchant ships.")
    assert all(e.status != "asserted" for e in events if e.plover is not None and e.plover.type == "ASSAULT")


@pytest.mark.parametrize(("sentence", "kind"), [
    # positive controls of the link-run guard, the figurative "strike a note" and the verb "ready"
    ("The Governor Tom Harlan Thomas Lee HarlanVoters protest tariff plan MORE (R-Ohio) criticized the Pentagon on "
     "Tuesday.", "ACCUSE"),  # the event after the glued headlines is the story's
    ("Senator Ann Blake condemned Russia on Monday and asked for MORE aid for Ukraine.", "ACCUSE"),
    ("Syrian jets struck rebel positions near Idlib on Friday.", "ASSAULT"),
    ("Iran said it was ready to resume talks with the European Union.", "AGREE"),
    # strikes and rockets aimed at a target are attacks, a labour strike stays a protest
    ("Turkey launched airstrikes against Kurdish fighters in northern Iraq on Sunday.", "ASSAULT"),
    ("Israel launched strikes against Hamas positions in Gaza on Tuesday.", "ASSAULT"),
    ("Government forces fired rockets into the rebel town of Kafr Nabl on Monday.", "ASSAULT"),
    ("Dock workers launched a strike on Monday over unpaid wages.", "PROTEST"),
    # a wish for a state ("wanted him standing there") is no demand; a wish for an act by another still is
    ("The Iraqi parliament wants American troops withdrawn from the country.", "REQUEST"),
    ("Turkey wants the Kurdish fighters expelled from the border town.", "REQUEST"),
    ("The senator wants Iran to stop the missile tests.", "REQUEST"),
])
def test_coder_keeps_events_beside_link_runs_figures_and_preparations(code, sentence: str,  # type: ignore[no-untyped-def]
                                                                       kind: str) -> None:
    assert kind in _types(code(sentence))


@pytest.mark.parametrize(("sentence", "kind"), [
    # a state's protest is a diplomatic complaint (ACCUSE); people protesting stay PROTEST
    ("North Korea protested the joint military exercises of the United States and South Korea.", "ACCUSE"),
    ("The Chinese foreign ministry protested the visit of the Japanese minister to the shrine.", "ACCUSE"),
    ("Thousands of Iranians protested against the government in Tehran on Friday.", "PROTEST"),
    ("Students protested against the Chinese government in Hong Kong on Sunday.", "PROTEST"),
])
def test_coder_a_states_protest_is_a_complaint(code, sentence: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert _types(code(sentence)) == {kind}


def test_coder_an_act_in_case_of_another_is_hypothetical(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The navy moved two ships to the gulf in case Iran attacks tankers.")
    assert {e.status for e in events if e.plover is not None and e.plover.type == "ASSAULT"} == {"hypothetical"}
    assert "MOBILIZE" in _types(events)  # the precaution itself was taken
    assert "ASSAULT" in _types(code("Iran attacked two tankers in the gulf on Monday."))


@pytest.mark.parametrize(("sentence", "kind"), [
    # a verbal attack on a text or an idea is criticism, not an assault
    ("The Iranian foreign minister attacked the report as a pack of lies.", "ACCUSE"),
    ("Her comments were attacked by the Chinese embassy in London.", "ACCUSE"),
    ("The Russian ambassador attacked the British investigation into the poisoning.", "ACCUSE"),
    # "never" hung on "will" still negates: a refusal
    ("Canada does not, and never will, recognize Russia's annexation of Crimea.", "REJECT"),
    # beside the new guards, the deeds and demands stay
    ("The rebels attacked the army base near Aleppo on Tuesday.", "ASSAULT"),
    ("Gunmen attacked the office of the newspaper in Paris.", "ASSAULT"),
    ("Assad used chemical weapons against civilians in Douma, the inspectors said.", "ASSAULT"),
    ("The German chancellor said Russia should release the prisoners.", "REQUEST"),
    ("Lawmakers backing the bill said Russia must withdraw from Crimea.", "REQUEST"),
    ("Maduro blamed the opposition for the shortages.", "ACCUSE"),
    ("Saudi Arabia waged war on the Houthi rebels in Yemen.", "ASSAULT"),
    ("The joint statement called on Israel to halt settlement construction.", "REQUEST"),
    ("Macron called on Russia to release the prisoners.", "REQUEST"),
    ("The decree was attacked as a power grab by Egyptian judges.", "ACCUSE"),
    ("Obama attacked the Republican plan as a gift to the rich.", "ACCUSE"),
    ("Police attacked the protesters as they marched to the square.", "ASSAULT"),
    ("The Syrian army attacked the rebels with helicopters near Hama.", "ASSAULT"),
    ("Russia threatened Ukraine with a gas cutoff.", "THREATEN"),
    ("The militants threatened the villagers near Kandahar.", "THREATEN"),
    ("Iran threatened to close the Strait of Hormuz.", "THREATEN"),
    ("Soldiers killed three protesters in Khartoum.", "ASSAULT"),
])
def test_coder_verbal_attacks_and_deeds_beside_polls_and_hearsay(code, sentence: str,  # type: ignore[no-untyped-def]
                                                                 kind: str) -> None:
    types = _types(code(sentence))
    assert kind in types
    assert kind == "ASSAULT" or "ASSAULT" not in types


@pytest.mark.parametrize(("sentence", "kind", "status"), [
    ("The Syrian army largely refrained from bombing the northern city of Raqqa.", "ASSAULT", "negated"),
    ("Iran said it’ll attack American ships in the Gulf.", "THREATEN", "future"),
    ("The court heard of a plot to attack American targets in Jordan.", "ASSAULT", "hypothetical"),
    ("The Syrian army is thought to have shelled the hospital in Idlib.", "ASSAULT", "hypothetical"),
    ("Most Democrats seemed less inclined to back the arms sale to Saudi Arabia.", "SUPPORT", "hypothetical"),
    ("The talks came amid reports that the Syrian army has used chemical weapons against the rebels.", "ASSAULT",
     "hypothetical"),
    ("Two years ago the Pentagon was plotting to strike the Syrian air force.", "ASSAULT", "hypothetical"),
])
def test_coder_modality_of_refrained_curly_future_plots_and_leanings(code, sentence: str,  # type: ignore[no-untyped-def]
                                                                    kind: str, status: str) -> None:
    assert {e.status for e in code(sentence) if e.plover is not None and e.plover.type == kind} == {status}


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Senate Majority Leader Mitch McConnell said Iran should release the sailors.", "REQUEST"),
    ("Senate Majority Leader Mitch McConnell opposed the arms sale to Saudi Arabia.", "REJECT"),
    ("The Chinese premier spoke with reporters and with the Japanese prime minister in Tokyo.", "CONSULT"),
    ("Putin held talks with Erdogan in Sochi on Monday.", "CONSULT"),
    ("Iran accepted the UN proposal for a ceasefire.", "AGREE"),
    ("Egypt release the journalists after a month in jail.", "RETREAT"),
    ("Senator Lindsey Graham agreed with Obama on Sunday on new sanctions against Iran.", "AGREE"),
])
def test_coder_real_acts_beside_polls_press_and_money(code, sentence: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert kind in _types(code(sentence))


def test_coder_sparring_in_words_is_no_trade(code) -> None:  # type: ignore[no-untyped-def]
    assert "COOPERATE" not in _types(code("Mr. Lavrov traded barbs with Mr. Pompeo over the border dispute."))


def test_coder_joined_verbs_keep_their_own_tense(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The president traveled to Paris on Friday and met with President Macron.")
    assert {e.status for e in events if e.plover is not None and e.plover.type == "CONSULT"} == {"asserted"}


@pytest.mark.parametrize(("sentence", "kind"), [
    # beside the guards of questions, views, going on, dismissals, admissions and things at work
    ("Kenya asked Ethiopia to withdraw its troops from the border.", "REQUEST"),
    ("Iran asked the United Nations for help after the floods.", "REQUEST"),
    ("The senator pressed Iran to release the sailors.", "REQUEST"),
    ("Germany pressed Russia on its troop build-up.", "REQUEST"),
    ("Israel agreed to a ceasefire with Hamas.", "AGREE"),
    ("Iran and the United States agreed that inspectors will return in May.", "AGREE"),
    ("Egypt agreed with Israel on a new border crossing.", "AGREE"),
    ("The rebels agreed on Sunday to release the hostages.", "AGREE"),
    ("Police fired on the protesters in Nairobi.", "ASSAULT"),
    ("Rockets were fired at Israel from Gaza on Monday.", "ASSAULT"),
    ("The Japanese government recognized Kosovo as an independent state.", "SUPPORT"),
    ("Sweden recognized the state of Palestine in 2014.", "SUPPORT"),
    ("Kenyan police forced the journalists to delete their footage.", "COERCE"),
    ("Turkey strengthened ties with Russia on Monday with a new gas deal.", "SUPPORT"),
    ("The Iranian and Iraqi foreign ministers held talks in Baghdad on Monday.", "CONSULT"),
    ("The Saudi king received the French president in Riyadh.", "CONSULT"),
    ("The Egyptian president received a delegation from Hamas in Cairo.", "CONSULT"),
    ("Thousands demonstrated against the government in Cairo on Friday.", "PROTEST"),
    ("Iranian forces seized a British tanker in the Gulf on Friday.", "COERCE"),
    ("Iranian forces seized on Friday a British tanker in the Strait of Hormuz.", "COERCE"),
    ("The Iranian government offered talks to the Saudi government.", "AGREE"),
    ("The Kenyan government offered aid to Somalia.", "AGREE"),
    ("Workers rallied against the pension reform.", "PROTEST"),
    ("The Kenyan president met the opposition leader without his ministers.", "CONSULT"),
    ("The army attacked the town without warning on Monday.", "ASSAULT"),
    ("The prime minister did not comment after meeting the Russian president.", "CONSULT"),
    ("Police detained the protesters and beat them.", "COERCE"),
    ("Kenya expelled the diplomats who criticized the election.", "ACCUSE"),  # doers at a time, not a kind
    ("The senator praised the Ukrainian soldiers who defend the city.", "SUPPORT"),
    ("China warned Japan against sending warships to the islands.", "THREATEN"),  # a warning to an actor
])
def test_coder_keeps_acts_beside_questions_views_and_things_at_work(code, sentence: str,  # type: ignore[no-untyped-def]
                                                                    kind: str) -> None:
    assert kind in _types(code(sentence))


@pytest.mark.parametrize(("sentence", "kind"), [
    # leaving a deal rejects it; leaving a body or ground is a retreat; weapons destroyed in combat are fighting
    ("President Trump withdrew from the Iran nuclear deal in May.", "REJECT"),
    ("Russia pulled out of the arms control treaty on Friday.", "REJECT"),
    ("The United States withdrew from the UN Human Rights Council on Tuesday.", "RETREAT"),
    ("Rebels destroyed two tanks near Hama.", "ASSAULT"),
])
def test_coder_types_of_deals_left_and_weapons_destroyed(code, sentence: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert _types(code(sentence)) == {kind}


@pytest.mark.parametrize(("sentence", "kind", "status"), [
    ("The senator did not go out and condemn Moscow.", "ACCUSE", "negated"),
    ("Nobody saw the Syrian army attacking the town.", "ASSAULT", "negated"),
    ("The Chinese president does not have any plans to meet the Japanese prime minister.", "CONSULT", "negated"),
    ("For the Libyan army to use chemical weapons against civilians would alter everything.", "ASSAULT",
     "hypothetical"),
    ("The ministry reacted to potential American airstrikes in Syria.", "ASSAULT", "hypothetical"),
    ("Iran has plans to meet the European ministers next week.", "AGREE", "future"),
    ("The Indian minister is due to meet the Nepalese premier in Kathmandu on Friday.", "AGREE", "future"),
    ("The German chancellor was to meet the Polish president in Warsaw on Thursday.", "AGREE", "future"),
    ("It was an error to back the Sudanese opposition in 2019.", "SUPPORT", "asserted"),  # judged, and done
])
def test_coder_modality_of_acts_denied_unseen_and_imagined(code, sentence: str,  # type: ignore[no-untyped-def]
                                                          kind: str, status: str) -> None:
    assert {e.status for e in code(sentence) if e.plover is not None and e.plover.type == kind} == {status}


@pytest.mark.parametrize(("sentence", "kind"), [
    # the type of an act, from its wording: a telephone call consults, calling out blames, sanctions kept go on
    ("Biden had a call with Zelensky on Tuesday.", "CONSULT"),
    ("The president and his chief of staff made calls on Sunday to Republican senators.", "CONSULT"),
    ("The American president called out China for dumping cheap steel.", "ACCUSE"),
    ("Al Qaeda's leadership called for lone wolf attacks, and the idea of jihad has won out.", "REQUEST"),
    ("The European Union kept its sanctions on Belarus in place.", "SANCTION"),
    ("The European Union renewed its sanctions against Russia on Monday.", "SANCTION"),
])
def test_coder_types_calls_and_kept_sanctions(code, sentence: str, kind: str) -> None:
    types = _types(code(sentence))
    assert types == {kind}


@pytest.mark.parametrize(("sentence", "kind"), [
    # the guards on advice, held stances, ongoing views and quoted questions leave acts between states alone
    ("Washington warned Turkey not to buy the Russian missiles.", "THREATEN"),
    ("The United States warned Israel to expect a strong response.", "THREATEN"),
    ("Russia is critical of the new sanctions, Lavrov told reporters.", "ACCUSE"),
    ("Iran continues to support Hezbollah.", "SUPPORT"),
    ("\u201cWhy now?\u201d he wondered. Officials then asked Iran to release the tanker.", "REQUEST"),
])
def test_coder_keeps_acts_between_states_beside_the_advice_and_stance_guards(code, sentence: str,  # type: ignore[no-untyped-def]
                                                                            kind: str) -> None:
    assert kind in _types(code(sentence))


@pytest.mark.parametrize(("sentence", "kind"), [
    # the guards on acts only tried or hoped for, exposure, a copula's modal, crackdowns on practices and the
    # press invited leave the deeds of the same words alone
    ("Rebels tried to storm the army base near Goma.", "ASSAULT"),  # an attempted attack is an attack
    ("Gunmen attempted to kill the governor of Kandahar on Sunday.", "ASSAULT"),
    ("The Kenyan president closed the border with Somalia last year.", "SANCTION"),
    ("Turkish jets carried out airstrikes on Kurdish villages in northern Iraq.", "ASSAULT"),
    ("The Iranian foreign minister said Tehran is willing to talk with Washington.", "AGREE"),
    ("Iran hopes to sign the deal with France next month.", "AGREE"),  # a present hope announces an intent
    ("North Korea invited the South Korean president to Pyongyang.", "AGREE"),
    ("The Egyptian government arrested hundreds of migrants near the Libyan border.", "COERCE"),
    ("Militants detonated a car bomb outside the ministry in Kabul.", "ASSAULT"),
    ("The Japanese prime minister sent a letter to the Chinese president on Monday.", "CONSULT"),
    ("Hong Kong police officers tried to negotiate with protesters on the highway.", "CONSULT"),  # talks tried are held
])
def test_coder_keeps_deeds_beside_the_guards_of_attempts_exposure_and_crackdowns(code, sentence: str,  # type: ignore[no-untyped-def]
                                                                               kind: str) -> None:
    assert kind in _types(code(sentence))


@pytest.mark.parametrize("sentence", [
    "The Sudanese army cracked down on protesters in Khartoum on Monday.",
    "Chinese police intensified their crackdown on dissidents in Xinjiang.",
])
def test_coder_a_crackdown_on_people_stays_repression(code, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.cameo for e in code(sentence) if e.counted] == ["175"]


@pytest.mark.parametrize(("sentence", "status"), [
    ("The Greek prime minister sought to improve relations with Turkey.", "hypothetical"),
    ("The Bolivian government had intended to expel the American ambassador.", "hypothetical"),
    ("Mongolia joined the alliance in 2012, hoping to strengthen ties with Washington.", "hypothetical"),
    ("The Iranian foreign minister said Tehran may be willing to talk with Washington.", "hypothetical"),
    ("The ceasefire leaves the Kurdish villages vulnerable to Turkish airstrikes.", "hypothetical"),
])
def test_coder_modality_of_acts_tried_hoped_for_and_exposed_to(code, sentence: str,  # type: ignore[no-untyped-def]
                                                              status: str) -> None:
    assert [e.status for e in code(sentence)] == [status]


@pytest.mark.parametrize("sentence", [
    "North Korea detonated a nuclear device at its test site on Sunday.",
    "Iran launched a satellite rocket on Tuesday.",
])
def test_coder_a_weapon_set_off_at_nobody_is_a_test(code, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert _types(code(sentence)) == {"MOBILIZE"}


@pytest.mark.parametrize(("sentence", "kind"), [
    # the guards on kinds of doer, crowds that disperse, blows at the heart of an idea, questioning by
    # investigators and devices pushed leave the deeds of the same words alone
    ("Police dispersed the protesters with tear gas in Minsk.", "COERCE"),
    ("The protesters were dispersed by riot police in Minsk.", "COERCE"),
    ("Russian missiles struck the heart of Kyiv on Monday.", "ASSAULT"),
    ("Germany pressed Iran to release the tanker.", "REQUEST"),
    ("The opposition called for early elections in Thailand.", "REQUEST"),
    ("The minister spoke with Russian officials about the pipeline.", "CONSULT"),
    # ... and the marks of an act awaited, preferred, struggled for or recommended leave the deeds alone
    ("The Egyptian minister met the Sudanese president in Khartoum on Monday.", "CONSULT"),
    ("Washington and Moscow agreed on a plan for Syria.", "AGREE"),
    ("Thousands of Venezuelans joined a rally against Maduro in Caracas.", "PROTEST"),  # no campaign rally
    ("The Bangladeshi opposition held an election rally against the government in Dhaka.", "PROTEST"),
    ("Thousands of Afghans demonstrated in Kabul against the security agreement.", "PROTEST"),  # no fact shown
    ("The Brazilian president received the Argentine foreign minister in Brasilia.", "CONSULT"),
    ("The Saudi foreign minister and the American secretary of state held a joint press conference in Riyadh.",
     "CONSULT"),  # a press conference held together
])
def test_coder_keeps_deeds_beside_the_guards_of_crowds_figures_and_questioning(code, sentence: str,  # type: ignore[no-untyped-def]
                                                                               kind: str) -> None:
    assert kind in _types(code(sentence))


@pytest.mark.parametrize("sentence", [
    "The Egyptian minister said he looks forward to meeting the Sudanese president.",
    "Brazilian farmers said they would rather trade with China than with the United States.",
    "Washington and Moscow have struggled to agree on a plan for Syria.",
    "The prosecutors' recommendation to bring charges against the Israeli minister was leaked.",
])
def test_coder_acts_awaited_preferred_struggled_for_or_recommended_are_hypothetical(code, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert {e.status for e in code(sentence)} == {"hypothetical"}


@pytest.mark.parametrize(("sentence", "kind", "status"), [
    # proposed, floated, caused by a modal verb, wanted, or not wanted at all: not done
    ("The defence minister, who once suggested bombing the dam, praised the Egyptian president.", "ASSAULT",
     "hypothetical"),
    ("Russia hinted at walking away from the arms treaty.", "REJECT", "hypothetical"),
    ("This new policy may embolden Hamas to push for more concessions.", "REQUEST", "hypothetical"),
    ("The president said he feels no urgency to make a deal with North Korea.", "SUPPORT", "negated"),
    ("The president steered clear of any discussion of reneging on the trade deal with Mexico.", "REJECT",
     "hypothetical"),
    # a present clause of time under a clause to come: possible, conditional or expected
    ("After the United States withdraws its troops, China can play a bigger role in Afghanistan.", "RETREAT",
     "hypothetical"),
    ("Once Russia withdraws its forces, the sanctions will be lifted.", "RETREAT", "hypothetical"),
    ("When the Chinese president sits down with the Japanese prime minister next week, he will raise the islands.",
     "AGREE", "future"),
])
def test_coder_modality_of_proposed_floated_caused_and_later_acts(code, sentence: str,  # type: ignore[no-untyped-def]
                                                                 kind: str, status: str) -> None:
    assert {e.status for e in code(sentence) if e.plover is not None and e.plover.type == kind} == {status}


@pytest.mark.parametrize(("sentence", "kind"), [
    # the senses guarded against leave the acts of the same words alone
    ("The Iranian foreign minister met the Iraqi president in Baghdad on Monday.", "CONSULT"),
    ("Protesters burned the Iranian flag outside the embassy in Baghdad.", "PROTEST"),  # a protest, no assault
    ("Protesters burned police cars in Paris on Saturday.", "ASSAULT"),
    ("Japan provided aid to the flood victims in Pakistan.", "AID"),
    ("Russian troops moved into Crimea in 2014.", "COERCE"),
    ("Israel withdrew its forces from Gaza on Tuesday.", "RETREAT"),
    ("The Palestinian president who negotiated with Israel in 2008 praised the plan.", "CONSULT"),
    ("Iran will not accept the new sanctions.", "REJECT"),  # a refusal, not advice
    ("Kurdish rebels fought for control of the town.", "ASSAULT"),  # a fight for ground is combat
    ("Senator Graham blasted President Obama for the deal.", "ACCUSE"),  # blasting a person criticizes
    ("The United States supported the rebels in Syria.", "SUPPORT"),
])
def test_coder_keeps_acts_beside_things_met_facts_given_states_left_and_anyone_who(code, sentence: str,  # type: ignore[no-untyped-def]
                                                                                kind: str) -> None:
    assert kind in _types(code(sentence))
