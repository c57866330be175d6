"""No article fails for a date it cannot read (issue of round 15: one failing article loses all its events).

- COUNTS: a count of days that int() cannot read ("²", a superscript digit) or one so large that the shift runs
  off the calendar ("99999999999 days after") dates nothing; a count of up to a century still moves the day;
- PLACEHOLDERS: a publication date a database writes for "no date" ("0001-01-01", "9999-12-31") is no date, so
  "last week" and "next week" are not counted from the calendar's ends. Sentences are ours.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.ingest.records import ReadOptions, parse_date, record_to_article

THURSDAY = dt.date(2019, 4, 25)


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # kept: a count said in words or digits moves the day of the other event
        ("Police detained the suspect two days after the bombing on Monday.", "detained", ("2019-04-24", "day")),
        ("The rebels freed the hostages 3 days after the raid on Monday.", "freed", ("2019-04-25", "day")),
        ("Troops left the valley a day before the vote on Tuesday.", "left", ("2019-04-22", "day")),
        ("The court released the journalist 1000 days after his arrest on Monday.", "released",
         ("2022-01-16", "day")),
    ],
)
def test_time_counted_days_move_the_day(date_of, sentence: str, word: str,  # type: ignore[no-untyped-def]
                                        expected: tuple[str, str]) -> None:
    assert date_of(sentence, word, THURSDAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The army shelled the village \u00b2 days after the protest on Monday.",
        "Police detained the suspect 99999999999 days after the bombing on Monday.",
        "The militia freed the hostages 5000000 weeks after the raid on Monday, officials said.",
        "Israeli troops raided the camp \u00b3 days after the talks on Monday.",
    ],
)
def test_time_unreadable_or_huge_counts_date_nothing(code, text: str) -> None:  # type: ignore[no-untyped-def]
    events = code(text, THURSDAY)
    assert events  # the article is coded, not failed
    assert all(e.date is None or e.date[:4] in {"2019"} for e in events)


@pytest.mark.parametrize("value", ["0001-01-01", "0001-01-01T00:00:00Z", "9999-12-31", "9999-12-31 23:59:59"])
def test_time_placeholder_publication_dates_are_no_date(value: str) -> None:
    assert parse_date(value) is None
    record = {"id": "x", "text": "Egypt hosted talks with Sudan last week.", "date": value}
    article = record_to_article(record, path="-", fallback_id="x", line=1, options=ReadOptions())
    assert article.date is None


def test_time_placeholder_publication_date_gives_way_to_the_default() -> None:
    record = {"id": "x", "text": "Egypt hosted talks with Sudan.", "date": "9999-12-31"}
    options = ReadOptions(default_date=THURSDAY)
    assert record_to_article(record, path="-", fallback_id="x", line=1, options=options).date == THURSDAY
    assert parse_date("2019-04-25") == THURSDAY  # kept: a real date


def test_time_article_with_placeholder_date_is_coded(code) -> None:  # type: ignore[no-untyped-def]
    record = {"id": "x", "text": "Egypt hosted talks with Sudan last week. Iran will meet Iraq next week.",
              "date": "0001-01-01"}
    article = record_to_article(record, path="-", fallback_id="x", line=1, options=ReadOptions())
    events = code(article.text, article.date)
    assert events
    assert all(e.date is None for e in events)
