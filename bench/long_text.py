"""Long articles: time per character and peak memory for ordinary and pathological text.

Three kinds of text, each cut to the sizes asked for (default 10k, 100k and 1M characters):

- ordinary: VOA stories (../shared/corpus/voa-stories.jsonl) one after another;
- one-sentence: the same text with every sentence end turned into a comma: one sentence;
- repeated: one sentence of the corpus repeated.

Each case runs in a fresh process (the model loaded first, not timed), so that its peak
resident memory is its own. The table gives seconds, microseconds per character, the ratio
of that to the 10k case of the same kind, events, and peak memory.

    .venv/bin/python bench/long_text.py                      # the full table (minutes)
    .venv/bin/python bench/long_text.py --sizes 10000 100000 # a quicker look
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "voa-stories.jsonl"
KINDS = ("ordinary", "one-sentence", "repeated")
REPEATED = "Nigerian soldiers killed 11 militants in an attack near Maiduguri on Tuesday, the army said. "


def make_text(kind: str, size: int) -> str:
    """``size`` characters of the kind of text asked for."""
    if kind == "repeated":
        return (REPEATED * (size // len(REPEATED) + 1))[:size]
    stories = [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    text = "\n\n".join(stories)
    while len(text) < size:
        text += "\n\n" + text
    text = text[:size]
    if kind == "one-sentence":
        text = re.sub(r"[.!?]+[\"”’)]*(\s+)", r",\1", text).replace("\n", " ")
    return text


def run_one(kind: str, size: int) -> dict[str, float]:
    from newsevents.pipeline import Pipeline, Settings
    from newsevents.records import Article

    pipeline = Pipeline(Settings(settle_heap=True))  # a benchmark times the CLI's settled process
    pipeline.code_article(Article("warm", "The president met the prime minister on Monday."))
    text = make_text(kind, size)
    started = time.perf_counter()
    events = pipeline.code_article(Article("long", text, date=date(2024, 5, 2)))
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": seconds, "events": len(events), "peak_mb": peak_mb}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--kinds", nargs="+", default=list(KINDS), choices=KINDS)
    parser.add_argument("--one", nargs=2, metavar=("KIND", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one[0], int(args.one[1]))))
        return
    print(f"{'kind':<13} {'chars':>9} {'seconds':>8} {'us/char':>8} {'x 10k':>6} {'events':>7} {'peak MB':>8}")
    for kind in args.kinds:
        base = None
        for size in args.sizes:
            out = subprocess.run([sys.executable, __file__, "--one", kind, str(size)], capture_output=True,
                                 text=True, check=True)
            result = json.loads(out.stdout.strip().splitlines()[-1])
            per_char = result["seconds"] / size * 1e6
            base = base or per_char
            print(f"{kind:<13} {size:>9} {result['seconds']:>8.1f} {per_char:>8.1f} {per_char / base:>6.2f} "
                  f"{result['events']:>7} {result['peak_mb']:>8.0f}", flush=True)


if __name__ == "__main__":
    main()
