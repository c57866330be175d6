"""The patterns of time expressions live in data/time.yaml with the calendar's words (<weekdays>, <months>,
<month_abbr>), and a broken one is a clear data error, not a crash deep in a rule."""

from __future__ import annotations

import re
from dataclasses import fields

import pytest

from newsevents.errors import DataFileError
from newsevents.timepatterns import TimePatterns
from newsevents.timewords import TimeWords

CALENDAR = {"weekdays": ("monday", "tuesday"), "months": ("january", "may"), "month_abbr": ("jan",)}


def _all_patterns(**changed: str) -> dict[str, str]:
    """One harmless pattern for every name, with ``changed`` ones put in."""
    return {f.name: r"^x$" for f in fields(TimePatterns)} | changed


def test_timepatterns_packaged_calendar_is_in_order() -> None:
    words = TimeWords.load()
    assert words.weekdays[0] == "monday" and words.weekdays[6] == "sunday"
    assert words.months.index("march") == 2 and len(words.months) == 12


@pytest.mark.parametrize(
    ("name", "text", "matches"),
    [
        ("named_month", "last november", True),
        ("named_month", "the coming march", True),
        ("named_month", "last week", False),
        ("day_part", "monday night", True),
        ("day_part", "april 25 evening", True),
        ("anchor", "on sept. 3", True),
        ("anchor", "two years", False),
        ("vague_ago", "some time ago", True),
        ("span_back", "over the last few months", True),
        ("span_back", "the past two weeks", False),
        ("deictic", "earlier today", True),
    ],
)
def test_timepatterns_packaged_patterns_match(name: str, text: str, matches: bool) -> None:
    pattern: re.Pattern[str] = getattr(TimeWords.load().patterns, name)
    assert bool(pattern.search(text)) is matches


def test_timepatterns_calendar_words_are_put_in() -> None:
    patterns = TimePatterns.from_data("t.yaml", _all_patterns(named_month=r"^(last|next) (<months>)$"), CALENDAR)
    assert patterns.named_month.match("last may")
    assert not patterns.named_month.match("last june")  # june is not in this calendar


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"anchor": "x"}, "lacks the pattern"),
        (_all_patterns(week=r"(unclosed"), "is not a regular expression"),
        (["not", "a", "mapping"], "must map pattern names"),
    ],
)
def test_timepatterns_broken_data_is_a_data_error(data: object, message: str) -> None:
    with pytest.raises(DataFileError, match=message):
        TimePatterns.from_data("t.yaml", data, CALENDAR)


@pytest.mark.parametrize(
    ("text", "matches"),
    [
        ("sept. 3", True),
        ("sept 3", False),  # the dot is written in the list, so it is needed
        ("septx 3", False),  # and it is a dot, not any sign
        ("a+b 3", True),
        ("aab 3", False),  # a sign of regular expressions in a word is the sign itself
    ],
)
def test_timepatterns_calendar_words_are_escaped(text: str, matches: bool) -> None:
    calendar = {"weekdays": ("monday",), "months": ("may",), "month_abbr": ("sept.", "a+b")}
    patterns = TimePatterns.from_data("t.yaml", _all_patterns(anchor=r"^(?:<month_abbr>) \d+$"), calendar)
    assert bool(patterns.anchor.match(text)) is matches
