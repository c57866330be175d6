"""The data model: articles in, events out.

Every record is a frozen dataclass so that pipeline stages cannot mutate what an
earlier stage produced. ``Event.to_dict`` is the JSON event-record contract of
DESIGN.md; the scorers in ``shared/eval`` read exactly those fields.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

Status = Literal["asserted", "negated", "hypothetical", "future"]
#: "before": a background event ("had resigned") with no date of its own: before publication, day unknown.
#: "week": "last week", "earlier this week"; the date is the ISO 8601 week ("2019-W17").
DatePrecision = Literal["day", "week", "month", "year", "publication", "before", "unknown"]

#: Statuses that count as events in statistics; the others are printed as information.
COUNTED_STATUSES: frozenset[str] = frozenset({"asserted", "future"})


@dataclass(frozen=True)
class Dateline:
    """The dateline that opens a wire story: "QUETTA, Pakistan (AP) —", "CAIRO, March 3 (Reuters) -".

    ``places`` are the places as written, each with the region or country the dateline adds
    ("QUETTA, Pakistan"; "MONTREAL/RIYADH" gives two); ``start``/``end`` are character offsets
    into the article text, ``end`` being where the story's first sentence begins.
    """

    places: tuple[str, ...]
    agency: str | None
    date: date | None
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    """One news item as read from a source, before any NLP."""

    id: str
    text: str
    date: date | None = None
    title: str | None = None
    url: str | None = None
    source_path: str | None = None  # where it was read from, for error messages
    author: str | None = None
    dateline: Dateline | None = None  # filled by the pipeline (newsevents.dateline)

    def content_hash(self) -> str:
        """Hash of the normalised text: the same story read twice has the same hash."""
        norm = " ".join(self.text.split()).lower()
        return hashlib.sha1(norm.encode("utf-8")).hexdigest()


#: The sector code of a state's government ("FRAGOV"), the one sector the code itself picks out.
GOVERNMENT_SECTOR = "GOV"


@dataclass(frozen=True)
class Actor:
    """A resolved actor: the text as written plus its CAMEO-style code."""

    text: str
    code: str
    country: str | None = None
    sector: str | None = None
    name: str | None = None
    # how the resolver found it: the rule, the dictionary entry and its dates (not compared)
    how: str | None = field(default=None, compare=False)

    def to_dict(self) -> dict[str, Any]:
        out = {"text": self.text, "code": self.code, "country": self.country,
               "sector": self.sector, "name": self.name}
        if self.how is not None:  # additive: the stores keep the coded actor, not its explanation
            out["how"] = self.how
        return out


#: How fine a location is, as GDELT's Geo_Type: a country, a first- or second-level division, a town.
GeoPrecision = Literal["country", "admin1", "admin2", "town"]
#: Where in the text the location came from: the event's clause, its sentence, the article's dateline,
#: the places the article names most, or the actors' country (a domestic event).
GeoSource = Literal["clause", "sentence", "dateline", "article", "actor"]


@dataclass(frozen=True)
class Location:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    precision: GeoPrecision | None = None
    source: GeoSource | None = None
    adm1: str | None = None  # GDELT's ADM1 code: FIPS 10-4 country + first-level division ("AF10")

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "lat": self.lat,
                "lon": self.lon, "geonameid": self.geonameid, "precision": self.precision,
                "source": self.source, "adm1": self.adm1}


@dataclass(frozen=True)
class Trigger:
    """The words that name the event, with character offsets into the sentence."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Plover:
    type: str
    mode: str | None = None
    context: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "mode": self.mode, "context": list(self.context)}


@dataclass(frozen=True)
class Count:
    """How many: a number, or a range (``low`` and ``high``; None where open), with its words."""

    low: int | None
    high: int | None
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"min": self.low, "max": self.high, "text": self.text}


#: The kinds of count an event's magnitude has (PLOVER's magnitude fields).
MAGNITUDE_KINDS: tuple[str, ...] = ("dead", "injured", "arrested", "size")


@dataclass(frozen=True)
class Magnitude:
    """The event's numbers: people killed, injured, arrested, and the size of the group that acted."""

    dead: Count | None = None
    injured: Count | None = None
    arrested: Count | None = None
    size: Count | None = None

    def to_dict(self) -> dict[str, Any]:
        return {kind: count.to_dict() if (count := getattr(self, kind)) else None for kind in MAGNITUDE_KINDS}


@dataclass(frozen=True)
class Event:
    """One coded event with its evidence (sentence, trigger, rule)."""

    doc_id: str
    sentence_index: int
    sentence: str
    trigger: Trigger
    source: Actor | None
    target: Actor | None
    cameo: str
    quad_class: int
    goldstein: float
    plover: Plover | None
    status: Status = "asserted"
    attribution: Actor | None = None
    date: str | None = None
    date_precision: DatePrecision = "unknown"
    location: Location | None = None
    rule: str = ""
    confidence: float = 0.5
    extra: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    magnitude: Magnitude | None = None

    @property
    def event_id(self) -> str:
        """Stable across runs: the same article, sentence, trigger and actors give the same id."""
        key = "|".join([
            self.doc_id, str(self.sentence_index), str(self.trigger.start), self.cameo,
            self.source.code if self.source else "", self.target.code if self.target else "",
        ])
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    @property
    def counted(self) -> bool:
        return self.status in COUNTED_STATUSES

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "sentence_index": self.sentence_index,
            "sentence": self.sentence,
            "trigger": {"text": self.trigger.text, "start": self.trigger.start, "end": self.trigger.end},
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "plover": self.plover.to_dict() if self.plover else None,
            "status": self.status,
            "attribution": self.attribution.to_dict() if self.attribution else None,
            "date": self.date,
            "date_precision": self.date_precision,
            "location": self.location.to_dict() if self.location else None,
            "rule": self.rule,
            "confidence": self.confidence,
            "magnitude": self.magnitude.to_dict() if self.magnitude else None,
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)
