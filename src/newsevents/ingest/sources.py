"""Which files a source names, what format each is in, and the article id each gives."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from newsevents.errors import InputError

Format = Literal["text", "html", "jsonl", "json", "csv", "feed", "warc"]

#: Longest suffixes first, so ".jsonl.gz" wins over ".gz".
EXTENSIONS: tuple[tuple[str, Format], ...] = (
    (".jsonl.gz", "jsonl"), (".ndjson.gz", "jsonl"), (".jsonl", "jsonl"), (".ndjson", "jsonl"),
    (".json", "json"), (".html", "html"), (".htm", "html"), (".txt", "text"), (".text", "text"),
    (".csv.gz", "csv"), (".csv", "csv"), (".tsv", "csv"), (".rss", "feed"), (".atom", "feed"),
    (".warc.gz", "warc"), (".warc", "warc"),
)
GLOB_CHARS = frozenset("*?[")


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
    """A file, every file with a known extension under a folder (sorted, hidden ones skipped), or
    every file a glob pattern such as ``news/*/*.warc.gz`` or ``feeds/**/*.xml`` matches (sorted)."""
    if not source.exists() and GLOB_CHARS & set(str(source)):
        yield from _expand_glob(source)
    elif source.is_dir():
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


def _expand_glob(pattern: Path) -> Iterator[SourceFile | InputError]:
    """The files a glob matches, in sorted order; the article id is the path relative to the
    pattern's fixed leading folders (``news/*/a.html`` -> ``x/a`` for news/x/a.html)."""
    parts = pattern.parts
    fixed = next(i for i, part in enumerate(parts) if GLOB_CHARS & set(part))
    root = Path(*parts[:fixed]) if fixed else Path(".")
    rest = str(Path(*parts[fixed:]))
    matches = sorted((p for p in root.glob(rest) if p.is_file()), key=lambda p: p.as_posix())
    if not matches:
        yield InputError(str(pattern), "the pattern matches no files")
    for path in matches:
        fmt, bare = format_of(path)
        yield SourceFile(path, (path.relative_to(root).parent / bare).as_posix(), fmt)
