"""The actor dictionary: every way news names a country, organisation, person or role.

Loaded once from the data files in ``newsevents/data/actors/`` (documented at the top
of each file) plus any user files (``--actors FILE``, YAML). Lookups are by the
normalised text of a phrase, so "U.S.", "the United States" and "America" all land on
one entry.
"""

from __future__ import annotations

import csv
import io
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache, lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, Literal

import yaml

from newsevents.actors.lexicon import Lexicon
from newsevents.errors import DataFileError

# libyaml's safe loader when PyYAML was built with it (the wheels are): the people files are
# about 20,000 lines and the pure-Python loader takes seconds to read them.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Kind = Literal["country", "adjective", "demonym", "capital", "epithet", "region", "org", "person", "role", "ethnic"]



@cache
def _title_synonyms() -> dict[str, str]:
    """variant -> office, from data/actors/title_synonyms.csv (read once)."""
    src = resources.files("newsevents") / "data" / "actors" / "title_synonyms.csv"
    return {row["variant"]: row["office"] for _, row in _csv_rows(src)}




def canonical_title(text: str) -> str:
    """One key per office: lower case, spelling variants folded ("Defense Secretary" -> "defence minister")."""
    t = " ".join(text.replace("’", "'").split()).lower()
    for prefix in Lexicon.load().temporary_titles:
        t = t.removeprefix(prefix + " ")
    return _title_synonyms().get(t, t)


@dataclass(frozen=True)
class Role:
    """One office a person held: the code it gives them and when."""

    code: str
    title: str
    start: date | None
    end: date | None

    def active(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)

    def distance(self, on: date) -> int:
        """Days between `on` and this office (0 while it is held)."""
        if self.active(on):
            return 0
        if self.start is not None and on < self.start:
            return (self.start - on).days
        assert self.end is not None
        return (on - self.end).days


@dataclass(frozen=True)
class Entry:
    """What one dictionary phrase means."""

    kind: Kind
    code: str  # full CAMEO-style code ("PRKGOV"), a bare country ("PRK") or, for roles, the sector ("MIL")
    name: str
    roles: tuple[Role, ...] = ()
    wikidata: str | None = None

    def code_on(self, on: date | None) -> str:
        """A person's code for an article date: the office held then, else the nearest one."""
        if not self.roles:
            return self.code
        if on is None:
            return self.roles[-1].code
        return min(self.roles, key=lambda r: r.distance(on)).code

    def names_rulers(self) -> bool:
        """The phrase names a state's rulers, not the state: a seat of government ("the Kremlin") or an
        epithet with a sector ("the Zionist regime": ISRGOV)."""
        return self.kind == "capital" or (self.kind == "epithet" and len(self.code) > 3)

    def names_state(self) -> bool:
        """The phrase names a state itself: its name ("Israel") or an epithet without a sector ("the Jewish
        state": ISR)."""
        return self.kind == "country" or (self.kind == "epithet" and len(self.code) == 3)

    def active_on(self, on: date | None) -> bool:
        return on is None or not self.roles or any(r.active(on) for r in self.roles)


# Offices of rebels, the opposition or gangs are never "the president" or "the leader" of a
# country ("Savimbi, the UNITA leader" does not lead Angola).
_NOT_STATE_SECTORS = frozenset({"REB", "OPP", "CRM", "UAF"})



# Names this long or longer are found misspelt, in words longer than this: shorter names are
# one letter from other words ("Iran", "Iraq", "Oman", "Mali").
_MIN_MISSPELT = 5
# The most texts whose begins_an_alias (or may_start) answer is kept (then forgotten all at once): memory
# stays bounded.
_BEGINS_KEPT = 1 << 16
_STATE_KINDS = frozenset({"country", "adjective", "demonym"})


