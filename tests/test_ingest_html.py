"""HTML pages: main text, title and publication date through trafilatura."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from newsevents.errors import InputError
from newsevents.ingest import iter_articles
from newsevents.records import Article

PARAGRAPHS = (
    "The presidents of Kenya and Tanzania met in Arusha on Thursday to discuss the border dispute, "
    "officials said.",
    "They agreed to hold a second round of talks next month, according to a joint statement.",
    "Opposition leaders criticised the meeting as a distraction from the economic crisis at home.",
)


def page(head: str = "", title: str = "Kenya and Tanzania leaders meet in Arusha", charset: str = "utf-8",
         extra: str = "") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>{title} | Example News</title>{head}</head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>{title}</h1>{body}<p>Advertisement</p>{extra}</article>
<footer>Contact us | Privacy policy</footer></body></html>"""


def read_one(path: Path | str, **kwargs: object) -> Article:
    (article,) = list(iter_articles([path], **kwargs))  # type: ignore[arg-type]
    assert isinstance(article, Article), article
    return article


@pytest.mark.parametrize(("head", "expected"), [
    ('<meta property="article:published_time" content="2024-05-02T10:00:00+00:00">', date(2024, 5, 2)),
    ('<meta name="date" content="2023-11-30">', date(2023, 11, 30)),
    ("", None),
])
def test_ingest_html_date_from_metadata(tmp_path: Path, head: str, expected: date | None) -> None:
    path = tmp_path / "arusha.html"
    path.write_text(page(head), encoding="utf-8")
    article = read_one(path)
    assert article.id == "arusha"
    assert article.date == expected
    assert article.title == "Kenya and Tanzania leaders meet in Arusha"
    assert article.text.split("\n") == list(PARAGRAPHS)


def test_ingest_html_date_not_guessed_from_story_text(tmp_path: Path) -> None:
    path = tmp_path / "a.htm"
    extra = "<p>The accord was first signed on March 3, 2019 in Nairobi by both sides.</p>"
    path.write_text(page(extra=extra), encoding="utf-8")
    assert read_one(path, default_date=date(2024, 6, 1)).date == date(2024, 6, 1)


def test_ingest_html_title_tag_fallback(tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    path.write_text("<html><head><title>Ceasefire &amp; talks</title></head><body><p>"
                    + " ".join(PARAGRAPHS) + "</p></body></html>", encoding="utf-8")
    article = read_one(path)
    assert article.title is not None and article.title.startswith("Ceasefire & talks")
    assert "Arusha" in article.text


def test_ingest_html_declared_charset(tmp_path: Path) -> None:
    path = tmp_path / "latin.html"
    path.write_bytes(page(title="Café talks in Arusha", charset="iso-8859-1").encode("latin-1"))
    article = read_one(path)
    assert article.title == "Café talks in Arusha"


def test_ingest_html_from_stdin() -> None:
    article = read_one("-", stdin=io.StringIO(page()))
    assert article.id == "stdin"
    assert article.text.startswith("The presidents of Kenya")


def test_ingest_html_without_text_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "empty-page.html"
    path.write_text("<html><head><title>Nothing</title></head><body></body></html>", encoding="utf-8")
    (error,) = list(iter_articles([path]))
    assert isinstance(error, InputError) and error.path == str(path)
