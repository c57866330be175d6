"""Page furniture ("Advertisement", "Share this article") that is not part of a story.

The patterns are data, in ``newsevents/data/boilerplate.txt``: one regular expression a
line, matched against whole lines, ignoring case. They are read once per process.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

from newsevents.errors import DataFileError


@dataclass(frozen=True)
class Boilerplate:
    """Whole-line patterns for page furniture."""

    patterns: tuple[re.Pattern[str], ...]

    @classmethod
    def from_lines(cls, lines: Iterable[str], source: str = "<patterns>") -> Boilerplate:
        """Compile one regex a line; blank lines and ``#`` comments are skipped."""
        compiled: list[re.Pattern[str]] = []
        for number, raw in enumerate(lines, start=1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            try:
                compiled.append(re.compile(line, re.IGNORECASE))
            except re.error as exc:
                raise DataFileError(source, number, f"bad regular expression {line!r}: {exc}") from exc
        return cls(tuple(compiled))

    def is_furniture(self, line: str) -> bool:
        """True when the whole (stripped) line is page furniture."""
        stripped = line.strip()
        return bool(stripped) and any(p.fullmatch(stripped) for p in self.patterns)

    def clean_lines(self, lines: Iterable[str]) -> list[str]:
        """The lines that are not furniture, in order."""
        return [line for line in lines if not self.is_furniture(line)]


@functools.cache
def default_boilerplate() -> Boilerplate:
    """The patterns shipped with newsevents (loaded on first use, then cached)."""
    resource = resources.files("newsevents") / "data" / "boilerplate.txt"
    return Boilerplate.from_lines(resource.read_text(encoding="utf-8").splitlines(), str(resource))
