"""Dates of future weekdays, reports of findings, earlier periods and weeks (issue #12): a weekday set for an
event looks ahead ("scheduled for Thursday"); a date of a past verb looks back even for a future event ("on
Tuesday vowed to block"); a past perfect found out at a dated time takes that time ("discovered in 2011 that
... had broken in"); "last Congress", "the previous government" and "then-treasurer" mark an earlier
time; "this weekend" in the present is the paper's own weekend. Sentences are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.pipeline import Pipeline

PUB = dt.date(2019, 6, 12)  # a Wednesday
TODAY = ("2019-06-12", "publication")


def _resolve(pipeline: Pipeline, text: str, word: str, future: bool = False) -> tuple[str | None, str]:
    doc = pipeline.nlp(text)
    trigger = [t for t in doc if t.text == word][-1]
    return pipeline.dates.resolve(trigger, PUB, future=future)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a weekday appointed for an event lies ahead
        ("The regional bloc scheduled for Thursday a special summit of its defence chiefs.", "scheduled",
         ("2019-06-13", "day")),
        ("The council set a vote for Friday on the new budget.", "vote", ("2019-06-14", "day")),
        ("The president called for a day of mourning on Thursday.", "mourning", ("2019-06-13", "day")),
        ("The speaker postponed the debate on the budget to Monday.", "postponed", ("2019-06-17", "day")),
        # ... not a weekday of the act itself
        ("The council called an emergency meeting on Monday to discuss the floods.", "called", ("2019-06-10", "day")),
        ("Police arrested the organisers of Saturday's march.", "arrested", TODAY),
        # a past perfect found out at a time the text gives took place by then
        ("The company discovered in 2011 that hackers had broken into its servers.", "broken", ("2011", "year")),
        ("Investigators learned in March that the militia had seized the depot.", "seized", ("2019-03", "month")),
        # an earlier period or office in the clause: before publication, day unknown
        ("Two senators struck a bargain on farm subsidies last Congress.", "struck", (None, "before")),
        ("Under the previous government, police arrested hundreds of protesters.", "arrested", (None, "before")),
        ("The governor pressed then-treasurer Ann Holt to drop the audit.", "pressed",
         (None, "before")),
        ("The colonel, the garrison commander at the time, denounced the plan as useless.", "denounced",
         (None, "before")),
        ("The general, then the army chief, complained that the plan was useless.", "complained", (None, "before")),
        ("At the time, the army shelled the town every night.", "shelled", (None, "before")),
        ("The army then shelled the town.", "shelled", TODAY),
        # ... but not one of another clause
        ("Police arrested a man who served in the last parliament.", "arrested", TODAY),
        # an act another answers happened before it, on a day only its own phrase may give
        ("In reply to the curfew and in response to raids by bandits, the cabinet in March 2004 sent troops.", "raids",
         (None, "before")),
        ("The rocket barrage answered, in retaliation, the death of a commander in an airstrike near the port.",
         "airstrike", ("2019-06-12", "publication")),
        ("The militia fired rockets as revenge for a drone strike that hit its depot.", "strike", (None, "before")),
        ("Rebels shelled the town on Monday in retaliation for troops attacking their base.", "attacking",
         (None, "before")),
        ("Rebels shelled the town on Monday in retaliation for troops attacking their base.", "shelled",
         ("2019-06-10", "day")),
        ("Rebels shelled the town in retaliation for an airstrike on Saturday that killed six.", "airstrike",
         ("2019-06-08", "day")),
        # a clause months before another happened on an unsaid day
        ("The army withdrew from the town last year, months before the rebels attacked it.", "attacked",
         (None, "before")),
        # "the first ... since 1961": that year is the one before, not this one's
        ("The queen paid the first royal call on the colony since 1961.", "call", TODAY),
        ("Troops and rebels fought the worst battle since 2014 near the port.", "fought", TODAY),
        ("Since 2016, the rebels have smuggled arms into the region.", "smuggled", ("2016", "year")),
        # a span of years written short is its first year, not a day
        ("He chaired the fisheries talks with Norway in 2013-15.", "chaired", ("2013", "year")),
        # an ongoing act is not dated by the event it is about
        ("The panel is investigating fraud in the 2016 election.", "investigating", TODAY),
        ("Militias intimidated voters in the 2016 election.", "intimidated", ("2016", "year")),
        # "this weekend": in the present the paper's own, in the past the one just gone
        ("This weekend, when the president meets the Chinese leader in California, they will talk trade.",
         "meets", ("2019-W24", "week")),
        ("Protesters marched through the capital this weekend.", "marched", ("2019-W23", "week")),
    ],
)
def test_time_appointed_and_earlier(pipeline: Pipeline, text: str, word: str,
                                    expected: tuple[str | None, str]) -> None:
    assert _resolve(pipeline, text, word) == expected


def test_time_a_future_event_dated_by_a_past_verb_looks_back(pipeline: Pipeline) -> None:
    assert _resolve(pipeline, "The senator on Tuesday vowed to block the nominations.", "block",
                    future=True) == ("2019-06-11", "day")
    assert _resolve(pipeline, "The rebels will meet the envoy on Tuesday.", "meet", future=True) == (
        "2019-06-18", "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "yesterday" in a quotation counts from the day of the saying
        ('"We spoke by phone yesterday about the grain convoy," the chancellor told reporters on Sunday.',
         ("2019-06-08", "day")),
        ("“We spoke by phone yesterday about the grain convoy,” the chancellor said on Tuesday.",
         ("2019-06-10", "day")),
        ('"We spoke by phone yesterday about the grain convoy," the chancellor said.', ("2019-06-11", "day")),
        # in reported speech from the writer's day
        ("The chancellor said on Sunday that the two leaders spoke by phone yesterday.", ("2019-06-11", "day")),
    ],
)
def test_time_yesterday_in_a_quotation(pipeline: Pipeline, text: str, expected: tuple[str | None, str]) -> None:
    assert _resolve(pipeline, text, "spoke") == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # "May" the name is no month
        ("The small coalition partner that keeps May's cabinet in office rejected the budget.", "rejected",
         TODAY),
        ("May pledged to defend her plan in the Commons.", "defend", TODAY),
        ("Speaking on Monday, May blamed the regime for the gas attack.", "blamed", ("2019-06-10", "day")),
        ("Theresa May faces a test. The opposition tabled a censure motion against May's cabinet.", "tabled", TODAY),
        ("Voters rejected the mayor in May's election.", "rejected", ("2019-05", "month")),
        # ... "in May", "last May" are the month
        ("The two parties signed the accord in May.", "signed", ("2019-05", "month")),
        ("Rebels seized the airport last May.", "seized", ("2019-05", "month")),
    ],
)
def test_time_may_the_name_is_no_month(pipeline: Pipeline, text: str, word: str,
                                       expected: tuple[str | None, str]) -> None:
    assert _resolve(pipeline, text, word, future=word == "stand") == expected
