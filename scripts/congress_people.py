"""Convert the members of the U.S. Congress, with every term they served, into our people format.

Source: unitedstates/congress-legislators (public domain: CC0 1.0 dedication), file
``legislators-current.yaml`` (the members serving at the snapshot, each with all their terms),
read from a local bare clone (``--git-dir``) at a fixed commit, so the output is reproducible.
Members of Congress are among the actors U.S. news names most, and our own files held few of them:
a senator missing from the dictionary took the country of whatever place the story named.

Run from the repository root::

    .venv/bin/python scripts/congress_people.py \
        --git-dir /work/.mirror/unitedstates+congress-legislators/repo \
        --write src/newsevents/data/actors/people/us_congress.yaml

It prints how many of our own U.S. legislators it found there and every one whose legislature
dates it does not cover (the cross-check), and with ``--write`` writes all members with
provenance (repository, commit, file SHA-256, licence). Consecutive terms in one chamber are
merged. Aliases are the official and the first-plus-last name, never a bare surname: a surname
alone matches only a person named in full earlier in the story.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import people_source
import yaml

REPO = "https://github.com/unitedstates/congress-legislators"
FILE = "legislators-current.yaml"
OUTPUT = "us_congress.yaml"  # our own output: not ours to check against theirs
TITLES = {"sen": "Senator", "rep": "Representative"}
GAP = timedelta(days=7)  # a new term starts a day or two after the last one ends
OURS = Path(__file__).resolve().parents[1] / "src" / "newsevents" / "data" / "actors" / "people"


def main() -> None:
    args = people_source.arguments(__doc__.splitlines()[0])
    commit, raw = people_source.read(args.git_dir, args.commit, FILE)
    members = yaml.load(raw, Loader=people_source.LOADER)
    people = [person(m) for m in members]
    _cross_check(people)
    if args.write:
        people_source.write_people(
            args.write, people, ["Members of the U.S. Congress serving at the snapshot, with all their terms."],
            "congress_people.py", repo=REPO, commit=commit, path=FILE, text=raw,
            licence="public domain (CC0 1.0 Universal dedication)")


def person(member: dict) -> dict:
    name = member["name"]
    full = name.get("official_full") or f"{name['first']} {name['last']}"
    aliases = {f"{name['first']} {name['last']}"}
    if name.get("nickname"):
        aliases.add(f"{name['nickname']} {name['last']}")
    aliases.discard(full)
    out: dict = {"name": full}
    if aliases:
        out["aliases"] = sorted(aliases)
    out["roles"] = [{"code": "USALEG", "title": TITLES[kind], "start": start.isoformat(),
                   "end": None if end is None else end.isoformat()} for kind, start, end in _spells(member)]
    return out


def _spells(member: dict) -> list[tuple[str, date, date | None]]:
    """Terms in Congress (not a later presidency) merged into unbroken spells per chamber; the last open
    when it ends after today."""
    spells: list[tuple[str, date, date | None]] = []
    for term in sorted((t for t in member["terms"] if t["type"] in TITLES), key=lambda t: t["start"]):
        kind, start, end = term["type"], date.fromisoformat(term["start"]), date.fromisoformat(term["end"])
        if spells and spells[-1][0] == kind and spells[-1][2] is not None and start - spells[-1][2] <= GAP:
            spells[-1] = (kind, spells[-1][1], end)
        else:
            spells.append((kind, start, end))
    if spells and spells[-1][2] is not None and spells[-1][2] > date.today():
        spells[-1] = (spells[-1][0], spells[-1][1], None)  # still serving
    return spells


def _cross_check(people: list[dict]) -> None:
    """Our U.S. legislators against theirs: found, and legislature dates theirs do not cover."""
    theirs = {n: p for p in people for n in (p["name"], *p.get("aliases", []))}
    found = disagree = ours = 0
    for path in sorted(p for p in OURS.glob("*.yaml") if p.name not in people_source.GENERATED):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            legs = [r for r in entry.get("roles", []) if str(r.get("code", "")).startswith("USALEG")]
            if not legs:
                continue
            ours += 1
            match = theirs.get(entry["name"])
            if match is None:
                continue
            found += 1
            for role in legs:
                if not _covered(role, match["roles"]):
                    disagree += 1
                    print(f"dates differ: {entry['name']} {role.get('title')} {role.get('start')}..{role.get('end')}")
    print(f"our U.S. legislators: {ours}; found among current members: {found}; roles not covered: {disagree}")


def _covered(role: dict, spells: list[dict]) -> bool:
    start = str(role.get("start") or "")
    return any(s["start"] <= start and (s["end"] is None or start <= s["end"]) for s in spells)


if __name__ == "__main__":
    main()
