"""Page furniture ("Advertisement", "Share this article") that is not part of a story.

The patterns are data, in ``newsevents/data/boilerplate.txt``: one regular expression a
line, matched against whole lines, ignoring case. They are read once per process.

A photo gallery pasted into a story comes as one line: each caption is led by the gallery's title and
followed by its counter ("Photos: Night of terror: Paris attacks Police search a cafe. Hide Caption 3 of
32 ..."). The title and the counter are labels, not sentences: left in, "Paris attacks Police search"
reads as Paris attacking the police. They are taken out and the captions kept.
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
        return [strip_gallery_labels(line) for line in lines if not self.is_furniture(line)]


_GALLERY_LABEL = re.compile(r"(?:\bPhotos:\s+)+")
_CAPTION_COUNTER = re.compile(r"\s*\bHide Caption \d+ of \d+\s*")
_GALLERY_CAPTIONS = 3  # the fewest labelled captions that make a gallery (its title is what they share)


def strip_gallery_labels(line: str) -> str:
    """The line without a photo gallery's repeated title and caption counters (see the module
    docstring); a line with fewer than three "Photos:" labels is left as it is."""
    parts = _GALLERY_LABEL.split(line)
    if len(parts) <= _GALLERY_CAPTIONS:
        return line
    captions = [_CAPTION_COUNTER.sub(" ", part).split() for part in parts[1:]]
    # a title said twice before the first caption ("Photos: X Photos: X – caption") is no caption
    captions = [c for c, after in zip(captions, [*captions[1:], []], strict=True) if after[:len(c)] != c]
    title = _shared_start(captions)
    kept = [parts[0].rstrip()] + [" ".join(c[len(title):]) for c in captions]
    return " ".join(k for k in kept if k)


def _shared_start(word_lists: list[list[str]]) -> list[str]:
    """The words all the lists start with."""
    first = word_lists[0] if word_lists else []
    n = 0
    while n < len(first) and all(len(w) > n and w[n] == first[n] for w in word_lists):
        n += 1
    return first[:n]


@functools.cache
def default_boilerplate() -> Boilerplate:
    """The patterns shipped with newsevents (loaded on first use, then cached)."""
    resource = resources.files("newsevents") / "data" / "boilerplate.txt"
    return Boilerplate.from_lines(resource.read_text(encoding="utf-8").splitlines(), str(resource))
