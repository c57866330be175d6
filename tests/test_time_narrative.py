"""Dates of background events named through a dated event noun or a relative month (issue #12): an event
that happened in a dated event ("during the 2012 campaign", "meddled in the 2016 election") or that carried
one out ("carried out the March 4 attack") takes that date; "March of this year" and "2014 and 2015" name a
month and a year. A dated noun the trigger only refers to dates nothing. Sentences are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.pipeline import Pipeline

PUB = dt.date(2019, 6, 12)  # a Wednesday
TODAY = ("2019-06-12", "publication")


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a dated event noun the trigger happened in dates it
        ("During the 2012 election campaign, the minister hosted a dinner for the rival candidate.", "hosted",
         ("2012", "year")),
        ("Amid the 2008 re-election campaign, the governor welcomed the envoy.", "welcomed", ("2008", "year")),
        ("Investigators concluded that Moscow meddled in the 2016 election.", "meddled", ("2016", "year")),
        ("Dozens of students were arrested during the 2011 protests in Cairo.", "arrested", ("2011", "year")),
        ("Two reporters were killed in the 2014 offensive on the city.", "killed", ("2014", "year")),
        ("During the 2006 war, the militia fired rockets at Haifa.", "fired", ("2006", "year")),
        ("Soldiers detained hundreds of people during the 1989 uprising.", "detained", ("1989", "year")),
        # a made event's date dates the verb that carried it out
        ("Washington says government troops carried out the March 4 attack on the village.", "carried",
         ("2019-03-04", "day")),
        ("The general launched the 2003 invasion from Kuwait.", "launched", ("2003", "year")),
        ("The colonels staged the 1980 coup with American approval.", "staged", ("1980", "year")),
        ("The rebels mounted the January 2015 assault on the airport.", "mounted", ("2015-01", "month")),
        # a month of a year named relative to publication
        ("In March of this year, the president recognized the new government.", "recognized", ("2019-03", "month")),
        ("In October of last year, the navy seized two tankers.", "seized", ("2018-10", "month")),
        ("The court sentenced him in February of this year.", "sentenced", ("2019-02", "month")),
        # a date of a noun the trigger only refers to is not its date
        ("Washington withdrew from the 2015 nuclear deal.", "withdrew", TODAY),
        ("The senator criticized the 2016 election results.", "criticized", TODAY),
        ("The minister condemned the 2011 attack on the embassy.", "condemned", TODAY),
        ("Lawmakers investigated the 2012 raid in Benghazi.", "investigated", TODAY),
        ("The opposition protested against the 2018 election law.", "protested", TODAY),
    ],
)
def test_dated_event_nouns(date_of, text: str, word: str, expected: tuple[str | None, str]) -> None:
    assert date_of(text, word, PUB) == expected


@pytest.mark.parametrize("text", ["2014 and 2015", "2014-2016", "between 2014 and 2015"])
def test_joined_years(pipeline: Pipeline, text: str) -> None:
    assert pipeline.dates.parse(text, PUB) == ("2014", "year")


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a future event in the coming week: its ISO week
        ("The two ministers will meet in Geneva next week.", "meet", ("2019-W25", "week")),
        ("Brussels plans to impose new duties on steel later this week.", "impose", ("2019-W24", "week")),
        ("The envoy is expected to visit Kabul this week.", "visit", ("2019-W24", "week")),
        # "next week" lies ahead whatever the tense the parser reads
        ("The foreign ministers meet in Geneva next week.", "meet", ("2019-W25", "week")),
    ],
)
def test_coming_week(date_of, text: str, word: str, expected: tuple[str | None, str]) -> None:
    assert date_of(text, word, PUB) == expected


def test_coming_week_across_months(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("The two ministers will meet in Geneva next week.")
    trigger = next(t for t in doc if t.text == "meet")
    assert pipeline.dates.resolve(trigger, dt.date(2019, 6, 26))[1] != "day"


def test_own_week_not_the_saying_day(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("Ottawa plans to impose new tariffs on steel this week, the finance minister said Monday.")
    trigger = next(t for t in doc if t.text == "impose")
    assert pipeline.dates.resolve(trigger, dt.date(2014, 7, 28), future=True)[1] != "day"
