"""Well-known historical events named in a sentence ("during the Korean War", "since the Islamic revolution",
"the Tiananmen crackdown"), and the date they give an event set in them (:mod:`newsevents.time`).

The names and their years are in ``data/historical_events.yaml``. An event whose trigger is inside such a name
took place then; an event set in one by a preposition ("during", "in", "amid", "at the time of") took place then,
and one set after or before it ("since", "after", "in the wake of", "before") took place before publication on a
day the text does not say. A span of several years only says "before publication"; a name of an event that had
not yet happened at publication dates nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml
from spacy.tokens import Span, Token

from newsevents import docmemo
from newsevents.errors import DataFileError
from newsevents.records import DatePrecision

_PACKAGED = "data/historical_events.yaml"
_VALUE_RE = re.compile(r"^(\d{4})(?:-(\d{4}))?$|^(\d{4}-\d{2}-\d{2})$")
#: Prepositions that set an event inside a named one, and those that set it after or before one.
_WITHIN = frozenset({"during", "in", "amid", "amidst", "throughout", "at", "around"})
_AROUND = frozenset({"since", "after", "following", "before", "until"})
#: Nouns between such a preposition and the name: "at the time of", "in the wake of", "on the eve of".
_WITHIN_NOUNS = frozenset({"time", "height", "days", "years", "start", "beginning", "outbreak", "midst", "course"})
_AROUND_NOUNS = frozenset({"wake", "aftermath", "eve", "run-up", "end", "lead-up", "aftershocks"})


@dataclass(frozen=True)
class _Known:
    start: int
    end: int
    day: str | None

    def date(self, within: bool, publication: dt.date) -> tuple[str | None, DatePrecision] | None:
        if self.start > publication.year or (self.day is not None and self.day > publication.isoformat()):
            return None  # not yet happened: another event of that name, or a coming anniversary
        if not within:
            return None, "before"
        if self.day is not None:
            return self.day, "day"
        return (str(self.start), "year") if self.start == self.end else (None, "before")


@cache
def _known() -> tuple[re.Pattern[str], dict[str, _Known]]:
    src = resources.files("newsevents") / _PACKAGED
    try:
        data: Any = yaml.safe_load(src.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as err:
        raise DataFileError(_PACKAGED, None, f"cannot read the historical events: {err}") from err
    if not isinstance(data, dict):
        raise DataFileError(_PACKAGED, None, "expected a mapping of event names to years or days")
    known: dict[str, _Known] = {}
    for name, value in data.items():
        match = _VALUE_RE.match(str(value))  # YAML reads 2001-09-11 as a date: its str() is the ISO day
        if match is None:
            raise DataFileError(_PACKAGED, None, f"'{name}': expected YYYY, YYYY-YYYY or YYYY-MM-DD, got {value!r}")
        if match.group(3):
            year = int(match.group(3)[:4])
            known[str(name).lower()] = _Known(year, year, match.group(3))
        else:
            start = int(match.group(1))
            known[str(name).lower()] = _Known(start, int(match.group(2) or start), None)
    names = sorted(known, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w])")
    return pattern, known


def _named(sent: Span) -> list[tuple[Span, _Known]]:
    """The known event names in ``sent``, as token spans (a leading "the" left out)."""
    memo = docmemo.table(sent.doc, "historical_events")  # asked again for every event of the sentence
    key = (sent.start, sent.end)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _find_named(sent)
    return found


def _find_named(sent: Span) -> list[tuple[Span, _Known]]:
    pattern, known = _known()
    text = sent.text.lower().replace("’", "'")
    found = []
    for match in pattern.finditer(text):
        span = sent.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None:
            found.append((span, known[match.group(0)]))
    return found


def _setting(span: Span) -> tuple[Token, bool] | None:
    """The word a named event is attached to and whether the attachment sets it inside the event (True) or
    after or before it (False): "during [the Korean War]" -> ("during"'s head, True); None if not set."""
    noun = span.root
    if noun.dep_ == "nsubj" and noun.head.tag_ == "VBD":
        return noun.head, True  # "the Tiananmen crackdown killed hundreds": the event that did it
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ == "of" and prep.head.dep_ == "pobj":  # "at the time of", "in the wake of"
        middle = prep.head.lower_
        if middle not in _WITHIN_NOUNS | _AROUND_NOUNS or prep.head.head.lower_ not in _WITHIN | _AROUND:
            return None  # "agree to a formal end of the Korean War": not a time the clause is set in
        return prep.head.head.head, middle in _WITHIN_NOUNS
    if prep.lower_ in _WITHIN:
        return prep.head, True
    if prep.lower_ in _AROUND:
        return prep.head, False
    return None


def named_event_date(trigger: Token, clause: Token, publication: dt.date) -> tuple[str | None, DatePrecision] | None:
    """The date a known historical event named in the trigger's sentence gives the trigger: the event's own
    when the trigger is inside its name, the one its clause is set in by a preposition; else None."""
    for span, event in _named(docmemo.sentence(trigger)):
        if span.start <= trigger.i < span.end:
            return event.date(True, publication)
        setting = _setting(span)
        if setting is None:
            continue
        head, within = setting
        if head.i in {trigger.i, clause.i}:
            return event.date(within, publication)
    return None
