"""Bytes to text, with one clear error for each way a file can fail to be text."""

from __future__ import annotations

from newsevents.errors import InputError

BOM = "\ufeff"


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def check_not_binary(data: bytes, path: str) -> None:
    """A NUL byte means the file is not text (an image, a PDF, a word-processor file)."""
    if b"\x00" in data:
        raise InputError(path, "binary file, not text")


def decode_utf8(data: bytes, path: str, *, offset: int = 0, line: int | None = None) -> str:
    """Decode UTF-8 (a leading BOM is dropped); ``offset`` is where ``data`` starts in the file."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            path,
            f"not UTF-8 text (invalid byte at offset {offset + exc.start}); convert it with iconv",
            line,
        ) from exc
    return text.removeprefix(BOM)


def decode_file(data: bytes, path: str, max_chars: int) -> str:
    """The text of a whole file that holds one article; raises InputError when it cannot be one."""
    if not data:
        raise InputError(path, "empty file")
    check_not_binary(data, path)
    text = normalise_newlines(decode_utf8(data, path))
    check_text(text, path, max_chars)
    return text


def check_text(text: str, path: str, max_chars: int, line: int | None = None) -> None:
    """An article's text must have something in it and fit under the size limit."""
    if not text.strip():
        raise InputError(path, "no text (only whitespace)", line)
    if len(text) > max_chars:
        raise InputError(
            path,
            f"article has {len(text)} characters, over the limit of {max_chars}; split it into smaller files",
            line,
        )
