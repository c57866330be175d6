"""Where an event is when its actors' country or a place merely named points elsewhere (issue #12): a
relative clause of place ("Baghdad, where he met ..."), a place that is a party ("talks with Beijing"),
a surname that is also a town ("Pompeo"), victims named by their nationality, and a statement made on a
trip. Sentences are ours."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.pipeline import Pipeline
from newsevents.records import Article, Event, Location


def _in_sentence(pipeline: Pipeline, sentence: str, word: str) -> Location | None:
    doc = pipeline.nlp(sentence)
    trigger = next(t for t in doc if t.text == word)
    return pipeline.places.in_sentence(trigger, sent=doc[:])


def _code(pipeline: Pipeline, text: str, when: date = date(2019, 6, 12)) -> list[Event]:
    return pipeline.code_article(Article(id="a", text=text, date=when))


@pytest.mark.parametrize(
    ("sentence", "word", "name", "country"),
    [
        ("The minister flew to Aden, where she signed a trade agreement.", "signed", "Aden", "YEM"),
        ("The defense secretary returned from Baghdad, where he met the Iraqi prime minister.", "met",
         "Baghdad", "IRQ"),
        ("The envoy lives in Geneva, where he met Iranian diplomats.", "met", "Geneva", "CHE"),
        ("Police raided a house in Lahore, where they arrested three suspects.", "arrested", "Lahore", "PAK"),
        ("The delegation arrived in Doha, where it held talks with the Taliban.", "held", "Doha", "QAT"),
        ("Rebels shelled the town of Idlib, where a market was hit.", "hit", "Idlib", "SYR"),
        ("She flew to the port city of Aden, where she opened a clinic.", "opened", "Aden", "YEM"),
        ("Soldiers stormed Kunduz, in which the rebels had set up a base.", "set", "Kunduz", "AFG"),
        # a relative clause of a person is no clause of place: the event's own place wins
        ("The envoy, who lives in Geneva, met Iranian diplomats in Vienna.", "met", "Vienna", "AUT"),
    ],
)
def test_places_abroad_a_relative_clause_of_place_happened_there(
    pipeline: Pipeline, sentence: str, word: str, name: str, country: str
) -> None:
    loc = _in_sentence(pipeline, sentence, word)
    assert loc is not None and (loc.name, loc.country, loc.source) == (name, country, "clause"), loc


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The minister expressed optimism after talks with Beijing.", "expressed"),
        ("The senator called for sanctions against Moscow.", "called"),
        ("The president discussed trade ties with Tokyo.", "discussed"),
        ("The report described conditions where prisoners were beaten.", "beaten"),
    ],
)
def test_places_abroad_a_party_or_a_place_merely_named_is_no_place(pipeline: Pipeline, sentence: str,
                                                                   word: str) -> None:
    assert _in_sentence(pipeline, sentence, word) is None


def test_places_abroad_talks_in_a_city_stay_there(pipeline: Pipeline) -> None:
    loc = _in_sentence(pipeline, "The minister held talks in Beijing.", "held")
    assert loc is not None and (loc.name, loc.country) == ("Beijing", "CHN")


def test_places_abroad_a_surname_is_no_town(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("Secretary of State Mike Pompeo arrived on Monday. "
                       "In talks with Pompeo, the Saudi king urged restraint.")
    assert all(s.text != "Pompeo" for sent in doc.sents for s in pipeline.places.place_names(sent))
    # a town of that name with its state stays a town when nobody of that name is in the story
    doc = pipeline.nlp("Riots broke out in Warren, Michigan.")
    assert "Warren" in [s.text for s in pipeline.places.place_names(doc[:])]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen kidnapped two British tourists on Sunday.",
        "Militants abducted an American journalist on Friday.",
        "Unidentified attackers shot dead two French aid workers.",
    ],
)
def test_places_abroad_victims_nationality_is_no_place(pipeline: Pipeline, text: str) -> None:
    events = _code(pipeline, text)
    assert events, text
    for e in events:
        assert e.location is None or e.location.source != "actor", (text, e.location)


def test_places_abroad_victims_of_a_story_datelined_abroad(pipeline: Pipeline) -> None:
    events = _code(pipeline, "NAIROBI, Kenya (AP) — Gunmen kidnapped two British tourists on Sunday.")
    assert events and all(e.location is not None and e.location.country == "KEN" for e in events), events


def test_places_abroad_soldiers_stay_at_home(pipeline: Pipeline) -> None:
    events = _code(pipeline, "Gunmen killed 12 Afghan soldiers on Sunday.")
    assert events and events[0].location is not None and events[0].location.country == "AFG"


def test_places_abroad_a_statement_on_a_trip_is_where_the_trip_is(pipeline: Pipeline) -> None:
    text = ("Foreign Minister Sergei Lavrov met Turkish officials in Ankara on Wednesday. "
            "Lavrov accused Washington of stoking the conflict.")
    later = [e for e in _code(pipeline, text) if e.sentence_index == 1]
    assert later and later[0].location is not None, later
    assert (later[0].location.name, later[0].location.country) == ("Ankara", "TUR")


@pytest.mark.parametrize(
    "text",
    [
        # another day: the trip is over
        ("Foreign Minister Sergei Lavrov met Turkish officials in Ankara in February. "
         "On Tuesday, Lavrov accused Washington of stoking the conflict."),
        # another speaker
        ("Foreign Minister Sergei Lavrov met Turkish officials in Ankara on Wednesday. "
         "President Vladimir Putin accused Washington of stoking the conflict."),
    ],
)
def test_places_abroad_the_trip_lends_its_place_to_that_day_and_actor_only(pipeline: Pipeline, text: str) -> None:
    later = [e for e in _code(pipeline, text) if e.sentence_index == 1]
    assert later, text
    assert later[0].location is None or later[0].location.name != "Ankara", later[0].location


def test_places_abroad_where_someone_is_based_is_no_place(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("The law must go, said Maria Lopez, a Washington-based lawyer.")
    washington = next(s for s in pipeline.places.place_names(doc[:]) if s.text == "Washington")
    assert pipeline.places.names_actor(washington)


def test_places_abroad_an_earlier_clause_is_not_where_its_main_clause_is(pipeline: Pipeline) -> None:
    loc = _in_sentence(pipeline, "Since the two countries broke off ties in 1961, the building has housed "
                       "the mission in Havana.", "broke")
    assert loc is None or loc.name != "Havana", loc
    # a plain subordinate clause still takes the place of its main clause
    loc = _in_sentence(pipeline, "When the rebels withdrew, troops paraded in Aleppo.", "withdrew")
    assert loc is not None and loc.name == "Aleppo", loc


def test_places_abroad_a_territory_is_at_home_in_its_state(pipeline: Pipeline) -> None:
    gazetteer = pipeline.places.gazetteer
    assert gazetteer.sovereign("HKG") == "CHN" and gazetteer.sovereign("PRI") == "USA"
    assert gazetteer.sovereign("FRA") == "FRA"
    text = ("HONG KONG (Reuters) — China warned Hong Kong again. Beijing said China would not tolerate unrest. "
            "The protests began in March.")
    last = [e for e in _code(pipeline, text) if e.sentence_index == 2]
    assert last and last[0].location is not None and last[0].location.country == "HKG", last


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # a trip called off or announced is not where it would have gone
        ("The Liberian president canceled a trip to the United States.", "canceled"),
        ("The general postponed his visit to Washington.", "postponed"),
        # where a victim comes from is not where the victim was killed
        ("Dr. Jerry Lane, a pediatrician from Chicago, was killed by a guard.", "killed"),
    ],
)
def test_places_abroad_a_trip_called_off_or_a_home_town_is_no_place(pipeline: Pipeline, sentence: str,
                                                                     word: str) -> None:
    loc = _in_sentence(pipeline, sentence, word)
    assert loc is None, loc


def test_places_abroad_a_trip_made_is_where_it_went(pipeline: Pipeline) -> None:
    loc = _in_sentence(pipeline, "The North Korean leader made an unexpected visit to China.", "made")
    assert loc is not None and loc.country == "CHN", loc


@pytest.mark.parametrize("name", ["Middle East", "Central America", "Latin America", "Central", "Horn of Africa"])
def test_places_abroad_a_region_of_many_countries_is_no_town(pipeline: Pipeline, name: str) -> None:
    assert pipeline.places.gazetteer.lookup_place(name) is None


def test_places_abroad_soldiers_killed_abroad_are_where_the_story_is(pipeline: Pipeline) -> None:
    text = ("BEIRUT (AP) — Islamic State fighters attacked a patrol near Manbij in northern Syria on Wednesday. "
            "Fighting in Syria has flared since the autumn. Two U.S. service members were killed in the attack.")
    last = [e for e in _code(pipeline, text) if e.sentence_index == 2]
    assert last and last[0].location is not None and last[0].location.country == "SYR", last
    # with nothing else to go by, their country is the last guess
    events = _code(pipeline, "Three U.S. service members were killed by an explosion.")
    assert events and events[0].location is not None and events[0].location.country == "USA", events


@pytest.mark.parametrize(
    ("sentence", "word", "name", "country"),
    [
        # "the X suburb of Y": Y is the place, inside X
        ("Police captured the suspect in a backyard in the Boston suburb of Watertown.", "captured", "Watertown",
         "USA"),
        ("Rebels shelled the Baghdad neighborhood of Sadr City.", "shelled", "Sadr City", "IRQ"),
        # a part the gazetteer lacks leaves its holder, which the noun does not turn into a district
        ("Gunmen attacked a market in the Cairo district of Shubra on Sunday.", "attacked", "Cairo", "EGY"),
    ],
)
def test_places_abroad_the_part_a_place_holds(pipeline: Pipeline, sentence: str, word: str, name: str,
                                              country: str) -> None:
    loc = _in_sentence(pipeline, sentence, word)
    assert loc is not None and (loc.name, loc.country) == (name, country), loc


@pytest.mark.parametrize(
    ("sentence", "word", "name", "country"),
    [
        # a list of countries: none qualifies another
        ("Militants vowed to launch attacks in Britain, Germany, and France.", "launch", "Britain", "GBR"),
        # a lower-case phrase is no name
        ("North Korea tried to launch a missile from the port city of Sinpo on its east coast.", "launch", "Sinpo",
         "PRK"),
        # the parliament's seat, not a town in Colorado
        ("The main parties at Westminster promised Scotland new powers.", "promised", "Westminster", "GBR"),
    ],
)
def test_places_abroad_lists_lower_case_and_seats(pipeline: Pipeline, sentence: str, word: str, name: str,
                                                  country: str) -> None:
    loc = _in_sentence(pipeline, sentence, word)
    assert loc is not None and (loc.name, loc.country) == (name, country), loc


def test_places_abroad_words_that_are_no_towns(pipeline: Pipeline) -> None:
    gazetteer = pipeline.places.gazetteer
    assert gazetteer.lookup_place("God") is None and gazetteer.lookup_place("Brits") is None
    gulf = gazetteer.lookup_place("Gulf")
    assert gulf is not None and gulf.name == "Persian Gulf"


def test_places_abroad_a_tie_of_countries_goes_to_the_smaller(pipeline: Pipeline) -> None:
    from newsevents.places import ArticlePlaces

    focus = ArticlePlaces.read(["United States", "Yemen", "United States", "Yemen"], pipeline.places.gazetteer,
                               None).focus
    assert focus is not None and focus.country == "YEM"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The president threatened North Korea in a speech at the United Nations on Tuesday.", "threatened"),
        ("The ambassador warned Iran at the U.N. on Monday.", "warned"),
    ],
)
def test_places_abroad_at_the_united_nations_is_new_york(pipeline: Pipeline, sentence: str, word: str) -> None:
    loc = _in_sentence(pipeline, sentence, word)
    assert loc is not None and loc.geonameid == 5128581, loc  # New York City


def test_places_abroad_the_united_nations_as_an_actor_is_no_place(pipeline: Pipeline) -> None:
    assert _in_sentence(pipeline, "The United Nations imposed sanctions on North Korea.", "imposed") is None


# Stories of our own: a stay ("arrived in Buenos Aires for the G20") lends its place to the traveller's later
# events and to dealings between two countries in the next sentences
@pytest.mark.parametrize(("text", "word", "name"), [
        ("President Trump arrived in Buenos Aires on Thursday for the G20 summit. On Saturday Trump met "
         "Chinese President Xi Jinping over dinner.",
         "met", "Buenos Aires"),
        ("Secretary of State Mike Pompeo flew to Riyadh on Tuesday. Pompeo thanked King Salman for his help.",
         "thanked", "Riyadh"),
        ("The Japanese prime minister is visiting Tehran this week. He met Iran's supreme leader on Thursday.",
         "met", "Tehran"),
        ("Chancellor Merkel landed in Beijing late on Monday. On Tuesday Merkel praised Chinese efforts "
         "to open its markets.",
         "praised", "Beijing"),
        ("Prime Minister Modi was in Tokyo for an annual summit. Modi signed a nuclear energy accord with"
         " Japan on Sunday.",
         "signed", "Tokyo"),
        ("Leaders of the Group of Seven gathered for a summit in Biarritz on Saturday. The French "
         "president met the Iranian foreign minister on the sidelines.",
         "met", "Biarritz"),
        ("Foreign ministers opened talks in Vienna on Monday. The European Union pledged new aid to Iran.",
         "pledged", "Vienna"),
        ("Russian President Putin arrived in Ankara on Monday. Putin and Turkish President Erdogan agreed"
         " to build a gas pipeline.",
         "agreed", "Ankara"),
        ("Secretary of State Rex Tillerson traveled to Doha to mediate the dispute. Tillerson met the "
         "emir of Qatar on Tuesday.",
         "met", "Doha"),
        ("The Indian prime minister, visiting Kathmandu, promised Nepal help to rebuild its roads. Modi "
         "also met Nepal's president.",
         "met", "Kathmandu"),
        ("President Obama attended a regional summit in Panama City on Friday. Obama met Cuban President "
         "Raul Castro on Saturday.",
         "met", "Panama City"),
        ("Defense Secretary Mattis arrived in Kabul on a trip that was not announced. Mattis praised "
         "Afghan troops for their courage.",
         "praised", "Kabul"),
])
def test_places_abroad_a_stay_lends_its_place_to_the_next_sentences(pipeline: Pipeline, text: str, word: str,
                                                                    name: str) -> None:
    events = [e for e in _code(pipeline, text) if e.sentence_index > 0 and e.trigger.text.split()[0] == word]
    assert events and all(e.location is not None and e.location.name == name for e in events), events


# ... not to attacks, other actors" deeds at home, events far on, a past trip or a region"s talks
@pytest.mark.parametrize(("text", "word", "name"), [
        ("President Trump arrived in Buenos Aires on Thursday for the G20 summit. Back home, House "
         "Democrats criticized the president's trade policy.",
         "criticized", "Buenos Aires"),
        ("Secretary of State Mike Pompeo flew to Riyadh on Tuesday. Houthi rebels fired a missile at a Saudi airport.",
         "fired", "Riyadh"),
        ("Leaders gathered for talks in Geneva on Monday. Syrian government forces shelled rebel positions near Idlib.",
         "shelled", "Geneva"),
        ("The foreign minister arrived in Rome on Monday. He held talks with the Italian premier. The "
         "weather was cold. Markets were quiet. In Brussels the European Union pledged aid to Greece.",
         "pledged", "Rome"),
        ("Negotiators met for Middle East peace talks last year. The Israeli government rejected a "
         "Palestinian proposal on Tuesday.",
         "rejected", "Middle East"),
        ("President Macron visited Algiers last month. Germany and Poland signed a border treaty on Friday.",
         "signed", "Algiers"),
])
def test_places_abroad_a_stay_is_not_everywhere(pipeline: Pipeline, text: str, word: str, name: str) -> None:
    events = [e for e in _code(pipeline, text) if e.sentence_index > 0 and e.trigger.text.split()[0] == word]
    assert events and all(e.location is None or e.location.name != name for e in events), events


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("An Iranian-born gunman held 17 people hostage in a Sydney cafe on Monday. Medical workers "
         "evacuated several casualties.", "evacuated", "AUS"),
        ("A Syrian refugee stabbed two people in Berlin on Friday. Medics evacuated the wounded to a hospital.",
         "evacuated", "DEU"),
    ],
)
def test_places_abroad_a_guessed_country_comes_after_the_story(pipeline: Pipeline, text: str, word: str,
                                                               country: str) -> None:
    """A doer's country guessed from what the story is about says who they are, not where they acted."""
    events = [e for e in _code(pipeline, text) if e.trigger.text.split()[0] == word]
    assert events and all(e.location is not None and e.location.country == country for e in events), events


