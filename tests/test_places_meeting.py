"""Places carried to a meeting from the same meeting placed elsewhere in the story, and word acts of
international bodies, which the story's country does not place (issue #12). Sentences are ours."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.pipeline import Pipeline
from newsevents.records import Article, Event


def _events(pipeline: Pipeline, text: str, trigger: str) -> list[Event]:
    events = pipeline.code_article(Article(id="m", text=text, date=date(2018, 7, 8)))
    return [e for e in events if e.trigger.text == trigger]


def _countries(pipeline: Pipeline, text: str, trigger: str) -> set[str | None]:
    return {e.location.country if e.location is not None else None for e in _events(pipeline, text, trigger)}


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        ("North Korea said on Saturday that Washington had broken the spirit of last month's summit between "
         "U.S. President Donald Trump and North Korean leader Kim Jong Un. The ministry issued a long statement. "
         "Trump and Kim met at their June 12 summit in Singapore.", "summit", "SGP"),
        ("Trump and Kim met at their June 12 summit in Singapore. On Saturday Pyongyang said that Washington "
         "had broken the spirit of last month's summit between Donald Trump and Kim Jong Un.", "summit", "SGP"),
        ("The talks between Chinese President Xi Jinping and Russian President Vladimir Putin last month were "
         "friendly, Chinese officials said. Xi met Putin in Astana on June 9 for three hours.", "talks", "KAZ"),
    ],
)
def test_places_meeting_takes_the_place_of_the_same_meeting(pipeline: Pipeline, text: str, trigger: str,
                                                            country: str) -> None:
    assert _countries(pipeline, text, trigger) == {country}


def test_places_meeting_of_another_month_is_another_meeting(pipeline: Pipeline) -> None:
    text = ("Trump and Kim met at their June 12 summit in Singapore. Trump and Kim held a summit in "
            "February 2019 as well, the White House said.")
    assert "SGP" not in _countries(pipeline, text, "summit")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Iran's nuclear program worries Israel. Iran's president rejected the charge. Tehran has enriched "
         "uranium for years. U.N. inspectors expressed doubts about Iran's program.", "expressed"),
        ("Police in Iran arrested dozens of protesters in Tehran. Iran's courts sentenced three of them. "
         "Iran's president defended the arrests. The European Union condemned the Iranian authorities.",
         "condemned"),
    ],
)
def test_places_an_international_body_speaks_not_in_the_story_country(pipeline: Pipeline, text: str,
                                                                     trigger: str) -> None:
    assert "IRN" not in _countries(pipeline, text, trigger)


def test_places_an_international_body_speaks_where_its_clause_says(pipeline: Pipeline) -> None:
    text = "In Geneva, U.N. human rights experts condemned Iran's executions of protesters."
    assert _countries(pipeline, text, "condemned") == {"CHE"}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Turkey's army shelled Kurdish positions in Syria. Putin called Erdogan on Friday.", "RUS"),
        ("Fighting resumed in eastern Ukraine. On Tuesday the German chancellor called the French president "
         "to discuss the crisis.", "DEU"),
    ],
)
def test_places_a_call_by_cameo_code_is_at_the_callers_home(pipeline: Pipeline, text: str, country: str) -> None:
    assert _countries(pipeline, text, "called") == {country}


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        # the story names its gathering's venue once; the meeting and the sides' word acts are there
        ("The second summit between Donald Trump and Kim Jong Un ended early on Saturday. The sudden end of "
         "the Hanoi meeting surprised both delegations. The US demanded that Pyongyang close more sites.",
         "demanded", "VNM"),
        ("The second summit between Donald Trump and Kim Jong Un ended early on Saturday. The sudden end of "
         "the Hanoi meeting surprised both delegations.", "summit", "VNM"),
        ("Chinese President Xi Jinping and President Donald Trump agreed on Saturday to a truce in their trade "
         "war. The two leaders held talks over dinner. Trump called his meeting in Buenos Aires with Xi a "
         "success.", "agreed", "ARG"),
        ("Moon Jae-in met Shinzo Abe on Sunday. At a joint news conference in Osaka, the two leaders promised "
         "to cooperate. South Korea praised Japan's offer of help.", "praised", "JPN"),
    ],
)
def test_places_meeting_at_the_stories_venue(pipeline: Pipeline, text: str, trigger: str, country: str) -> None:
    assert _countries(pipeline, text, trigger) == {country}


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        # a gathering still to come or left is no venue; nor are gatherings in two countries
        ("Donald Trump met Kim Jong Un on Saturday. The US demanded that Pyongyang close more sites ahead of "
         "the upcoming summit in Hanoi.", "demanded", "VNM"),
        ("Donald Trump met Kim Jong Un on Saturday. Trump was en route home from the summit in Hanoi when "
         "the US demanded that Pyongyang close more sites.", "demanded", "VNM"),
        ("Trump met Xi on Saturday. The talks in Buenos Aires went well. Trump then flew on to the meeting "
         "in Hanoi with Kim. The US demanded that China cut tariffs.", "demanded", "ARG"),
        # a third country's word act is not the sides' own, nor a lawmaker's at home
        ("Donald Trump met Kim Jong Un on Saturday. The sudden end of the Hanoi meeting surprised both "
         "delegations. South Korea praised the two leaders.", "praised", "VNM"),
        ("Donald Trump met Kim Jong Un on Saturday. The sudden end of the Hanoi meeting surprised both "
         "delegations. U.S. Senator Jane Doe criticized North Korea.", "criticized", "VNM"),
    ],
)
def test_places_meeting_no_venue(pipeline: Pipeline, text: str, trigger: str, country: str) -> None:
    placed = _countries(pipeline, text, trigger)
    assert placed and country not in placed  # the event is coded, somewhere else
