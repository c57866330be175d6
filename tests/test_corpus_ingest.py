"""Ingesting a corpus: idempotent, duplicate files change nothing, non-English is skipped,
worker processes give the same database, and a run killed with SIGKILL resumes exactly."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

import newsevents
from newsevents.corpus import Ingest, IngestOptions
from newsevents.ingest import iter_articles
from newsevents.pipeline import Pipeline
from newsevents.store import Store

TABLES = ("articles", "events", "mentions", "sightings", "fingerprints", "lsh_bands", "event_keys")
FRENCH = ("Le président de la République a rencontré hier à Paris le chancelier allemand pour discuter de la "
          "guerre en Ukraine et des sanctions contre la Russie, a annoncé l'Elysée dans un communiqué.")


def corpus(shared: Path, folder: Path, n: int) -> Path:
    lines = (shared / "corpus" / "voa-stories.jsonl").read_text(encoding="utf-8").splitlines()[:n]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "voa.jsonl"
    path.write_text("\n".join(lines) + "\n" + json.dumps({"id": "fr", "text": FRENCH}) + "\n", encoding="utf-8")
    return path


def snapshot(db: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = duckdb.connect(str(db), read_only=True)
    out = {}
    for table in TABLES:
        columns = [r[0] for r in conn.execute(f"DESCRIBE {table}").fetchall() if r[0] != "ingested_at"]
        out[table] = sorted(conn.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall(), key=repr)
    conn.close()
    return out


def ingest(db: Path, sources: list[Path], pipeline: Pipeline | None, workers: int = 1) -> Ingest:
    with Store(db) as store:
        run = Ingest(store, IngestOptions(workers=workers, batch=3), pipeline=pipeline)
        run.run(iter_articles(sources))
    return run


def test_corpus_twice_and_with_copied_files_changes_no_count(shared: Path, tmp_path: Path,
                                                            pipeline: Pipeline) -> None:
    source = corpus(shared, tmp_path / "in", 6)
    db = tmp_path / "s.duckdb"
    first = ingest(db, [source], pipeline)
    assert (first.stats.new, first.stats.not_english) == (6, 1)
    before = snapshot(db)
    again = ingest(db, [source], pipeline)
    assert (again.stats.new, again.stats.already_stored) == (0, 6)
    assert snapshot(db) == before
    copy = tmp_path / "in" / "copy-of-voa.jsonl"
    copy.write_bytes(source.read_bytes())
    third = ingest(db, [tmp_path / "in"], pipeline)
    assert (third.stats.new, third.stats.duplicates) == (0, 6)
    after = snapshot(db)
    assert {t: len(after[t]) for t in ("articles", "events", "mentions")} == {
        t: len(before[t]) for t in ("articles", "events", "mentions")}
    assert {row[5] for row in after["sightings"]} == {"same"}


@pytest.mark.slow
def test_corpus_two_workers_give_the_same_database(shared: Path, tmp_path: Path) -> None:
    source = corpus(shared, tmp_path / "in", 8)
    ingest(tmp_path / "one.duckdb", [source], None)
    ingest(tmp_path / "two.duckdb", [source], None, workers=2)
    assert snapshot(tmp_path / "two.duckdb") == snapshot(tmp_path / "one.duckdb")


def command(source: Path, db: Path) -> list[str]:
    return [sys.executable, "-c", "from newsevents.cli import main; main()", "ingest", str(source), "--db",
            str(db), "--batch", "2", "--quiet"]


def frozen_package(folder: Path) -> dict[str, str]:
    """Run a copy of the package: the comparison must not see edits made to the tree meanwhile."""
    shutil.copytree(Path(newsevents.__file__).parent, folder / "newsevents",
                    ignore=shutil.ignore_patterns("__pycache__"))
    return {**os.environ, "PYTHONPATH": str(folder)}


@pytest.mark.slow
def test_corpus_killed_run_resumes_to_the_same_database(shared: Path, tmp_path: Path) -> None:
    """The real thing, a few times: SIGKILL at a random moment, run again, compare every table.
    bench/resume_check.py does the same 20 times on a bigger corpus."""
    source = corpus(shared, tmp_path / "in", 6)
    env = frozen_package(tmp_path / "src")
    reference = tmp_path / "reference.duckdb"
    t0 = time.perf_counter()
    subprocess.run(command(source, reference), check=True, capture_output=True, env=env)
    full = time.perf_counter() - t0
    expected = snapshot(reference)
    rng = random.Random(7)
    for attempt in range(2):
        db = tmp_path / f"killed{attempt}.duckdb"
        proc = subprocess.Popen(command(source, db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        time.sleep(rng.uniform(0.6, 0.9) * full)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        subprocess.run(command(source, db), check=True, capture_output=True, env=env)
        assert snapshot(db) == expected