# a stay in the dateline's country lasts the whole story for its traveller; a speech's place is a stay
@pytest.mark.parametrize(("text", "word", "name"), [
        ("SEOUL (AP) — Japanese Prime Minister Abe arrived in Seoul on Friday. Abe met business leaders. "
         "The weather was mild. Markets were quiet. Officials were busy. Abe praised the new trade pact.",
         "praised", "Seoul"),
        ("BERLIN — After meeting the chancellor for an hour in Berlin, Macron said Europe must act. Aides "
         "were nervous. The talks ran long. Reporters waited outside. Macron criticized the budget rules.",
         "criticized", "Berlin"),
        ("Prime Minister Trudeau gave a speech in Halifax on Tuesday. Trudeau urged provinces to cut emissions.",
         "urged", "Halifax"),
        ("Chancellor Merkel made her remarks in Warsaw at a news conference. Merkel warned Russia against "
         "new provocations.",
         "warned", "Warsaw"),
])
def test_places_abroad_a_trip_of_the_dateline_lasts_the_story(pipeline: Pipeline, text: str, word: str,
                                                              name: str) -> None:
    events = [e for e in _code(pipeline, text) if e.trigger.text.split()[0] == word]
    assert events and all(e.location is not None and e.location.name == name for e in events), events


# a named traveller's stay lasts the story for the traveller's word acts and dealings of the trip's days
@pytest.mark.parametrize(("text", "word", "name"), [
        ("LONDON — Japanese Prime Minister Abe arrived in Seoul on Friday. Abe met business leaders. "
         "The weather was mild. Markets were quiet. Officials were busy. Abe praised the new trade pact.",
         "praised", "Seoul"),
        ("President Trump arrived in Hanoi on Tuesday for his second summit with Kim Jong Un. Crowds lined "
         "the streets. Security was tight. Hotels were full. Reporters waited for hours. Later Trump "
         "criticized Democrats in Congress.",
         "criticized", "Hanoi"),
        ("Secretary of State Kerry flew to Vienna on Sunday for the nuclear talks. The deadline is near. "
         "Oil prices fell. Analysts were divided. Critics were loud. Kerry urged patience from lawmakers.",
         "urged", "Vienna"),
        ("Chancellor Merkel landed in Beijing on Monday. Trade is large. Car makers are worried. Investors "
         "wait. Officials smiled. Merkel signed an aviation agreement with Premier Li.",
         "signed", "Beijing"),
])
def test_places_abroad_a_travellers_stay_lasts_for_his_words(pipeline: Pipeline, text: str, word: str,
                                                             name: str) -> None:
    events = [e for e in _code(pipeline, text) if e.trigger.text.split()[0] == word]
    assert events and all(e.location is not None and e.location.name == name for e in events), events


