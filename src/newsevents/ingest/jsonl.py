"""JSON input records: JSON lines (.jsonl, .ndjson, .jsonl.gz) and JSON files (a list or one object).

JSON lines are streamed: one line is read, turned into an Article and handed on before
the next is read, so a corpus of any size fits in memory (gzip too). A broken line yields
an InputError for that line and reading goes on. A ``.json`` file is parsed whole.
"""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from newsevents.errors import InputError
from newsevents.ingest.decode import BOM, check_not_binary, decode_utf8
from newsevents.ingest.records import ReadOptions, record_to_article
from newsevents.records import Article

SNIFF_BYTES = 8192


def open_binary(path: Path) -> io.BufferedIOBase:
    """The file's bytes, uncompressed when its name ends in .gz."""
    return gzip.open(path, "rb") if path.name.lower().endswith(".gz") else path.open("rb")


def read_jsonl_file(path: Path, ident: str, options: ReadOptions) -> Iterator[Article | InputError]:
    label = str(path)
    with open_binary(path) as stream:
        head = stream.read(SNIFF_BYTES)
        if not head:
            raise InputError(label, "empty file")
        check_not_binary(head, label)
        stream.seek(0)
        yield from _records_from_byte_lines(stream, label, ident, options)


def _records_from_byte_lines(
    stream: Iterable[bytes], label: str, ident: str, options: ReadOptions
) -> Iterator[Article | InputError]:
    offset = 0
    lines_seen = False
    for number, raw in enumerate(stream, start=1):
        start, offset = offset, offset + len(raw)
        try:
            line = decode_utf8(raw, label, offset=start, line=number)
        except InputError as error:
            yield error
            continue
        if line.strip():
            lines_seen = True
            yield _line_to_article(line, label, ident, number, options)
    if not lines_seen:
        yield InputError(label, "no records (only blank lines)")


def records_from_lines(
    lines: Iterable[str], label: str, ident: str, options: ReadOptions, *, first_line: int = 1
) -> Iterator[Article | InputError]:
    """Articles from already-decoded JSON lines (standard input); blank lines are skipped."""
    for number, line in enumerate(lines, start=first_line):
        if line.strip():
            yield _line_to_article(line.removeprefix(BOM), label, ident, number, options)


def _line_to_article(
    line: str, label: str, ident: str, number: int, options: ReadOptions
) -> Article | InputError:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError(label, f"not valid JSON: {exc.msg} (column {exc.colno})", number)
    return _record(record, label, f"{ident}-{number}", number, f"line {number}", options)


def _record(record: Any, label: str, fallback_id: str, number: int | None, what: str, options: ReadOptions
            ) -> Article | InputError:
    if not isinstance(record, dict):
        return InputError(label, f"{what} is a JSON {type(record).__name__}, not an object", number)
    try:
        return record_to_article(record, path=label, fallback_id=fallback_id, line=number, options=options)
    except InputError as error:
        return error


def read_json_file(path: Path, ident: str, options: ReadOptions) -> Iterator[Article | InputError]:
    label = str(path)
    data = path.read_bytes()
    if not data:
        raise InputError(label, "empty file")
    check_not_binary(data, label)
    yield from records_from_json(decode_utf8(data, label), label, ident, options)


def records_from_json(
    text: str, label: str, ident: str, options: ReadOptions
) -> Iterator[Article | InputError]:
    """A JSON list of records (errors carry the item's index as line) or one record object.

    A file of several objects one after another is read as JSON lines.
    """
    if not text.strip():
        raise InputError(label, "no text (only whitespace)")
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and text.lstrip().startswith("{"):
            yield from records_from_lines(text.split("\n"), label, ident, options)
            return
        raise InputError(label, f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from exc
    if isinstance(parsed, dict):
        yield _record(parsed, label, ident, None, "the record", options)
    elif isinstance(parsed, list):
        if not parsed:
            raise InputError(label, "the JSON list is empty: no records")
        for index, item in enumerate(parsed):
            yield _record(item, label, f"{ident}-{index}", index, f"item {index}", options)
    else:
        kind = type(parsed).__name__
        raise InputError(label, f"expected a JSON list of records or one record, not a {kind}")