def _one_dropped(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def _one_edit(a: str, b: str) -> bool:
    """Whether two different words are one letter added, dropped, changed or swapped apart."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return short in _one_dropped(long_)


@lru_cache(maxsize=1 << 16)  # asked for the same few thousand phrases again and again while coding
def normalise(text: str) -> str:
    """Lower-case, typographic apostrophes folded, a leading "the " dropped."""
    t = " ".join(text.replace("’", "'").replace("‘", "'").split()).lower()
    return t[4:] if t.startswith("the ") else t


_WORD_BREAK = re.compile(r"[\s\-'’.]")


@lru_cache(maxsize=1 << 16)
def _first_word(text: str) -> str:
    """The first word of a phrase as spaCy would split it: "Guinea-Bissau" -> "guinea", "U.S." -> "u"."""
    return _WORD_BREAK.split(text.strip().lower(), maxsplit=1)[0]


def _has_prefix(keys: list[str], prefix: str) -> bool:
    """Whether a key of a sorted list begins with `prefix` (the first key not below it is the one to check)."""
    at = bisect_left(keys, prefix)
    return at < len(keys) and keys[at].startswith(prefix)


def _is_case_sensitive(alias: str) -> bool:
    # Short all-capital aliases ("US", "UN", "IS") are also ordinary words in lower case.
    letters = alias.replace(".", "")
    return len(letters) <= 4 and letters.isupper()


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def _csv_rows(source: Traversable | Path) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a CSV data file, skipping `#` comment lines; yields (line number, row)."""
    if not source.is_file():
        return
    text = source.read_text(encoding="utf-8")
    lines = text.splitlines()
    kept = [(n, line) for n, line in enumerate(lines, 1) if line.strip() and not line.lstrip().startswith("#")]
    if not kept:
        return
    reader = csv.DictReader(io.StringIO("\n".join(line for _, line in kept)))
    for (n, _), row in zip(kept[1:], reader, strict=False):
        yield n, {k.strip(): (v or "").strip() for k, v in row.items() if k}


def _date(value: Any, where: str, line: int | None, *, end: bool = False) -> date | None:
    """A date from YAML: a date, 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'; None for open ends.

    A month or a year alone means its first day as a start and its last day as an `end`:
    an office that ended "2024" was still held in March 2024.
    """
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    parts = str(value).split("-")
    try:
        nums = [int(p) for p in parts]
        if len(nums) == 1:
            return date(nums[0], 12, 31) if end else date(nums[0], 1, 1)
        if len(nums) == 2:
            first = date(nums[0], nums[1], 1)
            if not end:
                return first
            return date(nums[0] + nums[1] // 12, nums[1] % 12 + 1, 1) - timedelta(days=1)
        return date(nums[0], nums[1], nums[2])
    except (ValueError, IndexError) as err:
        raise DataFileError(where, line, f"not a date: {value!r} (use YYYY-MM-DD)") from err


@dataclass
class ActorDictionary:
    """Phrase -> entries. Build with ``ActorDictionary.load()``; read-only afterwards."""

    phrases: dict[str, list[Entry]] = field(default_factory=lambda: defaultdict(list))
    exact: dict[str, list[Entry]] = field(default_factory=lambda: defaultdict(list))
    roles: dict[str, str] = field(default_factory=dict)  # role noun -> sector
    needs_country: set[str] = field(default_factory=set)  # role nouns (weapons) never given a context country
    # an ethnic group of several states -> those states ("kurds" -> TUR IRQ SYR IRN)
    ethnic_states: dict[str, frozenset[str]] = field(default_factory=dict)
    part_of: set[str] = field(default_factory=set)  # positions inside a body ("leader of the gang")
    # (country, canonical title) -> the people who held that office, with the role
    offices: dict[tuple[str, str], list[tuple[Role, Entry]]] = field(default_factory=lambda: defaultdict(list))
    titles: set[str] = field(default_factory=set)  # every canonical title some office has
    # country -> [(in force from, the offices "its leader" means)], oldest first
    leader_titles: dict[str, list[tuple[date | None, tuple[str, ...]]]] = field(default_factory=dict)
    max_words: int = 1
    monarchies: set[str] = field(default_factory=set)  # codes of the states a monarch rules ("SAU")
    epithets: set[str] = field(default_factory=set)  # nicknames of one state ("islamic republic"), normalised
    # every alias key, sorted, for ``begins_an_alias`` (built on its first call; ``add`` drops it)
    _sorted_keys: tuple[list[str], list[str]] | None = field(default=None, repr=False, compare=False)
    # begins_an_alias's answer per text (and may_start's per word), kept until ``add``: the same words
    # ("the", "U.S.", "President") begin a phrase in every story
    _begins: dict[str, bool] = field(default_factory=dict, repr=False, compare=False)
    _starts: dict[str, bool] = field(default_factory=dict, repr=False, compare=False)
    first_words: set[str] = field(default_factory=set)  # first word of every alias, for may_start
    # one letter dropped from a one-word country name, adjective or demonym -> the names
    # ("Ethiopia" -> "ethopia"): how a misspelt name ("Ethopia", "Quatar") is found
    near_names: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    # -- lookup -------------------------------------------------------------------------------------

    def lookup(self, text: str) -> list[Entry]:
        """Entries for a phrase exactly as written (case matters only for short capitals)."""
        hits = self.exact.get(text.replace("’", "'"), [])
        return hits or self.phrases.get(normalise(text), [])

    def begins_an_alias(self, text: str) -> bool:
        """Whether some alias that ``lookup`` could find for a phrase starting with `text` begins with it:
        when none does, no longer phrase is worth looking up (the matcher stops lengthening it there)."""
        found = self._begins.get(text)
        if found is None:
            if len(self._begins) >= _BEGINS_KEPT:
                self._begins.clear()
            found = self._begins[text] = self._begins_an_alias(text)
        return found

    def _begins_an_alias(self, text: str) -> bool:
        key = normalise(text)
        if "Σ" in text or "the ".startswith(key):
            return True  # more words may change how these are normalised: a final sigma, a leading "the"
        if self._sorted_keys is None:
            self._sorted_keys = (sorted(self.phrases), sorted(self.exact))
            self._begins.clear()
        phrases, exact = self._sorted_keys
        return _has_prefix(phrases, key) or _has_prefix(exact, text.replace("’", "'"))

    def role(self, noun: str) -> str | None:
        return self.roles.get(normalise(noun))

    def holder(self, country: str, title: str, on: date | None) -> Entry | None:
        """Who held `title` ("prime minister", "leader") in `country` on the date (or most recently)."""
        key = canonical_title(title)
        titles = self.leader_offices(country, on) if key == "leader" else (key,)
        # "the leader" is never the head of a parliament or a court ("Chairman" of the NPC)
        blocked = _NOT_STATE_SECTORS | {"LEG", "JUD"} if key == "leader" else _NOT_STATE_SECTORS
        for t in titles:
            held = [(r, e) for r, e in self.offices.get((country, t), ()) if r.code[3:6] not in blocked]
            if not held:
                continue
            if on is None:
                return max(held, key=lambda rh: rh[0].start or date.min)[1]
            active = [e for r, e in held if r.active(on)]
            if active:
                return active[-1]
        return None

    # -- building -----------------------------------------------------------------------------------

    def add(self, alias: str, entry: Entry, *, replace: bool = False) -> None:
        """Add an alias; with `replace` the alias forgets its earlier meanings (a user's override)."""
        alias = alias.strip()
        if alias.lower().startswith("the "):
            alias = alias[4:]  # "the UN" is the UN: the article is optional in text
        if not alias:
            return
        table, key = (self.exact, alias) if _is_case_sensitive(alias) else (self.phrases, normalise(alias))
        self._sorted_keys = None
        self._begins.clear()
        self._starts.clear()
        if replace:
            table[key] = [entry]
        else:
            table[key].append(entry)
        self.max_words = max(self.max_words, len(alias.split()) + alias.count("-"))
        self.first_words.add(_first_word(alias))

    def misspelt(self, word: str) -> list[Entry]:
        """The country entries a misspelt one-word name means ("Ethopia", "Quatar", "Afganistan"):
        one letter added, dropped, changed or swapped, and only one country it can be; else []."""
        key = word.lower()
        if len(key) <= _MIN_MISSPELT or not key.isalpha():
            return []
        names = set(self.near_names.get(key, ()))
        for variant in _one_dropped(key):
            names |= self.near_names.get(variant, set())
        entries = [e for n in names if _one_edit(key, n) for e in self.phrases.get(n, []) if e.kind in _STATE_KINDS]
        return entries if len({e.code[:3] for e in entries}) == 1 else []

    def _add_near(self, alias: str) -> None:
        key = alias.lower()
        if len(key) >= _MIN_MISSPELT and key.isalpha():
            self.near_names[key].add(key)
            for variant in _one_dropped(key):
                self.near_names[variant].add(key)

    def may_start(self, word: str) -> bool:
        """Whether some alias begins with this token (a cheap filter before phrase lookups): asked of
        every word of every phrase and sentence, so each word's answer is kept until ``add``."""
        found = self._starts.get(word)
        if found is None:
            if len(self._starts) >= _BEGINS_KEPT:
                self._starts.clear()
            found = self._starts[word] = _first_word(word) in self.first_words
        return found
    @classmethod
    def load(cls, extra: Iterable[str | Path] = ()) -> ActorDictionary:
        data = resources.files("newsevents") / "data" / "actors"
        d = cls()
        d._load_countries(data / "countries.csv")
        d._load_regions(data / "regions.csv")
        d._load_epithets(data / "epithets.csv")
        d._load_organisations(data / "organisations.csv")
        d._load_roles(data / "roles.csv")
        d._load_ethnic(data / "ethnic_groups.csv")
        d._load_leaders(data / "leaders.csv")
        people = data / "people"
        if people.is_dir():
            files = sorted((f for f in people.iterdir() if f.name.endswith((".yaml", ".yml"))),
                           key=lambda f: f.name)
            for item, where, i in _merge_people(files):
                d._add_yaml_entry(item, where, i, None)
        for path in extra:
            d.load_yaml(Path(path), override=True)
        return d

    def _load_countries(self, src: Traversable) -> None:
        for _, row in _csv_rows(src):
            code = row["code"].upper()
            name = row.get("name") or code
            if row.get("monarchy", "").lower() == "yes":
                self.monarchies.add(code)
            for alias in [name, *_split(row.get("names"))]:
                self.add(alias, Entry("country", code, name))
                self._add_near(alias)
            for alias in _split(row.get("adjectives")):
                self.add(alias, Entry("adjective", code, name))
                self._add_near(alias)
            for alias in _split(row.get("demonyms")):
                self.add(alias, Entry("demonym", code, name))
                self._add_near(alias)
            for alias in _split(row.get("capitals")):
                self.add(alias, Entry("capital", code + "GOV", name))

    def _load_regions(self, src: Traversable) -> None:
        if not src.is_file():
            return
        for _, row in _csv_rows(src):
            self.add(row["name"], Entry("region", row["country"].upper(), row["name"]))

    def _load_epithets(self, src: Traversable) -> None:
        """ "the Jewish state": a state's nickname is that state ("ISR"), or its rulers ("ISRGOV")."""
        for _, row in _csv_rows(src):
            code = row["code"].upper()
            self.epithets.add(normalise(row["epithet"]))
            self.add(row["epithet"], Entry("epithet", code, row["epithet"]))

    def _load_organisations(self, src: Traversable) -> None:
        for n, row in _csv_rows(src):
            code = row["code"].upper()
            roles = _code_periods(code, row.get("later"), str(src), n)
            entry = Entry("org", roles[-1].code if roles else code, row["name"], roles)
            for alias in [row["name"], *_split(row.get("aliases"))]:
                self.add(alias, entry)

    def _load_roles(self, src: Traversable) -> None:
        for _, row in _csv_rows(src):
            self.roles[normalise(row["term"])] = row["sector"].upper()
            if row.get("needs_country", "").lower() in {"yes", "true", "1"}:
                self.needs_country.add(normalise(row["term"]))
            if row.get("part_of", "").lower() in {"yes", "true", "1"}:
                self.part_of.add(normalise(row["term"]))

    def _load_ethnic(self, src: Traversable) -> None:
        for _, row in _csv_rows(src):
            self.add(row["term"], Entry("ethnic", (row.get("country") or "").upper(), row["term"]))
            if row.get("lives_in"):
                self.ethnic_states[row["term"].lower()] = frozenset(row["lives_in"].upper().split())

    def _load_leaders(self, src: Traversable) -> None:
        for n, row in _csv_rows(src):
            titles = tuple(canonical_title(t) for t in _split(row.get("titles")))
            if not titles:
                raise DataFileError(str(src), n, "a leader row needs `titles`")
            since = _date(row.get("from"), str(src), n)
            rules = self.leader_titles.setdefault(row["country"].upper(), [])
            rules.append((since, titles))
            rules.sort(key=lambda r: r[0] or date.min)

    def leader_offices(self, country: str, on: date | None) -> tuple[str, ...]:
        """The offices "the <country> leader" means on a date (leaders.csv), else the default order."""
        rules = self.leader_titles.get(country)
        if not rules:
            return Lexicon.load().default_leader_titles
        if on is None:
            return rules[-1][1]
        current = [titles for since, titles in rules if since is None or since <= on]
        return current[-1] if current else rules[0][1]

    def load_yaml(self, src: Traversable | Path, *, override: bool = False) -> None:
        """People (with `roles`), organisations (`code`) or roles (`sector`) from a YAML list.

        With `override` (users' files) an alias given here replaces what the built-in
        dictionary meant by it; several entries of the same file may still share an alias.
        """
        seen: set[str] = set()  # aliases this file has already redefined
        for i, item in enumerate(_yaml_entries(src), 1):
            self._add_yaml_entry(item, str(src), i, seen if override else None)

    def _add_yaml_entry(self, item: dict[str, Any], where: str, i: int, seen: set[str] | None) -> None:
        if "term" in item:
            self.roles[normalise(str(item["term"]))] = str(item["sector"]).upper()
            return
        name = str(item["name"])
        aliases = list(dict.fromkeys([name, *[str(a) for a in item.get("aliases") or []]]))
        if item.get("roles"):
            roles = []
            for r in item["roles"]:
                if not isinstance(r, dict) or "code" not in r:
                    raise DataFileError(where, None, f"entry {i} ({name}): each role needs a `code`")
                roles.append(Role(str(r["code"]).upper(), str(r.get("title") or ""),
                                  _date(r.get("start"), where, None), _date(r.get("end"), where, None, end=True)))
            roles.sort(key=lambda r: r.start or date.min)
            entry = Entry("person", roles[-1].code, name, tuple(roles), item.get("wikidata"))
            for r in roles:
                if r.title:
                    key = canonical_title(r.title)
                    self.offices[(r.code[:3], key)].append((r, entry))
                    self.titles.add(key)
        elif item.get("code"):
            kind: Kind = "person" if item.get("person") else "org"
            entry = Entry(kind, str(item["code"]).upper(), name, (), item.get("wikidata"))
        else:
            raise DataFileError(where, None, f"entry {i} ({name}): needs `code` or `roles`")
        for alias in aliases:
            if seen is None:
                self.add(alias, entry)
            else:
                key = normalise(alias)
                self.add(alias, entry, replace=key not in seen)
                seen.add(key)


def _yaml_entries(src: Traversable | Path) -> list[dict[str, Any]]:
    """The entries of one actor YAML file, each checked to be a person, organisation or role."""
    where = str(src)
    try:
        items = yaml.load(src.read_text(encoding="utf-8"), Loader=_YAML_LOADER) or []
    except (OSError, yaml.YAMLError) as err:
        raise DataFileError(where, None, f"cannot read actor file: {err}") from err
    if not isinstance(items, list):
        raise DataFileError(where, None, "an actor file is a YAML list of entries")
    for i, item in enumerate(items, 1):
        if not isinstance(item, dict) or ("name" not in item and "term" not in item):
            raise DataFileError(where, None, f"entry {i}: needs `name` (or `term` for a role)")
    return items


def _merge_people(files: Iterable[Traversable]) -> list[tuple[dict[str, Any], str, int]]:
    """Entries of the built-in people files, one per person: the same `name` in two files
    (a leader in one, the same person's earlier ministry in another) is one person, so their
    roles and aliases are combined. Returns (entry, file, index) for error messages."""
    merged: dict[str, tuple[dict[str, Any], str, int]] = {}
    out: list[tuple[dict[str, Any], str, int]] = []
    for f in files:
        for i, item in enumerate(_yaml_entries(f), 1):
            name = item.get("name")
            first = merged.get(name) if name and item.get("roles") else None
            if first is None:
                entry = (dict(item), str(f), i)
                out.append(entry)
                if name and item.get("roles"):
                    merged[name] = entry
                continue
            base = first[0]
            base["roles"] = [*base["roles"], *item["roles"]]
            base["aliases"] = [*(base.get("aliases") or []), *(item.get("aliases") or [])]
            base["wikidata"] = base.get("wikidata") or item.get("wikidata")
    return out


def _code_periods(code: str, later: str | None, where: str, line: int) -> tuple[Role, ...]:
    """An organisation's codes over time from its `later` column ("AFGGOV@2021-08-15": the
    Taliban govern from that day); () when the code never changed."""
    changes = []
    for part in _split(later):
        new_code, _, when = part.partition("@")
        start = _date(when.strip(), where, line)
        if not new_code.strip() or start is None:
            raise DataFileError(where, line, f"`later` wants CODE@YYYY-MM-DD, got {part!r}")
        changes.append((start, new_code.strip().upper()))
    if not changes:
        return ()
    changes.sort()
    roles, current, since = [], code, None
    for start, new_code in changes:
        roles.append(Role(current, "", since, start - timedelta(days=1)))
        current, since = new_code, start
    roles.append(Role(current, "", since, None))
    return tuple(roles)
