"""JSON lines and JSON lists of input records, with the field names real corpora use."""

from __future__ import annotations

import gzip
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from newsevents.errors import InputError
from newsevents.ingest import iter_articles
from newsevents.records import Article

SHARED = Path(__file__).resolve().parents[2] / "shared"
TEXT = "Protesters marched on the parliament in Accra on Tuesday."


def write_jsonl(path: Path, records: list[Any]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def read_all(*sources: str | Path, **kwargs: object) -> list[Article | InputError]:
    return list(iter_articles(sources, **kwargs))  # type: ignore[arg-type]


@pytest.mark.parametrize(("record", "field", "expected"), [
    ({"id": "a", "text": TEXT, "date": "2024-03-05"}, "date", date(2024, 3, 5)),
    ({"id": "a", "text": TEXT, "published": "2025-03-14 20:30:26Z"}, "date", date(2025, 3, 14)),
    ({"id": "a", "text": TEXT, "publish_date": "2025-03-14T23:59:00-05:00"}, "date", date(2025, 3, 14)),
    ({"id": "a", "text": TEXT, "pubDate": "Tue, 14 Mar 2025 10:00:00 GMT"}, "date", date(2025, 3, 14)),
    ({"id": "a", "text": TEXT, "date_published": "March 14, 2025"}, "date", date(2025, 3, 14)),
    ({"id": "a", "body": TEXT}, "text", TEXT),
    ({"id": "a", "content": TEXT}, "text", TEXT),
    ({"id": "a", "article": TEXT}, "text", TEXT),
    ({"id": "a", "text": TEXT, "headline": "Accra march"}, "title", "Accra march"),
    ({"id": "a", "text": TEXT, "title": "Accra march"}, "title", "Accra march"),
    ({"id": "a", "text": TEXT, "byline": "Kofi Mensah"}, "author", "Kofi Mensah"),
    ({"id": "a", "text": TEXT, "author": ["Kofi Mensah", "Ama Owusu"]}, "author", "Kofi Mensah, Ama Owusu"),
    ({"id": "a", "text": TEXT, "url": "https://example.org/a"}, "url", "https://example.org/a"),
    ({"id": 7, "text": TEXT}, "id", "7"),
    ({"text": TEXT}, "id", "feed-1"),
])
def test_ingest_jsonl_aliases(tmp_path: Path, record: dict[str, Any], field: str, expected: Any) -> None:
    (article,) = read_all(write_jsonl(tmp_path / "feed.jsonl", [record]))
    assert isinstance(article, Article)
    assert getattr(article, field) == expected


@pytest.mark.parametrize(("value", "default", "expected"), [
    ("not a date", None, None),
    ("yesterday", date(2020, 1, 1), date(2020, 1, 1)),
    ("2024-13-45", None, None),
    (None, date(2020, 1, 1), date(2020, 1, 1)),
])
def test_ingest_jsonl_bad_or_missing_date_keeps_article(
    tmp_path: Path, value: str | None, default: date | None, expected: date | None
) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", [{"id": "x", "text": TEXT, "date": value}])
    (article,) = read_all(path, default_date=default)
    assert isinstance(article, Article) and article.date == expected


@pytest.mark.parametrize("name", ["feed.jsonl", "feed.ndjson", "feed.jsonl.gz"])
def test_ingest_jsonl_formats_blank_lines_and_ids(tmp_path: Path, name: str) -> None:
    content = f'{{"text": "{TEXT}"}}\n\n{{"id": "b", "text": "Second."}}\n'.encode()
    path = tmp_path / name
    path.write_bytes(gzip.compress(content) if name.endswith(".gz") else content)
    out = read_all(path)
    assert [a.id for a in out if isinstance(a, Article)] == ["feed-1", "b"]


def test_ingest_jsonl_streams_before_a_later_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    lines = [f'{{"id": "1", "text": "{TEXT}"}}', "{broken", '{"id": "3", "text": "Third."}']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    stream = iter_articles([path])
    first = next(stream)
    assert isinstance(first, Article) and first.id == "1"
    error, third = list(stream)
    assert isinstance(error, InputError) and error.line == 2 and error.path == str(path)
    assert isinstance(third, Article) and third.id == "3"


def test_ingest_json_list_and_single_object(tmp_path: Path) -> None:
    listing = tmp_path / "list.json"
    listing.write_text(json.dumps([{"id": "a", "text": TEXT}, {"text": "No id."}, 5]), encoding="utf-8")
    single = tmp_path / "one.json"
    single.write_text(json.dumps({"headline": "One", "body": TEXT}), encoding="utf-8")
    a, b, bad, one = read_all(listing, single)
    assert isinstance(a, Article) and isinstance(b, Article) and isinstance(one, Article)
    assert (a.id, b.id, one.id, one.title) == ("a", "list-1", "one", "One")
    assert isinstance(bad, InputError) and bad.line == 2 and "item 2" in str(bad)


@pytest.mark.parametrize(("content", "ids"), [
    (f'\n{{"id": "a", "text": "{TEXT}"}}\n{{"id": "b", "text": "{TEXT}"}}\n', ["a", "b"]),
    (f'\ufeff[{{"id": "a", "text": "{TEXT}"}}]', ["a"]),
    (f'{{"text": "{TEXT}"}}', ["stdin-1"]),
])
def test_ingest_jsonl_stdin_sniffed(content: str, ids: list[str]) -> None:
    out = read_all("-", stdin=io.StringIO(content))
    assert [a.id for a in out if isinstance(a, Article)] == ids


def test_ingest_jsonl_voa_corpus() -> None:
    corpus = SHARED / "corpus" / "voa-stories.jsonl"
    if not corpus.exists():
        pytest.skip("shared/corpus is not checked out next to the project")
    out = read_all(corpus)
    assert len(out) == 89
    assert all(isinstance(a, Article) and a.date is not None and a.title for a in out)


def test_ingest_json_plover_gsr_list() -> None:
    gsr = SHARED / "eval" / "plover-gsr-dev.json"
    if not gsr.exists():
        pytest.skip("shared/eval is not checked out next to the project")
    out = read_all(gsr)
    assert len(out) == 179
    articles = [a for a in out if isinstance(a, Article)]
    assert len(articles) == 179
    assert len({a.id for a in articles}) == 179
    assert {a.date for a in articles} == {date(2000, 1, 1)}


def test_ingest_jsonl_page_furniture_dropped(tmp_path: Path) -> None:
    """Scraped text in a record loses the page's furniture lines as a text file does; the story stays."""
    text = ("The army withdrew from the town on Monday.\nAdvertisement\n"
            "JUST WATCHED Troops leave the town Replay More Videos ... MUST WATCH Troops leave the town 01:02\n"
            "Residents returned on Tuesday.\nSign up for Daily Newsletters Manage Newsletters")
    (article,) = read_all(write_jsonl(tmp_path / "a.jsonl", [{"id": "a", "text": text}]))
    assert isinstance(article, Article)
    assert article.text == "The army withdrew from the town on Monday.\nResidents returned on Tuesday."
