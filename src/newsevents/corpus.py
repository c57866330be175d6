"""Ingest a corpus into the store: read, screen out duplicates and non-English, code, write.

The flow, for a stream of articles of any size (nothing is held but the batches in flight):

    read ──▶ language check ──▶ de-duplication (Store.judge) ──▶ coding ──▶ Store.write
                                    (parent)                   (here, or N worker processes)

The parent process is the only one that touches the DuckDB file. Articles are taken in
batches of ``batch`` and each batch is written in one transaction, in input order, so
the store always holds a prefix of the input's decisions. That is what makes a run
resumable: kill it at any moment, run the same command again, and the articles already
written are recognised (``Verdict.kind == "stored"``) and skipped, the rest are coded,
and the file ends exactly as an uninterrupted run leaves it (``bench/resume_check.py``).

With ``workers > 1`` each batch is coded in a worker process, which builds its own
``Pipeline`` once (``_worker_pipeline``); at most ``2 * workers`` batches are in flight.
With ``dask`` (``local:N`` or a scheduler address) the batches are coded on a Dask cluster
instead (``newsevents.cluster``), written back here in the same order.
"""

from __future__ import annotations

import dataclasses
import functools
import multiprocessing
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.pool import AsyncResult
from pathlib import Path
from typing import Any

from newsevents.errors import InputError
from newsevents.ingest.language import looks_english
from newsevents.pipeline import Pipeline, Settings
from newsevents.records import Article, Event
from newsevents.store import Store

Coded = list[tuple[Article, list[Event]]]


@dataclass
class IngestStats:
    """What a run did; ``read`` = new + duplicates + already_stored + not_english."""

    read: int = 0
    new: int = 0
    duplicates: int = 0
    already_stored: int = 0
    not_english: int = 0
    failed: int = 0
    events: int = 0
    started: float = field(default_factory=time.perf_counter)
    phase: str = "reading"  # reading, screening, coding, writing, done
    coded: int = 0  # articles coded so far (written or about to be)
    total: int | None = None  # articles expected, when the inputs tell (for the ETA)
    interrupted: bool = False  # stopped by Ctrl-C: what was written before is committed

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.started

    @property
    def rate(self) -> float:
        """Articles read per second so far."""
        return self.read / self.seconds if self.seconds > 0 else 0.0

    @property
    def done(self) -> int:
        """Articles finished: coded, or skipped as duplicates, stored or not English."""
        return self.coded + self.duplicates + self.already_stored + self.not_english

    @property
    def eta(self) -> float | None:
        """Seconds left at the rate so far, when the number of articles is known."""
        if self.total is None or self.done == 0:
            return None
        return max(self.total - self.done, 0) * self.seconds / self.done

    def describe(self) -> str:
        """One progress line: phase, counts, rate and time left."""
        rate = self.done / self.seconds if self.seconds > 0 else 0.0
        of = f"/{self.total}" if self.total is not None else ""
        eta = f", ETA {_clock(self.eta)}" if self.eta is not None else ""
        return (f"{self.phase}: {self.done}{of} articles ({self.new} new, {self.duplicates} duplicates, "
                f"{self.events} events); {rate:.1f} articles/s{eta}")


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


@dataclass(frozen=True)
class IngestOptions:
    settings: Settings = field(default_factory=Settings)
    workers: int = 1
    batch: int = 50
    skip_non_english: bool = True
    #: Code on a Dask cluster: ``local:N`` workers, or a scheduler address (``tcp://host:8786``).
    dask: str | None = None
    #: With ``dask``: workers write coded batches as Parquet shards here, merged at the end
    #: (``newsevents.shards``); for corpora larger than memory.
    shards: str | None = None

    def __post_init__(self) -> None:
        if self.shards and not self.dask:
            raise ValueError("shards are written by Dask workers: give dask too (or call Ingest.merge_shards)")


@functools.cache
def _worker_pipeline(settings: Settings) -> Pipeline:
    """One Pipeline per worker process, built on its first batch."""
    return Pipeline(settings)


def _code_batch(settings: Settings, articles: list[Article]) -> Coded:
    return list(_worker_pipeline(settings).code_articles(articles))


def _renamed(events: dict[str, list[Event]], article: Article) -> list[Event]:
    """The events of an article that de-duplication renamed (``<id>~<hash>``), under its new id."""
    original = article.id.rsplit("~", 1)[0]
    return [dataclasses.replace(e, doc_id=article.id) for e in events.get(original, [])]


