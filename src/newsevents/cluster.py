"""Coding on a Dask cluster: ``newsevents ingest ... --dask local:N`` or ``--dask tcp://HOST:8786``.

Each Dask worker builds the ``Pipeline`` once, when it joins (``PipelinePlugin``, a worker
plugin: a worker that is restarted builds it again), and codes batches of articles. The
ingest process stays the only writer: it reads, screens out duplicates, submits each batch
as one task and writes the coded batches back in input order (``Ingest``, corpus.py), so the
store ends exactly as a single-process run leaves it. At most ``2 x workers`` batches are in
flight, so a corpus of any size streams through in bounded memory. A worker that dies
mid-run loses nothing: the scheduler runs its tasks again on another worker, and since
only the writer stores, no article is stored twice.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from distributed import Client, Future, LocalCluster, WorkerPlugin, get_worker

from newsevents.errors import NewsEventsError
from newsevents.pipeline import Pipeline, Settings
from newsevents.records import Article, Event
from newsevents.shards import shard_path

PLUGIN_NAME = "newsevents-pipeline"

Coded = list[tuple[Article, list[Event]]]
Screened = tuple[list[Article], list[tuple[Any, ...]]]


class ClusterError(NewsEventsError):
    """The Dask cluster could not be started or reached."""


class PipelinePlugin(WorkerPlugin):
    """Builds one Pipeline on each worker as it starts; ``code_batch`` uses it."""

    name = PLUGIN_NAME

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.pipeline: Pipeline | None = None

    def setup(self, worker: Any) -> None:
        self.pipeline = Pipeline(self.settings)


def code_batch(articles: list[Article]) -> Coded:
    """The task: code one batch with the worker's Pipeline."""
    plugin = get_worker().plugins[PLUGIN_NAME]
    assert isinstance(plugin, PipelinePlugin) and plugin.pipeline is not None
    return list(plugin.pipeline.code_articles(articles))


def code_batch_to_shard(articles: list[Article], path: str) -> str:
    """The task with shards: code one batch, write it as a Parquet shard, return the shard's path."""
    from newsevents.shards import write_shard

    return str(write_shard(Path(path), code_batch(articles)))


def parse_spec(spec: str) -> int | str:
    """``local:N`` -> N workers on this machine; ``tcp://host:port`` (or ``host:port``) -> that scheduler."""
    if spec.startswith("local:"):
        count = spec.removeprefix("local:")
        if not count.isdigit() or int(count) < 1:
            raise ClusterError(f"--dask {spec!r}: write local:N with N >= 1 workers")
        return int(count)
    if "://" in spec or ":" in spec:
        return spec
    raise ClusterError(f"--dask {spec!r}: give local:N or a scheduler address such as tcp://host:8786")


@contextmanager
def connect(spec: str, settings: Settings) -> Iterator[Client]:
    """A client of the cluster ``spec``, each of whose workers has the Pipeline plugin."""
    target = parse_spec(spec)
    cluster: LocalCluster | None = None
    try:
        if isinstance(target, int):
            cluster = LocalCluster(n_workers=target, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=logging.ERROR)
            client = Client(cluster)
        else:
            client = Client(target, timeout="30s")
    except (OSError, TimeoutError, ValueError) as e:
        if cluster is not None:
            cluster.close()
        raise ClusterError(f"cannot reach the Dask cluster {spec}: {e}") from e
    try:
        client.register_plugin(PipelinePlugin(settings), name=PLUGIN_NAME)
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def workers_of(client: Client) -> int:
    return max(1, len(client.scheduler_info(n_workers=-1).get("workers", {})))


def code_on_cluster(client: Client, batches: Iterator[Screened], write: Callable[[Coded, list[Any]], None],
                    in_flight_per_worker: int = 2) -> None:
    """Submit each screened batch; write the results in input order, keeping a bounded number in flight."""
    in_flight: deque[tuple[Future[Coded] | None, list[Any]]] = deque()
    limit = in_flight_per_worker * workers_of(client)
    for new, sightings in batches:
        in_flight.append((client.submit(code_batch, new, pure=False) if new else None, sightings))
        while len(in_flight) > limit:
            _write_next(in_flight, write)
    while in_flight:
        _write_next(in_flight, write)


def shard_on_cluster(client: Client, batches: Iterator[list[Article]], folder: Path,
                     in_flight_per_worker: int = 2) -> int:
    """Code every batch into a shard of ``folder``; return how many shards. Only paths come back."""
    in_flight: deque[Future[str]] = deque()
    limit = in_flight_per_worker * workers_of(client)
    count = 0
    for number, articles in enumerate(batches):
        if articles:
            in_flight.append(client.submit(code_batch_to_shard, articles, str(shard_path(folder, number)), pure=False))
            count += 1
        while len(in_flight) > limit:
            in_flight.popleft().result()
    while in_flight:
        in_flight.popleft().result()
    return count


def _write_next(in_flight: deque[tuple[Future[Coded] | None, list[Any]]],
                write: Callable[[Coded, list[Any]], None]) -> None:
    future, sightings = in_flight.popleft()
    write(future.result() if future is not None else [], sightings)
