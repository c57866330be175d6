"""Which files a source names, what format each is in, and the article id each gives."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from newsevents.errors import InputError

Format = Literal["text", "html", "jsonl", "json"]

#: Longest suffixes first, so ".jsonl.gz" wins over ".gz".
EXTENSIONS: tuple[tuple[str, Format], ...] = (
    (".jsonl.gz", "jsonl"), (".ndjson.gz", "jsonl"), (".jsonl", "jsonl"), (".ndjson", "jsonl"),
    (".json", "json"), (".html", "html"), (".htm", "html"), (".txt", "text"), (".text", "text"),
)


@dataclass(frozen=True)
class SourceFile:
    path: Path
    ident: str  # the article id (or id prefix, for files of records)
    format: Format | None  # None: unknown extension, sniff the content


def format_of(path: Path) -> tuple[Format | None, str]:
    """The format a file name says, and the name without that extension."""
    name = path.name
    for suffix, fmt in EXTENSIONS:
        if name.lower().endswith(suffix) and len(name) > len(suffix):
            return fmt, name[: -len(suffix)]
    return None, path.stem or name


def expand(source: Path) -> Iterator[SourceFile | InputError]:
    """A file, or every file with a known extension under a folder (sorted, hidden ones skipped)."""
    if source.is_dir():
        found = False
        for path in sorted(source.rglob("*"), key=lambda p: p.relative_to(source).as_posix()):
            relative = path.relative_to(source)
            if any(part.startswith(".") for part in relative.parts) or not path.is_file():
                continue
            fmt, bare = format_of(path)
            if fmt is None:
                continue
            found = True
            yield SourceFile(path, (relative.parent / bare).as_posix(), fmt)
        if not found:
            known = " ".join(suffix for suffix, _ in EXTENSIONS)
            yield InputError(str(source), f"folder has no files with a known extension ({known})")
    elif source.exists():
        fmt, bare = format_of(source)
        yield SourceFile(source, bare, fmt)
    else:
        yield InputError(str(source), "no such file or directory")