# ... not once the traveller has left, for a deed, for another actor, or for an act of another time
@pytest.mark.parametrize(("text", "word", "name"), [
        ("LONDON — Japanese Prime Minister Abe arrived in Seoul on Friday. Abe met business leaders. "
         "The weather was mild. Abe returned to Tokyo on Saturday. Officials were busy. Abe praised the "
         "new trade pact.",
         "praised", "Seoul"),
        ("President Trump arrived in Hanoi on Tuesday for his second summit with Kim Jong Un. Crowds lined "
         "the streets. Security was tight. Hotels were full. Reporters waited for hours. House Democrats "
         "criticized the summit.",
         "criticized", "Hanoi"),
        ("President Trump arrived in Hanoi on Tuesday for his second summit with Kim Jong Un. Crowds lined "
         "the streets. Security was tight. Hotels were full. Reporters waited for hours. Last year Trump "
         "criticized Democrats in Congress.",
         "criticized", "Hanoi"),
        ("Secretary of State Kerry flew to Vienna on Sunday for the nuclear talks. The deadline is near. "
         "Oil prices fell. Analysts were divided. Critics were loud. Kerry met senators in Washington.",
         "met", "Vienna"),
        ("Secretary of State Kerry flew to Vienna on Sunday for the nuclear talks. The deadline is near. "
         "Oil prices fell. Analysts were divided. Critics were loud. Kerry has criticized Iran's missile tests.",
         "criticized", "Vienna"),
])
def test_places_abroad_a_travellers_stay_ends(pipeline: Pipeline, text: str, word: str, name: str) -> None:
    events = [e for e in _code(pipeline, text) if e.trigger.text.split()[0] == word]
    assert events and all(e.location is None or e.location.name != name for e in events), events


