"""Where an event happened when its sentence names the venue away from its actors' country (issue #12):
a participle of being somewhere that opens or closes the clause ("Speaking to reporters in Tokyo, ..."),
a measure decided at home whose sentence names another event's place, and an arrival's place of
departure. Sentences are ours."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.pipeline import Pipeline
from newsevents.records import Article, Event


def _code(pipeline: Pipeline, text: str) -> list[Event]:
    return pipeline.code_article(Article(id="v", text=text, date=date(2019, 6, 12)))


def _place(pipeline: Pipeline, text: str, trigger: str) -> tuple[str | None, str | None, str | None] | None:
    event = next(e for e in _code(pipeline, text) if e.trigger.text == trigger)
    loc = event.location
    return (loc.name, loc.country, loc.precision) if loc is not None else None


@pytest.mark.parametrize(
    ("text", "trigger", "name", "country"),
    [
        ("Speaking at a news conference in Tokyo, the Chinese foreign minister criticized Japan's defense budget.",
         "criticized", "Tokyo", "JPN"),
        ("Addressing lawmakers in Kiev, the German foreign minister urged Russia to withdraw its troops.",
         "urged", "Kiev", "UKR"),
        ("The Chinese minister criticized Japan on Tuesday, speaking at a news conference in Beijing.",
         "criticized", "Beijing", "CHN"),
        ("Speaking in Brussels on Monday, Pompeo warned Iran against restarting its nuclear program.",
         "warned", "Brussels", "BEL"),
    ],
)
def test_places_venue_a_participle_of_being_there_places_the_clause(pipeline: Pipeline, text: str,
                                                                   trigger: str, name: str, country: str) -> None:
    where = _place(pipeline, text, trigger)
    assert where is not None and where[:2] == (name, country), where


def test_places_venue_a_participle_about_a_place_does_not_place_the_clause(pipeline: Pipeline) -> None:
    where = _place(pipeline, "Speaking about the war in Syria, the French president condemned Russia.", "condemned")
    assert where is None or where[1] != "SYR", where


@pytest.mark.parametrize(
    ("text", "trigger", "elsewhere"),
    [
        ("The Treasury Department imposed sanctions on Tuesday on officials who ran prisons in Caracas, citing "
         "abuses in Venezuela.", "imposed", "VEN"),
        ("Washington sanctioned two Russian banks on Thursday, a day after Moscow closed a U.S. consulate in "
         "Yekaterinburg.", "sanctioned", "RUS"),
    ],
)
def test_places_venue_a_measure_decided_at_home_is_not_where_its_sentence_points(
        pipeline: Pipeline, text: str, trigger: str, elsewhere: str) -> None:
    where = _place(pipeline, text, trigger)
    assert where is None or where[1] != elsewhere, where


def test_places_venue_an_arrival_is_not_where_the_traveller_came_from(pipeline: Pipeline) -> None:
    where = _place(pipeline, "The American president arrived in Germany on Sunday from London.", "arrived")
    assert where is None or where[1] != "GBR", where


def test_places_venue_a_participle_does_not_place_an_act_the_words_report(pipeline: Pipeline) -> None:
    text = ("Speaking in Brussels on Monday, the American president condemned the leaks and said he would ask "
            "the Justice Department to investigate.")
    said = _place(pipeline, text, "condemned")
    assert said is not None and said[:2] == ("Brussels", "BEL"), said
    where = _place(pipeline, text, "ask")
    assert where is None or where[1] != "BEL", where


@pytest.mark.parametrize(
    ("text", "trigger", "name", "country"),
    [
        # a traveller setting out: the trip is where it goes, not where it began
        ("The Iranian foreign minister traveled from Moscow to Beijing on Sunday.", "traveled", "Beijing", "CHN"),
        ("The Turkish president traveled from Ankara to Baku for the signing.", "traveled", "Baku", "AZE"),
        ("The German chancellor flew from Berlin to Washington for talks with the president.", "flew",
         "Washington", "USA"),
        ("The president floated the idea at the White House as he departed for Canada on Friday.", "departed",
         "Canada", "CAN"),
        ("The Saudi king departed for Cairo on Monday to meet the Egyptian president.", "departed", "Cairo", "EGY"),
        ("President Trump departed the White House on Friday for the summit in Canada.", "departed", "Canada",
         "CAN"),
        # a flight from a place is there; so are a firing and a withdrawal from it
        ("Thousands of refugees fled from Aleppo to Turkey.", "fled", "Aleppo", "SYR"),
        ("Rebels fired rockets from Gaza into southern Israel.", "fired", "Gaza", "PSE"),
        ("The army withdrew its troops from Afrin.", "withdrew", "Afrin", "SYR"),
        ("Putin arrived in Ankara on Monday from Moscow.", "arrived", "Ankara", "TUR"),
    ],
)
def test_places_venue_a_trip_is_where_it_goes(pipeline: Pipeline, text: str, trigger: str, name: str,
                                              country: str) -> None:
    where = _place(pipeline, text, trigger)
    assert where is not None and where[:2] == (name, country)
