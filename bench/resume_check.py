"""Kill `newsevents ingest` at a random moment, run it again, compare with an uninterrupted run.

    python bench/resume_check.py [--runs 20] [--articles 40] [--workers 1]

Builds a small corpus (the first --articles VOA stories, plus a copy of a few of them under
other ids so that sightings are exercised), ingests it once without interruption, then
--runs times: starts the same command on a fresh file, sends SIGKILL after a random delay
(between 0.5 s and the uninterrupted run's duration), runs the command again to the end,
and compares every table with the uninterrupted run's (all columns but `ingested_at`,
which is a wall-clock time). Prints one line a run and exits 1 on any difference.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "voa-stories.jsonl"
PACKAGE = Path(__file__).resolve().parents[1] / "src" / "newsevents"
TABLES = ("articles", "events", "mentions", "sightings", "fingerprints", "lsh_bands", "event_keys", "meta")


def build_corpus(folder: Path, n: int) -> list[Path]:
    """Two files: n stories, and a second file repeating a few of them under new ids."""
    lines = CORPUS.read_text(encoding="utf-8").splitlines()[:n]
    main = folder / "stories.jsonl"
    main.write_text("\n".join(lines) + "\n", encoding="utf-8")
    copies = []
    for line in lines[: max(2, n // 10)]:
        record = json.loads(line)
        record["id"] = f"copy-{record['id']}"
        record["url"] = None
        copies.append(json.dumps(record))
    extra = folder / "syndicated.jsonl"
    extra.write_text("\n".join(copies) + "\n", encoding="utf-8")
    return [main, extra]


def freeze(folder: Path) -> dict[str, str]:
    """A copy of the package, so that edits to the working tree during the check change nothing;
    the environment that runs it."""
    shutil.copytree(PACKAGE, folder / "newsevents", ignore=shutil.ignore_patterns("__pycache__"))
    return {**os.environ, "PYTHONPATH": str(folder)}


def command(files: list[Path], db: Path, workers: int) -> list[str]:
    return [sys.executable, "-c", "from newsevents.cli import main; main()", "ingest", *map(str, files),
            "--db", str(db), "--batch", "4", "--quiet", "--workers", str(workers)]


def snapshot(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows, sorted, without wall-clock columns."""
    conn = duckdb.connect(str(db), read_only=True)
    out = {}
    for table in TABLES:
        columns = [r[0] for r in conn.execute(f"DESCRIBE {table}").fetchall() if r[0] != "ingested_at"]
        rows = conn.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
        out[table] = sorted(rows, key=repr)
    conn.close()
    return out


def killed_then_resumed(files: list[Path], db: Path, workers: int, delay: float, env: dict[str, str]) -> bool:
    """True if the process was still running when killed."""
    proc = subprocess.Popen(command(files, db, workers), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env=env)
    time.sleep(delay)
    was_running = proc.poll() is None
    if was_running:
        proc.send_signal(signal.SIGKILL)
    proc.wait()
    subprocess.run(command(files, db, workers), check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env=env)
    return was_running


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--articles", type=int, default=40)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--seed", type=int, default=None)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="resume-check-") as tmp:
        folder = Path(tmp)
        files = build_corpus(folder, args.articles)
        env = freeze(folder / "src")
        reference = folder / "reference.duckdb"
        t0 = time.perf_counter()
        subprocess.run(command(files, reference, args.workers), check=True, stderr=subprocess.DEVNULL, env=env)
        full = time.perf_counter() - t0
        expected = snapshot(reference)
        counts = {t: len(rows) for t, rows in expected.items()}
        print(f"uninterrupted run: {full:.1f} s; rows: {counts}")
        failures = 0
        for run in range(1, args.runs + 1):
            db = folder / f"run{run}.duckdb"
            delay = rng.uniform(0.5, full)
            killed = killed_then_resumed(files, db, args.workers, delay, env)
            got = snapshot(db)
            diff = [t for t in TABLES if got[t] != expected[t]]
            failures += bool(diff)
            state = "killed" if killed else "finished before the kill"
            verdict = "DIFFERS in " + ", ".join(diff) if diff else "identical"
            print(f"run {run:2d}: {state} at {delay:5.1f} s, resumed: {verdict}")
            db.unlink()
        print(f"{args.runs - failures}/{args.runs} identical to the uninterrupted run")
        return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
