"""Records to table rows and back: the flat columns of schema.sql <-> the nested event record."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from newsevents.dedup import band_keys, minhash, normalise_url
from newsevents.records import MAGNITUDE_KINDS, Actor, Article, Count, Event, Magnitude

ARTICLE_COLUMNS: tuple[str, ...] = (
    "id", "content_hash", "title", "url", "date", "author", "source_path", "text", "n_events",
    "ingested_at",
)

_ACTOR_FIELDS = ("text", "code", "country", "sector", "name")
_LOCATION_FIELDS = ("name", "country", "lat", "lon", "geonameid", "precision", "source", "adm1")

EVENT_COLUMNS: tuple[str, ...] = (
    "event_id", "doc_id", "sentence_index", "sentence", "trigger_text", "trigger_start", "trigger_end",
    *(f"source_{f}" for f in _ACTOR_FIELDS),
    *(f"target_{f}" for f in _ACTOR_FIELDS),
    "cameo", "quad_class", "goldstein", "plover_type", "plover_mode", "plover_context", "status",
    *(f"attribution_{f}" for f in _ACTOR_FIELDS),
    "date", "date_precision",
    *(f"location_{f}" for f in _LOCATION_FIELDS),
    "rule", "confidence",
    *(f"magnitude_{kind}_{part}" for kind in MAGNITUDE_KINDS for part in ("min", "max", "text")),
)

MENTION_COLUMNS: tuple[str, ...] = (
    "mention_id", "event_id", "doc_id", "sentence_index", "sentence", "trigger_text", "trigger_start",
    "trigger_end", "rule", "confidence",
)
SIGHTING_COLUMNS: tuple[str, ...] = ("source_path", "seen_id", "doc_id", "url", "date", "reason", "similarity")
COUNT_COLUMNS: tuple[str, ...] = ("num_mentions", "num_articles", "num_sources")


def article_row(article: Article, n_events: int, ingested_at: datetime) -> tuple[Any, ...]:
    return (article.id, article.content_hash(), article.title, article.url, article.date, article.author,
            article.source_path, article.text, n_events, ingested_at)


def _actor_values(actor: Actor | None) -> tuple[Any, ...]:
    if actor is None:
        return (None,) * len(_ACTOR_FIELDS)
    return (actor.text, actor.code, actor.country, actor.sector, actor.name)


def event_row(event: Event) -> tuple[Any, ...]:
    plover = event.plover
    loc = event.location
    return (
        event.event_id, event.doc_id, event.sentence_index, event.sentence,
        event.trigger.text, event.trigger.start, event.trigger.end,
        *_actor_values(event.source),
        *_actor_values(event.target),
        event.cameo, event.quad_class, event.goldstein,
        plover.type if plover else None, plover.mode if plover else None,
        list(plover.context) if plover else None,
        event.status,
        *_actor_values(event.attribution),
        event.date, event.date_precision,
        *((loc.name, loc.country, loc.lat, loc.lon, loc.geonameid, loc.precision, loc.source, loc.adm1)
          if loc else (None,) * len(_LOCATION_FIELDS)),
        event.rule, event.confidence,
        *_magnitude_values(event.magnitude),
    )


def _magnitude_values(magnitude: Magnitude | None) -> tuple[Any, ...]:
    counts = [getattr(magnitude, kind) if magnitude else None for kind in MAGNITUDE_KINDS]
    return tuple(value for c in counts for value in ((c.low, c.high, c.text) if c else (None, None, None)))


def _magnitude(flat: dict[str, Any]) -> dict[str, Any] | None:
    """The record's ``magnitude`` from the ``magnitude_<kind>_min/max/text`` columns."""
    counts = {kind: Count(flat.get(f"magnitude_{kind}_min"), flat.get(f"magnitude_{kind}_max"),
                          flat[f"magnitude_{kind}_text"]) if flat.get(f"magnitude_{kind}_text") else None
              for kind in MAGNITUDE_KINDS}
    return Magnitude(**counts).to_dict() if any(counts.values()) else None


def mention_row(event: Event, merged_id: str) -> tuple[Any, ...]:
    """A sighting of the merged event ``merged_id``, with this event's own evidence."""
    return (event.event_id, merged_id, event.doc_id, event.sentence_index, event.sentence, event.trigger.text,
            event.trigger.start, event.trigger.end, event.rule, event.confidence)


