"""What a newcomer hits first: corrupt stores, bad options, navigation pages, URLs, Ctrl-C, progress,
`code`'s input options, and stored paths that do not depend on the working folder."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import socket
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from news_server import NewsSite, Route, serve, story_page
from newsevents.cli import app
from newsevents.corpus import IngestStats
from newsevents.errors import StoreError
from newsevents.records import Article
from newsevents.store import Store

STORY = "The Kenyan government signed a trade agreement with Ghana in Nairobi on Monday, officials said."
FRENCH = ("Le gouvernement du Kenya a signé un accord commercial avec le Ghana à Nairobi lundi, selon les "
          "responsables, et les deux pays ont promis de renforcer leur coopération économique dans la région "
          "au cours des prochaines années.")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    assert "Traceback" not in result.stderr
    return result.exit_code, result.stdout, result.stderr


def filled_store(path: Path, n: int = 300) -> None:
    with Store(path) as store:
        store.add_articles((Article(f"a{i}", f"Story {i}: " + "words of the article text " * 40,
                                    url=f"https://example.org/{i}"), []) for i in range(n))


def corrupt_further_in(path: Path) -> None:
    """Overwrite one block after another, from the end, until the store still opens but a full
    read finds the damage (a file corrupt further in)."""
    good = path.read_bytes()
    for offset in range(len(good) - 4096, 12288, -16384):
        damaged = bytearray(good)
        damaged[offset:offset + 4096] = b"\xff" * 4096
        path.write_bytes(bytes(damaged))
        try:
            with Store(path, read_only=True):
                pass
            with Store(path, read_only=True, verify=True):
                pass
        except StoreError as error:
            if "corrupt" in str(error):
                return
    pytest.skip("no block of this file could be damaged so that it still opens")


def test_cli_rough_edges_corrupt_store_is_one_line_and_never_written(tmp_path: Path) -> None:
    db = tmp_path / "c.duckdb"
    filled_store(db)
    corrupt_further_in(db)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    code, _, err = run("ingest", str(story), "--db", str(db), "-q")
    assert code == 2 and "corrupt" in err and len(err.strip().splitlines()) == 1
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_cli_rough_edges_damaged_file_is_one_line_for_every_command(tmp_path: Path) -> None:
    db = tmp_path / "d.duckdb"
    filled_store(db, 50)
    data = bytearray(db.read_bytes())
    data[12288:] = b"\x00\xff" * ((len(data) - 12288) // 2) + b"\x00" * ((len(data) - 12288) % 2)
    db.write_bytes(bytes(data))
    for command in (["events"], ["export"], ["export", "--format", "gdelt"]):
        code, _, err = run(*command, "--db", str(db))
        assert code != 0 and err.startswith("newsevents: ") and len(err.strip().splitlines()) == 1


def test_cli_rough_edges_negative_limit_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "e.duckdb"
    filled_store(db, 1)
    code, _, err = run("events", "--db", str(db), "--limit", "-1")
    assert code == 2 and "--limit" in err


def test_cli_rough_edges_navigation_page_is_no_article(tmp_path: Path) -> None:
    page = tmp_path / "home.html"
    page.write_text("<html><head><title>News</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
                    encoding="utf-8")
    db = tmp_path / "h.duckdb"
    code, _, err = run("ingest", str(page), "--db", str(db), "-q")
    assert code == 1 and "no article" in err
    assert not db.exists()  # nothing was stored, so no empty store is left behind


def test_cli_rough_edges_url_is_fetched_and_stored_under_its_address(tmp_path: Path) -> None:
    site = NewsSite()
    site.routes["/world/story-7"] = Route(story_page(7))
    db = tmp_path / "u.duckdb"
    with serve(site):
        url = site.url("/world/story-7")
        code, _, err = run("ingest", url, "--db", str(db), "-q")
    assert code == 0, err
    with Store(db, read_only=True) as store:
        [article] = store.articles()
    assert (article["id"], article["url"], article["source_path"]) == (url, url, url)


def test_cli_rough_edges_unreachable_url_is_a_clear_error_and_leaves_no_store(tmp_path: Path) -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    db = tmp_path / "x.duckdb"
    code, _, err = run("ingest", f"http://127.0.0.1:{port}/story", "--db", str(db), "-q")
    assert code == 1 and f"http://127.0.0.1:{port}/story: cannot fetch" in err
    assert not db.exists()


class InterruptedInput(io.RawIOBase):
    """Standard input that gives some JSON lines, then the user presses Ctrl-C."""

    def __init__(self, data: bytes) -> None:
        self.data: bytes | None = data

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        if len(buffer) == 0:
            return 0
        if self.data is None:
            raise KeyboardInterrupt
        size = len(self.data)
        buffer[:size] = self.data
        self.data = None
        return size


def test_cli_rough_edges_ctrl_c_reports_what_was_committed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    stories = ["Peruvian police detained four miners near Cusco on Sunday.",
               "The Chilean president visited Bolivia on Tuesday to discuss water rights.",
               "Norway sent medical aid to Ukraine after the storms, its ministry said on Friday."]
    lines = "".join(json.dumps({"id": f"s{i}", "text": text, "date": "2024-05-06"}) + "\n"
                    for i, text in enumerate(stories))
    db = tmp_path / "i.duckdb"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(InterruptedInput(lines.encode()))))
    code = typer.main.get_command(app).main(["ingest", "-", "--db", str(db), "--batch", "1", "-q"],
                                            standalone_mode=False)
    err = capsys.readouterr().err
    assert code == 130 and "Traceback" not in err
    assert "interrupted; the 3 new articles above are committed" in err
    with Store(db, read_only=True) as store:
        assert store.count_articles() == 3


def test_cli_rough_edges_progress_shows_phase_rate_and_eta() -> None:
    stats = IngestStats(phase="coding", coded=40, duplicates=10, total=200, events=75, new=40)
    stats.started -= 25.0  # 50 articles done in 25 s: 2 a second, 150 left
    line = stats.describe()
    assert line.startswith("coding: 50/200 articles") and "2.0 articles/s" in line and "ETA 1:15" in line
    assert "ETA" not in IngestStats(phase="reading").describe()


def test_cli_rough_edges_code_takes_ingest_input_options(tmp_path: Path) -> None:
    table = tmp_path / "news.csv"
    table.write_text(f"headline,body\nTrade,\"{STORY}\"\n", encoding="utf-8")
    code, out, err = run("code", str(table), "--text-column", "body", "--date", "2024-05-06", "--format", "jsonl")
    assert code == 0, err
    assert [json.loads(line)["trigger"]["text"] for line in out.splitlines()] == ["signed"]
    french = tmp_path / "fr.txt"
    french.write_text(FRENCH, encoding="utf-8")
    code, out, err = run("code", str(french), "--format", "jsonl")
    assert code == 0 and out == "" and "1 articles skipped: not English" in err
    code, _, err = run("code", str(french), "--format", "jsonl", "--all-languages")
    assert code == 0 and "skipped" not in err


def test_cli_rough_edges_source_path_is_the_same_from_any_folder(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "story.txt").write_text(STORY, encoding="utf-8")
    paths = []
    for where, name in ((tmp_path, "news/story.txt"), (tmp_path / "news", "story.txt")):
        db = tmp_path / f"{where.name}.duckdb"
        monkeypatch.chdir(where)
        assert run("ingest", name, "--db", str(db), "-q")[0] == 0
        with Store(db, read_only=True) as store:
            paths.append(store.articles()[0]["source_path"])
    assert paths[0] == paths[1] == str((tmp_path / "news" / "story.txt").resolve())
    assert os.path.isabs(paths[0])
    shutil.rmtree(tmp_path / "news")


def _failing_on(monkeypatch: pytest.MonkeyPatch, article_id: str) -> None:
    """Make coding fail for one article, as a bug in a coding rule would."""
    from newsevents import pipeline

    real = pipeline.Pipeline._code_piece

    def code_piece(self, doc, reading):  # type: ignore[no-untyped-def]
        if reading.article.id == article_id:
            raise IndexError("a bug in a coding rule")
        return real(self, doc, reading)

    monkeypatch.setattr(pipeline.Pipeline, "_code_piece", code_piece)


def _three_stories(tmp_path: Path) -> Path:
    news = tmp_path / "news.jsonl"
    stories = {"first": STORY, "broken": "Chile expelled two Peruvian diplomats from Santiago on Tuesday.",
               "last": "Thousands of teachers protested against pay cuts in Lagos on Friday, the union said."}
    news.write_text("".join(json.dumps({"id": i, "text": text, "date": "2024-05-06"}) + "\n"
                            for i, text in stories.items()), encoding="utf-8")
    return news


def test_cli_rough_edges_an_article_that_fails_to_code_is_one_line_and_the_others_go_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    news = _three_stories(tmp_path)
    _failing_on(monkeypatch, "broken")
    code, out, err = run("code", str(news), "--format", "jsonl")
    assert code == 1
    assert [json.loads(line)["doc_id"] for line in out.splitlines()] == ["first", "last"]
    assert err.strip().splitlines() == [f"newsevents: {news}: article 'broken' could not be coded "
                                        "(IndexError: a bug in a coding rule); its events are left out"]


def test_cli_rough_edges_an_article_that_fails_to_code_is_not_stored_and_a_rerun_codes_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    news, db = _three_stories(tmp_path), tmp_path / "events.duckdb"
    with monkeypatch.context() as patched:
        _failing_on(patched, "broken")
        code, _, err = run("ingest", str(news), "--db", str(db), "-q")
        assert code == 1 and "article 'broken' could not be coded" in err
    with Store(db, read_only=True) as store:
        assert {r[0] for r in store.connection.execute("SELECT DISTINCT doc_id FROM events").fetchall()} == {
            "first", "last"}
    code, _, err = run("ingest", str(news), "--db", str(db), "-q")
    assert code == 0, err
    with Store(db, read_only=True) as store:
        assert {r[0] for r in store.connection.execute("SELECT DISTINCT doc_id FROM events").fetchall()} == {
            "first", "broken", "last"}