# a verbal act on another country is not placed in that country by naming it ("his stance on X, where")
@pytest.mark.parametrize(("text", "word", "country"), [
        ("President Biden has been praised for his policy on Cuba, where he urged the Cuban government to "
         "free prisoners.",
         "urged", "CUB"),
        ("The French foreign minister sharpened her tone on Mali, where she accused the junta of lying.",
         "accused", "MLI"),
])
def test_places_abroad_a_verbal_act_is_not_in_its_listeners_country(pipeline: Pipeline, text: str, word: str,
                                                                    country: str) -> None:
    events = [e for e in _code(pipeline, text) if e.trigger.text.split()[0] == word]
    assert events and all(e.location is None or e.location.country != country for e in events), events


def test_places_abroad_a_verbal_act_in_a_town_of_the_listener_stays(pipeline: Pipeline) -> None:
    text = "In Bamako, the French foreign minister accused the Malian junta of lying."
    events = [e for e in _code(pipeline, text) if e.trigger.text.split()[0] == "accused"]
    assert events and all(e.location is not None and e.location.name == "Bamako" for e in events), events


# what a word act is about is not where it was said; how or where it was said is (a promise or a threat
# is where its act would be: "will withdraw its troops from Lebanon")
@pytest.mark.parametrize(("text", "word", "country"), [
        ("The White House condemned the bombing in Kabul.", "condemned", "AFG"),
        ("Secretary of State Pompeo accused Iran of attacks on tankers in the Gulf of Oman.", "accused", "OMN"),
        ("The German foreign minister condemned the bombing of a hospital in Idlib.", "condemned", "SYR"),
        ("The British prime minister rejected the verdict of the court in Istanbul.", "rejected", "TUR"),
        ("Russian officials accused Ukraine of shelling villages in Donetsk.", "accused", "UKR"),
])
def test_places_abroad_a_word_acts_topic_is_not_its_place(pipeline: Pipeline, text: str, word: str,
                                                          country: str) -> None:
    events = [e for e in _code(pipeline, text) if e.trigger.text.split()[0] == word]
    assert events and all(e.location is None or e.location.country != country for e in events), events


