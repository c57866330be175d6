"""Poll RSS/Atom feeds in rounds; fetch, extract, code and store each new item's page.

A round polls every feed with a conditional request (ETag, Last-Modified), takes the items
not seen before (or failed fewer than ``max_tries`` times), fetches each page within the
``Limits`` (robots.txt, per-host pace, time, size), extracts its text with trafilatura
(``ingest.html.parse_html``), de-duplicates it against the store, codes it and stores it:
the article, its events and the mark "item stored" in one transaction. Anything that goes
wrong with one feed or one page is one log line and a count; the round goes on.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

import feedparser

from newsevents.errors import FetchError, InputError
from newsevents.ingest.html import fetch_article
from newsevents.ingest.language import looks_english
from newsevents.ingest.records import ReadOptions
from newsevents.pipeline import Pipeline, Settings
from newsevents.records import Article
from newsevents.store import Store
from newsevents.watch.fetch import Fetcher, Limits
from newsevents.watch.state import Statement, Validators, WatchState

LOG = logging.getLogger("newsevents.watch")


@dataclass(frozen=True)
class WatchOptions:
    limits: Limits = field(default_factory=Limits)
    every: float = 900.0  # seconds from the start of one round to the start of the next
    rounds: int | None = None  # stop after this many rounds (None: until stopped)
    max_tries: int = 3  # a page that fails this many rounds is given up
    settings: Settings = field(default_factory=Settings)
    skip_non_english: bool = True


@dataclass
class RoundStats:
    """What one round did: items seen in the feeds, fetched, coded (stored), failed."""

    round: int
    feeds: int = 0
    seen: int = 0
    new: int = 0
    fetched: int = 0
    coded: int = 0
    duplicates: int = 0
    skipped: int = 0
    failed: int = 0
    events: int = 0
    started: float = field(default_factory=time.monotonic)

    def line(self) -> str:
        return (f"round {self.round}: {self.feeds} feeds, {self.seen} items seen, {self.new} new, "
                f"{self.fetched} fetched, {self.coded} coded, {self.duplicates} duplicates, "
                f"{self.skipped} not English, {self.failed} failed, {self.events} events "
                f"({time.monotonic() - self.started:.1f} s)")


@dataclass(frozen=True)
class Item:
    key: str
    link: str | None
    title: str | None
    date: date | None


def feed_items(body: bytes, feed_url: str) -> list[Item]:
    """The items of an RSS or Atom document; FetchError when it is not one."""
    parsed = feedparser.parse(body)
    if not parsed.entries:
        if parsed.get("bozo"):
            raise FetchError(feed_url, f"not an RSS or Atom feed ({parsed.get('bozo_exception')})")
        if not parsed.get("version"):
            raise FetchError(feed_url, "not an RSS or Atom feed")
    items = []
    for entry in parsed.entries:
        key = entry.get("id") or entry.get("link")
        if not key:
            continue
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        items.append(Item(str(key), entry.get("link"), entry.get("title"),
                          date(when.tm_year, when.tm_mon, when.tm_mday) if when else None))
    return items


class Watcher:
    """Rounds of polling over ``feeds`` into ``store``; ``stop`` ends the run between two items."""

    def __init__(self, store: Store, feeds: Sequence[str], options: WatchOptions | None = None, *,
                 pipeline: Pipeline | None = None, stop: threading.Event | None = None,
                 log: logging.Logger = LOG) -> None:
        self.store = store
        self.feeds = list(feeds)
        self.options = options or WatchOptions()
        self.stop = stop or threading.Event()
        self.log = log
        self.state = WatchState(store, self.options.max_tries)
        self.fetcher = Fetcher(self.options.limits)
        self._pipeline = pipeline

    def run(self) -> list[RoundStats]:
        """Rounds every ``options.every`` seconds until ``stop`` is set or ``options.rounds`` are done."""
        done: list[RoundStats] = []
        while not self.stop.is_set():
            started = time.monotonic()
            done.append(self.run_round(len(done) + 1))
            if self.options.rounds is not None and len(done) >= self.options.rounds:
                break
            self.stop.wait(max(0.0, self.options.every - (time.monotonic() - started)))
        return done

    def run_round(self, number: int) -> RoundStats:
        stats = RoundStats(number)
        for feed_url in self.feeds:
            if self.stop.is_set():
                break
            stats.feeds += 1
            try:
                self._poll(feed_url, stats)
            except FetchError as error:
                stats.failed += 1
                self.log.warning("feed %s", error)
        self.log.info("%s", stats.line())
        return stats

    def _poll(self, feed_url: str, stats: RoundStats) -> None:
        known = self.state.validators(feed_url)
        page = self.fetcher.get(feed_url, etag=known.etag, last_modified=known.last_modified)
        if page.status == 304:
            return
        items = feed_items(page.body, feed_url)
        stats.seen += len(items)
        todo = self.state.to_fetch([item.key for item in items])
        complete = True
        for item in items:
            if item.key not in todo:
                continue
            if self.stop.is_set():
                return  # the feed's validators stay as they were: its items are looked at again
            todo.discard(item.key)
            stats.new += 1
            complete &= self._take(item, feed_url, stats)
        if complete:  # a failed item is retried next round: the feed must not answer 304 then
            self.state.save_validators(feed_url, Validators(page.etag, page.last_modified))

    def _take(self, item: Item, feed_url: str, stats: RoundStats) -> bool:
        """Fetch, read, code and store one item; False when it failed and will be tried again."""
        try:
            article = self._fetch(item, feed_url)
            stats.fetched += 1
        except (FetchError, InputError) as error:
            stats.failed += 1
            last = self.state.failed(item.key, feed_url, item.link, str(error))
            self.log.warning("item %s%s", error, " (given up)" if last else "")
            return last
        mark = self.state.stored(item.key, feed_url, item.link)
        if self.options.skip_non_english and not looks_english(article.text):
            stats.skipped += 1
            self.store.write([], [], also=[mark])
            return True
        self._store(article, mark, stats)
        return True

    def _fetch(self, item: Item, feed_url: str) -> Article:
        if not item.link:
            raise FetchError(item.key, "feed item has no link")
        article = fetch_article(self.fetcher, item.link, ident=item.key, source_path=feed_url,
                                options=ReadOptions(default_date=item.date))
        return replace(article, url=item.link, title=article.title or item.title,
                       date=article.date or item.date)

    def _store(self, article: Article, mark: Statement, stats: RoundStats) -> None:
        [verdict] = self.store.judge([article])
        sightings: list[tuple[Any, ...]] = []
        coded: list[tuple[Article, Any]] = []
        if verdict.kind == "new":
            if self._pipeline is None:
                self._pipeline = Pipeline(self.options.settings)
            events = self._pipeline.code_article(verdict.article)
            coded.append((verdict.article, events))
            stats.events += len(events)
        elif verdict.sighting is not None:
            sightings.append(verdict.sighting)
        written = self.store.write(coded, sightings, also=[mark])
        stats.coded += written
        stats.duplicates += verdict.kind == "duplicate"
