"""HTML pages: trafilatura finds the story, its title and its publication date.

The publication date is taken from the page's metadata only (``<meta
property="article:published_time">``, JSON-LD, ``<time>``...), never guessed from dates
written in the story, because it anchors every relative date in the text. A page that is
not UTF-8 is read in the charset it declares (``<meta charset=...>``); one that declares
none must be UTF-8.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from html import unescape
from pathlib import Path
from typing import TYPE_CHECKING

import trafilatura

from newsevents.errors import InputError
from newsevents.ingest.boilerplate import default_boilerplate
from newsevents.ingest.decode import check_not_binary, check_text, decode_utf8, normalise_newlines
from newsevents.ingest.records import ReadOptions, parse_date
from newsevents.records import Article

if TYPE_CHECKING:
    from newsevents.watch.fetch import Fetcher

DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
DATE_PARAMS = {"extensive_search": False, "original_date": True}


def read_html_file(path: Path, ident: str, options: ReadOptions) -> Iterator[Article]:
    label = str(path)
    data = path.read_bytes()
    if not data:
        raise InputError(label, "empty file")
    check_not_binary(data, label)
    yield parse_html(decode_html(data, label), ident=ident, source_path=label, options=options)


def decode_html(data: bytes, path: str) -> str:
    """UTF-8, or else the charset the page declares in its first few kilobytes."""
    try:
        return decode_utf8(data, path)
    except InputError:
        declared = DECLARED_CHARSET.search(data[:4096])
        if declared is None or declared[1].lower() in (b"utf-8", b"utf8"):
            raise
        charset = declared[1].decode("ascii")
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError) as exc:
            message = f"cannot decode the page as its declared charset {charset!r}: {exc}"
            raise InputError(path, message) from exc


#: A page whose main text has fewer words than this is navigation, not an article.
MIN_PAGE_WORDS = 5


def parse_html(markup: str, *, ident: str, source_path: str, options: ReadOptions) -> Article:
    """Main text, title and publication date of one page; raises InputError when it has no text."""
    if not markup.strip():
        raise InputError(source_path, "no text (only whitespace)")
    doc = trafilatura.bare_extraction(
        markup, with_metadata=True, include_comments=False, date_extraction_params=DATE_PARAMS
    )
    text = getattr(doc, "text", None) or ""
    title = getattr(doc, "title", None) or _title_tag(markup)
    if not text.strip():
        _, text, _ = trafilatura.baseline(markup)
    lines = default_boilerplate().clean_lines(normalise_newlines(text).split("\n"))
    lines = [line.strip() for line in lines if line.strip()]
    if title and lines and lines[0] == title:
        lines = lines[1:]
    body = "\n".join(lines)
    if not body:
        raise InputError(source_path, "no article text found in the HTML page")
    if len(body.split()) < MIN_PAGE_WORDS:  # a navigation page ("Home"), not an article
        raise InputError(source_path, f"no article in the HTML page, only {body[:40]!r}")
    check_text(body, source_path, options.max_chars)
    return Article(
        id=ident,
        text=body,
        date=parse_date(getattr(doc, "date", None)) or options.default_date,
        title=title,
        url=getattr(doc, "url", None) or None,
        source_path=source_path,
        author=getattr(doc, "author", None) or None,
    )


def fetch_article(fetcher: Fetcher, url: str, *, ident: str, source_path: str, options: ReadOptions) -> Article:
    """The web page at ``url``, fetched within the fetcher's limits and read as HTML; its URL is ``url``
    unless the page names its own. FetchError when it cannot be fetched."""
    page = fetcher.get(url)
    article = parse_html(decode_html(page.body, url), ident=ident, source_path=source_path, options=options)
    return replace(article, url=article.url or url)


def _title_tag(markup: str) -> str | None:
    match = TITLE_TAG.search(markup)
    title = " ".join(unescape(match[1]).split()) if match else ""
    return title or None
