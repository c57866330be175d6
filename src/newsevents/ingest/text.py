"""Plain-text articles: one file, one story, with an optional title line and byline on top.

Layout understood (everything optional except the story):

    Short title line, no final full stop      <- title (<= 20 words, then a blank line or a byline)

    By Firstname Lastname                      <- author (within the first lines)
    First paragraph ...
    Second paragraph ...

Page furniture lines (see ``data/boilerplate.txt``) are dropped. Paragraphs come out
separated by a single "\\n"; hard-wrapped lines inside a paragraph are joined with a space.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from newsevents.errors import InputError
from newsevents.ingest.boilerplate import default_boilerplate
from newsevents.ingest.decode import decode_file
from newsevents.ingest.records import ReadOptions
from newsevents.records import Article

MAX_TITLE_WORDS = 20
BYLINE_WINDOW = 3  # a byline is looked for among this many non-blank lines at the top
_NAME_WORD = r"(?:[A-Z][\w.'’-]*|[a-z]{1,3}(?=\s+[A-Z]))"  # "Kim", "J.V.", and "al", "de", "and"
BYLINE = re.compile(rf"(?i:by):?\s+(?P<name>{_NAME_WORD}(?:[\s,]+{_NAME_WORD}){{0,7}})\s*")
WRAP_MIN_CHARS = 50  # hard-wrapped lines are about 60-80 characters long
SENTENCE_END = (".", "!", "?", ":", ";", '"', "”", "’", "'", ")")


def read_text_file(path: Path, ident: str, options: ReadOptions) -> Iterator[Article]:
    label = str(path)
    text = decode_file(path.read_bytes(), label, options.max_chars)
    yield parse_text(text, ident=ident, source_path=label, options=options)


def parse_text(text: str, *, ident: str, source_path: str, options: ReadOptions) -> Article:
    """Split a plain-text article into title, author and body; raises InputError if no body is left."""
    lines = default_boilerplate().clean_lines(line.rstrip() for line in text.split("\n"))
    title, lines = _take_title(lines)
    author, lines = _take_byline(lines)
    body = _join_paragraphs(lines)
    if not body:
        raise InputError(source_path, "no article text (only a title, byline or page furniture)")
    return Article(id=ident, text=body, date=options.default_date, title=title,
                   source_path=source_path, author=author)


def byline_author(line: str) -> str | None:
    """'By J.V. Lakshmana Rao' -> 'J.V. Lakshmana Rao'; None when the line is not a byline."""
    match = BYLINE.fullmatch(line.strip())
    return match["name"].strip(" ,") if match else None


def _first_content(lines: list[str], start: int = 0) -> int | None:
    return next((i for i in range(start, len(lines)) if lines[i].strip()), None)


def _take_title(lines: list[str]) -> tuple[str | None, list[str]]:
    first = _first_content(lines)
    if first is None:
        return None, lines
    candidate = lines[first].strip()
    if (
        len(candidate.split()) > MAX_TITLE_WORDS
        or candidate.endswith((".", "!", "?"))
        or byline_author(candidate) is not None
        or first + 1 >= len(lines)
    ):
        return None, lines
    after = lines[first + 1]
    if after.strip() and byline_author(after) is None:
        return None, lines
    return candidate, lines[first + 1:]


def _take_byline(lines: list[str]) -> tuple[str | None, list[str]]:
    seen = 0
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        author = byline_author(line)
        if author is not None:
            return author, lines[:i] + lines[i + 1:]
        seen += 1
        if seen >= BYLINE_WINDOW:
            break
    return None, lines


def _join_paragraphs(lines: list[str]) -> str:
    """Blank lines and sentence-final line ends are paragraph breaks; other line ends are wrapping."""
    paragraphs: list[str] = []
    current = previous = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            if current:
                paragraphs.append(current)
            current = ""
        elif not current:
            current = line
        elif _is_wrapped(previous, line):
            current = f"{current} {line}"
        else:
            paragraphs.append(current)
            current = line
        previous = line
    if current:
        paragraphs.append(current)
    return "\n".join(paragraphs)


def _is_wrapped(previous: str, line: str) -> bool:
    """A line continues the one before when that one stops mid-sentence and was long or ``line``
    starts in lower case (a short line without a full stop is a subheading, not wrapping)."""
    if previous.endswith(SENTENCE_END):
        return False
    return len(previous) >= WRAP_MIN_CHARS or line[:1].islower()
