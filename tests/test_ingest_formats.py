"""CSV, RSS/Atom feeds, WARC crawls and glob patterns, written by the tests, read as articles."""

from __future__ import annotations

import gzip
import io
from datetime import date
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsevents.errors import InputError
from newsevents.ingest import iter_articles
from newsevents.ingest.language import looks_english
from newsevents.records import Article

STORY = ("Russian President Vladimir Putin met North Korean leader Kim Jong Un in Vladivostok on Thursday. "
         "The two leaders said they would work together on the question of sanctions.")
PAGE = ("<html><head><title>Summit</title><meta property='article:published_time' content='2019-04-25'>"
        "</head><body><article><h1>Summit</h1><p>{}</p></article></body></html>")


def articles(*sources: str | Path, **kwargs: object) -> list[Article]:
    items = list(iter_articles(sources, **kwargs))  # type: ignore[arg-type]
    errors = [i for i in items if isinstance(i, InputError)]
    assert not errors, errors
    return [i for i in items if isinstance(i, Article)]


@pytest.mark.parametrize(("header", "row", "kwargs"), [
    ("id,published,headline,link,body", '7,2019-04-25,Summit,https://x.org/7,"{}"', {}),
    ("ID,Date,Title,URL,story", '7,2019-04-25 10:00:00Z,Summit,https://x.org/7,"{}"', {"text_column": "story"}),
])
def test_ingest_csv_reads_a_chosen_text_column_and_aliased_fields(
        tmp_path: Path, header: str, row: str, kwargs: dict[str, str]) -> None:
    path = tmp_path / "news.csv"
    path.write_text(header + "\n" + row.format(STORY) + "\n", encoding="utf-8")
    [article] = articles(path, **kwargs)
    assert (article.id, article.date, article.title, article.url) == ("7", date(2019, 4, 25), "Summit",
                                                                      "https://x.org/7")
    assert article.text == STORY


def test_ingest_csv_gz_and_a_missing_column(tmp_path: Path) -> None:
    path = tmp_path / "news.csv.gz"
    path.write_bytes(gzip.compress(f'text\n"{STORY}"\n"{STORY} Again."\n'.encode()))
    assert [a.id for a in articles(path)] == ["news-2", "news-3"]
    [error] = list(iter_articles([path], text_column="body"))
    assert isinstance(error, InputError) and "no column 'body'" in str(error)


RSS = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>World</title>
<item><title>Summit</title><link>https://x.org/a</link><guid>a-1</guid>
<pubDate>Thu, 25 Apr 2019 10:00:00 GMT</pubDate><description>&lt;p&gt;{STORY}&lt;/p&gt;</description></item>
<item><title>Empty</title><link>https://x.org/b</link></item>
</channel></rss>"""
ATOM = f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>World</title>
<entry><title>Summit</title><id>urn:a</id><link href="https://x.org/a"/><published>2019-04-25T10:00:00Z</published>
<updated>2019-05-01T00:00:00Z</updated><content type="html">&lt;p&gt;{STORY}&lt;/p&gt;</content></entry></feed>"""


@pytest.mark.parametrize(("name", "feed", "ident"), [("world.rss", RSS, "a-1"), ("world.xml", ATOM, "urn:a")])
def test_ingest_feed_items_are_articles_dated_by_publication(tmp_path: Path, name: str, feed: str,
                                                             ident: str) -> None:
    path = tmp_path / name
    path.write_text(feed, encoding="utf-8")
    items = list(iter_articles([path]))
    good = [i for i in items if isinstance(i, Article)]
    assert [(a.id, a.date, a.url, a.text) for a in good] == [(ident, date(2019, 4, 25), "https://x.org/a", STORY)]
    assert all("no content" in str(i) for i in items if isinstance(i, InputError))


def warc_file(path: Path) -> None:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=path.name.endswith(".gz"))
        for n, (url, body, kind) in enumerate([
            ("https://x.org/a", PAGE.format(STORY), "text/html; charset=utf-8"),
            ("https://x.org/logo.png", "PNG", "image/png"),
            ("https://x.org/b", PAGE.format(STORY + " More.").replace(
                "<meta property='article:published_time' content='2019-04-25'>", ""), "text/html"),
        ]):
            headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body.encode()),
                                               http_headers=headers,
                                               warc_headers_dict={"WARC-Date": f"2019-04-2{6 + n}T00:00:00Z"})
            writer.write_record(record)


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_ingest_warc_html_responses_with_target_uri_and_crawl_date(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    warc_file(path)
    got = articles(path)
    assert [(a.url, a.date) for a in got] == [("https://x.org/a", date(2019, 4, 25)),  # the page's own date
                                              ("https://x.org/b", date(2019, 4, 28))]  # WARC-Date
    assert got[0].text.startswith("Russian President")


def test_ingest_globs_and_folders_find_every_format(tmp_path: Path) -> None:
    (tmp_path / "a" / "deep").mkdir(parents=True)
    (tmp_path / "a" / "deep" / "one.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "a" / "two.atom").write_text(ATOM, encoding="utf-8")
    warc_file(tmp_path / "a" / "deep" / "three.warc.gz")
    by_glob = articles(str(tmp_path / "a" / "**" / "*.warc.gz"))
    assert len(by_glob) == 2
    assert len(articles(tmp_path / "a")) == 4
    [error] = list(iter_articles([str(tmp_path / "nothing" / "*.txt")]))
    assert isinstance(error, InputError) and "matches no files" in str(error)


@pytest.mark.parametrize(("text", "english"), [
    (STORY * 2, True),
    ("Le président de la République a rencontré hier à Paris le chancelier allemand pour discuter de la "
     "guerre en Ukraine et des sanctions contre la Russie, a annoncé l'Elysée dans un communiqué.", False),
    ("Der Bundeskanzler hat sich am Montag in Berlin mit dem französischen Präsidenten getroffen, um über "
     "den Krieg in der Ukraine und die Sanktionen gegen Russland zu sprechen, teilte ein Sprecher mit.", False),
    ("Путин встретился с Ким Чен Ыном во Владивостоке в четверг, сообщили в Кремле журналистам после "
     "переговоров, которые продолжались несколько часов подряд в закрытом режиме.", False),
    ("Putin met Kim.", True),  # too short to judge: kept
])
def test_ingest_language_check(text: str, english: bool) -> None:
    assert looks_english(text) is english
