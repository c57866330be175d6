"""Dates of background events set in well-known historical ones, marked as earlier, or told in a relative
clause of a dated event noun (issue #12: a background event never takes the publication day)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.pipeline import Pipeline

PUB = dt.date(2019, 12, 31)  # a Tuesday


def _resolve(pipeline: Pipeline, sentence: str, word: str, pub: dt.date = PUB) -> tuple[str | None, str]:
    doc = pipeline.nlp(sentence)
    trigger = next(t for t in doc if t.text == word)
    return pipeline.dates.resolve(trigger, pub)


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # set in a named event of one year or day: its date
        ("Troops stormed the square at the time of the Cuban missile crisis.", "stormed", ("1962", "year")),
        ("The Tiananmen crackdown killed hundreds.", "killed", ("1989-06-04", "day")),
        ("Police detained two students during the Arab Spring.", "detained", (None, "before")),
        # a span of years, or after or since one: before publication
        ("During the Korean War, the army shelled the town.", "shelled", (None, "before")),
        ("Since the Islamic revolution, the clerics jailed many critics.", "jailed", (None, "before")),
        ("In the wake of the Charlie Hebdo attack, police raided a flat.", "raided", (None, "before")),
        # a name of an event that had not yet happened is another event
        ("During the hanoi summit, the envoys met twice.", "met", ("2019-02-27", "day")),
        ("Protesters marched during the Hanoi summit.", "marched", ("2018-12-31", "publication")),
        # a date of its own wins
        ("The Korean War ended in 1953.", "ended", ("1953", "year")),
        # no named event: the story's day
        ("During the summit, the envoys met twice.", "met", ("2019-12-31", "publication")),
    ],
)
def test_time_named_historical_event(
    pipeline: Pipeline, sentence: str, word: str, expected: tuple[str | None, str]
) -> None:
    pub = dt.date(2018, 12, 31) if "marched" in sentence else PUB
    assert _resolve(pipeline, sentence, word, pub) == expected


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("At first, the rebels rejected the offer, but now they have accepted it.", "rejected", (None, "before")),
        ("At first, the rebels rejected the offer, but now they have accepted it.", "accepted",
         ("2019-12-31", "publication")),
        ("The army initially denied the raid.", "denied", (None, "before")),
        ("In the past, the militia shelled the town.", "shelled", (None, "before")),
        ("Back then the governor banned all rallies.", "banned", (None, "before")),
        ("The ministry originally rejected the request.", "rejected", (None, "before")),
        # a bare "Earlier," is the story's own news
        ("Earlier, the rebels refused to extend the truce.", "refused", ("2019-12-31", "publication")),
        # "last week" across two months: that week, not the publication day
        ("The envoy pressed the case last week in Geneva.", "pressed", ("2019-W35", "week")),
    ],
)
def test_time_marked_earlier(pipeline: Pipeline, sentence: str, word: str, expected: tuple[str | None, str]) -> None:
    pub = dt.date(2019, 9, 2) if "last week" in sentence else PUB
    assert _resolve(pipeline, sentence, word, pub) == expected


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("The strikes answered a mortar attack last Thursday that killed a police officer.", "killed",
         ("2019-12-26", "day")),
        ("The strikes answered a mortar attack last Thursday that killed an officer and wounded two guards.",
         "wounded", ("2019-12-26", "day")),
        ("The raids followed a bombing at a market on Monday that wounded six people.", "wounded",
         ("2019-12-30", "day")),
        # a relative clause of a thing, not an event, keeps its own time
        ("Police found the car last Thursday that gunmen used.", "used", ("2019-12-31", "publication")),
    ],
)
def test_time_relative_clause_of_dated_event(
    pipeline: Pipeline, sentence: str, word: str, expected: tuple[str | None, str]
) -> None:
    assert _resolve(pipeline, sentence, word) == expected


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # set in an earlier event or time
        ("The envoy showed letters that he received during his recent trip to Rome.", "received", (None, "before")),
        ("The minister made the same offer at a previous meeting.", "made", (None, "before")),
        # a backdrop, and a date of the clause's own, are not earlier
        ("Amid the recent rows, the minister demanded that Moscow end its support.", "demanded",
         ("2019-12-31", "publication")),
        ("The president previously met the families during a visit to Tokyo in November 2017.", "met",
         ("2017-11", "month")),
        ("The envoys might agree to a formal end of the Korean War.", "agree", ("2019-12-31", "publication")),
        # a past relative clause in a sentence told in the present or future
        ("The road is lined with the wrecks of cars the militants burned.", "burned", (None, "before")),
        ("The colonel, who was ousted by the junta, will appear in court.", "ousted", (None, "before")),
        # a decade says only "before"
        ("The two countries fought over the valley in the 1990s.", "fought", (None, "before")),
        # in a past sentence it may be the story's own news
        ("Police arrested the man who stabbed two guards.", "stabbed", ("2019-12-31", "publication")),
    ],
)
def test_time_set_earlier_or_past_relative(
    pipeline: Pipeline, sentence: str, word: str, expected: tuple[str | None, str]
) -> None:
    assert _resolve(pipeline, sentence, word) == expected