@pytest.mark.parametrize(("text", "word", "name"), [
        ("The French president warned Iran during a visit to Seoul.", "warned", "Seoul"),
        ("Vietnam and Japan signed a trade agreement in Hanoi.", "signed", "Hanoi"),
        ("Kenya's government announced it will extend the curfew in Mombasa.", "extend", "Mombasa"),
        ("Iran's foreign minister held talks with his Omani counterpart in Muscat.", "held", "Muscat"),
        ("Trump met Russia's foreign minister in the Oval Office on Wednesday.", "met", "Oval Office"),
        ("Putin received the Turkish president in the Kremlin on Friday.", "received", "Kremlin"),
])
def test_places_abroad_where_a_word_act_was_done_stays(pipeline: Pipeline, text: str, word: str, name: str) -> None:
    events = [e for e in _code(pipeline, text) if e.trigger.text.split()[0] == word]
    assert events and all(e.location is not None and e.location.name == name for e in events), events


def test_places_abroad_a_seat_of_government_is_its_town(pipeline: Pipeline) -> None:
    events = _code(pipeline, "Putin received the Turkish president in the Kremlin on Friday.")
    assert events and all(e.location is not None and e.location.country == "RUS"
                          and e.location.precision == "town" for e in events), events


def test_places_abroad_a_meeting_planned_is_at_its_meeting(pipeline: Pipeline) -> None:
    text = "Kerry, who will meet with Gulf ministers in Riyadh on Monday, said the talks would go well."
    events = [e for e in _code(pipeline, text) if e.trigger.text.split()[-1] == "meet"]
    assert events and all(e.location is not None and e.location.name == "Riyadh" for e in events), events