def batched(items: Iterable[Article | InputError], size: int, stats: IngestStats,
            on_error: Callable[[InputError], None]) -> Iterator[list[Article]]:
    """Articles in lists of ``size``; errors go to ``on_error`` and are counted."""
    chunk: list[Article] = []
    for item in items:
        if isinstance(item, InputError):
            stats.failed += 1
            on_error(item)
            continue
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class Ingest:
    """One ingest run into one store."""

    def __init__(self, store: Store, options: IngestOptions | None = None, *,
                 pipeline: Pipeline | None = None,
                 on_progress: Callable[[IngestStats], None] | None = None,
                 on_error: Callable[[InputError], None] | None = None) -> None:
        self.store = store
        self.options = options or IngestOptions()
        self._pipeline = pipeline
        self._on_progress = on_progress or (lambda _stats: None)
        self._on_error = on_error or (lambda _error: None)
        self.stats = IngestStats()

    def run(self, items: Iterable[Article | InputError]) -> IngestStats:
        if self.options.shards:
            return self._run_shards(items)
        batches = (self._screen(chunk) for chunk in batched(items, self.options.batch, self.stats, self._on_error))
        if self.options.dask:
            from newsevents.cluster import code_on_cluster, connect

            with connect(self.options.dask, self.options.settings) as client:
                code_on_cluster(client, batches, self._write)
        elif self.options.workers > 1:
            self._run_pool(batches)
        else:
            for new, sightings in batches:
                if new and self._pipeline is None:  # built only when there is something to code
                    self._pipeline = Pipeline(self.options.settings)
                coded = list(self._code(self._pipeline, new)) if self._pipeline and new else []
                self._write(coded, sightings)
        self.stats.phase = "done"
        return self.stats

    def _code(self, pipeline: Pipeline, articles: list[Article]) -> Iterator[tuple[Article, list[Event]]]:
        """Code in this process, reporting progress after each article."""
        self.stats.phase = "coding"
        for pair in pipeline.code_articles(articles, on_error=self._coding_failed):
            self.stats.coded += 1
            self._on_progress(self.stats)
            yield pair

    def _coding_failed(self, error: InputError) -> None:
        """An article that could not be coded: counted and reported; it is not stored, so a later run retries it."""
        self.stats.failed += 1
        self._on_error(error)

    def _run_shards(self, items: Iterable[Article | InputError]) -> IngestStats:
        """Code every English article into shards on the cluster, then merge them into the store."""
        from newsevents.cluster import connect, shard_on_cluster

        folder = Path(self.options.shards or ".")
        chunks = (self._english(chunk) for chunk in batched(items, self.options.batch, self.stats, self._on_error))
        with connect(self.options.dask or "local:1", self.options.settings) as client:
            shard_on_cluster(client, chunks, folder)
        return self.merge_shards(folder)

    def merge_shards(self, folder: Path) -> IngestStats:
        """Load the shards of ``folder`` in batch order, with the de-duplication of ``ingest``."""
        from newsevents.shards import read_shard, shards

        for path in shards(folder):
            coded = read_shard(path)
            events = {article.id: found for article, found in coded}
            new, sightings = self._judge([article for article, _ in coded])
            self._write([(a, events[a.id] if a.id in events else _renamed(events, a)) for a in new], sightings)
        return self.stats

    def _english(self, chunk: list[Article]) -> list[Article]:
        self.stats.phase = "screening"
        self.stats.read += len(chunk)
        english = [a for a in chunk if looks_english(a.text)] if self.options.skip_non_english else chunk
        self.stats.not_english += len(chunk) - len(english)
        return english

    def _screen(self, chunk: list[Article]) -> tuple[list[Article], list[tuple[Any, ...]]]:
        return self._judge(self._english(chunk))

    def _judge(self, english: list[Article]) -> tuple[list[Article], list[tuple[Any, ...]]]:
        stats = self.stats
        new: list[Article] = []
        sightings: list[tuple[Any, ...]] = []
        for verdict in self.store.judge(english):
            if verdict.kind == "new":
                new.append(verdict.article)
            elif verdict.kind == "stored":
                stats.already_stored += 1
            else:
                stats.duplicates += 1
                if verdict.sighting is not None:
                    sightings.append(verdict.sighting)
        return new, sightings

    def _write(self, coded: Coded, sightings: Sequence[tuple[Any, ...]]) -> None:
        self.stats.phase = "writing"
        if self.options.workers > 1 or self.options.dask or self.options.shards:  # coded elsewhere
            self.stats.coded += len(coded)
        self.stats.new += self.store.write(coded, sightings)
        self.stats.events += sum(len(events) for _, events in coded)
        self._on_progress(self.stats)

    def _run_pool(self, batches: Iterator[tuple[list[Article], list[tuple[Any, ...]]]]) -> None:
        settings = self.options.settings
        in_flight: deque[tuple[AsyncResult[Coded], list[tuple[Any, ...]]]] = deque()
        context = multiprocessing.get_context("spawn")  # workers do not inherit the DuckDB connection
        with context.Pool(self.options.workers) as pool:
            for new, sightings in batches:
                in_flight.append((pool.apply_async(_code_batch, (settings, new)), sightings))
                while len(in_flight) > 2 * self.options.workers:
                    result, waiting = in_flight.popleft()
                    self._write(result.get(), waiting)
            while in_flight:
                result, waiting = in_flight.popleft()
                self._write(result.get(), waiting)
