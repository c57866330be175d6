"""Dates of reported, perfect and bounded events (issue #12): a past perfect that a past saying reports is
dated by the saying (the report's shift of tense, not an earlier background); a simple past reported by a
saying dated well before publication, or to a day before it, takes the saying's date; a present perfect does
not take the date of a past clause beside it; "until Thursday" ends a span and dates nothing. Sentences are
ours."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.pipeline import Pipeline

PUB = dt.date(2019, 6, 12)  # a Wednesday
TODAY = ("2019-06-12", "publication")
BEFORE = (None, "before")


def _resolve(pipeline: Pipeline, sentence: str, word: str) -> tuple[str | None, str]:
    doc = pipeline.nlp(sentence)
    trigger = [t for t in doc if t.text == word][-1]
    return pipeline.dates.resolve(trigger, PUB)


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # a past perfect reported by a past saying: the saying's date, or the story's days
        ("The agency said the militants had freed two hostages.", "freed", TODAY),
        ("The minister told reporters that troops had crossed the border.", "crossed", TODAY),
        ("Police said the gunmen had fled toward the border before dawn.", "fled", TODAY),
        ("Officials said rebels had stormed and looted the depot.", "looted", TODAY),
        ("The rebels said they had captured two soldiers near the river.", "captured", TODAY),
        ("Officials said on Monday that the rebels had seized the town.", "seized", ("2019-06-10", "day")),
        ("The rebels had seized the town, the governor said in March.", "seized", ("2019-03", "month")),
        ("The general said the army was ready and had sent two brigades to the border.", "sent", TODAY),
        ("The ministry said on Tuesday the talks were over and had recalled its envoy.", "recalled",
         ("2019-06-11", "day")),
        # its own date, or an earlier time the text marks, still rules
        ("Investigators said the colonel had ordered the raid in 2015.", "ordered", ("2015", "year")),
        ("The spokesman said the army had withdrawn weeks ago.", "withdrawn", BEFORE),
        ("The minister said the police had previously arrested him twice.", "arrested", BEFORE),
        # a past perfect of the narrative stays before the story's time
        ("The envoy had met the rebel commander in secret.", "met", BEFORE),
        ("The army had shelled the camp for days before the truce.", "shelled", BEFORE),
    ],
)
def test_time_reported_past_perfect(pipeline: Pipeline, sentence: str, word: str,
                                    expected: tuple[str | None, str]) -> None:
    assert _resolve(pipeline, sentence, word) == expected


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # a simple past reported by a saying dated well before publication
        ("In a March 2, 2008, letter to the king, the general said he opposed the purge.", "opposed",
         ("2008-03-02", "day")),
        ("In a 2012 interview, the minister said the army tortured prisoners.", "tortured", ("2012", "year")),
        ("The envoy said last year that the militia armed the tribes.", "armed", ("2018", "year")),
        ("The envoy said last year that the militia was arming the tribes.", "arming", ("2018", "year")),
        ("The ministry said in March that police arrested four students.", "arrested", ("2019-03", "month")),
        # a saying of a day of the story's week: not after that day (the publication day would be)
        ("Officials said on Monday that rebels attacked the village.", "attacked", ("2019-06-10", "day")),
        # a saying of the present, or of the story's week with no day, leaves the story's days
        ("Officials said last week that rebels attacked the village.", "attacked", TODAY),
        ("The ministry says in a statement that police arrested four students.", "arrested", TODAY),
        # a dated statement dates its saying
        ("In a Jan. 5 statement, the ministry said police arrested the editor.", "said", ("2019-01-05", "day")),
    ],
)
def test_time_reported_simple_past(pipeline: Pipeline, sentence: str, word: str,
                                   expected: tuple[str | None, str]) -> None:
    assert _resolve(pipeline, sentence, word) == expected


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # the present perfect reaches up to publication, whatever the past clause beside it says
        ("The president has called the treaty a disaster, and his government left it in May 2018.", "called",
         TODAY),
        ("The president has called the treaty a disaster, and his government left it in May 2018.", "left",
         ("2018-05", "month")),
        ("Rebels have criticized the truce, and the army shelled their positions on Monday.", "criticized", TODAY),
        ("Rebels stormed and seized the town on Sunday.", "stormed", ("2019-06-09", "day")),
        # the end of a span dates nothing
        ("The ministry ordered all schools to stay shut until Friday.", "ordered", TODAY),
        ("The governor has extended the curfew until next Monday.", "extended", TODAY),
        ("The court adjourned the trial until June 20.", "adjourned", TODAY),
        ("The judge on Monday adjourned the hearing till July 3.", "adjourned", ("2019-06-10", "day")),
        ("Police detained the reporter on Sunday and held him until Tuesday.", "detained", ("2019-06-09", "day")),
        # "not ... until" says when the event happens
        ("Lawmakers are not due to return to the capital until next week.", "return", ("2019-W25", "week")),
        ("The envoy will not leave Kabul until Friday.", "leave", ("2019-06-14", "day")),
        ("The rebels did not release the hostages until Monday.", "release", ("2019-06-10", "day")),
    ],
)
def test_time_perfect_beside_past_and_span_ends(pipeline: Pipeline, sentence: str, word: str,
                                                expected: tuple[str | None, str]) -> None:
    assert _resolve(pipeline, sentence, word) == expected


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # a month of a year named relative to publication, without "of"; a "when" clause lends it
        ("About 250,000 marchers gathered when the president flew into Oslo in July last year.", "gathered",
         ("2018-07", "month")),
        ("The navy seized two tankers in March this year.", "seized", ("2019-03", "month")),
        ("The court convicted the mayor in December last year.", "convicted", ("2018-12", "month")),
        # a bare "earlier" is earlier in the story's own news; with a span, or a past perfect, it is before
        ("Earlier, the rebels refused to extend the truce.", "refused", TODAY),
        ("The militia earlier seized the port.", "seized", TODAY),
        ("The army had earlier shelled the village.", "shelled", BEFORE),
        ("The militia seized the port two weeks earlier.", "seized", BEFORE),
        ("Two weeks earlier, the army shelled the village.", "shelled", BEFORE),
    ],
)
def test_time_named_year_months_and_same_day_earlier(pipeline: Pipeline, sentence: str, word: str,
                                                     expected: tuple[str | None, str]) -> None:
    assert _resolve(pipeline, sentence, word) == expected


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # the paper's own weekday is its day, ahead as well as behind
        ("The envoy will leave Ankara later Wednesday for talks in Baku.", "leave", ("2019-06-12", "day")),
        ("The queen will host the emir at the palace on Wednesday.", "host", ("2019-06-12", "day")),
        ("The queen will host the emir at the palace on Friday.", "host", ("2019-06-14", "day")),
        # a duration with its year: the year
        ("The engineer lived in Tehran for six months in 2011.", "lived", ("2011", "year")),
    ],
)
def test_time_paper_weekday_ahead_and_said_years(pipeline: Pipeline, sentence: str, word: str,
                                                 expected: tuple[str | None, str]) -> None:
    assert _resolve(pipeline, sentence, word) == expected
