"""Where an event is when its actors, the dateline or a famous namesake point elsewhere (issue #12):
the actors' country only for domestic events, no small namesake for a famous city, no place that
stands for an actor, a suburb inside its city. Sentences are ours."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.pipeline import Pipeline
from newsevents.records import Article, Event, Location


def _code(pipeline: Pipeline, text: str, when: date = date(2022, 9, 14)) -> list[Event]:
    return pipeline.code_article(Article(id="r", text=text, date=when))


def _places(pipeline: Pipeline, text: str) -> list[Location | None]:
    return [e.location for e in _code(pipeline, text)]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a famous city stays itself when the story's actors are American
        ("The U.S. envoy met Iranian negotiators in Geneva on Monday.", "Geneva", "CHE"),
        ("American and Greek officials signed a defence pact in Athens on Tuesday.", "Athens", "GRC"),
        ("U.S. diplomats held talks with Libyan leaders in Tripoli.", "Tripoli", "LBY"),
        # a visit names its place even when the tagger calls the city a person
        ("The Pope's visit to Ciudad Juarez will take place in February.", "Ciudad Juarez", "MEX"),
        # a suburb is itself, inside its city, not a namesake elsewhere nor the city
        ("Riot police fired tear gas at protesters in Bondi, a suburb of Sydney.", "Bondi", "AUS"),
        ("Police detained dozens of students in Saint-Denis, north of Paris.", "Saint-Denis", "FRA"),
    ],
)
def test_places_rules_named_place_in_its_country(pipeline: Pipeline, text: str, name: str, country: str) -> None:
    located = [loc for loc in _places(pipeline, text) if loc is not None]
    assert located, text
    assert (located[0].name, located[0].country, located[0].precision) == (name, country, "town")
    assert located[0].source == "clause"


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # actors of two countries: neither country is the place
        ("Russian troops shelled Ukrainian positions overnight.", "RUS"),
        ("The U.S. defense secretary met Singapore's prime minister.", "USA"),
        ("Ethiopian artillery pounded Eritrean border posts.", "ETH"),
        # a place that stands for an actor ("Seoul says") is not where the event was
        ("Seoul says North Korea conducted a nuclear test.", "KOR"),
    ],
)
def test_places_rules_no_place_from_the_wrong_side(pipeline: Pipeline, text: str, wrong: str) -> None:
    for loc in _places(pipeline, text):
        assert loc is None or loc.country != wrong, (text, loc)


def test_places_rules_domestic_event_takes_its_actors_country(pipeline: Pipeline) -> None:
    for text, country in (("Bolivian police arrested two opposition leaders.", "BOL"),
                          ("Malaysian prosecutors charged the former premier with graft.", "MYS")):
        located = [loc for loc in _places(pipeline, text) if loc is not None]
        assert located and (located[0].country, located[0].precision, located[0].source) == (
            country, "country", "actor"), text


def test_places_rules_dateline_of_another_country_is_passed_over(pipeline: Pipeline) -> None:
    text = "NAIROBI, Kenya (AP) — Ethiopian troops shelled Eritrean positions on Sunday."
    for loc in _places(pipeline, text):
        assert loc is None or loc.country != "KEN", loc


def test_places_rules_dominant_town_before_the_dateline(pipeline: Pipeline) -> None:
    text = ("KABUL, Afghanistan (AP) — Taliban fighters attacked police checkpoints in Lashkargah on Sunday. "
            "Shops stayed shut in Lashkargah on Monday. Afghan police later arrested four militants.")
    last = [e for e in _code(pipeline, text) if e.sentence_index == 2 and e.location is not None]
    assert last, [e.to_dict() for e in _code(pipeline, text)]
    loc = last[0].location
    assert loc is not None and loc.geonameid == 1134720  # Lashkar Gah
    assert (loc.country, loc.precision, loc.source) == ("AFG", "town", "article")


def test_places_rules_a_direction_or_an_ocean_alone_is_no_town(pipeline: Pipeline) -> None:
    gazetteer = pipeline.places.gazetteer
    for word in ("North", "South", "Atlantic"):
        assert gazetteer.lookup_place(word, ("USA",)) is None, word
    north_korea = gazetteer.lookup_place("North Korea")
    assert north_korea is not None and north_korea.country == "PRK"


def test_places_rules_places_named_for_actors_count_half(pipeline: Pipeline) -> None:
    from newsevents.places import ArticlePlaces

    gazetteer = pipeline.places.gazetteer
    # "Pyongyang said", "North Korea's leader" (for actors) and one plain mention outweigh two of Washington
    focus = ArticlePlaces.read(["Yongbyon", "Washington", "Washington"], gazetteer, None,
                               ["Pyongyang", "North Korea", "North Korea", "Pyongyang"]).focus
    assert focus is not None and focus.country == "PRK"
    # a country named only for actors is no focus
    assert ArticlePlaces.read([], gazetteer, None, ["United States", "Singapore"]).focus is None


def test_places_rules_a_visit_names_its_city_tagged_as_a_person(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("North Korean cargo planes made a rare visit to Vladivostok on Oct. 7.")
    visit = next(t for t in doc if t.text == "visit")
    loc = pipeline.places.in_sentence(visit, sent=doc[:])
    assert loc is not None and (loc.name, loc.country, loc.source) == ("Vladivostok", "RUS", "clause")



def test_places_rules_dateline_of_a_story_about_another_country(pipeline: Pipeline) -> None:
    # the victims take the dateline's country from the actor resolver: that is no evidence of the place
    text = ("AMMAN, Jordan (AP) — Government jets pounded rebel towns in Syria on Sunday. Aid workers in Syria "
            "said hospitals in Syria were overwhelmed. At least 30 people were killed in the raids, activists said.")
    last = [e for e in _code(pipeline, text) if e.sentence_index == 2]
    assert last, [e.to_dict() for e in _code(pipeline, text)]
    loc = last[0].location
    assert loc is None or loc.country != "JOR", loc