def test_places_abroad_a_word_act_about_a_third_country_is_there(pipeline: Pipeline) -> None:
    """As PLOVER codes it: a word act about what happened in a third country is placed there."""
    events = [e for e in _code(pipeline, "Turkey condemned Israel's air raid on a village in Lebanon.")
              if e.trigger.text.split()[0] == "condemned"]
    assert events and all(e.location is not None and e.location.country == "LBN" for e in events), events


# a call by phone has no place of the story: each party is at home, and the caller's country is right
@pytest.mark.parametrize(("text", "word", "country"), [
        ("TOKYO — President Obama spoke by phone with South Korean President Park on Friday.", "spoke", "USA"),
        ("BERLIN — Chancellor Merkel discussed the crisis with Putin in a telephone call on Monday.", "discussed",
         "DEU"),
        ("CAIRO — President Macron phoned Iranian President Rouhani on Sunday.", "phoned", "FRA"),
])
def test_places_abroad_a_phone_call_is_at_the_callers_home(pipeline: Pipeline, text: str, word: str,
                                                           country: str) -> None:
    events = [e for e in _code(pipeline, text) if e.trigger.text.split()[0] == word]
    assert events and all(e.location is not None and e.location.country == country
                          and e.location.precision == "country" for e in events), events


# a word act about a gathering is not at the gathering; measures are decided at home; an attack on a
# government, rebels or a place of another country is in that country
@pytest.mark.parametrize(("text", "word", "country"), [
        ("President Macron pulled out of the planned summit with Putin in Minsk on Thursday.", "pulled", "FRA"),
        ("Washington imposed new tariffs on Chinese steel on Friday.", "imposed", "USA"),
        ("Turkish artillery shelled Syria's Kurdish north on Monday.", "shelled", "SYR"),
        ("Israeli aircraft bombed Hamas positions overnight.", "bombed", "PSE"),
])
def test_places_abroad_who_decides_and_who_is_hit(pipeline: Pipeline, text: str, word: str, country: str) -> None:
    events = [e for e in _code(pipeline, text) if e.trigger.text.split()[0] == word]
    assert events and all(e.location is not None and e.location.country == country for e in events), events


