"""Ingest throughput and memory: `python bench/bench_ingest.py [--articles 2000] [--workers 2]`

Builds a corpus of --articles stories by repeating ../shared/corpus/voa-stories.jsonl:
copy k of story i gets the id ``<id>-c<k>``, its URL gets ``?copy=<k>``, and one sentence
is appended ("Copy <k> of this story was filed under reference <k>-<i>.") so that its
normalised text, and so its content hash, is unique. Such copies are near-duplicates by
design (Jaccard ~0.97), so the run sets the near-duplicate threshold above 1: MinHash
signatures are still computed, stored and looked up for every article (the cost is
measured), but no copy is dropped.

In one process and one run it times (a) bare ``nlp.pipe`` over the same texts with the
same model and batch size, (b) ``Ingest`` into a fresh DuckDB file with one process, and
(c) with --workers processes (model loading in the workers included). It prints articles
per second, the ratios, and peak resident memory (this process; and the largest worker).
``--only ingest`` runs (b) alone in a fresh process, to compare peak memory across sizes.
The machines are shared and noisy: only the ratios mean much.
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from newsevents.corpus import Ingest, IngestOptions
from newsevents.ingest import iter_articles
from newsevents.pipeline import Pipeline, Settings
from newsevents.records import Article
from newsevents.store import Store

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "voa-stories.jsonl"


def build(path: Path, n: int) -> None:
    stories = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            k, story = divmod(i, len(stories))
            record = dict(stories[story])
            record["id"] = f"{record['id']}-c{k}"
            record["url"] = f"{record.get('url') or 'https://example.org/' + str(story)}?copy={k}"
            record["text"] = f"{record['text']}\nCopy {k} of this story was filed under reference {k}-{i}."
            out.write(json.dumps(record) + "\n")


def articles(path: Path) -> Iterator[Article]:
    return (a for a in iter_articles([path]) if isinstance(a, Article))


def peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def ingest(path: Path, db: Path, pipeline: Pipeline | None, workers: int) -> tuple[float, int]:
    with Store(db) as store:
        store.screen.near_threshold = 1.01  # copies are near-duplicates by design: see the docstring
        run = Ingest(store, IngestOptions(workers=workers, batch=50), pipeline=pipeline)
        t0 = time.perf_counter()
        stats = run.run(iter_articles([path]))
        seconds = time.perf_counter() - t0
        assert stats.new == stats.read, f"only {stats.new} of {stats.read} stored"
    return seconds, stats.new


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--only", choices=["all", "ingest"], default="all")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        build(corpus, args.articles)
        pipeline = Pipeline(Settings(settle_heap=True))  # a benchmark times the CLI's settled process
        pipeline.code_article(next(articles(corpus)))  # warm lazy caches (gazetteer, dateparser)
        print(f"corpus: {args.articles} articles ({corpus.stat().st_size / 1e6:.1f} MB); start RSS "
              f"{peak_mb():.0f} MB")
        if args.only == "all":
            t0 = time.perf_counter()
            n = sum(1 for _ in pipeline.nlp.pipe((a.text for a in articles(corpus)),
                                                 batch_size=pipeline.settings.batch_size))
            bare = n / (time.perf_counter() - t0)
            print(f"bare nlp.pipe      {bare:7.2f} articles/s")
        seconds, n = ingest(corpus, Path(tmp) / "one.duckdb", pipeline, 1)
        single = n / seconds
        print(f"ingest, 1 process  {single:7.2f} articles/s  peak RSS {peak_mb():.0f} MB")
        if args.only == "all":
            print(f"ratio ingest / bare nlp.pipe = {single / bare:.3f}")
            seconds, n = ingest(corpus, Path(tmp) / "many.duckdb", None, args.workers)
            many = n / seconds
            print(f"ingest, {args.workers} workers  {many:7.2f} articles/s  peak RSS parent {peak_mb():.0f} MB, "
                  f"largest worker {peak_mb(resource.RUSAGE_CHILDREN):.0f} MB")
            print(f"speed-up {args.workers} workers / 1 process = {many / single:.2f}x")


if __name__ == "__main__":
    main()
