"""Files in, Articles out: plain text, HTML, JSON lines (also gzipped), JSON lists, CSV,
RSS/Atom feeds and WARC crawls; folders (recursively) and glob patterns.

``iter_articles`` is the one entry point. It streams: each article is yielded as soon
as it is read. Input that cannot be read is yielded as an ``InputError`` (a value, not
raised) so that one bad file or line never stops the others.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from itertools import chain
from pathlib import Path
from typing import TextIO

from newsevents.errors import FetchError, InputError
from newsevents.ingest.decode import BOM, check_text, normalise_newlines
from newsevents.ingest.feeds import read_feed_file
from newsevents.ingest.html import fetch_article, parse_html, read_html_file
from newsevents.ingest.jsonl import read_json_file, read_jsonl_file, records_from_json, records_from_lines
from newsevents.ingest.records import ReadOptions
from newsevents.ingest.sources import Format, SourceFile, expand
from newsevents.ingest.tabular import read_csv_file
from newsevents.ingest.text import parse_text, read_text_file
from newsevents.ingest.warc import read_warc_file
from newsevents.records import Article

__all__ = ["ReadOptions", "iter_articles"]

STDIN = "-"
STDIN_LABEL = "<stdin>"
_URL = re.compile(r"^https?://", re.IGNORECASE)
SNIFF_BYTES = 4096


def iter_articles(
    sources: Iterable[str | Path],
    *,
    default_date: date | None = None,
    stdin: TextIO | None = None,
    max_chars: int = 1_000_000,
    text_column: str | None = None,
) -> Iterator[Article | InputError]:
    """Yield every article in the sources, in order; a source (or one line of it) that cannot be read
    yields an InputError (newsevents.errors.InputError(path, message, line)) and reading goes on.

    A source is a file, a folder (read recursively, in sorted order, files with a known extension
    only), an http(s) URL of a web page (fetched) or "-" for ``stdin`` (``sys.stdin`` when not
    given). ``default_date`` is the date of articles whose input gives none (or gives one that
    cannot be read). ``text_column`` names the column of CSV files that holds the text. An
    article's ``source_path`` is its file's absolute path, whatever the working folder, so that
    two runs over the same files store the same rows.
    """
    options = ReadOptions(default_date=default_date, max_chars=max_chars, text_column=text_column)
    for source in sources:
        if str(source) == STDIN:
            yield from _guarded(STDIN_LABEL, _read_stream(stdin or sys.stdin, options))
            continue
        if _URL.match(str(source)):
            yield from _guarded(str(source), _read_url(str(source), options))
            continue
        for item in expand(Path(source)):
            if isinstance(item, InputError):
                yield item
            else:
                yield from _guarded(str(item.path), _read_file(item, options))


def _read_url(url: str, options: ReadOptions) -> Iterator[Article | InputError]:
    """A web page named by its URL, fetched (within robots.txt, time and size limits) and read as
    HTML; the URL is the article's id."""
    from newsevents.watch.fetch import Fetcher

    try:
        yield fetch_article(Fetcher(), url, ident=url, source_path=url, options=options)
    except FetchError as error:
        raise InputError(url, f"cannot fetch: {error.reason}") from None


def _guarded(label: str, articles: Iterator[Article | InputError]) -> Iterator[Article | InputError]:
    """Turn the error that ends a reader into one InputError for that source."""
    try:
        yield from articles
    except InputError as error:
        yield error
    except UnicodeDecodeError as exc:
        yield InputError(label, f"not UTF-8 text (invalid byte at offset {exc.start}); convert it with iconv")
    except EOFError:
        yield InputError(label, "compressed file ends too early (truncated download?)")
    except OSError as exc:
        yield InputError(label, f"cannot read: {exc.strerror or exc}")


# One reader a format; each takes (path, article id, options).
_READERS = {
    "text": read_text_file, "html": read_html_file, "jsonl": read_jsonl_file, "json": read_json_file,
    "csv": read_csv_file, "feed": read_feed_file, "warc": read_warc_file,
}


def _read_file(source: SourceFile, options: ReadOptions) -> Iterator[Article | InputError]:
    fmt = source.format or _sniff_file(source.path)
    given, absolute = str(source.path), str(source.path.resolve())
    for item in _READERS[fmt](source.path, source.ident, options):
        if isinstance(item, Article) and item.source_path and item.source_path.startswith(given):
            item = replace(item, source_path=absolute + item.source_path[len(given):])
        yield item


def sniff(head: str) -> Format:
    """JSON lines if the first non-blank character is '{', a JSON list if '[', HTML if it
    starts like a web page, a feed if it is XML with an <rss> or <feed> element, a WARC
    file if it starts with a WARC version line, else plain text."""
    start = head.removeprefix(BOM).lstrip()
    if start.startswith("WARC/"):
        return "warc"
    if start.startswith("<") and re.search(r"<(rss|feed|rdf:RDF)[\s>]", start[:2000]):
        return "feed"
    if start.startswith("{"):
        return "jsonl"
    if start.startswith("["):
        return "json"
    if start[:15].lower().startswith(("<!doctype html", "<html")):
        return "html"
    return "text"


def _sniff_file(path: Path) -> Format:
    with path.open("rb") as stream:
        head = stream.read(SNIFF_BYTES)
    if head.startswith(b"\x1f\x8b"):  # gzip: a crawl, or JSON lines
        return "warc" if path.name.lower().endswith(".warc.gz") else "jsonl"
    return sniff(head.decode("utf-8", errors="replace"))


def _read_stream(stream: TextIO, options: ReadOptions) -> Iterator[Article | InputError]:
    """Standard input, sniffed like a file of unknown type; JSON lines are streamed."""
    leading: list[str] = []
    for line in stream:
        leading.append(line)
        if line.strip():
            break
    if not leading or not "".join(leading).strip():
        raise InputError(STDIN_LABEL, "empty input")
    fmt = sniff(leading[-1])
    if fmt in ("feed", "warc"):
        raise InputError(STDIN_LABEL, f"a {fmt} cannot be read from standard input; save it to a file")
    if fmt == "jsonl":
        yield from records_from_lines(chain(leading, stream), STDIN_LABEL, "stdin", options)
        return
    text = normalise_newlines("".join(chain(leading, stream)).removeprefix(BOM))
    if fmt == "json":
        yield from records_from_json(text, STDIN_LABEL, "stdin", options)
    elif fmt == "html":
        yield parse_html(text, ident="stdin", source_path=STDIN_LABEL, options=options)
    else:
        check_text(text, STDIN_LABEL, options.max_chars)
        yield parse_text(text, ident="stdin", source_path=STDIN_LABEL, options=options)
