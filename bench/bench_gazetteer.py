"""What does loading the gazetteer cost?  `python bench/bench_gazetteer.py [--repeat N]`

Loads :class:`newsevents.places.Gazetteer` (towns of ~1,000+ people, admin divisions,
countries) in a fresh process, after its imports, and prints the load time (best of
--repeat runs, each in its own process), the memory it allocates (tracemalloc peak) and the
process's resident size, each against its limit (2 s, 300 MB). Then times 10,000 lookups.
The machines are shared and noisy: the figures are upper bounds of an idle machine.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
import tracemalloc

LIMIT_S = 2.0
LIMIT_MB = 300.0
NAMES = ("Lashkargah", "Kandahar", "Tripoli", "Guanare, Portuguesa", "Soroti", "Paris, Texas", "Manbij",
         "Iquique", "Quetta", "Nowhere Town")


def _one_load() -> dict[str, float]:
    from newsevents.places import Gazetteer  # imports (spaCy's, pycountry's) are not the gazetteer's cost

    start = time.perf_counter()
    gazetteer = Gazetteer()
    seconds = time.perf_counter() - start
    del gazetteer
    tracemalloc.start()  # a second load, traced (tracing slows it down: it is not the one timed)
    gazetteer = Gazetteer()
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    start = time.perf_counter()
    for _ in range(1000):
        for name in NAMES:
            gazetteer.lookup_place(name)
    lookups = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"load_s": seconds, "peak_mb": peak / 2**20, "rss_mb": rss, "lookup_us": lookups / 10000 * 1e6}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(_one_load()))
        return
    runs = []
    for _ in range(args.repeat):
        out = subprocess.run([sys.executable, __file__, "--child"], check=True, capture_output=True, text=True)
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    best = min(runs, key=lambda r: r["load_s"])
    print(f"gazetteer load: {best['load_s']:.2f} s (limit {LIMIT_S:.0f} s, ratio {best['load_s'] / LIMIT_S:.2f})")
    print(f"allocated (tracemalloc peak): {best['peak_mb']:.0f} MB "
          f"(limit {LIMIT_MB:.0f} MB, ratio {best['peak_mb'] / LIMIT_MB:.2f})")
    print(f"process resident size, imports included: {best['rss_mb']:.0f} MB")
    print(f"lookup: {best['lookup_us']:.0f} µs per name")


if __name__ == "__main__":
    main()