def merge_key(event: Event) -> str:
    """GDELT's rule: events that agree on date, source, target, CAMEO code (and status) and place
    are one event. The same string as the SQL of migration 3 (v3_dedup.sql), hashed with md5."""
    loc = event.location
    place = "" if loc is None else (str(loc.geonameid) if loc.geonameid is not None else loc.name)
    key = "|".join([event.date or "", event.source.code if event.source else "",
                    event.target.code if event.target else "", event.cameo, event.status, place])
    return hashlib.md5(key.encode("utf-8")).hexdigest()


def fingerprint_rows(articles: Sequence[tuple[str, str, str | None]]
                     ) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Rows of `fingerprints` and `lsh_bands` for (id, text, url) triples."""
    prints: list[tuple[Any, ...]] = []
    bands: list[tuple[Any, ...]] = []
    for doc_id, text, url in articles:
        signature = minhash(text)
        prints.append((doc_id, normalise_url(url), signature.tolist() if signature is not None else None))
        bands.extend((key, doc_id) for key in (band_keys(signature) if signature is not None else []))
    return prints, bands


def unique_events(events: Sequence[Event]) -> list[Event]:
    """The events with distinct event_id (same trigger and actors), first one kept, order kept."""
    seen: dict[str, Event] = {}
    for event in events:
        seen.setdefault(event.event_id, event)
    return list(seen.values())


def _nested(flat: dict[str, Any], prefix: str, fields: tuple[str, ...], key: str) -> dict[str, Any] | None:
    """The sub-record ``prefix_*`` as a dict, or None when its key column is NULL."""
    if flat[f"{prefix}_{key}"] is None:
        return None
    return {f: flat[f"{prefix}_{f}"] for f in fields}


def flatten_record(record: dict[str, Any]) -> dict[str, Any]:
    """The inverse of ``event_record``: a nested event record as the columns of `events`."""
    flat: dict[str, Any] = {c: record.get(c) for c in EVENT_COLUMNS}
    trigger = record.get("trigger") or {}
    flat |= {"trigger_text": trigger.get("text"), "trigger_start": trigger.get("start"),
             "trigger_end": trigger.get("end")}
    for prefix, fields in (("source", _ACTOR_FIELDS), ("target", _ACTOR_FIELDS),
                           ("attribution", _ACTOR_FIELDS), ("location", _LOCATION_FIELDS)):
        sub = record.get(prefix) or {}
        flat |= {f"{prefix}_{f}": sub.get(f) for f in fields}
    plover = record.get("plover") or {}
    flat |= {"plover_type": plover.get("type"), "plover_mode": plover.get("mode"),
             "plover_context": plover.get("context") if plover else None}
    magnitude = record.get("magnitude") or {}
    for kind in MAGNITUDE_KINDS:
        count = magnitude.get(kind) or {}
        flat |= {f"magnitude_{kind}_{part}": count.get(key) for part, key in
                 (("min", "min"), ("max", "max"), ("text", "text"))}
    return flat


def event_record(flat: dict[str, Any]) -> dict[str, Any]:
    """A row of `events` as the DESIGN.md event record (the shape of Event.to_dict)."""
    plover = None
    if flat["plover_type"] is not None:
        context = flat["plover_context"] or []
        if isinstance(context, str):  # the event table's text form, "a;b"
            context = context.split(";")
        plover = {"type": flat["plover_type"], "mode": flat["plover_mode"], "context": list(context)}
    return {
        "event_id": flat["event_id"],
        "doc_id": flat["doc_id"],
        "sentence_index": flat["sentence_index"],
        "sentence": flat["sentence"],
        "trigger": {"text": flat["trigger_text"], "start": flat["trigger_start"], "end": flat["trigger_end"]},
        "source": _nested(flat, "source", _ACTOR_FIELDS, "code"),
        "target": _nested(flat, "target", _ACTOR_FIELDS, "code"),
        "cameo": flat["cameo"],
        "quad_class": flat["quad_class"],
        "goldstein": flat["goldstein"],
        "plover": plover,
        "status": flat["status"],
        "attribution": _nested(flat, "attribution", _ACTOR_FIELDS, "code"),
        "date": flat["date"],
        "date_precision": flat["date_precision"],
        "location": _nested(flat, "location", _LOCATION_FIELDS, "name"),
        "rule": flat["rule"],
        "confidence": flat["confidence"],
        "magnitude": _magnitude(flat),
    }


def article_record(flat: dict[str, Any]) -> dict[str, Any]:
    """A row of `articles` with JSON-ready values (dates as ISO text)."""
    out = dict(flat)
    for key in ("date", "ingested_at"):
        if out.get(key) is not None:
            out[key] = out[key].isoformat()
    return out
