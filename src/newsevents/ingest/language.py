"""Is an article in English? A cheap, offline check by the share of English function words.

In English news text, words like "the", "of", "and", "to", "in", "said" are a third or
more of all words (VOA stories: 0.35-0.50). In French, Spanish, German, Russian or
Chinese text they are almost absent (under 0.05: a stray "a", "in" or "no"). An article
is taken as English when at least ``MIN_ENGLISH_SHARE`` of its first ``SAMPLE_WORDS``
words are English function words; texts shorter than ``MIN_WORDS`` words are too short
to judge and are kept. The word list is data: ``newsevents/data/english_function_words.txt``.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

MIN_ENGLISH_SHARE = 0.15
MIN_WORDS = 20
SAMPLE_WORDS = 2000
_WORD = re.compile(r"[^\W\d_]+")


@functools.cache
def english_function_words() -> frozenset[str]:
    """The shipped word list (read on first use, then cached)."""
    resource = resources.files("newsevents") / "data" / "english_function_words.txt"
    lines = resource.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def english_share(text: str) -> float | None:
    """The share of English function words among the first words of the text; None when too short."""
    words = _WORD.findall(text[: SAMPLE_WORDS * 12].lower())[:SAMPLE_WORDS]
    if len(words) < MIN_WORDS:
        return None
    known = english_function_words()
    return sum(w in known for w in words) / len(words)


def looks_english(text: str) -> bool:
    """True unless the text is long enough to judge and has too few English function words."""
    share = english_share(text)
    return share is None or share >= MIN_ENGLISH_SHARE
