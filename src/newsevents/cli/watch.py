"""`newsevents watch`: poll feeds in rounds and store what is new, until stopped."""

from __future__ import annotations

import logging
import re
import signal
import sys
import threading
from pathlib import Path
from typing import Annotated

import typer

from newsevents.cli.common import (
    ActorsOpt,
    AllLanguagesOpt,
    DbOpt,
    ModelOpt,
    PatternsOpt,
    app,
    fail,
    pipeline_settings,
)
from newsevents.errors import NewsEventsError

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$")
_SECONDS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400}
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$", re.IGNORECASE)
_BYTES = {"b": 1, "kb": 1000, "mb": 1000**2, "gb": 1000**3}


def parse_duration(text: str) -> float:
    """'15m', '30s', '1h', '0.5s' or plain seconds -> seconds."""
    match = _DURATION.match(text)
    if match is None:
        raise fail(f"{text!r} is not a duration: write e.g. 15m, 30s, 1h")
    return float(match[1]) * _SECONDS[match[2] or "s"]


def parse_size(text: str) -> int:
    """'5MB', '500kb' or plain bytes -> bytes."""
    match = _SIZE.match(text)
    if match is None:
        raise fail(f"{text!r} is not a size: write e.g. 5MB, 500kB")
    return int(float(match[1]) * _BYTES[(match[2] or "b").lower()])


def feed_urls(feeds: list[str]) -> list[str]:
    """URLs as given; a file stands for the URLs it lists, one a line (# starts a comment)."""
    urls: list[str] = []
    for feed in feeds:
        if re.match(r"^https?://", feed):
            urls.append(feed)
            continue
        path = Path(feed)
        if not path.is_file():
            raise fail(f"{feed}: neither an http(s) URL nor a file of URLs")
        lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
        urls.extend(line for line in lines if line)
    return urls


def _stop_on_signals() -> threading.Event:
    stop = threading.Event()

    def handle(signum: int, _frame: object) -> None:
        logging.getLogger("newsevents.watch").info("stopping (%s)", signal.Signals(signum).name)
        stop.set()

    signal.signal(signal.SIGTERM, handle)
    signal.signal(signal.SIGINT, handle)
    return stop


@app.command()
def watch(feeds: Annotated[list[str], typer.Argument(help="Feed URLs (RSS or Atom), or files listing them.")],
          db: DbOpt = None,
          every: Annotated[str, typer.Option(help="Time between rounds: 15m, 30s, 1h.")] = "15m",
          rounds: Annotated[int | None, typer.Option(min=1, help="Stop after this many rounds.")] = None,
          timeout: Annotated[str, typer.Option(help="Time limit of one request.")] = "20s",
          max_size: Annotated[str, typer.Option("--max-size", help="Largest page fetched.")] = "5MB",
          per_host: Annotated[str, typer.Option("--per-host", help="Time between requests to one host.")] = "1s",
          max_tries: Annotated[int, typer.Option("--max-tries", min=1,
                                                 help="Rounds a failing page is tried.")] = 3,
          model: ModelOpt = None, actors: ActorsOpt = None, patterns: PatternsOpt = None,
          all_languages: AllLanguagesOpt = False) -> None:
    """Poll feeds every so often; fetch, code and store each new item's page, once.

    Conditional requests (ETag, Last-Modified), robots.txt, a pace per host, a time and a
    size limit. What was seen is kept in the store, so a restart fetches nothing twice.
    One log line per failure and per round; SIGTERM or Ctrl-C stops after the current item.

    Example:

        newsevents watch https://example.org/world/rss.xml feeds.txt --db events.duckdb --every 15m
    """
    from newsevents.store import Store
    from newsevents.store.backend import locate
    from newsevents.watch import Limits, Watcher, WatchOptions

    logging.basicConfig(stream=sys.stderr, level=logging.INFO, format="%(asctime)s newsevents watch: %(message)s")
    options = WatchOptions(
        limits=Limits(timeout=parse_duration(timeout), max_bytes=parse_size(max_size),
                      per_host=parse_duration(per_host)),
        every=parse_duration(every), rounds=rounds, max_tries=max_tries, skip_non_english=not all_languages,
        settings=pipeline_settings(model, actors, patterns))
    urls = feed_urls(feeds)
    stop = _stop_on_signals()
    try:
        with Store(locate(db)) as store:
            Watcher(store, urls, options, stop=stop).run()
    except NewsEventsError as err:
        raise fail(str(err)) from None
