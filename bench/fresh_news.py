"""Check the coder on news nobody tuned for: build pools from the Article-Bias-Prediction dataset, draw
random events to read by hand, and score recall against stories coded by hand before the tool ran.

The stories are copyrighted: keep the pools, samples and hand codings outside the repository and
record only ids, codes and verdicts (docs/evaluation/ shows the form).

    python bench/fresh_news.py pool ABP_CHECKOUT OUT_DIR                 # tune.jsonl and heldout.jsonl
    python bench/fresh_news.py draw OUT_DIR/heldout.jsonl sample.json --exclude gold.json
    python bench/fresh_news.py recall OUT_DIR/heldout.jsonl gold.json --undated 2019-05-03

A hand-coded gold file is a JSON list of {"story_id", "sentence_start" (its first words),
"plover_type", "note"}; a note holding "[marginal]" marks an event a careful coder could leave out.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

# The dataset's topics about other countries and international affairs.
INTERNATIONAL = {"terrorism", "national_security", "asia", "middle_east", "europe", "africa", "world", "trade",
                 "foreign_policy", "north_korea", "mexico", "great_britain", "defense", "china", "isis",
                 "us_military", "israel", "russia", "palestine", "south_korea"}
FIELDS = ("id", "text", "date", "title", "url")


def pool(checkout: Path, out: Path, *, seed: int = 20261206, size: int = 300) -> None:
    """Shuffle the international stories once; the first ``size`` are for tuning, the next are kept aside."""
    rows = []
    for f in sorted((checkout / "data" / "jsons").glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        if d["topic"] in INTERNATIONAL and len(d["content_original"]) > 800:
            rows.append({"id": d["ID"], "text": d["content_original"], "date": d["date"], "title": d["title"],
                         "url": d["url"], "topic": d["topic"]})
    random.Random(seed).shuffle(rows)
    out.mkdir(parents=True, exist_ok=True)
    _write(out / "tune.jsonl", rows[:size])
    _write(out / "heldout.jsonl", rows[size:2 * size])


def code(stories: list[dict], newsevents: str) -> list[dict]:
    """The events ``newsevents code`` gives for the stories."""
    with tempfile.TemporaryDirectory() as tmp:  # a folder of its own: several checks may run at once
        path = Path(tmp) / "stories.jsonl"
        _write(path, [{k: s.get(k) for k in FIELDS} for s in stories])
        out = subprocess.run([newsevents, "code", str(path), "--format", "jsonl"], capture_output=True, text=True,
                             check=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def draw(stories: list[dict], newsevents: str, *, n: int = 100, n_stories: int = 80) -> list[dict]:
    """``n`` counted events drawn at random (fixed seeds) from ``n_stories`` dated stories."""
    chosen = [s for s in stories if s.get("date") and len(s["text"]) < 8000]
    random.Random(2026).shuffle(chosen)
    counted = [e for e in code(chosen[:n_stories], newsevents) if e["status"] in ("asserted", "future")]
    return random.Random(7).sample(counted, min(n, len(counted)))


def recall(stories: list[dict], gold: list[dict], newsevents: str, undated: str | None = None) -> list[bool]:
    """For each hand-coded event: does the tool give a counted event of its type in its sentence?
    ``undated``: the day the hand coder read an undated story as published."""
    wanted = {g["story_id"] for g in gold}
    events = code([{**s, "date": s.get("date") or undated} for s in stories if s["id"] in wanted], newsevents)
    return [any(_same(g, e) for e in events) for g in gold]


# "MOSCOW (AP) — ": the coder reads a story's dateline apart, so its first sentence starts after it
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]*(,\s*[A-Z][\w .'-]*)?\s*(\([^)]*\))?\s*[\u2014\u2013-]+\s*")


def _same(g: dict, e: dict) -> bool:
    return (e["doc_id"] == g["story_id"] and e["status"] in ("asserted", "future")
            and _norm(_DATELINE.sub("", g["sentence_start"])) in _norm(e["sentence"])
            and (e.get("plover") or {}).get("type") == g["plover_type"])


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text).lower().strip()


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _write(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("verb", choices=("pool", "draw", "recall"))
    ap.add_argument("first", type=Path, help="pool: the dataset checkout; else the stories (JSONL)")
    ap.add_argument("second", type=Path, help="pool: the output folder; draw: the sample file; recall: the gold")
    ap.add_argument("--exclude", type=Path, help="draw: a gold file whose stories are left out")
    ap.add_argument("--undated", help="recall: the publication day the hand coder gave undated stories")
    ap.add_argument("--newsevents", default=str(Path(sys.executable).with_name("newsevents")))
    args = ap.parse_args()
    if args.verb == "pool":
        pool(args.first, args.second)
        return
    stories = _read(args.first)
    if args.verb == "draw":
        skip = {g["story_id"] for g in json.loads(args.exclude.read_text())} if args.exclude else set()
        sample = draw([s for s in stories if s["id"] not in skip], args.newsevents)
        args.second.write_text(json.dumps(sample, indent=1), encoding="utf-8")
        print(f"{len(sample)} events drawn into {args.second}")
        return
    gold = json.loads(args.second.read_text(encoding="utf-8"))
    hits = recall(stories, gold, args.newsevents, args.undated)
    core = [h for g, h in zip(gold, hits, strict=True) if "[marginal]" not in g.get("note", "")]
    print(f"recall {sum(hits)}/{len(hits)} = {sum(hits) / len(hits):.2f}; "
          f"without marginal events {sum(core)}/{len(core)} = {sum(core) / max(len(core), 1):.2f}")


if __name__ == "__main__":
    main()
