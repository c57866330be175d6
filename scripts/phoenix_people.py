"""Cross-check our people files against PETRARCH2's Phoenix actor dictionaries, and convert
the dated people they have and we lack.

Source: openeventdata/petrarch2 (MIT licence), files
``petrarch2/data/dictionaries/Phoenix.{Countries,International,MilNonState}.actors.txt``,
read from a local bare clone (``--git-dir``) at a fixed commit, so the output is reproducible.

Run from the repository root::

    .venv/bin/python scripts/phoenix_people.py \
        --git-dir /work/.mirror/openeventdata+petrarch2/repo/.git \
        --report phoenix-disagreements.tsv \
        --write src/newsevents/data/actors/optional/phoenix_people.yaml

It prints the figures (people compared, disagreements by kind), writes every disagreement on
the same person (office dates, country, sector) to the report, and with ``--write`` writes the
people Phoenix has and we lack, with provenance (repository, commit, file SHA-256, licence).

A Phoenix person is an entry with at least one dated code (``[RUSGOV 991231-080507]``). Codes
are TABARI-style: country (3 letters, mapped to our ISO codes by ``phoenix_countries.tsv``)
plus sector; we keep the country and the first sector. Two-digit years below 50 are 20xx.
Consecutive periods of one code (CountryInfo's monthly cabinet snapshots) are merged.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import yaml

from newsevents.actors.dictionary import ActorDictionary, normalise
from newsevents.actors.dictionary import _date as office_date  # the loader's own reading of our dates

REPO = "openeventdata/petrarch2"
FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
DICT_DIR = "petrarch2/data/dictionaries/"
LICENCE = "MIT (Copyright (c) 2014 Open Event Data Alliance)"
HERE = Path(__file__).resolve().parent
# Phoenix's data ends here: an office still open in Phoenix may have ended after it.
HORIZON = date(2015, 6, 30)
SLACK_DAYS = 92
CABINETS_FROM = date(2003, 1, 1)  # start or end dates further apart than this disagree
_CODE = re.compile(r"\[([A-Z]{3,})\s*(?:([<>]?)(\d{6,8})(?:-(\d{6,8}))?)?\s*\]")


@dataclass(frozen=True)
class Span:
    code: str  # country + first sector, our country codes
    start: date | None
    end: date | None

    def overlaps(self, other: Span) -> bool:
        """Whether the two periods share more than a month (a hand-over day is no overlap)."""
        first = max(self.start or date.min, other.start or date.min)
        last = min(self.end or date.max, other.end or date.max)
        return first <= last and (last.toordinal() - first.toordinal()) > 31


@dataclass
class Person:
    name: str
    file: str
    aliases: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)


def _day(text: str, *, end: bool) -> date | None:
    """TABARI dates are YYMMDD; a malformed one (7 digits, day 00) gives None."""
    if len(text) != 6:
        return None
    yy, mm, dd = int(text[:2]), int(text[2:4]), int(text[4:])
    year = 2000 + yy if yy < 50 else 1900 + yy
    try:
        return date(year, max(mm, 1), max(dd, 1))
    except ValueError:
        return date(year, 12, 31) if end else date(year, 1, 1)


def _country_map() -> dict[str, str]:
    with open(HERE / "phoenix_countries.tsv", encoding="utf-8") as f:
        rows = csv.reader((line for line in f if not line.startswith("#")), delimiter="\t")
        return {r[0]: r[1] for r in rows if len(r) >= 2}


def _words(raw: str) -> str:
    return " ".join(raw.replace("_", " ").split()).strip()


def _spans(line: str, countries: dict[str, str], known: set[str]) -> Iterator[Span]:
    for m in _CODE.finditer(line):
        code, mark, first, second = m.groups()
        if first is None:
            continue  # an undated fallback code ("[RUSELI]"): no office to compare
        country = countries.get(code[:3], code[:3])
        if country not in known:
            continue
        start = end = None
        if mark == ">":
            start = _day(first, end=False)
        elif mark == "<":
            end = _day(first, end=True)
        else:
            start, end = _day(first, end=False), _day(second or "", end=True)
        if start is not None or end is not None:
            yield Span(country + code[3:6], start, end)


def parse(text: str, file: str, countries: dict[str, str], known: set[str]) -> list[Person]:
    """The dated people of one Phoenix file."""
    people: list[Person] = []
    current: Person | None = None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if raw[0] not in " \t+[":
            name = _words(line.split("[", 1)[0])
            current = Person(name.title(), file)
            people.append(current)
        if current is None:
            continue
        if line.startswith("+"):
            current.aliases.append(_words(line[1:].split("[", 1)[0]).title())
        current.spans.extend(_spans(line, countries, known))
    return [p for p in people if p.spans and 2 <= len(p.name.split()) <= 5 and not re.search(r"\d", p.name)]


def merge_spans(spans: list[Span]) -> list[Span]:
    """One span per continuous period of a code (monthly snapshots joined, gaps <= 62 days)."""
    out: list[Span] = []
    for s in sorted(spans, key=lambda s: (s.code, s.start or date.min)):
        last = out[-1] if out else None
        if (last is not None and last.code == s.code and last.end is not None
                and (s.start is None or s.start - last.end <= timedelta(days=62))):
            end = None if s.end is None else max(last.end, s.end)
            out[-1] = Span(last.code, last.start, end)
        elif last is not None and last.code == s.code and last.end is None:
            continue
        else:
            out.append(s)
    return out


@dataclass(frozen=True)
class Ours:
    name: str
    file: str
    spans: tuple[Span, ...]


def our_people(people_dir: Path) -> tuple[dict[str, list[Ours]], set[str]]:
    """Our people by every multi-word name and alias (normalised), and every alias we have.
    One name in several files is one person, as the dictionary loader has it."""
    spans: dict[str, list[Span]] = {}
    files: dict[str, str] = {}
    aliases_of: dict[str, set[str]] = {}
    for path in sorted(people_dir.glob("*.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            if not item.get("roles"):
                continue
            name = str(item["name"])
            spans.setdefault(name, []).extend(
                Span(str(r["code"])[:6], _our_date(r.get("start"), end=False), _our_date(r.get("end"), end=True))
                for r in item["roles"])
            files[name] = files[name] + "," + path.name if name in files else path.name
            aliases_of.setdefault(name, set()).update(str(a) for a in [name, *(item.get("aliases") or [])])
    by_name: dict[str, list[Ours]] = {}
    aliases: set[str] = set()
    for name, found in spans.items():
        ours = Ours(name, files[name], tuple(found))
        for alias in aliases_of[name]:
            key = _key(alias)
            aliases.add(key)
            if len(key.split()) >= 2 and ours not in by_name.setdefault(key, []):
                by_name[key].append(ours)
    return by_name, aliases


def _our_date(value: object, *, end: bool) -> date | None:
    """A date of our people files, read as the actor dictionary reads it."""
    return office_date(value, "people files", None, end=end)


def _key(name: str) -> str:
    return normalise(name.replace(".", "").replace("-", " "))


def disagreements(ours: Ours, theirs: Person) -> Iterator[tuple[str, str, str]]:
    """(kind, ours, theirs) for each way the two records of one person disagree: `country` (no
    country in common), `sector` (the same time, another sector), `dates` (the same code in
    overlapping periods whose start or end differ by more than SLACK_DAYS), `office` (the same
    code in periods that do not overlap: an office one side lacks)."""
    spans = merge_spans(theirs.spans)
    their_countries = {s.code[:3] for s in spans}
    our_countries = {s.code[:3] for s in ours.spans}
    if not their_countries & our_countries:
        yield "country", ",".join(sorted(our_countries)), ",".join(sorted(their_countries))
        return
    merged = merge_spans(list(ours.spans))
    for mine in merged:
        if (mine.start or date.min) > HORIZON:
            continue  # after Phoenix's data ends
        same_time = [s for s in spans if s.overlaps(mine) and s.code[:3] == mine.code[:3] and s.code[3:] != "ELI"]
        ours_then = {o.code[3:] for o in merged if o.overlaps(mine) or o == mine}
        if same_time and not ours_then & {s.code[3:] for s in same_time}:
            yield "sector", _show(mine), "; ".join(_show(s) for s in same_time)
            continue
        same_code = [s for s in spans if s.code == mine.code]
        if not same_code:
            continue
        near = [s for s in same_code if s.overlaps(mine)]
        if not near:
            yield "office", _show(mine), "; ".join(_show(s) for s in same_code)
            continue
        if not any(_close(mine, s) for s in near):
            yield "dates", _show(mine), "; ".join(_show(s) for s in near)


def _close(mine: Span, theirs: Span) -> bool:
    def near(a: date | None, b: date | None) -> bool:
        if a is None or b is None:
            return a is None and b is None
        return abs((a - b).days) <= SLACK_DAYS
    their_end = theirs.end
    if their_end is None or their_end >= HORIZON - timedelta(days=365):
        # Phoenix's open end: ours may end later than its data goes
        ends = mine.end is None or mine.end >= (theirs.start or date.min)
    else:
        ends = near(mine.end, their_end)
    # CountryInfo's monthly cabinet lists begin in January 2003: a start then means "by then"
    starts = near(mine.start, theirs.start) or (
        theirs.start == CABINETS_FROM and (mine.start or date.min) <= CABINETS_FROM)
    return starts and ends


def _show(s: Span) -> str:
    return f"{s.code} {s.start or '…'}–{s.end or '…'}"


def _git(git_dir: str, *args: str) -> bytes:
    return subprocess.run(["git", "--git-dir", git_dir, *args], check=True, capture_output=True).stdout


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--git-dir", required=True, help="bare clone of openeventdata/petrarch2")
    ap.add_argument("--commit", default="HEAD")
    ap.add_argument("--people", default="src/newsevents/data/actors/people")
    ap.add_argument("--report", required=True, help="TSV of every disagreement")
    ap.add_argument("--write", help="YAML file for the people Phoenix has and we lack")
    args = ap.parse_args(argv)

    commit = _git(args.git_dir, "rev-parse", args.commit).decode().strip()
    dictionary = ActorDictionary.load()
    known = {e.code[:3] for entries in dictionary.phrases.values() for e in entries if e.kind == "country"}
    known |= {"IGO", "NGO", "IMG", "MNC"}
    countries = _country_map()
    by_name, our_aliases = our_people(Path(args.people))

    theirs: list[Person] = []
    hashes = {}
    for f in FILES:
        blob = _git(args.git_dir, "show", f"{commit}:{DICT_DIR}{f}")
        hashes[f] = hashlib.sha256(blob).hexdigest()
        theirs.extend(parse(blob.decode("utf-8", errors="replace"), f, countries, known))

    compared, kinds, missing, rows = 0, Counter[str](), [], []
    matched_ours: set[str] = set()
    for p in theirs:
        keys = [_key(n) for n in [p.name, *p.aliases] if len(n.split()) >= 2]
        hits = {o.name: o for k in keys for o in by_name.get(k, [])}
        if len(hits) == 1:
            ours = next(iter(hits.values()))
            if ours.name in matched_ours:
                continue
            matched_ours.add(ours.name)
            compared += 1
            for kind, mine, their in disagreements(ours, p):
                kinds[kind] += 1
                rows.append((kind, ours.name, ours.file, mine, their, p.name, p.file))
        elif not hits and not any(k in our_aliases for k in keys):
            missing.append(p)

    with open(args.report, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t")
        w.writerow(["# source", f"github.com/{REPO}", commit, LICENCE])
        w.writerow(["kind", "our_name", "our_file", "ours", "theirs", "their_name", "their_file"])
        w.writerows(rows)
    print(f"Phoenix people (dated): {len(theirs)}; compared with ours: {compared}; "
          f"disagreements: {sum(kinds.values())} {dict(kinds)}; Phoenix people we lack: {len(missing)}")
    if args.write:
        added = write_people(Path(args.write), missing, dictionary, commit, hashes)
        print(f"written {added} people to {args.write}")
    return 0


def _alias_ok(alias: str, name: str, dictionary: ActorDictionary) -> bool:
    """A full-name alias that is no title phrase ("President Putin") and means nothing else to us."""
    words = alias.split()
    if len(words) < 2 or dictionary.lookup(alias):
        return False
    return not any(dictionary.role(w) or w.lower() in dictionary.titles for w in words)


def write_people(path: Path, people: list[Person], dictionary: ActorDictionary, commit: str,
                 hashes: dict[str, str]) -> int:
    entries = []
    seen: set[str] = set()
    for p in sorted(people, key=lambda p: p.name):
        key = _key(p.name)
        if key in seen or not _alias_ok(p.name, p.name, dictionary):
            continue  # "A. Gavahi" after "A Gavahi": one person
        seen.add(key)
        aliases = sorted({a for a in p.aliases if a != p.name and _alias_ok(a, p.name, dictionary)})
        roles = [{"code": s.code, "start": s.start.isoformat() if s.start else None,
                  "end": s.end.isoformat() if s.end else None} for s in merge_spans(p.spans)]
        entry: dict[str, object] = {"name": p.name}
        if aliases:
            entry["aliases"] = aliases
        entry["roles"] = roles
        entries.append(entry)
    header = [
        "# People from PETRARCH2's Phoenix actor dictionaries that our own files lack.",
        "# Generated by scripts/phoenix_people.py; do not edit by hand (fix our files instead).",
        f"# source: https://github.com/{REPO} commit {commit}",
        *(f"#   {DICT_DIR}{f} sha256 {h}" for f, h in hashes.items()),
        f"# licence: {LICENCE}",
        "# Roles carry no title: these people are matched by name only, never as 'the president'.",
        "",
    ]
    body = yaml.safe_dump(entries, sort_keys=False, allow_unicode=True, width=200, default_flow_style=None)
    path.write_text("\n".join(header) + body, encoding="utf-8")
    return len(entries)


if __name__ == "__main__":
    sys.exit(main())
