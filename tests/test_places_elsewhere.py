"""Events that happen away from their actors' or the story's country (issue #12): a word act said
abroad, a meeting at a gathering named after its town, a body that sits in one city, troops sent
abroad, arrests at the authorities' home, a part of a country or a region named with a compass word,
a named person said to be somewhere, and a lawmaker's party label that is no place. Sentences are ours."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.pipeline import Pipeline
from newsevents.places.trips import stay_in
from newsevents.records import Article, Event


def _code(pipeline: Pipeline, text: str) -> list[Event]:
    return pipeline.code_article(Article(id="e", text=text, date=date(2019, 6, 12)))


def _place(pipeline: Pipeline, text: str, trigger: str) -> tuple[str | None, str | None, str | None] | None:
    event = next(e for e in _code(pipeline, text) if e.trigger.text == trigger)
    loc = event.location
    return (loc.name, loc.country, loc.precision) if loc is not None else None


@pytest.mark.parametrize(
    ("text", "trigger", "state"),
    [
        ("Sen. Jane Doe, R-Iowa, praised the governor's decision on Tuesday.", "praised", "Iowa"),
        ("Several lawmakers, including Rep. Tom Roe (D-Calif.), criticized the new rule.", "criticized", "California"),
        ("Rep. Ann Poe, R-Texas, and Rep. Ed Loe, D-Ohio, welcomed the agreement.", "welcomed", "Texas"),
    ],
)
def test_places_elsewhere_a_party_label_is_no_place(pipeline: Pipeline, text: str, trigger: str,
                                                    state: str) -> None:
    where = _place(pipeline, text, trigger)
    assert where is None or where[0] != state, where


@pytest.mark.parametrize(
    ("text", "trigger", "name", "country"),
    [
        ("The British foreign secretary said in Nairobi on Monday that Britain stands ready to fully support "
         "the new Kenyan government.", "support", "Nairobi", "KEN"),
        ("The American envoy said in Tokyo that the United States would support the new Korean government.",
         "support", "Tokyo", "JPN"),
    ],
)
def test_places_elsewhere_a_word_act_is_where_it_was_said(pipeline: Pipeline, text: str, trigger: str,
                                                          name: str, country: str) -> None:
    where = _place(pipeline, text, trigger)
    assert where is not None and where[:2] == (name, country), where


def test_places_elsewhere_reported_words_of_another_are_not_placed_where_they_were_reported(
        pipeline: Pipeline) -> None:
    text = "The French minister said in Rome that Iran had threatened to close the strait."
    where = _place(pipeline, text, "threatened")
    assert where is None or where[1] != "ITA", where


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Several senators met the Iranian foreign minister during the Munich Security Conference last week.",
         "met"),
        ("The American and German defence ministers met at the Munich Security Conference on Saturday.", "met"),
    ],
)
def test_places_elsewhere_a_gathering_is_in_the_town_it_is_named_after(pipeline: Pipeline, text: str,
                                                                       trigger: str) -> None:
    assert _place(pipeline, text, trigger) == ("Munich", "DEU", "town")


def test_places_elsewhere_a_gathering_s_town_is_not_the_story_s_focus(pipeline: Pipeline) -> None:
    words = pipeline.places
    doc = pipeline.nlp("Two senators met the minister at the Munich Security Conference.")
    assert [s.text for s in words.place_names(doc[:])] == []


def test_places_elsewhere_the_security_council_acts_in_new_york(pipeline: Pipeline) -> None:
    text = ("Israeli jets struck targets in the north of the country overnight. "
            "The Security Council urged both sides to respect the truce.")
    where = _place(pipeline, text, "urged")
    assert where is not None and where[1] == "USA" and where[2] == "town", where


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("U.S. warplanes launched eleven airstrikes overnight against Islamic State fighters, the Pentagon said.",
         "launched"),
        ("The Pentagon deployed two thousand soldiers to help the Kurdish fighters.", "deployed"),
        ("American soldiers detained a suspected militant leader on Sunday.", "detained"),
    ],
)
def test_places_elsewhere_troops_abroad_are_not_placed_at_home(pipeline: Pipeline, text: str,
                                                               trigger: str) -> None:
    where = _place(pipeline, text, trigger)
    assert where is None or where[1] != "USA", where


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        ("German authorities detained a Pakistani asylum seeker after the attack.", "detained", "DEU"),
        ("Chinese police arrested two Canadian citizens on Monday.", "arrested", "CHN"),
    ],
)
def test_places_elsewhere_arrests_are_in_the_authorities_country(pipeline: Pipeline, text: str,
                                                                 trigger: str, country: str) -> None:
    where = _place(pipeline, text, trigger)
    assert where is not None and where[1] == country, where


def test_places_elsewhere_an_army_at_home_stays_at_home(pipeline: Pipeline) -> None:
    where = _place(pipeline, "Egyptian soldiers arrested dozens of protesters in Cairo.", "arrested")
    assert where == ("Cairo", "EGY", "town")


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        ("Gunmen attacked a bus carrying migrants as it travelled through southern Mexico on Monday.",
         "attacked", "MEX"),
        ("Masked men kidnapped two aid workers who were driving across eastern Chad.", "kidnapped", "TCD"),
    ],
)
def test_places_elsewhere_a_part_of_a_country_named_places_a_deed(pipeline: Pipeline, text: str,
                                                                  trigger: str, country: str) -> None:
    where = _place(pipeline, text, trigger)
    assert where is not None and where[1] == country, where


def test_places_elsewhere_a_country_named_with_a_compass_word_is_itself(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("Rebels shelled villages in North Korea.")
    span = next(s for s in pipeline.places.place_names(doc[:]))
    assert not pipeline.places._part_of_area(span)


@pytest.mark.parametrize(
    ("text", "trigger", "name", "kind"),
    [
        ("Israeli jets struck three targets in central and northern Gaza overnight.", "struck", "Gaza", "admin1"),
        ("Rebels shelled villages in southern Idlib overnight.", "shelled", "Idlib", "admin1"),
        ("Police arrested two men in central Kabul on Monday.", "arrested", "Kabul", "town"),
    ],
)
def test_places_elsewhere_a_compass_word_asks_for_the_province(pipeline: Pipeline, text: str, trigger: str,
                                                               name: str, kind: str) -> None:
    where = _place(pipeline, text, trigger)
    assert where is not None and (where[0], where[2]) == (name, kind), where


def test_places_elsewhere_a_named_person_said_to_be_somewhere_stays_there(pipeline: Pipeline) -> None:
    events = _code(pipeline, "Merkel was in Beijing on Tuesday. Merkel praised the Chinese reforms.")
    praised = next(e for e in events if e.trigger.text == "praised")
    assert praised.location is not None and praised.location.name == "Beijing", praised.location


def test_places_elsewhere_a_building_somewhere_is_no_stay(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("The embassy is in Jerusalem.")
    assert stay_in(pipeline.places, doc[:], 0, ()) is None


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("In a video released on Sunday, the kidnapped journalist asked the French government for help.", "asked"),
        ("A captive British aid worker criticized the British government in the recording.", "criticized"),
    ],
)
def test_places_elsewhere_a_captive_is_not_placed_at_home(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert _place(pipeline, text, trigger) is None


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # an appeal or a demand is not where what it asks for would be done
        ("The American envoy called for a peaceful transition to democracy in Sudan.", "called",
         ("United States", "USA", "country")),
        ("The German chancellor was pushing for a ceasefire in Yemen.", "pushing", ("Germany", "DEU", "country")),
        ("The British foreign secretary urged an investigation into the killings in Mali.", "urged",
         ("United Kingdom", "GBR", "country")),
    ],
)
def test_places_elsewhere_appeal_is_not_where_its_request_is(pipeline: Pipeline, text: str, trigger: str,
                                                             expected: tuple[str, str, str]) -> None:
    assert _place(pipeline, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        # a thing named after where it was agreed or where it goes is not the event's place
        ("The president withdrew the United States from the Paris climate accord last year.", "withdrew", "FRA"),
        ("Ukraine accused Moscow of breaking the Minsk agreements on Sunday, the army said.", "accused", "BLR"),
        ("A passenger plane on flight 302 from Addis Ababa to Nairobi was shot down on Monday.", "shot", "KEN"),
    ],
)
def test_places_named_after_a_place(pipeline: Pipeline, text: str, trigger: str, country: str) -> None:
    # the sentence's place is not the event's (a one-sentence story's focus may still be there)
    events = [e for e in _code(pipeline, text) if e.trigger.text.startswith(trigger)]
    placed = {e.location.country for e in events if e.location is not None
              and e.location.source in {"clause", "sentence"}}
    assert events and country not in placed


def test_places_a_craft_shot_down_over_a_place(pipeline: Pipeline) -> None:
    # "over" still says where a craft was: only its route's ends are no place of what befell it
    placed = {e.location.country for e in _code(pipeline, "A passenger plane was shot down over Syria on Monday.")
              if e.location is not None}
    assert placed == {"SYR"}


@pytest.mark.parametrize(
    ("text", "trigger", "topic", "venue"),
    [
        ("Secretary of State Mike Pompeo discussed the war in Syria with Russian Foreign Minister Sergei Lavrov.",
         "discussed", "Syria", None),
        ("The Turkish president discussed the situation in Libya with the Italian prime minister.", "discussed",
         "Libya", None),
        ("Kerry and Lavrov discussed Syria in Geneva on Monday.", "discussed", "Syria", "Geneva"),
    ],
)
def test_places_elsewhere_what_a_discussion_is_about(pipeline: Pipeline, text: str, trigger: str, topic: str,
                                                     venue: str | None) -> None:
    """What a discussion is about is not where it was held; a place of the verb is."""
    where = _place(pipeline, text, trigger)
    assert where is None or where[0] != topic, where
    if venue is not None:
        assert where is not None and where[0] == venue, where
