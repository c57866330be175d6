"""An event's place when its sentence names none: the dateline, the article's focus, the actors' country."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.pipeline import Pipeline
from newsevents.places import ArticlePlaces
from newsevents.records import Article, Event


def _code(pipeline: Pipeline, text: str) -> list[Event]:
    return pipeline.code_article(Article(id="a", text=text, date=date(2024, 3, 8)))


def test_places_article_clause_place_has_source_and_precision(pipeline: Pipeline) -> None:
    events = _code(pipeline, "Venezuelan police arrested ten protesters in Guanare, Portuguesa state, on Monday.")
    located = [e.location for e in events if e.location is not None]
    assert located and located[0].name == "Guanare" and located[0].country == "VEN"
    assert located[0].precision == "town" and located[0].source == "clause"
    assert located[0].adm1 == "VE18"


def test_places_article_dateline_places_an_unplaced_event(pipeline: Pipeline) -> None:
    text = ("JALALABAD, Afghanistan (AP) — Afghan police arrested three suspected militants on Tuesday. "
            "The governor condemned the attack.")
    events = _code(pipeline, text)
    located = [e.location for e in events if e.location is not None]
    assert located, [e.to_dict() for e in events]
    assert all(loc.country == "AFG" for loc in located)
    assert any(loc.source == "dateline" and loc.precision == "town" for loc in located)


def test_places_article_focus_counts_containment(pipeline: Pipeline) -> None:
    text = ("Fighting continued in Kramatorsk on Monday. Residents of Kramatorsk fled west. "
            "Officials condemned the violence.")
    events = _code(pipeline, text)
    last = [e for e in events if e.sentence_index == 2]
    assert last and last[0].location is not None
    assert last[0].location.source == "article" and last[0].location.country == "UKR"


def test_places_article_actor_country_for_a_domestic_event(pipeline: Pipeline) -> None:
    events = _code(pipeline, "Kenyan police arrested two opposition lawmakers.")
    assert events and events[0].location is not None
    loc = events[0].location
    assert (loc.country, loc.precision, loc.source) == ("KEN", "country", "actor")
    assert loc.name == "Kenya"


def test_places_article_nationality_adjective_is_no_place(pipeline: Pipeline) -> None:
    events = _code(pipeline, "U.S. air strikes hit militant positions in Iraq on Sunday.")
    located = [e.location for e in events if e.location is not None]
    assert located and located[0].country == "IRQ"


def test_places_article_steps_follow_the_actors(pipeline: Pipeline) -> None:
    gazetteer = pipeline.places.gazetteer
    usa, kabul = gazetteer.country_place("USA"), gazetteer.lookup_place("Kabul")
    places = ArticlePlaces(gazetteer, dateline=kabul, focus=usa)
    # no actors: the dateline only when the focus is in its country, else the focus
    assert (loc := places.locate([])) is not None and (loc.name, loc.source) == ("United States", "article")
    at_home = ArticlePlaces(gazetteer, dateline=kabul, focus=gazetteer.country_place("AFG"))
    assert (loc := at_home.locate([])) is not None and (loc.name, loc.source) == ("Kabul", "dateline")
    assert (loc := places.locate(["AFG", "PAK"])) is not None and loc.source == "dateline"
    assert (loc := places.locate(["USA"])) is not None and (loc.country, loc.source) == ("USA", "article")
    # neither the dateline's country nor the focus is the actors': a domestic event is in its actors' country
    for actors in (["ISR", "ISR"], ["ISR", None], ["ISR"]):
        loc = places.locate(actors)
        assert loc is not None and (loc.country, loc.precision, loc.source) == ("ISR", "country", "actor")
    # actors of two countries: no place rather than either country
    assert places.locate(["ISR", "PSE"]) is None


def test_places_article_focus_is_a_dominant_town(pipeline: Pipeline) -> None:
    names = ["Lashkargah", "Lashkargah", "Helmand", "Afghanistan", "Pakistan"]
    focus = ArticlePlaces.read(names, pipeline.places.gazetteer, None).focus
    assert focus is not None and focus.kind == "town" and focus.country == "AFG"
    spread = ArticlePlaces.read(["Kabul", "Herat", "Kandahar", "Afghanistan"], pipeline.places.gazetteer, None)
    assert spread.focus is not None and spread.focus.kind == "country" and spread.focus.country == "AFG"


def test_places_article_dateline_country_decides_homonyms(pipeline: Pipeline) -> None:
    text = "BEIRUT (AP) — Lebanese soldiers clashed with gunmen in Tripoli on Sunday."
    located = [e.location for e in _code(pipeline, text) if e.location is not None]
    assert located and located[0].name == "Tripoli" and located[0].country == "LBN"


def test_places_article_a_statement_is_where_its_speaker_is(pipeline: Pipeline) -> None:
    text = ("KABUL, Afghanistan (AP) — Gunmen attacked a hotel in Kabul on Monday. "
            "The German government condemned the attack.")
    statements = [e for e in _code(pipeline, text) if e.sentence_index == 1 and e.location is not None]
    assert statements, [e.to_dict() for e in _code(pipeline, text)]
    loc = statements[0].location
    assert loc is not None and (loc.country, loc.source) == ("DEU", "actor")


def test_places_article_a_country_possessive_of_the_event_is_its_place(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("Greece's biggest corruption trial opened on Monday.")
    loc = pipeline.places.locate(next(t for t in doc if t.text == "trial"))
    assert loc is not None and (loc.country, loc.precision, loc.source) == ("GRC", "country", "clause")
    # the actor's own possessive is the actor, not the place
    doc = pipeline.nlp("Russia's invasion of the peninsula continued.")
    assert pipeline.places.locate(next(t for t in doc if t.text == "invasion"), exclude=[(0, 1)]) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a background event is not known to be in the reporter's town: the dateline's country
        ("LAGOS, Nigeria (AP) — The governor was criticized in 2015 for failing to stop the floods.",
         ("Nigeria", "country", "2015", "year")),
        ("NAIROBI, Kenya (AP) — The minister had been accused of fraud by the opposition.",
         ("Kenya", "country", None, "before")),
        ("LIMA, Peru (AP) — Two years ago, the president pardoned the former dictator.",
         ("Peru", "country", "2022", "year")),
        # an event of the story's days keeps the dateline's town
        ("NAIROBI, Kenya (AP) — The minister was accused of fraud by the opposition on Tuesday.",
         ("Nairobi", "town", "2024-03-05", "day")),
        ("LIMA, Peru (AP) — Last month, the president pardoned the former dictator.",
         ("Lima", "town", "2024-02", "month")),
    ],
)
def test_places_article_background_event_takes_the_datelines_country(
        pipeline: Pipeline, text: str, expected: tuple[str, str, str | None, str]) -> None:
    events = _code(pipeline, text)
    assert len(events) == 1, [e.to_dict() for e in events]
    event = events[0]
    assert event.location is not None and event.location.source == "dateline"
    assert (event.location.name, event.location.precision, event.date, event.date_precision) == expected
