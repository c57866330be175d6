"""Datelines: the place, agency and date that open a wire story.

"QUETTA, Pakistan (AP) —", "KABUL, Afghanistan —", "CAIRO, March 3 (Reuters) -",
"WASHINGTON (AP) --", "MONTREAL/RIYADH (Reuters) -", "Washington (CNN)".

A dateline is read at the start of the text, or at the start of one of its first lines
when every line before it is short (a byline, "USA TODAY", "Photo"). Its place is written
in capitals ("QUETTA"), optionally followed by a region or country in ordinary case
("Pakistan", "Calif.") and a month and day; then come an agency in parentheses and a dash.
A dateline needs the dash or a known agency (``data/places/dateline.yaml``): "UNCERTAINTY
IS a sort of poison" is no dateline, nor is a caption's "FILE -" (the file's ``not_places``).
A place in ordinary case ("Washington (CNN)") needs a known agency.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from newsevents.errors import DataFileError
from newsevents.records import Dateline

_DATA = "data/places/dateline.yaml"

#: Lines before the dateline (byline, "USA TODAY", "Photo") are at most this long ...
_MAX_PREAMBLE_LINE = 80
#: ... and at most this many.
_MAX_PREAMBLE_LINES = 4


def _month_pattern() -> str:
    names = [m for m in calendar.month_name if m] + [m for m in calendar.month_abbr if m] + ["Sept"]
    return "|".join(sorted(names, key=len, reverse=True))


_CAPS_PLACE = r"[A-Z][A-Z.'’\-]+(?:[ ][A-Z][A-Z.'’\-]+){0,3}(?![a-z])"
_TITLE_PLACE = r"[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2}"
_REGION = r"[A-Z][\w.'’\-]*(?:[ ](?:of|the|and|[A-Z][\w.'’\-]*)){0,4}"
_PATTERN = re.compile(
    rf"""
    (?P<places>(?P<caps>{_CAPS_PLACE}(?:[ ]?/[ ]?{_CAPS_PLACE})*)|{_TITLE_PLACE})
    (?:,[ ](?P<region>(?!(?:{_month_pattern()})\b){_REGION}))?
    (?:,[ ](?P<month>{_month_pattern()})\.?[ ](?P<day>\d{{1,2}}))?
    (?:[ ]?\((?P<agency>[A-Za-z][\w.&'/ \-]{{0,30}})\))?
    (?P<dash>[ ]*(?:—|–|―|--|-)(?=[ ]|\S))?
    [ ]*
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class DatelineParser:
    """Finds the dateline of a text; built once with the known agencies."""

    agencies: frozenset[str]  # lower case
    not_places: frozenset[str]  # lower case

    @classmethod
    def load(cls) -> DatelineParser:
        try:
            data = yaml.safe_load((resources.files("newsevents") / _DATA).read_text(encoding="utf-8"))
        except yaml.YAMLError as err:
            raise DataFileError(_DATA, None, f"not valid YAML: {err}") from err
        lists: dict[str, frozenset[str]] = {}
        for key in ("agencies", "not_places"):
            words = data.get(key) if isinstance(data, dict) else None
            if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                raise DataFileError(_DATA, None, f"'{key}' must be a list of strings")
            lists[key] = frozenset(w.strip().lower() for w in words)
        return cls(**lists)

    def parse(self, text: str, published: dt.date | None = None) -> Dateline | None:
        """The dateline opening ``text``, or None; ``published`` dates a dateline's month and day."""
        offset = 0
        for _ in range(_MAX_PREAMBLE_LINES + 1):
            while offset < len(text) and text[offset].isspace():
                offset += 1
            found = self._match_at(text, offset, published)
            if found is not None:
                return found
            line_end = text.find("\n", offset)
            if line_end < 0 or line_end - offset > _MAX_PREAMBLE_LINE:
                return None
            offset = line_end + 1
        return None

    def _match_at(self, text: str, offset: int, published: dt.date | None) -> Dateline | None:
        match = _PATTERN.match(text, offset)
        if match is None:
            return None
        agency = match.group("agency")
        known_agency = agency is not None and agency.strip().lower() in self.agencies
        has_dash = match.group("dash") is not None
        if not (has_dash or known_agency):
            return None
        if match.group("caps") is None and not known_agency:
            return None  # "Washington (CNN)" yes; "Officials (in private) - ..." no
        if match.group("places").lower() in self.not_places:
            return None
        if match.end() >= len(text) or not (has_dash or text[match.end()].isupper()):
            return None
        places = [p.strip() for p in match.group("places").split("/") if p.strip()]
        region = match.group("region")
        if region and len(places) == 1:
            places = [f"{places[0]}, {region}"]
        when = _month_day(match.group("month"), match.group("day"), published)
        return Dateline(tuple(places), agency.strip() if agency else None, when, match.start(), match.end())


def _month_day(month: str | None, day: str | None, published: dt.date | None) -> dt.date | None:
    """The latest date with this month and day on or before publication (a dateline is never later)."""
    if month is None or day is None or published is None:
        return None
    key = month[:3].title()
    number = list(calendar.month_abbr).index(key)
    for year in (published.year, published.year - 1):
        try:
            candidate = dt.date(year, number, int(day))
        except ValueError:
            continue
        if candidate <= published + dt.timedelta(days=1):
            return candidate
    return None


@lru_cache(maxsize=1)
def default_parser() -> DatelineParser:
    return DatelineParser.load()


def parse_dateline(text: str, published: dt.date | None = None) -> Dateline | None:
    """The dateline opening ``text`` ("QUETTA, Pakistan (AP) —"), or None."""
    return default_parser().parse(text, published)
