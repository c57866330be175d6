"""Weeks told in a Sunday paper (issue 12): a newsroom's week runs from Sunday, so on a Sunday "last week" is the
ISO week ending that day (already so), and "this week" ahead is the ISO week that begins the next day; "next week"
is seven days on, which lands in that same ISO week. A week in the past or a present tense on a Sunday is the week
ending that day, and any other day keeps the ISO weeks. A week in a clause reported by a saying dated before
publication is counted from the saying's day, with no Sunday shift. Sentences are ours."""

from __future__ import annotations

import datetime as dt

import pytest

SUNDAY = dt.date(2019, 4, 28)  # ISO 2019-W17 ends this day
SATURDAY = dt.date(2019, 4, 27)
WEDNESDAY = dt.date(2019, 4, 24)


@pytest.mark.parametrize(
    ("sentence", "word", "published", "expected"),
    [
        # on a Sunday: last week ended today, this week lies ahead, and next week is seven days on: the same week
        ("The army attacked the town last week.", "attacked", SUNDAY, "2019-W17"),
        ("The leaders will meet this week.", "meet", SUNDAY, "2019-W18"),
        ("The leaders will meet later this week.", "meet", SUNDAY, "2019-W18"),
        ("The envoy is scheduled to visit Kabul this week.", "visit", SUNDAY, "2019-W18"),
        ("The leaders will meet next week.", "meet", SUNDAY, "2019-W18"),
        ("The leaders will hold talks early next week in Oslo.", "hold", SUNDAY, "2019-W18"),
        ("The army attacked the town earlier this week.", "attacked", SUNDAY, "2019-W17"),
        # a present tense on a Sunday may tell the week now ending: it stays there
        ("The strike follows a bombing this week.", "bombing", SUNDAY, "2019-W17"),
        # any other day: the ISO weeks
        ("The army attacked the town last week.", "attacked", SATURDAY, "2019-W16"),
        ("The leaders will meet this week.", "meet", SATURDAY, "2019-W17"),
        ("The leaders will meet next week.", "meet", SATURDAY, "2019-W18"),
        ("The leaders will meet next week.", "meet", WEDNESDAY, "2019-W18"),
        ("The army attacked the town earlier this week.", "attacked", WEDNESDAY, "2019-W17"),
        ("The leaders meet this week in Paris.", "meet", WEDNESDAY, "2019-W17"),
    ],
)
def test_time_sunday_weeks_this_week_is_not_last_week(date_of, sentence, word, published, expected) -> None:  # type: ignore[no-untyped-def]
    assert date_of(sentence, word, published) == (expected, "week")


@pytest.mark.parametrize(
    ("sentence", "word", "published", "expected"),
    [
        # a week said of in a clause reported on an earlier day is the speaker's week, not shifted
        ("The envoy said on Tuesday that he will travel to Oslo this week.", "travel", SUNDAY, "2019-W17"),
        ("The envoy said on Monday that the talks would resume next week.", "resume", SUNDAY, "2019-W18"),
        ("The envoy said on Wednesday that the rebels will release the hostages later this week.", "release",
         SUNDAY, "2019-W17"),
        ("The envoy said on Monday that he would visit Oslo this week.", "visit", WEDNESDAY, "2019-W17"),
        # kept: a saying of the story's own day, and the story's own voice, count from publication
        ("The envoy said on Sunday that he will travel to Oslo this week.", "travel", SUNDAY, "2019-W18"),
        ("The envoy told reporters that the talks will resume this week.", "resume", SUNDAY, "2019-W18"),
    ],
)
def test_time_sunday_weeks_of_an_earlier_saying(date_of, sentence, word, published, expected) -> None:  # type: ignore[no-untyped-def]
    assert date_of(sentence, word, published) == (expected, "week")


@pytest.mark.parametrize(
    "sentence",
    [
        "Rebels had not attacked the town before last week, the governor said.",
        "There were no protests against the government before last week.",
    ],
)
def test_time_sunday_weeks_an_event_before_a_week_is_coded(code, sentence) -> None:  # type: ignore[no-untyped-def]
    """A time "before last week" compares days with an ISO week ("2017-W22"): its first day is the Monday, and the
    article is coded (it once failed whole on the week's name)."""
    assert code(sentence, dt.date(2017, 6, 5))
