"""Scoring coded events against a gold standard in the PLOVER GSR format.

A gold record has ``id``, ``text``, ``event`` (a PLOVER type, older names allowed),
``source`` and ``target`` (lists of ``{"code": ...}`` or a string) and optionally
``eventLoc`` (``{"name": ...}``). For each record we compare the types of the
events we coded for it (negated and hypothetical ones do not count): a record's
type is found when any counted event has it; every other predicted type is a false
alarm. Source, target and location are right when an event *of the gold type* has a
source (target) code starting with a gold code, or a location whose name contains,
or is contained in, the gold name — the same figures as the project's scorer.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from newsevents.coding.ontology import PLOVER_TYPES
from newsevents.records import Actor, Event

# Names used by older versions of PLOVER and by the gold standard.
OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT",
             "APPEAL": "REQUEST"}


def plover_type(name: object) -> str | None:
    if not name:
        return None
    t = str(name).strip().upper()
    t = OLD_NAMES.get(t, t)
    return t if t in PLOVER_TYPES else None


def gold_codes(value: object) -> list[str]:
    """Gold actors as 3-letter codes."""
    if not value:
        return []
    items = [value] if isinstance(value, str | dict) else list(value)  # type: ignore[call-overload]
    out = []
    for a in items:
        code = str(a.get("code") if isinstance(a, dict) else a or "").strip().upper()[:3]
        if code:
            out.append(code)
    return out


@dataclass
class Miss:
    """One error: a gold type not found, or a type predicted that the gold record does not have."""

    kind: str  # "missed" or "false alarm"
    record_id: str
    plover: str
    text: str
    predicted: list[str]


@dataclass
class Score:
    records: int = 0
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    hits: Counter[str] = field(default_factory=Counter)  # source/target/triple/location hits
    totals: Counter[str] = field(default_factory=Counter)
    errors: list[Miss] = field(default_factory=list)

    def prf(self, t: str | None = None) -> tuple[float, float, float]:
        tp = self.tp[t] if t else sum(self.tp.values())
        fp = self.fp[t] if t else sum(self.fp.values())
        fn = self.fn[t] if t else sum(self.fn.values())
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def macro_f1(self) -> float:
        present = [t for t in PLOVER_TYPES if self.tp[t] + self.fn[t]]
        return sum(self.prf(t)[2] for t in present) / len(present) if present else 0.0

    def accuracy(self, what: str) -> float:
        return self.hits[what] / self.totals[what] if self.totals[what] else 0.0

    def to_dict(self) -> dict[str, Any]:
        p, r, f = self.prf()
        return {
            "records": self.records,
            "type_micro": {"precision": p, "recall": r, "f1": f},
            "type_macro_f1": self.macro_f1(),
            **{f"{k}_acc": self.accuracy(k) for k in ("source", "target", "triple", "location")},
            **{f"{k}_n": self.totals[k] for k in ("source", "target", "triple", "location")},
            "per_type": {t: dict(zip(("precision", "recall", "f1"), self.prf(t), strict=True),
                                 support=self.tp[t] + self.fn[t])
                         for t in PLOVER_TYPES if self.tp[t] + self.fn[t] + self.fp[t]},
        }


def _starts(actor: Actor | None, gold: Sequence[str]) -> bool:
    return actor is not None and any(actor.code.upper().startswith(g) for g in gold)


def _loc_match(gold_name: str, e: Event) -> bool:
    name = (e.location.name if e.location else "").lower()
    return bool(name) and (gold_name in name or name in gold_name)


def score(gold: Iterable[dict[str, Any]], events_by_id: dict[str, list[Event]]) -> Score:
    s = Score()
    for g in gold:
        gt = plover_type(g.get("event"))
        if not gt or not g.get("text"):
            continue
        s.records += 1
        events = [e for e in events_by_id.get(str(g["id"]), []) if e.status not in {"negated", "hypothetical"}]
        types = {e.plover.type for e in events if e.plover}
        predicted = sorted(f"{e.plover.type} {e.source.code if e.source else '-'}>"
                           f"{e.target.code if e.target else '-'}" for e in events if e.plover)
        if gt in types:
            s.tp[gt] += 1
        else:
            s.fn[gt] += 1
            s.errors.append(Miss("missed", str(g["id"]), gt, g["text"], predicted))
        for t in types - {gt}:
            s.fp[t] += 1
            s.errors.append(Miss("false alarm", str(g["id"]), t, g["text"], predicted))
        same = [e for e in events if e.plover and e.plover.type == gt]
        src, tgt = gold_codes(g.get("source")), gold_codes(g.get("target"))
        if src:
            s.totals["source"] += 1
            s.hits["source"] += any(_starts(e.source, src) for e in same)
        if tgt:
            s.totals["target"] += 1
            s.hits["target"] += any(_starts(e.target, tgt) for e in same)
        if src and tgt:
            s.totals["triple"] += 1
            s.hits["triple"] += any(_starts(e.source, src)
                                    and _starts(e.target, tgt) for e in same)
        loc = g.get("eventLoc")
        if isinstance(loc, dict) and loc.get("name"):
            s.totals["location"] += 1
            s.hits["location"] += any(_loc_match(str(loc["name"]).lower(), e) for e in same)
    return s


def report(s: Score) -> str:
    p, r, f = s.prf()
    lines = [f"records  {s.records}",
             f"type     micro P {p:.3f} R {r:.3f} F1 {f:.3f}   macro F1 {s.macro_f1():.3f}"]
    for k in ("source", "target", "triple", "location"):
        lines.append(f"{k:9s}acc {s.accuracy(k):.3f}  (of {s.totals[k]} gold records that have it; "
                     "a hit needs the right type too)")
    lines.append("per type:  type        P      R      F1   support")
    for t in PLOVER_TYPES:
        if s.tp[t] + s.fn[t] + s.fp[t]:
            tp, tr, tf = s.prf(t)
            lines.append(f"           {t:10s} {tp:.3f}  {tr:.3f}  {tf:.3f}  {s.tp[t] + s.fn[t]}")
    return "\n".join(lines)


def error_report(s: Score) -> str:
    out = []
    for m in s.errors:
        out.append(f"{m.kind.upper():12s} {m.plover:10s} {m.record_id}\n    {m.text.strip()}\n"
                   f"    predicted: {', '.join(m.predicted) or 'nothing'}")
    return "\n".join(out)