@pytest.mark.parametrize("text", [
        "The Taliban killed two U.S. soldiers on Sunday, officials said.",
        "Libyan militants killed the American ambassador on Sunday, officials said.",
])
def test_places_abroad_soldiers_and_officials_hit_abroad_are_not_at_home(pipeline: Pipeline, text: str) -> None:
    events = [e for e in _code(pipeline, text) if e.trigger.text.split()[0] == "killed"]
    assert events and all(e.location is None or e.location.country != "USA" for e in events), events


@pytest.mark.parametrize(("text", "word", "name"), [
        ("Republican Sen. Jane Doe of Nebraska criticized the trade deal on Tuesday.", "criticized", "Nebraska"),
        ("House Speaker John Roe, R-Ohio, invited the Israeli leader to address Congress.", "invited", "Ohio"),
        ("Rep. Mary Poe (D-Utah) accused the agency of hiding the report.", "accused", "Utah"),
])
def test_places_abroad_a_lawmakers_state_is_no_place(pipeline: Pipeline, text: str, word: str, name: str) -> None:
    events = [e for e in _code(pipeline, text) if e.trigger.text.split()[0] == word]
    assert events and all(e.location is None or e.location.name != name for e in events), events


def test_places_abroad_a_speakers_venue_carries_to_his_words_that_day(pipeline: Pipeline) -> None:
    text = ("OTTAWA — Prime Minister Trudeau met Mexican President Lopez in Mexico City on Monday. He spoke of "
            "trade. Lawmakers applauded. The weather was warm. Aides were busy. Trudeau praised Mexican "
            "workers on Monday.")
    events = [e for e in _code(pipeline, text) if e.trigger.text.split()[0] == "praised"]
    assert events and all(e.location is not None and e.location.name == "Mexico City" for e in events), events


