"""Convert the former members of the U.S. Congress since 2012 into our people format.

Source: unitedstates/congress-legislators (public domain: CC0 1.0 dedication), the history of
``legislators-current.yaml`` read from a local bare clone (``--git-dir``). The project's file of former
members (``legislators-historical.yaml``) is too large for the snapshot we can fetch, but every
version of the current file since September 2012 is in its history: a member who left Congress since
then is in the last version that still lists them, with every term they served. News of the 2010s
names these people often ("Senator John McCain", "Speaker John Boehner"), and a senator missing from
the dictionary made the event lose its source.

Run from the repository root::

    .venv/bin/python scripts/congress_former_people.py \\
        --git-dir /work/.mirror/unitedstates+congress-legislators/repo \\
        --write src/newsevents/data/actors/people/us_congress_former.yaml

Each member who is no longer in the file at ``--commit`` is taken as the last version listing them
gives them; a term that was still to run then ends on the day of the first version without them (a
death or a resignation ends a term early). Members whose name our own curated people files already
hold are left to those files and printed (the cross-check): their later offices are dated there.
The output's header records the repository, the commit range, and the SHA-256 of the list of file
versions read (commit and blob id, one per line), so the output is reproducible from the clone.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import congress_people
import people_source
import yaml

FILE = congress_people.FILE
OURS = congress_people.OURS
_ID = re.compile(r"^\s+bioguide: (\w+)$", re.M)


def main() -> None:
    args = people_source.arguments(__doc__.splitlines()[0])
    versions = _versions(args.git_dir, args.commit)
    texts = _blobs(args.git_dir, [blob for _, _, blob in versions])
    last_seen, left_on = _departures(versions, texts)
    members = _members_as_last_listed(versions, texts, last_seen)
    people = [_capped(congress_people.person(m), left_on[i]) for i, m in members.items()]
    people = _not_ours(people)
    if args.write:
        listing = "".join(f"{c} {b}\n" for c, _, b in versions)
        people_source.write_people(
            args.write, sorted(people, key=lambda p: p["name"]),
            [f"Former members of the U.S. Congress: in {FILE} at some version since {versions[0][1]}, "
             f"not at {versions[-1][0]}."],
            "congress_former_people.py", repo=congress_people.REPO,
            commit=f"{versions[0][0]}..{versions[-1][0]}",
            path=f"{FILE} ({len(versions)} versions; the hash is of their commit and blob list)", text=listing,
            licence="public domain (CC0 1.0 Universal dedication)")


def _versions(git_dir: Path, commit: str) -> list[tuple[str, str, str]]:
    """(commit, day, blob id) of every version of the file up to `commit`, oldest first."""
    log = people_source.git(git_dir, "log", "--format=%H %cs", commit, "--", FILE).split("\n")
    commits = [line.split() for line in reversed([x for x in log if x.strip()])]
    blobs = people_source.git(git_dir, "rev-parse", *(f"{sha}:{FILE}" for sha, _ in commits)).split()
    return [(sha, day, blob) for (sha, day), blob in zip(commits, blobs, strict=True)]


def _departures(versions: list[tuple[str, str, str]], texts: dict[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    """For each member missing from the last version: the last version listing them, and the day of the
    first version after it (the day the file recorded that they left)."""
    last_seen: dict[str, str] = {}
    left_on: dict[str, str] = {}
    previous: set[str] = set()
    for sha, day, blob in versions:
        ids = set(_ID.findall(texts[blob]))
        for gone in previous - ids:
            left_on[gone] = day
        for member in ids:
            last_seen[member] = sha
            left_on.pop(member, None)
        previous = ids
    return {m: c for m, c in last_seen.items() if m not in previous}, left_on


def _blobs(git_dir: Path, blobs: list[str]) -> dict[str, str]:
    """The texts of many blobs, read by one git process."""
    proc = subprocess.run(["git", f"--git-dir={git_dir}", "cat-file", "--batch"], input="".join(
        f"{b}\n" for b in dict.fromkeys(blobs)).encode(), capture_output=True, check=True)
    out, data, at = {}, proc.stdout, 0
    while at < len(data):
        header_end = data.index(b"\n", at)
        blob, _, size = data[at:header_end].decode().split()
        out[blob] = data[header_end + 1:header_end + 1 + int(size)].decode("utf-8")
        at = header_end + 1 + int(size) + 1  # the blob, then a newline
    return out


def _members_as_last_listed(versions: list[tuple[str, str, str]], texts: dict[str, str],
                            last_seen: dict[str, str]) -> dict[str, dict]:
    """Each former member's record from the last version that lists them (each version parsed once)."""
    blob_of = {sha: blob for sha, _, blob in versions}
    out: dict[str, dict] = {}
    for sha in sorted(set(last_seen.values())):
        for member in yaml.load(texts[blob_of[sha]], Loader=people_source.LOADER):
            bioguide = member["id"].get("bioguide")
            if last_seen.get(bioguide) == sha:
                out[bioguide] = member
    return out


def _capped(person: dict, left: str) -> dict:
    """End a spell still to run at the day the member left the file (died, resigned, lost a seat)."""
    for role in person["roles"]:
        if role["end"] is None or role["end"] > left:
            role["end"] = left
    person["roles"] = [r for r in person["roles"] if r["start"] <= r["end"]]
    return person


def _not_ours(people: list[dict]) -> list[dict]:
    """Drop the members our curated files already name (their later offices are dated there); print them."""
    ours: set[str] = set()
    for path in sorted(p for p in OURS.glob("*.yaml") if p.name not in people_source.GENERATED):
        for person in yaml.load(path.read_text(encoding="utf-8"), Loader=people_source.LOADER) or []:
            ours.update(n.lower() for n in (person.get("name"), *(person.get("aliases") or [])) if n)
    current = {n.lower() for p in yaml.load((OURS / congress_people.OUTPUT).read_text(encoding="utf-8"),
                                            Loader=people_source.LOADER) for n in (p["name"], *p.get("aliases", []))}
    kept = []
    for person in people:
        names = [person["name"], *person.get("aliases", [])]
        if not person["roles"] or any(n.lower() in current for n in names):
            continue  # back in Congress under another record: the current file has them
        if any(n.lower() in ours for n in names):
            print(f"already ours: {person['name']}")
        else:
            kept.append(person)
    print(f"former members: {len(people)}; already in our curated files: {len(people) - len(kept)}; "
          f"added: {len(kept)}")
    return kept


if __name__ == "__main__":
    main()
