"""An input record (a dict from JSON) to an Article, accepting the field names real corpora use.

Dates: a record's date may carry a time ("2025-03-14 20:30:26Z") or be in RFC 822 form
("Tue, 14 Mar 2025 10:00:00 GMT"); the date part is kept, with no time-zone shift. A date
that cannot be read does not lose the article: the article keeps ``default_date`` (or
None), because the story is still worth coding and the event dates may come from its text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from newsevents.errors import InputError
from newsevents.ingest.boilerplate import default_boilerplate
from newsevents.ingest.decode import check_text, normalise_newlines
from newsevents.records import Article

TEXT_FIELDS = ("text", "body", "content", "article")
DATE_FIELDS = ("date", "published", "publish_date", "pubDate", "date_published", "published_at", "pub_date")
TITLE_FIELDS = ("title", "headline")
AUTHOR_FIELDS = ("author", "byline", "authors")
URL_FIELDS = ("url", "link")
ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
#: The years of the dates databases write for "no date" ("0001-01-01", "9999-12-31"): no publication date, and a
#: week or a year counted from one would run off the calendar.
PLACEHOLDER_YEARS = frozenset({1, 9999})


@dataclass(frozen=True)
class ReadOptions:
    """What every reader needs besides the input itself."""

    default_date: date | None = None
    max_chars: int = 1_000_000
    text_column: str | None = None  # CSV: the column that holds the text (default: the first text alias)


def parse_date(value: Any) -> date | None:
    """The date part of an ISO 8601, RFC 822 or plain written date; None when it cannot be read or is a
    placeholder for no date (``PLACEHOLDER_YEARS``)."""
    day = _read_date(value)
    return None if day is None or day.year in PLACEHOLDER_YEARS else day


def _read_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    match = ISO_DATE.match(text)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    return _parse_written_date(text)


def _parse_written_date(text: str) -> date | None:
    """'March 14, 2025' and the like; relative dates ('yesterday') are refused."""
    import dateparser  # slow to import; only needed for unusual formats

    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={"PARSERS": ["custom-formats", "absolute-time"], "REQUIRE_PARTS": ["day", "month", "year"]},
    )
    return parsed.date() if parsed else None


def _first(record: Mapping[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        value = record.get(name)
        if value not in (None, "", []):
            return value
    return None


def _optional_str(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        parts = [str(v.get("name", "")) if isinstance(v, dict) else str(v) for v in value]
        value = ", ".join(p for p in parts if p)
    text = " ".join(str(value).split())
    return text or None


def record_to_article(
    record: Mapping[str, Any], *, path: str, fallback_id: str, line: int | None, options: ReadOptions
) -> Article:
    """Build an Article from an input record; raises InputError when it has no usable text."""
    text = _first(record, TEXT_FIELDS)
    if not isinstance(text, str):
        found = "a non-string text" if text is not None else "no text"
        fields = ", ".join(TEXT_FIELDS)
        raise InputError(path, f"record has {found}; expected a string in one of: {fields}", line)
    # page furniture pasted into scraped text ("Advertisement", sign-up boxes, video playlists) is no story
    text = "\n".join(default_boilerplate().clean_lines(normalise_newlines(text).split("\n")))
    check_text(text, path, options.max_chars, line)
    raw_id = record.get("id")
    article_id = str(raw_id) if raw_id not in (None, "") else fallback_id
    return Article(
        id=article_id,
        text=text,
        date=parse_date(_first(record, DATE_FIELDS)) or options.default_date,
        title=_optional_str(_first(record, TITLE_FIELDS)),
        url=_optional_str(_first(record, URL_FIELDS)),
        source_path=path,
        author=_optional_str(_first(record, AUTHOR_FIELDS)),
    )
