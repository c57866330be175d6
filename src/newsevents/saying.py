"""The verbs of saying, listed once in ``data/saying.yaml`` for the coder, the date rules and the place rules.

The file's tiers nest: ``verbs_of_saying("asserting_verbs")`` is that tier and every tier above it.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

from newsevents.errors import DataFileError

_PACKAGED = "data/saying.yaml"
TIERS = ("saying_verbs", "asserting_verbs", "reporting_verbs")  # narrowest first


@cache
def verbs_of_saying(widest: str) -> frozenset[str]:
    """The lemmas of tier ``widest`` and of the tiers before it in ``TIERS``."""
    if widest not in TIERS:
        raise ValueError(f"no tier {widest!r} of verbs of saying; expected one of {', '.join(TIERS)}")
    src = resources.files("newsevents") / _PACKAGED
    try:
        data: Any = yaml.safe_load(src.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as err:
        raise DataFileError(_PACKAGED, None, f"cannot read the verbs of saying: {err}") from err
    words: set[str] = set()
    for tier in TIERS[: TIERS.index(widest) + 1]:
        listed = data.get(tier) if isinstance(data, dict) else None
        if not isinstance(listed, list) or not all(isinstance(w, str) for w in listed):
            raise DataFileError(_PACKAGED, None, f"'{tier}' must be a list of words")
        words.update(w.lower() for w in listed)
    return frozenset(words)
