"""Dask throughput: `python bench/bench_dask.py [--articles 2000] [--workers 1 2] [--batch 20]`

The VOA corpus is repeated to --articles distinct articles (each copy gets its own id, URL
and closing line, so that de-duplication keeps it; near-duplicate detection is off). The
corpus is ingested into a fresh DuckDB file (a) by one plain process, then (b) with
``--dask local:N`` for each N of --workers. For each run it prints the wall time, the
steady rate (articles per second between the first and the last batch written, so the
start of the cluster and the loading of the model on each worker are left out), the
memory (RSS) of each Dask worker at the end, and whether every table equals the plain
run's. The machines are shared: give the load average beside the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from newsevents.corpus import Ingest, IngestOptions, IngestStats
from newsevents.ingest import iter_articles
from newsevents.store import Store

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "voa-stories.jsonl"
TABLES = {"articles": "* EXCLUDE (ingested_at)", "events": "*", "mentions": "*", "event_keys": "*",
          "sightings": "*", "fingerprints": "*", "lsh_bands": "*"}


def repeated_corpus(source: Path, n: int, out: Path) -> Path:
    """``n`` articles: the corpus over and over, each copy with its own id and closing line."""
    stories = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    with out.open("w", encoding="utf-8") as f:
        for i in range(n):
            story = dict(stories[i % len(stories)])
            copy = i // len(stories)
            story["id"] = f"{story['id']}-copy{copy}"
            story["text"] = f"{story['text']}\n\nArchive copy {copy} of this story."
            story["url"] = f"{story.get('url') or 'https://example.org/' + story['id']}/copy{copy}"
            f.write(json.dumps(story) + "\n")
    return out


def tables(db: Path) -> dict[str, list[Any]]:
    with Store(db, read_only=True) as store:
        return {t: store.connection.execute(f"SELECT {c} FROM {t} ORDER BY ALL").fetchall() for t, c in TABLES.items()}


class Clock:
    """Times of the batches written, for the steady rate."""

    def __init__(self) -> None:
        self.marks: list[tuple[float, int]] = []

    def __call__(self, stats: IngestStats) -> None:
        self.marks.append((time.perf_counter(), stats.read))

    def steady_rate(self) -> float:
        (t0, n0), (t1, n1) = self.marks[0], self.marks[-1]
        return (n1 - n0) / (t1 - t0) if t1 > t0 else float("nan")


def run(corpus: Path, db: Path, batch: int, workers: int | None) -> dict[str, Any]:
    clock = Clock()
    memory: list[float] = []
    started = time.perf_counter()
    with Store(db) as store:
        store.screen.near_threshold = 1.01  # the copies are near-duplicates on purpose
        if workers is None:
            Ingest(store, IngestOptions(batch=batch), on_progress=clock).run(iter_articles([str(corpus)]))
        else:
            from distributed import Client, LocalCluster

            with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                              dashboard_address=None) as cluster, Client(cluster) as client:
                options = IngestOptions(batch=batch, dask=cluster.scheduler_address)
                Ingest(store, options, on_progress=clock).run(iter_articles([str(corpus)]))
                memory = [rss / 2**20 for rss in client.run(_rss).values()]
    return {"wall_s": time.perf_counter() - started, "steady_rate": clock.steady_rate(), "worker_rss_mib": memory}


def _rss() -> int:
    import psutil

    return int(psutil.Process().memory_info().rss)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--batch", type=int, default=20)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus = repeated_corpus(args.corpus, args.articles, folder / "corpus.jsonl")
        print(f"{args.articles} articles, batch {args.batch}, load average {os.getloadavg()[0]:.1f}", flush=True)
        plain = run(corpus, folder / "plain.duckdb", args.batch, None)
        with Store(folder / "plain.duckdb", read_only=True) as store:
            stored = store.count_articles()
        print(f"plain process: {plain['wall_s']:.0f} s wall, {plain['steady_rate']:.2f} articles/s steady, "
              f"{stored} articles stored", flush=True)
        expected = tables(folder / "plain.duckdb")
        rates: dict[int, float] = {}
        for n in args.workers:
            result = run(corpus, folder / f"dask{n}.duckdb", args.batch, n)
            rates[n] = result["steady_rate"]
            same = tables(folder / f"dask{n}.duckdb") == expected
            rss = ", ".join(f"{m:.0f}" for m in result["worker_rss_mib"])
            print(f"--dask local:{n}: {result['wall_s']:.0f} s wall, {result['steady_rate']:.2f} articles/s steady, "
                  f"worker RSS {rss} MiB, tables equal to the plain run: {same}", flush=True)
        if 1 in rates and 2 in rates:
            print(f"throughput local:2 / local:1 = {rates[2] / rates[1]:.2f} "
                  f"(load average now {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
