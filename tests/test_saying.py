"""The verbs of saying (data/saying.yaml): one list, read in nested tiers by the coder, dates and places."""

from __future__ import annotations

from itertools import pairwise

import pytest

from newsevents.coding.grammar import Grammar
from newsevents.places import PlaceWords
from newsevents.saying import TIERS, verbs_of_saying
from newsevents.timewords import TimeWords


def test_saying_tiers_nest_narrowest_first() -> None:
    tiers = [verbs_of_saying(t) for t in TIERS]
    assert all(a < b for a, b in pairwise(tiers))


@pytest.mark.parametrize(("verb", "places", "dates", "coder"), [
    ("say", True, True, True),         # only a report: a place or a date of it is the statement's
    ("confirm", False, True, True),    # a statement made on a day
    ("believe", False, False, True),   # a belief: the coder hands the event to its holder, nothing more
    ("retweet", False, False, False),  # someone else's words
])
def test_saying_each_reader_takes_its_tier(verb: str, places: bool, dates: bool, coder: bool) -> None:
    assert (verb in PlaceWords.load().speech_lemmas) is places
    assert (verb in TimeWords.load().speech_lemmas) is dates
    assert (verb in Grammar.load().speech_verbs) is coder


def test_saying_unknown_tier_is_refused() -> None:
    with pytest.raises(ValueError, match="no tier"):
        verbs_of_saying("shouting_verbs")
