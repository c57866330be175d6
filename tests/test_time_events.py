"""Dates of events told through other events (issue #12): a relative clause of a war or raid takes the
war's date, clauses joined by a semicolon share theirs, a deal's year dates its signing, and the year
of an attack dates what the attack did. Sentences are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.pipeline import Pipeline

PUB = dt.date(2019, 6, 12)  # a Wednesday


def _resolve(pipeline: Pipeline, sentence: str, word: str) -> tuple[str | None, str]:
    doc = pipeline.nlp(sentence)
    trigger = next(t for t in doc if t.text == word)
    return pipeline.dates.resolve(trigger, PUB)


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # a relative clause of an event its verb makes happen, or happens in
        ("In 2006, the two armies fought a war in which militants fired 4,000 rockets.", "fired", ("2006", "year")),
        ("In 2006 they battled in a war where the militia fired rockets into Israel.", "fired", ("2006", "year")),
        ("Last year, the army launched an offensive during which troops captured three towns.", "captured",
         ("2018", "year")),
        ("In March, rebels staged an uprising in which they seized the airport.", "seized", ("2019-03", "month")),
        # clauses joined by a semicolon
        ("In 2014, rebels seized the airport; troops shelled the town.", "shelled", ("2014", "year")),
        ("Last month militants attacked a convoy; in response, the army bombed their camps.", "bombed",
         ("2019-05", "month")),
        # what a verb makes takes its date
        ("Iran signed the 2015 deal with six powers.", "signed", ("2015", "year")),
        ("The rivals reached the 1994 accord after long talks.", "reached", ("1994", "year")),
        ("The two parties negotiated the 2011 ceasefire in Cairo.", "negotiated", ("2011", "year")),
        # an attack's date dates what it did
        ("The 2012 attack on the consulate killed four Americans.", "killed", ("2012", "year")),
        ("Tuesday's bombing in the market killed 12 people.", "killed", ("2019-06-11", "day")),
        ("The 2003 invasion toppled the government.", "toppled", ("2003", "year")),
        ("Sunday's clashes wounded dozens of protesters.", "wounded", ("2019-06-09", "day")),
    ],
)
def test_time_events_dated_by_another_event(pipeline: Pipeline, sentence: str, word: str,
                                            expected: tuple[str | None, str]) -> None:
    assert _resolve(pipeline, sentence, word) == expected


@pytest.mark.parametrize(
    ("sentence", "word", "wrong"),
    [
        # a verb that only refers to a deal is not of the deal's year
        ("Trump withdrew from the 2015 deal.", "withdrew", "2015"),
        ("Iran violated the 2015 deal.", "violated", "2015"),
        # an announcement is no event noun; a war recalled is not dated by the recalling
        ("Tuesday's announcement angered officials.", "angered", "2019-06-11"),
        ("On Monday the minister recalled the war in which his father died.", "died", "2019-06-10"),
        # a present state is not of the deal's year
        ("Critics say the 2015 deal emboldens Iran.", "emboldens", "2015"),
    ],
)
def test_time_events_not_dated_by_what_they_mention(pipeline: Pipeline, sentence: str, word: str,
                                                    wrong: str) -> None:
    assert _resolve(pipeline, sentence, word)[0] != wrong


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # "weeks after": an unsaid time before the clause it depends on
        ("A bomb killed two soldiers on Monday, weeks after the president said the group was beaten.", "said",
         (None, "before")),
        ("The rebels attacked the town months after the army withdrew.", "withdrew", (None, "before")),
        ("The minister met the rebels years after visiting the camp.", "visiting", (None, "before")),
        # a plain "after" keeps the date of its clause, also for a saying's adjunct
        ("The rebels attacked the town on Monday after the army withdrew.", "withdrew", ("2019-06-10", "day")),
        ("The premier said three weeks ago after visiting a refugee camp that aid would rise.", "visiting",
         ("2019-05-22", "day")),
        ("The minister spoke on Monday, adding that the talks would resume.", "adding", ("2019-06-10", "day")),
    ],
)
def test_time_events_after_a_gap_or_at_once(pipeline: Pipeline, sentence: str, word: str,
                                            expected: tuple[str | None, str]) -> None:
    assert _resolve(pipeline, sentence, word) == expected


def test_time_events_what_a_saying_reports_keeps_its_own_date(pipeline: Pipeline) -> None:
    # a reported past perfect is dated by its saying (the report's shift of tense); its own date rules
    assert _resolve(pipeline, "The minister said on Monday that gunmen had attacked the convoy.",
                    "attacked") == ("2019-06-10", "day")
    assert _resolve(pipeline, "The minister said on Monday that gunmen had attacked the convoy on Sunday.",
                    "attacked") == ("2019-06-09", "day")


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # "a month before that": before another event, on an unsaid day
        ("A month before that, a journalist was shot in the capital.", "shot", (None, "before")),
        ("A month before that, a journalist was shot and killed in the capital.", "killed", (None, "before")),
        # a "when", "as" or "while" clause dates the clause it depends on
        ("When rebels seized the town in 2013, the army fled.", "fled", ("2013", "year")),
        ("While protesters marched on Sunday, police fired tear gas.", "fired", ("2019-06-09", "day")),
        # "a week after": that many days before its clause's day
        ("The army shelled the city on Tuesday, a week after talks collapsed.", "collapsed", ("2019-06-04", "day")),
        # a day as the thing acted on is no time of the act
        ("The president urged residents to stay home and set aside Friday for cleaning.", "urged",
         ("2019-06-12", "publication")),
    ],
)
def test_time_events_clauses_of_one_time_and_days_acted_on(pipeline: Pipeline, sentence: str, word: str,
                                                           expected: tuple[str | None, str]) -> None:
    assert _resolve(pipeline, sentence, word) == expected


NEW_YEAR = dt.date(2019, 1, 3)  # a Thursday


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # a present tense with a near date is the coming one, not last year's
        ("Voters go to the polls on Jan. 20.", "go", ("2019-01-20", "day")),
        ("The talks, which begin Jan. 15, will focus on trade.", "begin", ("2019-01-15", "day")),
        ("The minister visits Beijing on Jan. 9.", "visits", ("2019-01-09", "day")),
        ("The court rules on the case in March.", "rules", ("2019-03", "month")),
        # a past tense a few days after the paper's date: the story's day, not a year before
        ("Police arrested him on Jan. 5.", "arrested", ("2019-01-05", "day")),
        # the rest keep the latest such day before publication
        ("Protesters marched on Dec. 30.", "marched", ("2018-12-30", "day")),
        ("The leaders met in December.", "met", ("2018-12", "month")),
        ("The border was closed in September.", "closed", ("2018-09", "month")),
        ("Trump meets Kim in Hanoi on Wednesday.", "meets", ("2019-01-02", "day")),
        ("Police arrested him on Friday.", "arrested", ("2018-12-28", "day")),
        # the weekend before publication, as its week
        ("The rebels attacked the town over the weekend.", "attacked", ("2018-W52", "week")),
    ],
)
def test_time_events_the_year_of_a_date_without_one(pipeline: Pipeline, sentence: str, word: str,
                                                    expected: tuple[str | None, str]) -> None:
    doc = pipeline.nlp(sentence)
    trigger = next(t for t in doc if t.text == word)
    assert pipeline.dates.resolve(trigger, NEW_YEAR) == expected


def test_time_events_a_weekend_is_its_week(pipeline: Pipeline) -> None:
    assert pipeline.dates.parse("the weekend", dt.date(2019, 9, 2)) == ("2019-W35", "week")  # 31 August, 1 September
    assert pipeline.dates.parse("last weekend", dt.date(2019, 7, 2)) == ("2019-W26", "week")  # 29 and 30 June
    assert pipeline.dates.parse("the weekend", dt.date(2019, 6, 12)) == ("2019-W23", "week")
