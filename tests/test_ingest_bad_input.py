"""Bad input: each gets exactly one InputError naming the file, and the other sources still come."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest

from newsevents.errors import InputError
from newsevents.ingest import iter_articles
from newsevents.records import Article

GOOD = "The mayor resigned on Friday after the protests."


@pytest.mark.parametrize(("name", "content", "message", "line"), [
    ("empty.txt", b"", "empty file", None),
    ("blank.txt", b"  \n\t\r\n  \n", "no text (only whitespace)", None),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file, not text", None),
    ("latin1.txt", "Le président a démissionné.".encode("latin-1"),
     "not UTF-8 text (invalid byte at offset 5); convert it with iconv", None),
    ("huge.txt", ("x" * 60 + "\n").encode() * 2, "article has 122 characters, over the limit of 100; "
     "split it into smaller files", None),
    ("empty.jsonl", b"", "empty file", None),
    ("binary.jsonl", b'{"text": "a"}\n\x00\x01\x02', "binary file, not text", None),
    ("broken.jsonl", b'{"text": "one"}\n{"text": \n{"text": "three"}\n', "not valid JSON", 2),
    ("list.jsonl", b'{"text": "one"}\n[1, 2]\n', "line 2 is a JSON list, not an object", 2),
    ("notext.jsonl", b'{"text": "one"}\n{"title": "only a title"}\n', "record has no text", 2),
    ("blanktext.jsonl", b'{"text": "one"}\n{"text": "   "}\n', "no text (only whitespace)", 2),
    ("badline.jsonl", b'{"text": "one"}\n{"text": "caf\xe9"}\n', "invalid byte at offset 29", 2),
    ("truncated.jsonl.gz", gzip.compress(b'{"text": "one"}\n' * 50)[:-12], "compressed file ends too early",
     None),
    ("notgzip.jsonl.gz", b'{"text": "one"}\n', "cannot read", None),
    ("bad.json", b'[{"text": "one"},', "not valid JSON", None),
    ("number.json", b"42", "expected a JSON list of records or one record", None),
    ("emptylist.json", b"[]", "the JSON list is empty", None),
    ("item.json", b'[{"text": "one"}, {"text": ""}]', "record has no text", 1),
    ("empty.html", b"", "empty file", None),
    ("latin1.html", "<html><body><p>Le président</p></body></html>".encode("latin-1"), "not UTF-8 text",
     None),
])
def test_ingest_bad_input_one_error_then_go_on(tmp_path: Path, name: str, content: bytes, message: str,
                                               line: int | None) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    out = list(iter_articles([bad, good], max_chars=100))
    errors = [e for e in out if isinstance(e, InputError)]
    assert len(errors) == 1, errors
    (error,) = errors
    assert error.path == str(bad)
    assert message in error.message
    assert error.line == line
    assert isinstance(out[-1], Article) and out[-1].id == "good"
    if line is not None:  # the other lines of that file are still read
        assert sum(isinstance(a, Article) for a in out) >= 2


def test_ingest_bad_input_missing_path_and_empty_folder(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    (tmp_path / "nothing").mkdir()
    missing = tmp_path / "missing.txt"
    first, second, third = iter_articles([missing, tmp_path / "nothing", good])
    assert isinstance(first, InputError) and str(first) == f"{missing}: no such file or directory"
    assert isinstance(second, InputError) and "no files with a known extension" in second.message
    assert isinstance(third, Article)


@pytest.mark.parametrize(("content", "message"), [
    ("", "empty input"),
    ("\n  \n", "empty input"),
    ("[1, 2]", "item 0 is a JSON int, not an object"),
])
def test_ingest_bad_input_stdin(content: str, message: str) -> None:
    out = list(iter_articles(["-"], stdin=io.StringIO(content)))
    assert isinstance(out[0], InputError) and out[0].path == "<stdin>"
    assert message in out[0].message


def test_ingest_bad_input_error_message_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "ok"}\nnot json\n', encoding="utf-8")
    errors = [e for e in iter_articles([path]) if isinstance(e, InputError)]
    assert [str(e) for e in errors] == [f"{path}:2: not valid JSON: Expecting value (column 1)"]
