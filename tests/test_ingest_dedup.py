"""Article de-duplication: same URL, same text, near-duplicate rewrites; sightings are recorded."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from newsevents.dedup import NEAR_DUPLICATE_JACCARD, Fingerprint, minhash, normalise_url, shingles, similarity
from newsevents.records import Article
from newsevents.store import Store


def voa(shared: Path, n: int) -> list[dict[str, str]]:
    lines = (shared / "corpus" / "voa-stories.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines[:n]]


def rewrite(text: str) -> str:
    """What a second outlet does to a wire story: a new lead, the last paragraph cut, a few words changed."""
    paragraphs = [p for p in text.split("\n") if p.strip()]
    body = "\n".join(paragraphs[: max(1, len(paragraphs) - 1)])
    for old, new in (("said", "says"), ("Friday", "on Friday"), ("officials", "authorities")):
        body = body.replace(old, new, 1)
    return "From our wire services. " + body


def true_jaccard(a: str, b: str) -> float:
    x, y = shingles(a), shingles(b)
    return len(x & y) / len(x | y)


def test_dedup_rewrite_is_near_and_other_stories_are_not(shared: Path) -> None:
    stories = [s["text"] for s in voa(shared, 12)]
    first = minhash(stories[0])
    assert first is not None
    rewritten = rewrite(stories[0])
    sig = minhash(rewritten)
    assert sig is not None
    assert true_jaccard(stories[0], rewritten) >= NEAR_DUPLICATE_JACCARD
    assert similarity(first, sig) >= NEAR_DUPLICATE_JACCARD
    for other in stories[1:]:
        other_sig = minhash(other)
        assert other_sig is not None
        assert similarity(first, other_sig) < 0.2


@pytest.mark.parametrize(("a", "b"), [
    ("https://www.voanews.com/a/story/1.html?utm_source=x#top", "http://voanews.com/a/story/1.html"),
    ("https://x.org/path/", "https://X.ORG/path"),
])
def test_dedup_urls_that_name_the_same_page(a: str, b: str) -> None:
    assert normalise_url(a) == normalise_url(b)


@pytest.mark.parametrize(("change", "reason"), [
    ({"id": "copy", "url": None, "source_path": "other.jsonl"}, "text"),  # a syndicated copy
    ({"source_path": "copy-of-file.jsonl"}, "same"),  # the same record in another file
    ({"id": "update", "text_fn": "update"}, "url"),  # the page updated: same URL, new text
    ({"id": "rewrite", "url": "https://elsewhere.org/x", "text_fn": "rewrite"}, "near"),
])
def test_dedup_second_sighting_is_recorded_not_stored(
        shared: Path, tmp_path: Path, change: dict[str, str | None], reason: str) -> None:
    story = voa(shared, 1)[0]
    first = Article(id="a", text=story["text"], date=date(2025, 3, 14), url=story["url"], source_path="voa.jsonl")
    text = first.text
    if change.get("text_fn") == "update":
        text = first.text + "\nThis story has been updated with a correction of the officials' statement."
    elif change.get("text_fn") == "rewrite":
        text = rewrite(first.text)
    second = Article(id=str(change.get("id", "a")), text=text, date=first.date,
                     url=change.get("url", first.url), source_path=str(change.get("source_path", "voa.jsonl")))
    with Store(tmp_path / "s.duckdb") as store:
        assert store.add_articles([(first, []), (second, [])]) == 1
        conn = store.connection
        [(doc_id, seen, why)] = conn.execute("SELECT doc_id, seen_id, reason FROM sightings").fetchall()
        assert (doc_id, seen, why) == ("a", second.id, reason)
        # the same input again: nothing new, the sighting is not recorded twice
        assert store.add_articles([(first, []), (second, [])]) == 0
        assert conn.execute("SELECT count(*) FROM sightings").fetchone() == (1,)


def test_dedup_an_id_taken_by_another_story_is_renamed_not_lost(tmp_path: Path) -> None:
    one = Article(id="7", text="Kim met Putin in Vladivostok on Thursday.", source_path="a.txt")
    two = Article(id="7", text="Iraq says a key Islamic State leader is dead.", source_path="b.txt")
    with Store(tmp_path / "s.duckdb") as store:
        assert store.add_articles([(one, []), (two, [])]) == 2
        ids = [a["id"] for a in store.articles()]
    assert ids[0] == "7" and re.fullmatch(r"7~[0-9a-f]{8}", ids[1])


def test_dedup_fingerprint_is_the_same_in_every_run() -> None:
    article = Article(id="x", text="One two three four five six seven eight nine ten.", url="https://x.org/a")
    assert Fingerprint.of(article).bands() == Fingerprint.of(article).bands()
    assert Fingerprint.of(Article(id="y", text="Too short.")).signature is None
