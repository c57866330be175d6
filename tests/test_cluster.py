"""Coding on a Dask cluster: the store ends as a single-process run leaves it, even when a worker
is killed mid-run; the --dask option of `ingest`."""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from newsevents.cluster import ClusterError, parse_spec
from newsevents.corpus import Ingest, IngestOptions, IngestStats
from newsevents.ingest import iter_articles
from newsevents.pipeline import Pipeline
from newsevents.store import Store

TABLES = {"articles": "* EXCLUDE (ingested_at)", "events": "*", "mentions": "*", "event_keys": "*",
          "sightings": "*", "fingerprints": "*", "lsh_bands": "*"}


def tables(path: Path) -> dict[str, list[Any]]:
    """Every row of every table but the time of storing, in a fixed order."""
    with Store(path, read_only=True) as store:
        return {t: store.connection.execute(f"SELECT {cols} FROM {t} ORDER BY ALL").fetchall()
                for t, cols in TABLES.items()}


def _corpus(shared: Path, tmp_path: Path, n: int) -> Path:
    """The first ``n`` VOA stories, and the first two again under other ids (duplicates to record)."""
    lines = (shared / "corpus" / "voa-stories.jsonl").read_text(encoding="utf-8").splitlines()
    copies = [json.dumps({**json.loads(line), "id": f"copy-{i}"}) for i, line in enumerate(lines[:2])]
    path = tmp_path / "voa.jsonl"
    path.write_text("\n".join(itertools.chain(lines[:n], copies)) + "\n", encoding="utf-8")
    return path


def _single_run(pipeline: Pipeline, source: Path, db: Path, batch: int) -> None:
    with Store(db) as store:
        Ingest(store, IngestOptions(batch=batch), pipeline=pipeline).run(iter_articles([str(source)]))


@pytest.mark.parametrize("spec", ["local:0", "local:x", "cluster"])
def test_cluster_bad_spec_says_what_to_write(spec: str) -> None:
    with pytest.raises(ClusterError, match="local:N"):
        parse_spec(spec)


def test_cluster_spec_names_workers_or_a_scheduler() -> None:
    assert parse_spec("local:4") == 4
    assert parse_spec("tcp://10.0.0.5:8786") == "tcp://10.0.0.5:8786"


@pytest.mark.slow
def test_cluster_a_worker_killed_mid_run_loses_nothing_and_stores_nothing_twice(
        shared: Path, tmp_path: Path, pipeline: Pipeline) -> None:
    from distributed import Client, LocalCluster

    source = _corpus(shared, tmp_path, 15)
    _single_run(pipeline, source, tmp_path / "single.duckdb", batch=3)
    killed: list[int] = []
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as watcher:

        def kill_one_worker(stats: IngestStats) -> None:
            if not killed:  # the first batch is written; the others are in flight on both workers
                pid = next(iter(watcher.run(os.getpid).values()))
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)

        with Store(tmp_path / "dask.duckdb") as store:
            options = IngestOptions(batch=3, dask=cluster.scheduler_address)
            stats = Ingest(store, options, on_progress=kill_one_worker).run(iter_articles([str(source)]))
        assert killed and killed[0] not in watcher.run(os.getpid).values()  # that worker is gone
    assert (stats.new, stats.duplicates) == (15, 2)
    assert tables(tmp_path / "dask.duckdb") == tables(tmp_path / "single.duckdb")


@pytest.mark.slow
def test_cluster_ingest_dask_local_with_parquet_shards_stores_what_one_process_stores(
        shared: Path, tmp_path: Path, pipeline: Pipeline) -> None:
    source = _corpus(shared, tmp_path, 6)
    _single_run(pipeline, source, tmp_path / "single.duckdb", batch=2)
    command = [str(Path(sys.executable).with_name("newsevents")), "ingest", str(source), "--db",
               str(tmp_path / "dask.duckdb"), "--dask", "local:1", "--batch", "2", "--quiet",
               "--shards", str(tmp_path / "shards")]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert "6 new articles" in result.stderr and "2 duplicates" in result.stderr
    assert len(list((tmp_path / "shards").glob("shard-*.parquet"))) == 4  # 8 articles, 2 a batch
    assert tables(tmp_path / "dask.duckdb") == tables(tmp_path / "single.duckdb")
    with Store(tmp_path / "dask.duckdb") as store:  # merging the shards again changes nothing
        again = Ingest(store).merge_shards(tmp_path / "shards")
    assert (again.new, again.already_stored) == (0, 6)
    assert tables(tmp_path / "dask.duckdb") == tables(tmp_path / "single.duckdb")


def test_cluster_shards_need_dask(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from newsevents.cli import app

    with pytest.raises(ValueError, match="give dask"):
        IngestOptions(shards=str(tmp_path))
    result = CliRunner().invoke(app, ["ingest", str(tmp_path), "--db", str(tmp_path / "x.duckdb"),
                                      "--shards", str(tmp_path / "shards")])
    assert result.exit_code == 2 and "--shards needs --dask" in result.stderr
