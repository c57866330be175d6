"""Coded batches as Parquet shards, for corpora larger than memory: code now, load later.

With ``ingest --dask ... --shards DIR`` the workers write each coded batch to
``DIR/shard-<batch number>.parquet`` and hand back only its path, so neither the cluster nor
the ingest process holds results. The merge step (``Ingest.merge_shards``, run at the end of
the same command, or again later with ``--shards DIR`` and no input) loads the shards in
batch order through the same de-duplication as ``ingest``: an article judged a duplicate
then is recorded as a sighting and its events are dropped, so the store ends as a
single-process run leaves it. Merging twice changes nothing.

A shard holds one row per article: its id, its number of events (both for reading the
shard with any Parquet tool) and the pickled (Article, [Event]) pair, which round-trips
every field exactly. Shards are an intermediate format between a run's own processes.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterator, Sequence
from pathlib import Path

import pyarrow
import pyarrow.parquet

from newsevents.records import Article, Event

Coded = list[tuple[Article, list[Event]]]
PATTERN = "shard-*.parquet"


def shard_path(folder: Path, number: int) -> Path:
    return folder / f"shard-{number:08d}.parquet"


def write_shard(path: Path, coded: Sequence[tuple[Article, list[Event]]]) -> Path:
    """One Parquet file for one coded batch; written under a temporary name, then renamed,
    so that a shard that exists is complete."""
    table = pyarrow.table({
        "doc_id": [article.id for article, _ in coded],
        "n_events": pyarrow.array([len(events) for _, events in coded], pyarrow.int32()),
        "coded": pyarrow.array([pickle.dumps(pair, protocol=5) for pair in coded], pyarrow.binary()),
    })
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    pyarrow.parquet.write_table(table, partial)
    partial.replace(path)
    return path


def read_shard(path: Path) -> Coded:
    column = pyarrow.parquet.read_table(path, columns=["coded"]).column("coded")
    return [pickle.loads(value) for value in column.to_pylist()]  # only shards this program wrote


def shards(folder: Path) -> Iterator[Path]:
    """The folder's shards in batch order."""
    yield from sorted(folder.glob(PATTERN))
