"""Days of events told against another clause's day (issue #12): a participle of its subject's next step
("before flying to Paris") takes the day of the clause it hangs on, a longer period gives it no day; an
event "<n> days/weeks after" which a dated clause came is that many days before it. Sentences are ours."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.pipeline import Pipeline
from newsevents.records import Article


def _date(pipeline: Pipeline, text: str, trigger: str) -> tuple[str | None, str]:
    events = pipeline.code_article(Article(id="n", text=text, date=date(2013, 5, 10)))
    event = next(e for e in events if e.trigger.text == trigger)
    return event.date, event.date_precision


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("On May 8, Obama criticized Russia before praising China.", "praising", ("2013-05-08", "day")),
        ("On May 8, the minister met Putin in Moscow before meeting Xi.", "meeting", ("2013-05-08", "day")),
        ("On Monday, Taliban fighters shelled the town before storming the police station.", "storming",
         ("2013-05-06", "day")),
    ],
)
def test_time_next_step_takes_its_clause_day(pipeline: Pipeline, text: str, trigger: str,
                                             expected: tuple[str | None, str]) -> None:
    assert _date(pipeline, text, trigger) == expected


def test_time_next_step_of_a_year_gets_no_day_from_it(pipeline: Pipeline) -> None:
    assert _date(pipeline, "In 2010, Obama criticized Russia before praising China.", "praising")[1] != "year"


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The statement comes a day after Britain expelled 23 Russian diplomats.", "expelled",
         ("2013-05-09", "day")),
        ("On Monday, Russia recalled its ambassador, two days after Britain expelled 23 Russian diplomats.",
         "expelled", ("2013-05-04", "day")),
        ("The attack came two weeks after Israel struck targets in Syria.", "struck", ("2013-04-26", "day")),
        ("The statement comes a day after Britain expelled 23 diplomats and suspended all contacts with Moscow.",
         "suspended", ("2013-05-09", "day")),
    ],
)
def test_time_counted_back_from_a_dated_clause(pipeline: Pipeline, text: str, trigger: str,
                                               expected: tuple[str | None, str]) -> None:
    assert _date(pipeline, text, trigger) == expected


def test_time_counted_back_keeps_its_own_date(pipeline: Pipeline) -> None:
    text = "The attack came two weeks after Israel struck targets in Syria on April 2."
    assert _date(pipeline, text, "struck") == ("2013-04-02", "day")