@pytest.mark.parametrize(("text", "word", "country"), [
        ("The Jordanian king was set to travel to Egypt on Friday to meet Egyptian intelligence officials.", "meet",
         "EGY"),
        ("The Iraqi prime minister flew to Tehran on Monday, where he held talks with Iranian leaders.", "held",
         "IRN"),
])
def test_places_abroad_a_meeting_is_where_the_traveller_went(pipeline: Pipeline, text: str, word: str,
                                                             country: str) -> None:
    events = [e for e in _code(pipeline, text) if e.trigger.text.split()[0] == word]
    assert events and all(e.location is not None and e.location.country == country for e in events), events


@pytest.mark.parametrize(("text", "word", "country"), [
        ("The Canadian prime minister lashed out at China over its trade rules.", "lashed", "CHN"),
])
def test_places_abroad_a_word_acts_addressee_is_not_its_place(pipeline: Pipeline, text: str, word: str,
                                                              country: str) -> None:
    events = [e for e in _code(pipeline, text) if e.trigger.text.split()[0] == word]
    assert events and all(e.location is None or e.location.country != country for e in events), events


def test_places_abroad_a_speakers_own_place_is_kept(pipeline: Pipeline) -> None:
    text = "The American security official in Libya asked for more guards for the consulate in Benghazi."
    events = [e for e in _code(pipeline, text) if e.trigger.text.split()[0] == "asked"]
    assert events and all(e.location is not None and e.location.country == "LBY"
                          and e.location.name != "Benghazi" for e in events), events


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        # a story datelined where its traveller is said, later, to have arrived: his news is there
        ("TOKYO (AP) — President Donald Trump praised Japan's prime minister on Tuesday. Trump also criticized "
         "past trade deals. Trump arrived in Tokyo on Monday for a three-day visit.", "praised", "JPN"),
        ("SEOUL (AP) — Emmanuel Macron thanked the South Korean people for their welcome. Macron arrived in "
         "Seoul on Monday evening.", "thanked", "KOR"),
    ],
)
def test_places_abroad_a_later_stay_in_the_dateline_country(pipeline: Pipeline, text: str, trigger: str,
                                                            country: str) -> None:
    event = next(e for e in _code(pipeline, text) if e.trigger.text == trigger)
    assert event.location is not None and event.location.country == country


def test_places_abroad_a_later_stay_not_for_a_relative_clause(pipeline: Pipeline) -> None:
    # "Trump, who criticized China during his campaign" is no news of the trip
    text = ("BEIJING (AP) — The visit was a change for Donald Trump, who criticized China during his campaign. "
            "Trump arrived in Beijing on Monday.")
    events = [e for e in _code(pipeline, text) if e.trigger.text == "criticized"]
    assert events and "CHN" not in {e.location.country for e in events if e.location}
