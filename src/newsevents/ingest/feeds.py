"""RSS and Atom feed files: one article an item.

The item's publication date (``published``, else ``updated``) is the article date; its
content (or else its summary) is HTML, turned into text; the link is the url and the
item's ``id``/``guid`` (or else the link) is the article id.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from html import unescape
from pathlib import Path
from typing import Any

import feedparser

from newsevents.errors import InputError
from newsevents.ingest.decode import check_text, normalise_newlines
from newsevents.ingest.records import ReadOptions
from newsevents.records import Article

_TAG = re.compile(r"<[^>]+>")
_BLOCK = re.compile(r"</?(p|div|br|li|h[1-6]|blockquote|tr)\b[^>]*>", re.IGNORECASE)


def html_to_text(markup: str) -> str:
    """Paragraphs of text from an HTML fragment (block tags become line breaks; other tags go)."""
    text = unescape(_TAG.sub("", _BLOCK.sub("\n", markup)))
    lines = (" ".join(line.split()) for line in normalise_newlines(text).split("\n"))
    return "\n".join(line for line in lines if line)


def read_feed_file(path: Path, ident: str, options: ReadOptions) -> Iterator[Article | InputError]:
    label = str(path)
    data = path.read_bytes()
    if not data.strip():
        raise InputError(label, "empty file")
    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = f": {parsed.bozo_exception}" if parsed.get("bozo") else ""
        raise InputError(label, f"not an RSS or Atom feed with items{reason}")
    for number, entry in enumerate(parsed.entries, start=1):
        try:
            yield _entry_article(entry, label, f"{ident}-{number}", number, options)
        except InputError as error:
            yield error


def _entry_article(entry: Any, label: str, fallback_id: str, number: int, options: ReadOptions) -> Article:
    contents = entry.get("content") or []
    markup = contents[0].get("value", "") if contents else entry.get("summary", "")
    text = html_to_text(markup or "")
    if not text:
        raise InputError(label, "feed item has no content or summary", number)
    check_text(text, label, options.max_chars, number)
    when = entry.get("published_parsed") or entry.get("updated_parsed")
    title = " ".join(html_to_text(entry.get("title", "")).split()) or None
    return Article(
        id=str(entry.get("id") or entry.get("link") or fallback_id),
        text=text,
        date=date(when.tm_year, when.tm_mon, when.tm_mday) if when else options.default_date,
        title=title,
        url=entry.get("link") or None,
        source_path=label,
        author=entry.get("author") or None,
    )
