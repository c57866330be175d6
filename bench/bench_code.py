"""How much does coding cost on top of parsing?  `python bench/bench_code.py [CORPUS.jsonl]`

Times, in one process and one run, (a) bare ``nlp.pipe`` over the corpus texts and
(b) everything newsevents does after the parse (actors, patterns, modality, dates,
places) over the same Docs, with the same model. Prints both and their ratio; the
machines are shared and noisy, so only the ratio means anything. Each timing is the
best of --repeat runs, by the wall clock and by the process's CPU time: on a loaded
machine the wall clock counts other programs' turns on the core, the CPU time does not.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from newsevents.ingest import iter_articles
from newsevents.pipeline import Pipeline, Settings
from newsevents.records import Article

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "voa-stories.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    pipeline = Pipeline(Settings(settle_heap=True))  # a benchmark times the CLI's settled process
    articles = [a for a in iter_articles([args.corpus]) if isinstance(a, Article)]
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    pipeline.code_article(articles[0])  # warm caches that are built lazily (gazetteer, dateparser)

    parse_s, code_s, parse_cpu, code_cpu, n_events = float("inf"), float("inf"), float("inf"), float("inf"), 0
    for _ in range(args.repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        docs = list(pipeline.nlp.pipe(texts, batch_size=pipeline.settings.batch_size))
        parse_s, parse_cpu = min(parse_s, time.perf_counter() - t0), min(parse_cpu, time.process_time() - c0)
        t0, c0 = time.perf_counter(), time.process_time()
        n_events = sum(len(pipeline.code_doc(doc, a)) for doc, a in zip(docs, articles, strict=True))
        code_s, code_cpu = min(code_s, time.perf_counter() - t0), min(code_cpu, time.process_time() - c0)

    print(f"corpus        {args.corpus.name}: {len(articles)} articles, {words:,} words, {n_events} events")
    print(f"bare nlp.pipe {parse_s:8.2f} s  {len(articles) / parse_s:7.1f} articles/s")
    print(f"coding after  {code_s:8.2f} s  (actors, patterns, modality, dates, places)")
    print(f"code + parse  {parse_s + code_s:8.2f} s  {len(articles) / (parse_s + code_s):7.1f} articles/s")
    print(f"ratio coding/parse = {code_s / parse_s:.3f}   throughput vs bare nlp.pipe = "
          f"{parse_s / (parse_s + code_s):.3f}")
    print(f"CPU time      parse {parse_cpu:.2f} s, coding {code_cpu:.2f} s: ratio coding/parse = "
          f"{code_cpu / parse_cpu:.3f}")


if __name__ == "__main__":
    main()
