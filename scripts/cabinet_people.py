"""Convert the U.S. cabinet-level office holders since 1977 into our people format, and cross-check ours.

Source: fivethirtyeight/data (Creative Commons Attribution 4.0 International), file
``cabinet-turnover/cabinet-turnover.csv`` (every appointee to a cabinet-level post from Carter to Biden,
with the day they were sworn in and the day they left), read from a local bare clone (``--git-dir``) at
a fixed commit, so the output is reproducible. Secretaries, attorneys general, intelligence chiefs and
White House chiefs of staff are among the people U.S. news quotes most, and our own files lacked most of
those between the leaders and the foreign and defence ministers: "Attorney General Jeff Sessions" was
coded by his title alone and "Sessions" not at all.

Run from the repository root::

    PYTHONPATH=src .venv/bin/python scripts/cabinet_people.py \\
        --git-dir /work/.mirror/fivethirtyeight+data/repo \\
        --write src/newsevents/data/actors/people/us_cabinet.yaml

It prints the cross-check (how many appointees our other people files already hold, and every office of
theirs we lack or date differently), and with ``--write`` writes, with provenance: every appointee our
files lack, and for those they hold, the offices they lack (the loader joins one person's roles across
files by name). Aliases are the name as given and without a "Jr." or a middle initial, never a bare
surname: a surname alone matches only a person named in full earlier in the story.
"""

from __future__ import annotations

import csv
import re
from datetime import date
from pathlib import Path

import people_source
import yaml

from newsevents.actors.dictionary import canonical_title

REPO = "https://github.com/fivethirtyeight/data"
FILE = "cabinet-turnover/cabinet-turnover.csv"
OUTPUT = "us_cabinet.yaml"  # our own output: not ours to check against theirs
OURS = Path(__file__).resolve().parents[1] / "src" / "newsevents" / "data" / "actors" / "people"
# "Still in office" at the snapshot (2023): the Biden administration's appointees all left with it
ADMINISTRATION_END = {"Biden": "2025-01-20"}
DATES_AGREE_DAYS = 45
# short given names and the full names news also writes for the same person ("Steve Mnuchin" is also
# "Steven Mnuchin"); only this way round: a full name in the source gets no invented nickname
NICKNAMES = {"bob": ["Robert"], "rob": ["Robert"], "bill": ["William"], "dick": ["Richard"], "rick": ["Richard"],
             "ted": ["Edward"], "ed": ["Edward", "Edmund"], "hank": ["Henry"], "chuck": ["Charles"],
             "steve": ["Steven", "Stephen"], "mike": ["Michael"], "jim": ["James"], "tom": ["Thomas"],
             "dan": ["Daniel"], "don": ["Donald"], "andy": ["Andrew"], "sam": ["Samuel"], "ben": ["Benjamin"],
             "tony": ["Anthony"], "larry": ["Lawrence"], "pete": ["Peter"], "jeff": ["Jeffrey"], "ken": ["Kenneth"],
             "tim": ["Timothy"], "alex": ["Alexander"], "nick": ["Nicholas"], "chris": ["Christopher"],
             "deb": ["Deborah"], "marty": ["Martin"], "liz": ["Elizabeth"]}

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# position -> (code, the title news writes before the name); intelligence chiefs are SPY as the CIA is,
# the attorney general JUD as the Justice Department is, the rest of the cabinet GOV
POSITIONS = {
    "Vice President": ("USAGOV", "Vice President"),
    "Secretary of State": ("USAGOV", "Secretary of State"),
    "Secretary of the Treasury": ("USAGOV", "Treasury Secretary"),
    "Secretary of Defense": ("USAGOV", "Defense Secretary"),
    "Attorney General": ("USAJUD", "Attorney General"),
    # not folded into "interior minister": the U.S. one runs public lands, not the police
    "Secretary of the Interior": ("USAGOV", "Secretary of the Interior"),
    "Secretary of Agriculture": ("USAGOV", "Agriculture Secretary"),
    "Secretary of Commerce": ("USAGOV", "Commerce Secretary"),
    "Secretary of Labor": ("USAGOV", "Labor Secretary"),
    "Secretary of Health, Education & Welfare": ("USAGOV", "Health, Education and Welfare Secretary"),
    "Secretary of Health & Human Services": ("USAGOV", "Health and Human Services Secretary"),
    "Secretary of Housing & Urban Development": ("USAGOV", "Housing and Urban Development Secretary"),
    "Secretary of Transportation": ("USAGOV", "Transportation Secretary"),
    "Secretary of Energy": ("USAGOV", "Energy Secretary"),
    "Secretary of Education": ("USAGOV", "Education Secretary"),
    "Secretary of Veterans Affairs": ("USAGOV", "Veterans Affairs Secretary"),
    "Secretary of Homeland Security": ("USAGOV", "Homeland Security Secretary"),
    "Chief of Staff": ("USAGOV", "White House Chief of Staff"),
    "OMB Director": ("USAGOV", "Budget Director"),
    "UN Ambassador": ("USAGOV", "UN Ambassador"),
    "U.S. Trade Representative": ("USAGOV", "Trade Representative"),
    "EPA Administrator": ("USAGOV", "EPA Administrator"),
    "SBA Administrator": ("USAGOV", "SBA Administrator"),
    "CEA Chair": ("USAGOV", "Chair of the Council of Economic Advisers"),
    "OSTP Director": ("USAGOV", "White House Science Adviser"),
    "Director of Central Intelligence": ("USASPY", "Director of Central Intelligence"),
    "CIA Director": ("USASPY", "CIA Director"),
    "Director of National Intelligence": ("USASPY", "Director of National Intelligence"),
}


