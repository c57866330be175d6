"""Plain-text articles: title line, byline, page furniture, paragraphs, ids."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from newsevents.errors import InputError
from newsevents.ingest import iter_articles
from newsevents.ingest.boilerplate import Boilerplate, default_boilerplate, strip_gallery_labels
from newsevents.records import Article

SHARED = Path(__file__).resolve().parents[2] / "shared"

STORY = """Talks in Oslo end without a deal on the border dispute

By Maria K. Johansen
Negotiators from both governments left Oslo on Friday without signing the draft accord.
- Advertisement -
The foreign ministers said they would meet again in June, officials told reporters.
Advertisement
Neither side commented on the fate of the prisoners held since March.

Share this article
"""


def articles(*sources: str | Path, **kwargs: object) -> list[Article]:
    out = list(iter_articles(sources, **kwargs))  # type: ignore[arg-type]
    assert all(isinstance(a, Article) for a in out), out
    return [a for a in out if isinstance(a, Article)]


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_ingest_text_title_byline_and_furniture(tmp_path: Path) -> None:
    (article,) = articles(write(tmp_path, "oslo-talks.txt", STORY))
    assert article.id == "oslo-talks"
    assert article.title == "Talks in Oslo end without a deal on the border dispute"
    assert article.author == "Maria K. Johansen"
    assert article.text.split("\n") == [
        "Negotiators from both governments left Oslo on Friday without signing the draft accord.",
        "The foreign ministers said they would meet again in June, officials told reporters.",
        "Neither side commented on the fate of the prisoners held since March.",
    ]
    assert article.source_path == str(tmp_path / "oslo-talks.txt")
    assert article.date is None


def test_ingest_text_real_seed_article() -> None:
    seed = SHARED / "examples" / "seed-article.txt"
    if not seed.exists():
        pytest.skip("shared/examples is not checked out next to the project")
    (article,) = articles(seed)
    assert article.title is not None and article.title.startswith("Despite Kim-Putin summit")
    assert article.author == "J.V. Lakshmana Rao"
    assert "Advertisement" not in article.text
    assert not article.text.startswith(("Despite", "By "))
    assert article.text.startswith("The keenly awaited outcome")


@pytest.mark.parametrize("line", [
    "- Advertisement -", "Advertisement", "ADVERTISEMENT", "— Advertisement —", "Share this article",
    "Click here to subscribe", "Read more:", "Read more: Ministers meet in Rome", "Follow us on Twitter",
    "Sign up for our newsletter", "Photo: Ministers in Oslo (AFP)",
    "(Reporting by Ann Lee; Editing by Tom Hill)",
    "Story continues below advertisement", "© 2024 Example News. All rights reserved.",
    # scraped pages: video playlists, sign-up boxes, summary bullets, captions
    "JUST WATCHED Rebels leave the port city Replay More Videos ... MUST WATCH Rebels leave the port city 01:12",
    "Port talks stall 00:58 JUST WATCHED Ferry strike ends Replay More Videos ...",
    "Sign up for Daily Newsletters Manage Newsletters", "Sign up for Weekly Opinion Newsletter",
    "Morning Briefing Get the news in your inbox. Email Sign Up By signing up you agree to receive emails "
    "from Example News. You can unsubscribe at any time.",
    "World news daily in your inbox: sign up for our newsletter", "Thank you for subscribing.",
    "Ministers meet in Lima (Photo: Example Agency) Story Highlights Talks resume on Monday",
    "Slideshow (4 Images)", "Image copyright Example Agency", "Story Continued Below", "More On This...",
    "CLICK HERE TO GET THE EXAMPLE NEWS APP", "[pullquote]",
])
def test_ingest_text_furniture_lines_dropped(tmp_path: Path, line: str) -> None:
    body = f"The army withdrew from the town on Monday.\n{line}\nResidents returned on Tuesday."
    (article,) = articles(write(tmp_path, "a.txt", body))
    assert article.text == "The army withdrew from the town on Monday.\nResidents returned on Tuesday."


@pytest.mark.parametrize("line", [
    "Advertisement revenue fell sharply as the ministry cut its spending on newspapers.",
    "Read more about the ceasefire in the statement, the minister told parliament.",
    "The photo: a crowd outside the embassy.",
    "Just watched by thousands, the speech was cut short when protesters stormed the stage.",
    "The ministry urged farmers to sign up to the new subsidy scheme before the deadline.",
    "Farmers can sign up for the scheme and opt out later, and the privacy policy covers their data.",
])
def test_ingest_text_story_lines_kept(tmp_path: Path, line: str) -> None:
    assert not default_boilerplate().is_furniture(line)


def test_ingest_text_boilerplate_patterns_are_data() -> None:
    patterns = Boilerplate.from_lines(["# a comment", "", r"watch the video\b.*"])
    assert patterns.is_furniture("Watch the video: protest in Lima")
    assert not patterns.is_furniture("Police watched the protest.")
    assert default_boilerplate() is default_boilerplate()  # read once


@pytest.mark.parametrize(("content", "title", "author", "first"), [
    ("Short headline\n\nBody sentence one.\n", "Short headline", None, "Body sentence one."),
    ("Short headline\nBy Jane Doe\nBody sentence one.\n", "Short headline", "Jane Doe", "Body sentence one."),
    ("BY JANE DOE\n\nBody sentence one.\n", None, "JANE DOE", "Body sentence one."),
    ("The minister resigned.\n\nBody sentence one.\n", None, None, "The minister resigned."),
    ("A headline line\nthat is followed by text directly\n", None, None, "A headline line"),
    ("By the way, the talks failed.\n", None, None, "By the way, the talks failed."),
    (" ".join(["word"] * 21) + "\n\nBody.\n", None, None, " ".join(["word"] * 21)),
])
def test_ingest_text_title_rules(tmp_path: Path, content: str, title: str | None, author: str | None,
                                 first: str) -> None:
    (article,) = articles(write(tmp_path, "a.txt", content))
    assert (article.title, article.author) == (title, author)
    assert article.text.startswith(first)


def test_ingest_text_wrapped_lines_joined_paragraphs_kept(tmp_path: Path) -> None:
    content = (
        "The two delegations met for six hours in the capital on Monday and agreed\n"
        "to a second round of talks.\n\nA short subheading\nThe next paragraph starts here.\n"
    )
    (article,) = articles(write(tmp_path, "a.txt", content))
    assert article.text == (
        "The two delegations met for six hours in the capital on Monday and agreed"
        " to a second round of talks.\n"
        "A short subheading\nThe next paragraph starts here."
    )


@pytest.mark.parametrize("raw", [
    b"\xef\xbb\xbfHeadline here\r\n\r\nThe rebels took the airport.\r\nTroops left.\r\n",
    b"Headline here\r\rThe rebels took the airport.\rTroops left.\r",
])
def test_ingest_text_bom_and_crlf(tmp_path: Path, raw: bytes) -> None:
    (article,) = articles(write(tmp_path, "a.txt", raw))
    assert article.title == "Headline here"
    assert article.text == "The rebels took the airport.\nTroops left."


def test_ingest_text_folder_ids_sorted_and_default_date(tmp_path: Path) -> None:
    write(tmp_path, "b.txt", "Second story text.")
    write(tmp_path, "a/z.text", "First story text.")
    write(tmp_path, "a/notes.md", "Not an input file.")
    write(tmp_path, ".hidden/c.txt", "Hidden file.")
    out = articles(tmp_path, default_date=date(2024, 1, 2))
    assert [a.id for a in out] == ["a/z", "b"]
    assert {a.date for a in out} == {date(2024, 1, 2)}


def test_ingest_text_unknown_extension_and_stdin_sniffed(tmp_path: Path) -> None:
    path = write(tmp_path, "story.md", "Headline\n\nThe court jailed the opposition leader.")
    (from_file,) = articles(path)
    (from_stdin,) = articles("-", stdin=io.StringIO("Headline\n\nThe court jailed the opposition leader.\n"))
    assert from_file.id == "story" and from_stdin.id == "stdin"
    assert from_file.text == from_stdin.text == "The court jailed the opposition leader."
    assert from_file.title == from_stdin.title == "Headline"


def test_ingest_text_only_furniture_is_an_error(tmp_path: Path) -> None:
    (error,) = list(iter_articles([write(tmp_path, "a.txt", "Advertisement\nShare this article\n")]))
    assert isinstance(error, InputError) and "no article text" in str(error)


_GALLERY = ("The city was quiet on Sunday. Photos: Night of unrest: Berlin protests Photos: Night of unrest: Berlin "
            "protests Police guard a square in Berlin on Saturday. Hide Caption 1 of 3 Photos: Night of unrest: "
            "Berlin protests Marchers carry banners near the station. Hide Caption 2 of 3 Photos: Night of unrest: "
            "Berlin protests A shop window lies broken on Sunday. Hide Caption 3 of 3")


def test_ingest_text_gallery_title_and_counters_taken_out_captions_kept() -> None:
    assert strip_gallery_labels(_GALLERY) == (
        "The city was quiet on Sunday. Police guard a square in Berlin on Saturday. Marchers carry banners near "
        "the station. A shop window lies broken on Sunday.")


@pytest.mark.parametrize("line", ["Photos: the minister's visit to Paris.",
                                  "See the photos: Merkel in Paris. Photos: Macron in Berlin."])
def test_ingest_text_a_line_with_few_photo_labels_is_kept(line: str) -> None:
    assert strip_gallery_labels(line) == line


def test_ingest_text_gallery_lines_cleaned_on_reading(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Gallery\n\n" + _GALLERY + "\n", encoding="utf-8")
    [article] = list(iter_articles([path]))
    assert "Hide Caption" not in article.text and "protests Police" not in article.text
