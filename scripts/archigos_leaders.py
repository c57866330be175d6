"""Cross-check our people files against Archigos, a dated data set of national leaders, and list
the leaders it has and we seem to lack.

Source: Archigos 4.1 (Goemans, Gleditsch and Chiozza, "Archigos: A Data Set on Leaders
1875-2015", version 4.1, 2016), as redistributed in the R package globalgov/manystates
(https://github.com/globalgov/manystates), file ``data-raw/leaders/archigos/arch_annual.txt``,
under that repository's licence: Creative Commons Attribution 4.0 International (its
LICENSE.md; ``License: CC BY 4.0`` in its DESCRIPTION). Archigos' own site gives the data free
with a request to cite it and no licence text of its own. Checked: commit
23d119a10b997c2d5ddbd6a665dc816146c20db7, file SHA-256
efb7ef65a9ea1300b1eeb7e3741f2a715a50a70e032b12ed294cf3b6838d7540 (the script prints and
records the real hash of what it read).

Run from the repository root, on the fetched snapshot (a bare clone) or on a plain file::

    .venv/bin/python scripts/archigos_leaders.py \
        --git-dir /work/.mirror/globalgov+manystates/repo \
        --report scripts/archigos_disagreements.tsv
    .venv/bin/python scripts/archigos_leaders.py --file arch_annual.txt --report out.tsv

Archigos has one "effective leader" per country at a time (the president in a presidential
system, the prime minister in a parliamentary one, the party leader in a one-party state),
with the day they took and left office; the annual file splits each tenure by calendar year,
and the tenures are joined again here. Its ``leader`` column is often a surname only; the
DBpedia address, where it has one, gives the full name.

A tenure is matched to one of our people by full name (any alias of two words or more), or
else by surname among our people with an office in the same country; two such people (a
namesake) leave it unmatched. Disagreements, each a row of the report:

- ``country``  the full name matches, but we give the person no office in that country;
- ``office``   none of our GOV offices in that country then is a head of state or government
               (``head_titles.txt``): we have them in another office, or in none then;
- ``start`` / ``end``  our head offices there (consecutive ones, JOIN_DAYS apart at most,
               joined) overlap the tenure, but begin or end more than SLACK_DAYS apart; a
               tenure still open when Archigos ends is not compared at its end;
- ``lacking``  an Archigos leader since SINCE that none of our people matches. Many are
               Archigos spellings of people we have ("Sarkisyan", "Boumedienne"), so they are
               added by hand, never generated: see the people files' "Archigos" sections;
- ``namesake`` two of our people fit the name and neither or both led the country then.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from urllib.parse import unquote

import yaml

from newsevents.actors.dictionary import _date as office_date

REPO = "globalgov/manystates"
PATH = "data-raw/leaders/archigos/arch_annual.txt"
LICENCE = ("CC BY 4.0 (globalgov/manystates LICENSE.md); Archigos 4.1, Goemans, Gleditsch and "
           "Chiozza 2016")
HERE = Path(__file__).resolve().parent
SLACK_DAYS = 31
JOIN_DAYS = 7  # our head offices this close are one spell (a hand-over, President after Prime Minister)
SINCE = date(1975, 1, 1)  # our people files start about here
CENSOR = date(2015, 12, 31)  # Archigos 4.1 ends here (a few countries end 2014: "Still in Office")


@dataclass
class Tenure:
    """One Archigos tenure (an ``obsid``), its yearly rows joined."""

    obsid: str
    country: str  # our country code
    leader: str  # Archigos' short name
    full: str  # from the DBpedia address, or "" when it has none
    start: date | None
    end: date | None  # None: still in office when the data end

    def names(self) -> list[str]:
        return [n for n in (self.full, self.leader) if n]


@dataclass(frozen=True)
class Role:
    country: str
    sector: str
    title: str
    start: date | None
    end: date | None


@dataclass
class Person:
    name: str
    files: list[str] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    roles: list[Role] = field(default_factory=list)

    def countries(self) -> set[str]:
        return {r.country for r in self.roles}


def key(name: str) -> str:
    """Lower case, accents and punctuation dropped: "Jean-Claude Duvalier" -> "jean claude duvalier"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[.\-'’,]", " ", text).split())


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None


def _full_name(uri: str) -> str:
    if not uri.startswith("http"):
        return ""
    name = unquote(uri.rsplit("/", 1)[-1]).replace("_", " ")
    return re.sub(r"\s*\(.*\)$", "", name).strip()


def read_tenures(text: str, countries: dict[str, str]) -> list[Tenure]:
    """The tenures of the annual file, joined by ``obsid`` (rows come in date order)."""
    rows = csv.DictReader(io.StringIO(text), delimiter="\t")
    out: dict[str, Tenure] = {}
    for r in rows:
        country = countries.get(r["idacr"])
        if country is None:
            continue
        t = out.get(r["obsid"])
        if t is None:
            t = out[r["obsid"]] = Tenure(r["obsid"], country, r["leader"].strip(), "",
                                         _day(r["startdate"]), _day(r["enddate"]))
        t.full = t.full or _full_name(r.get("dbpedia.uri", ""))
        end = _day(r["enddate"])
        t.end = None if r.get("exit", "").startswith("Still in Office") else end
    return list(out.values())


def _our_date(value: object, *, end: bool) -> date | None:
    """A date of our people files, read as the actor dictionary reads it."""
    return office_date(value, "people files", None, end=end)


def our_people(people_dir: Path) -> list[Person]:
    """Our people; one name in several files is one person, as the loader has it."""
    people: dict[str, Person] = {}
    for path in sorted(people_dir.glob("*.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            name = str(item["name"])
            p = people.setdefault(name, Person(name))
            p.files.append(path.name)
            p.aliases.update(str(a) for a in [name, *(item.get("aliases") or [])])
            for r in item.get("roles") or []:
                code = str(r["code"])
                p.roles.append(Role(code[:3], code[3:6], str(r.get("title") or ""),
                                    _our_date(r.get("start"), end=False), _our_date(r.get("end"), end=True)))
    return list(people.values())


@dataclass
class Index:
    by_full: dict[str, list[Person]] = field(default_factory=dict)  # every alias of 2+ words
    by_surname: dict[tuple[str, str], list[Person]] = field(default_factory=dict)  # (country, surname)

    @classmethod
    def build(cls, people: Iterable[Person]) -> Index:
        index = cls()
        for p in people:
            for alias in p.aliases:
                k = key(alias)
                words = k.split()
                if len(words) >= 2:
                    index.by_full.setdefault(k, []).append(p)
                for c in p.countries():
                    for n in range(1, min(3, len(words)) + 1):  # "Figueres Ferrer", "Bainimarama"
                        bucket = index.by_surname.setdefault((c, " ".join(words[-n:])), [])
                        if p not in bucket:
                            bucket.append(p)
        return index

    def match(self, t: Tenure, heads: set[str]) -> tuple[Person | None, str]:
        """(person, how): how is "full", "surname", "namesake" (several people) or "" (none)."""
        for n in t.names():
            found = _unique(self.by_full.get(key(n), []))
            if len(key(n).split()) >= 2 and found:
                if len(found) == 1:
                    return found[0], "full"
                here = [p for p in found if t.country in p.countries()]
                if len(here) > 1:  # "Andris Bērziņš" twice: the one who led then
                    here = [p for p in here if _head_spans(p, t.country, heads, t)]
                return (here[0], "full") if len(here) == 1 else (None, "namesake")
        short = _surname(t.leader)
        found = _unique(self.by_surname.get((t.country, short), []))
        if len(found) > 1:  # a namesake: keep the one who led the country then
            found = [p for p in found if _head_spans(p, t.country, heads, t)]
        if not found:  # "Rajoy Brey", "Hatoyama Yukio": any one word, if that person led then
            found = _unique([p for w in short.split() if len(w) >= 4
                             for p in self.by_surname.get((t.country, w), [])
                             if _head_spans(p, t.country, heads, t)])
        if len(found) == 1:
            return found[0], "surname"
        return None, "namesake" if found else ""


def _surname(leader: str) -> str:
    """Archigos' short name without initials or honorifics: "Cosgrave, L." -> "cosgrave",
    "G.H.W. Bush" -> "bush", "Lyonpo Jigme Thinley" -> "jigme thinley"."""
    name = leader.split(",")[0]
    words = [w for w in key(name.replace(".", ". ")).split() if len(w) > 1 and w not in _HONORIFICS]
    return " ".join(words)


_HONORIFICS = {"lyonpo", "sheikh", "dit", "ratu"}


def _unique(people: list[Person]) -> list[Person]:
    return list({id(p): p for p in people}.values())


def _overlaps(start: date | None, end: date | None, t: Tenure) -> bool:
    """Whether an office shares a day with the tenure beyond a hand-over day; an open
    tenure lasts until the data end, not until today."""
    first = max(start or date.min, t.start or date.min)
    last = min(end or date.max, t.end or CENSOR)
    return first < last or ((start == end or t.start == t.end) and first == last)


def _head_spans(p: Person, country: str, heads: set[str], t: Tenure) -> list[tuple[date | None, date | None]]:
    """Our head offices in the country, consecutive ones joined, that overlap the tenure."""
    roles = sorted((r for r in p.roles if r.country == country and r.sector == "GOV" and r.title in heads),
                   key=lambda r: r.start or date.min)
    spans: list[tuple[date | None, date | None]] = []
    for r in roles:
        if spans and spans[-1][1] is not None and (r.start is None or (r.start - spans[-1][1]).days <= JOIN_DAYS):
            last_end = spans[-1][1]
            spans[-1] = (spans[-1][0], None if r.end is None else max(last_end, r.end))
        elif spans and spans[-1][1] is None:
            continue
        else:
            spans.append((r.start, r.end))
    return [s for s in spans if _overlaps(s[0], s[1], t)]


def disagreements(p: Person, t: Tenure, heads: set[str]) -> Iterator[tuple[str, str]]:
    """(kind, ours) for each way our record of the person disagrees with the tenure."""
    if t.country not in p.countries():
        yield "country", ",".join(sorted(p.countries()))
        return
    spans = _head_spans(p, t.country, heads, t)
    if not spans:
        then = [r for r in p.roles if r.country == t.country and _overlaps(r.start, r.end, t)]
        yield "office", "; ".join(_show_role(r) for r in then) or "no office then"
        return
    start, end = spans[0][0], spans[-1][1]
    shown = "; ".join(f"{s or '…'}–{e or '…'}" for s, e in spans)
    if not _near(start, t.start):
        yield "start", shown
    if t.end is not None and not _near(end, t.end):
        yield "end", shown
    if t.end is None and end is not None and (CENSOR - end).days > SLACK_DAYS:
        yield "end", shown


def _near(a: date | None, b: date | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs((a - b).days) <= SLACK_DAYS


def _show_role(r: Role) -> str:
    return f"{r.country}{r.sector} {r.title} {r.start or '…'}–{r.end or '…'}"


def _show(t: Tenure) -> str:
    return f"{t.country} {t.start or '…'}–{t.end or '…'}"


@dataclass
class Result:
    compared: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    rows: list[list[str]] = field(default_factory=list)
    namesakes: int = 0


def compare(tenures: list[Tenure], people: list[Person], heads: set[str], since: date = SINCE) -> Result:
    index = Index.build(people)
    result = Result()
    compared: set[str] = set()
    for t in tenures:
        if t.end is not None and t.end < since:
            continue
        person, how = index.match(t, heads)
        if person is None:  # listed for a reader to settle, not counted as disagreements
            kind = how or "lacking"
            result.namesakes += kind == "namesake"
            result.kinds["lacking"] += kind == "lacking"
            result.rows.append([kind, "", "", "", _show(t), " / ".join(t.names()), t.obsid])
            continue
        compared.add(person.name)
        for kind, ours in disagreements(person, t, heads):
            result.kinds[kind] += 1
            result.rows.append([kind, person.name, ",".join(person.files), ours, _show(t),
                                " / ".join(t.names()), t.obsid])
    result.compared = len(compared)
    return result


def _table(path: Path) -> list[str]:
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f if line.strip() and not line.startswith("#")]


def _read_source(args: argparse.Namespace) -> tuple[str, str, bytes]:
    """(where, commit, bytes) of the annual file, from a bare clone or a plain file."""
    if args.file:
        return args.file, "", Path(args.file).read_bytes()
    def git(*a: str) -> bytes:
        return subprocess.run(["git", "--git-dir", args.git_dir, *a], check=True, capture_output=True).stdout
    commit = git("rev-parse", args.commit).decode().strip()
    return f"https://github.com/{REPO}", commit, git("show", f"{commit}:{args.path}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--git-dir", help="bare clone of globalgov/manystates")
    src.add_argument("--file", help="an Archigos annual file (tab-separated)")
    ap.add_argument("--commit", default="HEAD")
    ap.add_argument("--path", default=PATH, help="the annual file inside the clone")
    ap.add_argument("--people", default="src/newsevents/data/actors/people")
    ap.add_argument("--report", required=True, help="TSV of every disagreement")
    args = ap.parse_args(argv)

    where, commit, blob = _read_source(args)
    digest = hashlib.sha256(blob).hexdigest()
    countries = dict(line.split("\t")[:2] for line in _table(HERE / "archigos_countries.tsv"))
    heads = set(_table(HERE / "head_titles.txt"))
    tenures = read_tenures(blob.decode("latin-1"), countries)
    result = compare(tenures, our_people(Path(args.people)), heads)

    counts = {k: result.kinds.get(k, 0) for k in ("country", "office", "start", "end", "lacking")}
    summary = (f"Archigos tenures since {SINCE.year}: {sum(t.end is None or t.end >= SINCE for t in tenures)}; "
               f"our people compared: {result.compared}; disagreements: {counts}; "
               f"left unmatched as namesakes: {result.namesakes}")
    with open(args.report, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["# source", where, commit, f"{args.path if not args.file else args.file} sha256 {digest}", LICENCE])
        w.writerow([f"# {summary}"])
        w.writerow(["kind", "our_name", "our_file", "ours", "theirs", "their_name", "their_obsid"])
        w.writerows(result.rows)
    print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