def main() -> None:
    args = people_source.arguments(__doc__.splitlines()[0])
    commit, raw = people_source.read(args.git_dir, args.commit, FILE)
    people = _people(list(csv.DictReader(raw.lstrip("\ufeff").splitlines())))
    additions = _cross_check(people)
    if args.write:
        people_source.write_people(
            args.write, additions,
            ["U.S. cabinet-level office holders since 1977 that our other people files lack, and the",
             "offices they lack of those they hold (the loader joins one person's roles by name)."],
            "cabinet_people.py", repo=REPO, commit=commit, path=FILE, text=raw,
            licence="Creative Commons Attribution 4.0 International (FiveThirtyEight)")


def _people(rows: list[dict]) -> list[dict]:
    """One person per appointee, with every office; a tenure split across two administrations
    ("Bush admin" as its end, "Reagan admin" as its start) is joined into one."""
    by_name: dict[str, dict] = {}
    for row in rows:
        position = row["position"].split("/")[-1].strip()  # "Director of Central Intelligence/CIA Director"
        if position not in POSITIONS:
            raise SystemExit(f"{FILE}: unknown position {position!r} ({row['appointee']}); add it to POSITIONS")
        code, title = POSITIONS[position]
        name = row["appointee"].strip()
        start = _day(row["start_date"])
        end = ADMINISTRATION_END.get(row["president"]) if "still" in row["end_date"].lower() else _day(row["end_date"])
        person = by_name.setdefault(name, {"name": name, "roles": []})
        same = next((r for r in person["roles"] if r["title"] == title and (r["end"] is None or start is None)), None)
        if same is not None:  # the other half of a tenure split across administrations
            same["start"], same["end"] = same["start"] or start, same["end"] or end
            continue
        person["roles"].append({"code": code, "title": title, "start": start, "end": end})
    for person in by_name.values():
        aliases = _aliases(person["name"])
        if aliases:
            person["aliases"] = aliases
        person["roles"].sort(key=lambda r: r["start"] or "")
    return sorted(by_name.values(), key=lambda p: (p["roles"][0]["start"] or "", p["name"]))


def _day(text: str) -> str | None:
    """ "1/21/77" -> 1977-01-21, "Aug. 1981" -> 1981-08; None for "Bush admin" (the other row has it)."""
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})", text.strip())
    if m:
        month, day, year = (int(g) for g in m.groups())
        year += 0 if year > 100 else (1900 if year >= 50 else 2000)
        return date(year, month, day).isoformat()
    m = re.fullmatch(r"([A-Z][a-z]{2})\w*\.? (\d{4})", text.strip())
    if m:
        month = _MONTHS.index(m.group(1)) + 1
        return f"{m.group(2)}-{month:02d}"
    return None


def _aliases(name: str) -> list[str]:
    """The name without a generational suffix and without middle initials, never the surname alone."""
    plain = re.sub(r",? (Jr\.|Sr\.|II|III|IV)$", "", name)
    short = re.sub(r" (?:[A-Z]\.)+(?= )", "", plain)  # "W. Michael Blumenthal" keeps its first word
    first, rest = short.split(" ", 1) if " " in short else (short, "")
    full = [f"{n} {rest}" for n in NICKNAMES.get(first.lower(), [])] if rest else []
    return sorted({plain, short, *full} - {name})


