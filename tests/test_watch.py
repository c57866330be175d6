"""`newsevents watch` against a local news site (tests/news_server.py): conditional requests,
every failure a site gives, rounds, SIGTERM, and a SIGKILL mid-round followed by a restart."""

from __future__ import annotations

import logging
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from news_server import NewsSite, Route, rss, serve, story_page
from newsevents.cli.watch import parse_duration, parse_size
from newsevents.pipeline import Pipeline
from newsevents.store import Store
from newsevents.watch import Limits, Watcher, WatchOptions

RSS = "application/rss+xml"


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize(("text", "seconds"), [("15m", 900), ("30s", 30), ("1h", 3600), ("0.5s", 0.5), ("2", 2)])
def test_watch_parse_duration(text: str, seconds: float) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize(("text", "size"), [("5MB", 5_000_000), ("500kB", 500_000), ("123", 123)])
def test_watch_parse_size(text: str, size: int) -> None:
    assert parse_size(text) == size


def test_watch_round_survives_every_failure_with_one_line_each(
        pipeline: Pipeline, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    dead = f"http://127.0.0.1:{_closed_port()}"
    with serve(NewsSite()) as site:
        site.routes.update({
            "/robots.txt": Route(b"User-agent: *\nDisallow: /private/\n", content_type="text/plain"),
            "/good": Route(story_page(1)),
            "/broken": Route(b"<p>server error</p>", status=500),
            "/slow": Route(story_page(2), delay=3.0),
            "/huge": Route(b"<p>" + b"word " * 40_000 + b"</p>"),
            "/private/page": Route(story_page(3)),
            "/notafeed": Route(b"<html><body><p>Just a page.</p></body></html>"),
        })
        items = [("good", "/good"), ("missing", "/missing"), ("broken", "/broken"), ("slow", "/slow"),
                 ("huge", "/huge"), ("private", "/private/page"), ("elsewhere", f"{dead}/page")]
        site.routes["/feed.xml"] = Route(rss(site, items), content_type=RSS, etag='"v1"')
        feeds = [site.url("/feed.xml"), site.url("/notafeed"), site.url("/gone.xml"), f"{dead}/feed.xml"]
        options = WatchOptions(limits=Limits(timeout=1.0, max_bytes=100_000, per_host=0.0), max_tries=1)
        with Store(tmp_path / "watch.duckdb") as store:
            watcher = Watcher(store, feeds, options, pipeline=pipeline)
            with caplog.at_level(logging.INFO, logger="newsevents.watch"):
                first = watcher.run_round(1)
            warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
            assert (first.feeds, first.seen, first.new, first.fetched, first.coded) == (4, 7, 7, 1, 1)
            assert first.failed == len(warnings) == 6 + 3
            assert all("\n" not in w for w in warnings)
            for reason in ("HTTP 404", "HTTP 500", "no answer within 1 s", "too large", "forbidden by robots.txt",
                           "robots.txt unavailable (unreachable", "not an RSS or Atom feed"):
                assert any(reason in w for w in warnings), reason
            assert any(r.getMessage().startswith("round 1: 4 feeds, 7 items seen") for r in caplog.records)
            second = watcher.run_round(2)
            assert (second.new, second.fetched) == (0, 0)
            assert site.conditional["/feed.xml"] == 1 and site.hits["/good"] == 1
            assert store.count_articles() == 1 and store.count_events() >= 1
            assert "/private/page" not in site.hits


class _Lines:
    """The stderr lines of a process, read by a thread so that the test can wait with a timeout."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        assert process.stderr is not None
        stream = process.stderr
        threading.Thread(target=lambda: [self.lines.put(line) for line in stream], daemon=True).start()

    def wait_for(self, text: str, timeout: float = 120) -> str:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            try:
                line = self.lines.get(timeout=max(0.1, end - time.monotonic()))
            except queue.Empty:
                break
            self.seen.append(line)
            if text in line:
                return line
        raise AssertionError(f"no line with {text!r} in:\n{''.join(self.seen)}")


@pytest.mark.slow
def test_watch_rounds_then_sigkill_and_restart_store_every_item_once(tmp_path: Path) -> None:
    db = tmp_path / "watch.duckdb"
    items: list[tuple[str, str]] = []
    with serve(NewsSite()) as site:

        def publish(batch: int, delay: float = 0.0) -> None:
            for i in range(3):
                key = f"b{batch}-{i}"
                site.routes[f"/news/{key}"] = Route(story_page(batch * 10 + i), delay=delay)
                items.append((key, f"/news/{key}"))
            site.routes["/feed.xml"] = Route(rss(site, items), content_type=RSS, etag=f'"v{batch}"')

        command = [str(Path(sys.executable).with_name("newsevents")), "watch", site.url("/feed.xml"), "--db", str(db),
                   "--every", "1s", "--per-host", "0s", "--timeout", "10s"]
        publish(1)
        first = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
        lines = _Lines(first)
        for batch in range(2, 7):  # five rounds, each followed by new items
            lines.wait_for(f"round {batch - 1}:")
            publish(batch, delay=1.0 if batch == 6 else 0.0)
        deadline = time.monotonic() + 60
        while site.hits["/news/b6-0"] == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)
        first.send_signal(signal.SIGKILL)  # in the middle of the sixth round's fetches
        first.wait(timeout=30)
        before = dict(site.hits)

        second = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
        _Lines(second).wait_for("round 1:")
        second.send_signal(signal.SIGTERM)
        assert second.wait(timeout=60) == 0
    for key, path in items[:15]:  # stored before the kill: not fetched again
        assert site.hits[path] == before[path] == 1, key
    with Store(db, read_only=True) as store:
        ids = [a["id"] for a in store.articles()]
        marks = store.connection.execute("SELECT item_key, status FROM watch_items ORDER BY item_key").fetchall()
    assert sorted(ids) == sorted(key for key, _ in items)
    assert marks == [(key, "stored") for key in sorted(key for key, _ in items)]


def test_watch_into_postgres_remembers_what_it_stored(pipeline: Pipeline, postgres_url: str) -> None:
    with serve(NewsSite()) as site:
        site.routes.update({"/a": Route(story_page(7)), "/b": Route(story_page(8))})
        site.routes["/feed.xml"] = Route(rss(site, [("a", "/a"), ("b", "/b")]), content_type=RSS, etag='"v1"')
        options = WatchOptions(limits=Limits(timeout=5.0, per_host=0.0), rounds=2, every=0.0)
        for _ in range(2):  # a restart: a new watcher on the same database
            with Store(postgres_url) as store:
                Watcher(store, [site.url("/feed.xml")], options, pipeline=pipeline).run()
        with Store(postgres_url, read_only=True) as store:
            assert [a["id"] for a in store.articles()] == ["a", "b"]
        assert site.hits["/a"] == site.hits["/b"] == 1 and site.conditional["/feed.xml"] == 3
