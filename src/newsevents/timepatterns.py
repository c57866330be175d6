"""The patterns of time expressions the date rules match (:mod:`newsevents.timeexpr`, :mod:`newsevents.time`),
compiled once from the ``patterns`` of ``data/time.yaml``, where their English words are kept and explained.

A pattern may name the calendar's words, which the file lists once: ``<weekdays>``, ``<months>`` and
``<month_abbr>`` stand for those lists joined by ``|``, each word escaped, so that a word with a dot
("sept.") or another sign a regular expression reads is matched as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from typing import Any

from newsevents.errors import DataFileError

#: The names of the calendar's word lists that a pattern may use, written between angle brackets.
CALENDAR_LISTS = ("weekdays", "months", "month_abbr")


@dataclass(frozen=True)
class TimePatterns:
    """Compiled patterns of time expressions; each one is documented in the data file."""

    anchor: re.Pattern[str]
    year_only: re.Pattern[str]
    this_period: re.Pattern[str]
    leading_noise: re.Pattern[str]
    trailing_noise: re.Pattern[str]
    night: re.Pattern[str]
    named_month: re.Pattern[str]
    day_part: re.Pattern[str]
    week: re.Pattern[str]
    past_week: re.Pattern[str]
    season: re.Pattern[str]
    day_range: re.Pattern[str]
    today: re.Pattern[str]
    span_to_now: re.Pattern[str]
    month_of_year: re.Pattern[str]
    article: re.Pattern[str]
    years: re.Pattern[str]
    coming_week: re.Pattern[str]
    same_day: re.Pattern[str]
    recent_days: re.Pattern[str]
    vague_ago: re.Pattern[str]
    past_weekend: re.Pattern[str]
    deictic: re.Pattern[str]
    span_back: re.Pattern[str]
    this_week: re.Pattern[str]
    possessive: re.Pattern[str]
    gap_lead: re.Pattern[str]
    this_past: re.Pattern[str]

    @classmethod
    def from_data(cls, name: str, data: Any, calendar: dict[str, tuple[str, ...]]) -> TimePatterns:
        """The patterns of the mapping ``data`` (the ``patterns`` of the file ``name``), with the calendar's
        word lists put in for their names."""
        if not isinstance(data, dict):
            raise DataFileError(name, None, "'patterns' must map pattern names to regular expressions")
        compiled: dict[str, re.Pattern[str]] = {}
        for field in fields(cls):
            text = data.get(field.name)
            if not isinstance(text, str):
                raise DataFileError(name, None, f"'patterns' lacks the pattern '{field.name}' (a quoted string)")
            for list_name, words in calendar.items():
                text = text.replace(f"<{list_name}>", "|".join(map(re.escape, words)))
            try:
                compiled[field.name] = re.compile(text)
            except re.error as err:
                raise DataFileError(name, None, f"pattern '{field.name}' is not a regular expression: {err}") from err
        return cls(**compiled)
