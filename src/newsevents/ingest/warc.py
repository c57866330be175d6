"""WARC crawls (.warc, .warc.gz), as in Common Crawl's news crawl: one article an HTML response.

Only ``response`` records whose HTTP content type is HTML are read (requests, metadata,
images and the like are passed over). The page goes through the HTML reader; its url is
the record's ``WARC-Target-URI``, its date the page's own publication date, or else the
``WARC-Date`` (when it was crawled, which for a news crawl is within a day or so). The
article id is ``<file>-<record number>``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsevents.errors import InputError
from newsevents.ingest.html import decode_html, parse_html
from newsevents.ingest.records import ReadOptions, parse_date
from newsevents.records import Article


def read_warc_file(path: Path, ident: str, options: ReadOptions) -> Iterator[Article | InputError]:
    label = str(path)
    with path.open("rb") as stream:
        if not stream.read(1):
            raise InputError(label, "empty file")
        stream.seek(0)
        try:
            for number, record in enumerate(ArchiveIterator(stream), start=1):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                content_type = record.http_headers.get_header("Content-Type") or ""
                if "html" not in content_type.lower():
                    continue
                try:
                    yield _record_article(record, label, f"{ident}-{number}", options)
                except InputError as error:
                    yield InputError(label, f"record {number} ({error.message})", number)
        except ArchiveLoadFailed as exc:
            raise InputError(label, f"not a WARC file: {exc}") from exc


def _record_article(record: object, label: str, ident: str, options: ReadOptions) -> Article:
    headers = record.rec_headers  # type: ignore[attr-defined]
    url = headers.get_header("WARC-Target-URI")
    crawled = parse_date(headers.get_header("WARC-Date"))
    data = record.content_stream().read()  # type: ignore[attr-defined]
    if not data:
        raise InputError(label, "empty response")
    markup = decode_html(data, label)
    with_date = dataclasses.replace(options, default_date=crawled or options.default_date)
    article = parse_html(markup, ident=ident, source_path=label, options=with_date)
    return dataclasses.replace(article, url=url or article.url)