def _cross_check(people: list[dict]) -> list[dict]:
    """Theirs against ours: who we hold, which of their offices we lack or date differently. Returns
    what to write: the people we lack, and the offices we lack of those we hold."""
    ours = _our_people()
    held = lacking = differ = new = 0
    out: list[dict] = []
    for person in people:
        mine = _find(person, ours)
        if mine is None:
            out.append(person)
            new += 1
            continue
        held += 1
        missing = []
        for role in person["roles"]:
            near = [r for r in mine["roles"] if _same_office(role, r)]
            if not near:
                missing.append(role)
                lacking += 1
                print(f"office we lack: {mine['name']}: {role['title']} {role['start']}..{role['end']}")
            elif not any(_days_apart(role, r) <= DATES_AGREE_DAYS for r in near):
                differ += 1
                print(f"dates differ: {mine['name']}: {role['title']} theirs {role['start']}..{role['end']}, "
                      f"ours {near[0].get('start')}..{near[0].get('end')}")
        if missing:
            out.append({"name": mine["name"], "roles": missing})
    print(f"appointees: {len(people)}; in our files already: {held}; their offices we lack: {lacking}; "
          f"offices dated differently (over {DATES_AGREE_DAYS} days): {differ}; people added: {new}")
    return out


def _our_people() -> list[dict]:
    """Our people, one entry per name with the roles of every file that holds them (as the loader joins)."""
    by_name: dict[str, dict] = {}
    for path in sorted(p for p in OURS.glob("*.yaml") if p.name != OUTPUT):
        for p in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            if p.get("roles"):
                mine = by_name.setdefault(p["name"], {"name": p["name"], "aliases": [], "roles": []})
                mine["aliases"] += p.get("aliases", [])
                mine["roles"] += p["roles"]
    return list(by_name.values())


def _find(person: dict, ours: list[dict]) -> dict | None:
    """Our entry for the same person: the same name or alias (initials spaced either way), else the
    same surname and first initial in an executive U.S. office within a year of one of theirs ("Bob
    Gates" is our "Robert Gates"; a legislator of the same surname is someone else)."""
    plain = re.sub(r",? (Jr\.|Sr\.|II|III|IV)$", "", person["name"])
    names = {_key(person["name"]), _key(plain)}  # not without its initials: "George Bush" is two people
    for mine in ours:
        if names & {_key(n) for n in (mine["name"], *mine.get("aliases", []))} and _american(mine):
            return mine
    first, surname = _first_and_surname(person["name"])
    for mine in ours:
        their_first, their_surname = _first_and_surname(mine["name"])
        if their_surname != surname or not _same_first(first, their_first):
            continue
        if any(str(r.get("code", "")).startswith("USA") and not str(r.get("code")).endswith("LEG")
               and abs(_days_between(r.get("start"), theirs["start"])) <= 366
               for r in mine["roles"] for theirs in person["roles"]):
            return mine
    return None


def _key(name: str) -> str:
    """ "George H.W. Bush" and "George H. W. Bush" are one name; "George W. Bush" another."""
    return re.sub(r"[^a-z]", "", name.lower())


def _first_and_surname(name: str) -> tuple[str, str]:
    words = re.sub(r",? (Jr\.|Sr\.|II|III|IV)$", "", name).split()
    return words[0].lower(), words[-1].lower()


def _same_first(a: str, b: str) -> bool:
    """The same first name, or one the short form of the other ("Bob" and "Robert")."""
    return a == b or b.capitalize() in NICKNAMES.get(a, []) or a.capitalize() in NICKNAMES.get(b, [])


def _american(person: dict) -> bool:
    return any(str(r.get("code", "")).startswith("USA") for r in person["roles"])


def _same_office(theirs: dict, mine: dict) -> bool:
    """The same office whatever the spelling ("Secretary of State", "Foreign Minister"): the same code,
    the same office once spellings are folded, and an overlapping tenure."""
    if str(mine.get("code")) != theirs["code"] or canonical_title(str(mine.get("title") or "")) != canonical_title(
            theirs["title"]):
        return False
    start, end = str(mine.get("start") or "0000"), str(mine.get("end") or "9999")
    return start <= (theirs["end"] or "9999") and (theirs["start"] or "0000") <= end


def _days_apart(theirs: dict, mine: dict) -> int:
    return max(abs(_days_between(mine.get("start"), theirs["start"])),
               abs(_days_between(mine.get("end"), theirs["end"])))


def _days_between(a: object, b: object) -> int:
    if not a or not b:
        return 0 if a == b else 10**6
    da, db = (date.fromisoformat((str(x) + "-01")[:10] if len(str(x)) == 7 else str(x)) for x in (a, b))
    return (da - db).days


if __name__ == "__main__":
    main()
