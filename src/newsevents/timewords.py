"""The English word lists the date rules use (:mod:`newsevents.time`), read once from ``data/time.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from newsevents.errors import DataFileError
from newsevents.saying import verbs_of_saying
from newsevents.timepatterns import CALENDAR_LISTS, TimePatterns

_PACKAGED = "data/time.yaml"
_LISTS = ("future_aux", "future_governors", "background_adverbs", "background_marks",
          "vague_past_words", "day_parts", "time_preps", "span_preps", "same_time_marks", "earlier_marks",
          "means_preps",
          "next_step_preps", "before_preps", "earlier_event_preps", "gathering_nouns", "perfect_aux",
          "event_nouns", "light_verbs", "making_verbs",
          "within_preps", "gap_nouns", "gap_later_words", "at_once_marks", "span_end_preps",
          "same_day_adverbs", "background_phrases", "earlier_adjectives",
          "earlier_set_preps", "appointing_verbs", "appointed_nouns", "finding_lemmas", "period_nouns",
          "period_adjectives", "answering_nouns", "first_since_adjectives",
          "month_words", "month_time_words", "month_range_words", "office_nouns", "calendar_units",
          "agreement_nouns", "existing_agreement_verbs",
          "inquiry_words", "inquiry_preps", "reaction_words", "reaction_preps", "inquiry_verbs_only", "aside_pronouns",
          "aside_country_pronouns", "aside_word_acts", "received_act_nouns",
          "one_of_a_kind_adjectives")


@dataclass(frozen=True)
class TimeWords:
    """Vocabulary of the date resolver; each list is documented in the data file."""

    speech_lemmas: frozenset[str]
    future_aux: frozenset[str]
    future_governors: frozenset[str]
    background_adverbs: frozenset[str]
    background_marks: frozenset[str]
    vague_past_words: frozenset[str]
    day_parts: frozenset[str]
    time_preps: frozenset[str]
    span_preps: frozenset[str]
    same_time_marks: frozenset[str]
    earlier_marks: frozenset[str]
    means_preps: frozenset[str]
    next_step_preps: frozenset[str]
    before_preps: frozenset[str]
    earlier_event_preps: frozenset[str]
    gathering_nouns: frozenset[str]
    perfect_aux: frozenset[str]
    event_nouns: frozenset[str]
    light_verbs: frozenset[str]
    making_verbs: frozenset[str]
    within_preps: frozenset[str]
    gap_nouns: frozenset[str]
    gap_later_words: frozenset[str]
    at_once_marks: frozenset[str]
    span_end_preps: frozenset[str]
    same_day_adverbs: frozenset[str]
    background_phrases: frozenset[str]
    earlier_adjectives: frozenset[str]
    earlier_set_preps: frozenset[str]
    appointing_verbs: frozenset[str]
    appointed_nouns: frozenset[str]
    finding_lemmas: frozenset[str]
    period_nouns: frozenset[str]
    period_adjectives: frozenset[str]
    answering_nouns: frozenset[str]
    first_since_adjectives: frozenset[str]
    month_words: frozenset[str]
    month_time_words: frozenset[str]
    month_range_words: frozenset[str]
    office_nouns: frozenset[str]
    calendar_units: frozenset[str]
    agreement_nouns: frozenset[str]
    existing_agreement_verbs: frozenset[str]
    inquiry_words: frozenset[str]
    inquiry_preps: frozenset[str]
    reaction_words: frozenset[str]
    reaction_preps: frozenset[str]
    inquiry_verbs_only: frozenset[str]
    aside_pronouns: frozenset[str]
    aside_country_pronouns: frozenset[str]
    aside_word_acts: frozenset[str]
    received_act_nouns: frozenset[str]
    one_of_a_kind_adjectives: frozenset[str]
    day_counts: dict[str, int]
    unit_days: dict[str, int]
    seasons: dict[str, tuple[int, ...]]
    weekdays: tuple[str, ...]  # in order, Monday first
    months: tuple[str, ...]  # in order, January first
    month_abbr: tuple[str, ...]
    patterns: TimePatterns

    @staticmethod
    @cache
    def load() -> TimeWords:
        src = resources.files("newsevents") / _PACKAGED
        try:
            data: Any = yaml.safe_load(src.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as err:
            raise DataFileError(_PACKAGED, None, f"cannot read the date word lists: {err}") from err
        if not isinstance(data, dict):
            raise DataFileError(_PACKAGED, None, "expected a mapping of list names to lists of words")
        lists: dict[str, frozenset[str]] = {}
        for name in _LISTS:
            words = data.get(name)
            if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                raise DataFileError(_PACKAGED, None, f"'{name}' must be a list of words (quote \"on\", \"no\")")
            lists[name] = frozenset(w.lower() for w in words)
        lists["speech_lemmas"] = verbs_of_saying("asserting_verbs")  # a date of these is the statement's
        counted: dict[str, dict[str, int]] = {}
        for name in ("day_counts", "unit_days"):
            counts = data.get(name)
            if not isinstance(counts, dict) or not all(isinstance(v, int) for v in counts.values()):
                raise DataFileError(_PACKAGED, None, f"'{name}' must map words to numbers of days")
            counted[name] = {str(k).lower(): v for k, v in counts.items()}
        seasons = data.get("seasons")
        if not isinstance(seasons, dict) or not all(
                isinstance(v, list) and v and all(isinstance(m, int) and 1 <= m <= 12 for m in v)
                for v in seasons.values()):
            raise DataFileError(_PACKAGED, None, "'seasons' must map season names to lists of month numbers")
        calendar = _calendar(data)
        return TimeWords(**lists, day_counts=counted["day_counts"], unit_days=counted["unit_days"],
                         seasons={str(k).lower(): tuple(v) for k, v in seasons.items()},
                         weekdays=calendar["weekdays"], months=calendar["months"], month_abbr=calendar["month_abbr"],
                         patterns=TimePatterns.from_data(_PACKAGED, data.get("patterns"), calendar))


def _calendar(data: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """The calendar's word lists, in their order (seven weekdays, twelve months)."""
    calendar: dict[str, tuple[str, ...]] = {}
    for name, size in zip(CALENDAR_LISTS, (7, 12, None), strict=True):
        words = data.get(name)
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words) or (
                size is not None and len(words) != size):
            raise DataFileError(_PACKAGED, None, f"'{name}' must be a list of {size or 'some'} words, in order")
        calendar[name] = tuple(w.lower() for w in words)
    return calendar
