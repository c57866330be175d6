"""Places that belong to something other than the event (issue #12, round 15): the place of another event named in
an "after", "since" or "following" phrase, a country's name that says whose a thing is ("U.S. embassies"), and a
country adjective that names a country's ground, air or sea ("on Iraqi soil"), which does place the event.
Sentences are ours, written for the class of wording."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.pipeline import Pipeline
from newsevents.records import Article, Event


def _code(pipeline: Pipeline, text: str) -> list[Event]:
    return pipeline.code_article(Article(id="o", text=text, date=date(2019, 6, 12)))


def _place(pipeline: Pipeline, text: str, trigger: str) -> tuple[str | None, str | None, str | None] | None:
    event = next(e for e in _code(pipeline, text) if e.trigger.text == trigger)
    loc = event.location
    return (loc.name, loc.country, loc.precision) if loc is not None else None


@pytest.mark.parametrize(
    ("text", "trigger", "away"),
    [
        ("Washington on Friday rejected an Iraqi request, amid tensions after the U.S. killing of an Iranian "
         "commander in Baghdad.", "rejected", "Baghdad"),
        ("The German government on Monday condemned Turkey after the arrest of a journalist in Istanbul.",
         "condemned", "Istanbul"),
        ("The Canadian government on Tuesday criticized China following the detention of two citizens in Beijing.",
         "criticized", "Beijing"),
        ("The French president criticized the Iranian leadership since the seizure of a tanker near Bandar Abbas.",
         "criticized", "Bandar Abbas"),
    ],
)
def test_places_other_event_a_place_of_an_earlier_event_is_not_the_acts(pipeline: Pipeline, text: str,
                                                                          trigger: str, away: str) -> None:
    where = _place(pipeline, text, trigger)
    assert where is None or where[0] != away, where


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        ("Police arrested two men on Friday after the bombing in Kabul.", "arrested", "Kabul"),
        ("Soldiers detained three suspects after a raid in Mosul on Sunday.", "detained", "Mosul"),
    ],
)
def test_places_other_event_a_deed_still_takes_a_town_its_sentence_names(pipeline: Pipeline, text: str,
                                                                           trigger: str, name: str) -> None:
    where = _place(pipeline, text, trigger)
    assert where is not None and where[0] == name, where


def test_places_other_event_a_gathering_keeps_its_place(pipeline: Pipeline) -> None:
    text = "Iran and the United States held talks on Friday after a meeting in Geneva."
    where = _place(pipeline, text, "held")
    assert where is not None and where[:2] == ("Geneva", "CHE"), where


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Trump said Iran was planning to strike four U.S. embassies when Soleimani was killed.", "killed"),
        ("Kenyan police arrested two men near the U.S. embassy on Tuesday.", "arrested"),
        ("Afghan troops killed three militants who attacked a British convoy on Monday.", "killed"),
    ],
)
def test_places_other_event_a_countrys_name_on_a_thing_says_whose_it_is(pipeline: Pipeline, text: str,
                                                                          trigger: str) -> None:
    where = _place(pipeline, text, trigger)
    assert where is None or where[1] not in {"USA", "GBR"}, where


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        ("Turkish jets bombed Kurdish fighters on Iraqi soil on Friday.", "bombed", "IRQ"),
        ("Israeli jets struck targets on Syrian territory overnight, the army said.", "struck", "SYR"),
        ("Gunmen attacked a police post on Afghan soil near the border on Monday.", "attacked", "AFG"),
        ("Militants killed four soldiers on U.S. soil in a rare attack.", "killed", "USA"),
    ],
)
def test_places_other_event_a_countrys_ground_places_the_event(pipeline: Pipeline, text: str, trigger: str,
                                                                 country: str) -> None:
    where = _place(pipeline, text, trigger)
    assert where is not None and where[1:] == (country, "country"), where


def test_places_other_event_a_border_is_no_side(pipeline: Pipeline) -> None:
    text = "Gunmen attacked a police post on the Syrian border on Monday."
    event = next(e for e in _code(pipeline, text) if e.trigger.text == "attacked")
    # whose side of the border the post is on is not said: no place of the clause (the actors' country may be used)
    assert event.location is None or event.location.source != "clause", event.location


def test_places_other_event_a_description_of_a_place_is_no_territory(pipeline: Pipeline) -> None:
    text = "Authorities in Gibraltar, a British overseas territory, seized a tanker on Thursday."
    where = _place(pipeline, text, "seized")
    assert where is not None and where[0] == "Gibraltar", where


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("NATO's chief on Tuesday condemned Russia's incursion into Turkish airspace.", "condemned"),
        ("The German minister criticized the strikes on Syrian territory.", "criticized"),
    ],
)
def test_places_other_event_a_word_acts_territory_is_its_topic(pipeline: Pipeline, text: str, trigger: str) -> None:
    where = _place(pipeline, text, trigger)
    assert where is None or where[1] not in {"TUR", "SYR"}, where


@pytest.mark.parametrize(
    ("text", "trigger", "away"),
    [
        ("The U.S. Maritime Administration is warning ships across the Middle East to be on alert for attacks.",
         "warning", "Middle East"),
        ("The British government warned its citizens in Lebanon to avoid the border on Tuesday.", "warned",
         "Lebanon"),
    ],
)
def test_places_other_event_whom_a_warning_warns_is_not_where_it_was_given(pipeline: Pipeline, text: str,
                                                                           trigger: str, away: str) -> None:
    where = _place(pipeline, text, trigger)
    assert where is None or where[0] != away, where


def test_places_other_event_a_warning_at_home_keeps_its_town(pipeline: Pipeline) -> None:
    text = "Afghan police warned the Taliban in Kabul on Friday that they would storm their hideouts."
    where = _place(pipeline, text, "warned")
    assert where is not None and where[:2] == ("Kabul", "AFG"), where
