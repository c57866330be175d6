"""Rows of the event table in the layouts of other event datasets: GDELT 2.0 and ICEWS.

GDELT's event table has 61 tab-separated columns and no header (the names, in order, are
in ``data/gdelt_event_columns.txt``); ICEWS's event files are tab-separated with the
header ``ICEWS_COLUMNS``. Columns we have no value for are left empty.

Dates keep the precision the text gives. GDELT writes dates as integers (``YYYYMMDD``); a
day or month that is not known is written as ``00``, the zero-filling GDELT's integer
dates use for a part that is not there (an event of "March 2019" is ``Day`` 20190300,
``MonthYear`` 201903; one of "2019" is ``Day`` 20190000, ``MonthYear`` empty, ``Year``
2019). A week (``2019-W17``) is written as its month where its seven days lie in one, else as its
Monday's year. ``FractionDate`` is the year plus the share of it gone by at the first day the
date can be (GDELT's ``YYYY.FFFF``).
"""

from __future__ import annotations

import csv
import functools
import hashlib
import re
from dataclasses import dataclass
from datetime import date
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

import pycountry

from newsevents.coding.ontology import Ontology
from newsevents.store.gdelt_geo import COUNTRY, US_CITY, US_STATE, WORLD_CITY, WORLD_STATE, GdeltGeo, gdelt_geo

#: GDELT's Geo_Type of a location's precision, in the United States or not.
_GEO_TYPES: dict[tuple[str | None, bool], int] = {
    ("country", False): COUNTRY, ("country", True): COUNTRY, ("admin1", True): US_STATE,
    ("admin1", False): WORLD_STATE, ("admin2", True): WORLD_STATE, ("admin2", False): WORLD_STATE,
    ("town", True): US_CITY, ("town", False): WORLD_CITY,
}

ICEWS_COLUMNS: tuple[str, ...] = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
    "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher",
    "City", "District", "Province", "Country", "Latitude", "Longitude",
)
#: The column added to either layout by ``export --all``: the event's status.
STATUS_COLUMN = "Status"
_DETERMINERS = ("the ", "a ", "an ")


@functools.cache
def gdelt_columns() -> tuple[str, ...]:
    """The 61 GDELT 2.0 event columns, in order."""
    text = (resources.files("newsevents") / "data" / "gdelt_event_columns.txt").read_text(encoding="utf-8")
    names = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return tuple(name for name in names if name)


@functools.cache
def sector_names() -> dict[str, str]:
    """Sector code -> the sector in words (``data/sector_names.csv``)."""
    text = (resources.files("newsevents") / "data" / "sector_names.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if line and not line.startswith("#"))
    return {row["code"]: row["name"] for row in rows}


@functools.cache
def _ontology() -> Ontology:
    return Ontology.load()


@functools.cache
def country_name(iso3: str | None) -> str | None:
    """The short English name of an ISO 3166-1 alpha-3 code (the code itself if it is none)."""
    if not iso3:
        return None
    found = pycountry.countries.get(alpha_3=iso3.upper())
    if found is None:
        return iso3
    return str(getattr(found, "common_name", None) or found.name)


def actor_name(name: str | None, text: str | None) -> str | None:
    """The actor's canonical name, else the words that named it without a leading article
    ("the police" -> "police"), as GDELT names an actor by the match that coded it."""
    if name:
        return name
    if not text:
        return None
    words = " ".join(text.split())
    for det in _DETERMINERS:
        if words.lower().startswith(det):
            words = words[len(det):]
    return words.removesuffix("'s").removesuffix("’s") or None


#: An ISO 8601 week, the date of an event of precision "week" ("2019-W17").
_ISO_WEEK_RE = re.compile(r"^(\d{4})-W(0[1-9]|[1-4]\d|5[0-3])$")


@dataclass(frozen=True)
class PartialDate:
    """An event date at the precision the text gives: a day, a month or a year."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str | None) -> PartialDate | None:
        """'2019-04-25', '2019-04' or '2019'; an ISO week ('2019-W17') as its month where its seven days lie in
        one, else as its Monday's year; None for anything else."""
        week = _ISO_WEEK_RE.match(text or "")
        if week:
            monday = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
            sunday = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 7)
            return cls(monday.year, monday.month if monday.month == sunday.month else None)
        parts = (text or "").split("-")
        if not parts[0].isdigit() or len(parts) > 3 or not all(p.isdigit() for p in parts):
            return None
        numbers = [int(p) for p in parts]
        try:
            date(numbers[0], numbers[1] if len(numbers) > 1 else 1, numbers[2] if len(numbers) > 2 else 1)
        except ValueError:
            return None
        return cls(numbers[0], *numbers[1:])

    def gdelt(self) -> dict[str, Any]:
        """Day, MonthYear, Year and FractionDate; unknown parts are 00 (see the module docstring)."""
        first = date(self.year, self.month or 1, self.day or 1)
        fraction = self.year + first.timetuple().tm_yday / 365 if self.month else float(self.year)
        return {"Day": f"{self.year:04d}{self.month or 0:02d}{self.day or 0:02d}",
                "MonthYear": f"{self.year:04d}{self.month:02d}" if self.month else None,
                "Year": self.year, "FractionDate": f"{fraction:.4f}"}


def global_id(event_id: str) -> int:
    """GDELT's integer GlobalEventID from our hex event id."""
    try:
        return int(event_id[:15], 16)
    except ValueError:
        return int(hashlib.sha1(event_id.encode("utf-8")).hexdigest()[:15], 16)


def gdelt_row(row: dict[str, Any]) -> dict[str, Any]:
    """One row of the event table as GDELT's named columns (those we have)."""
    geo = gdelt_geo()
    out: dict[str, Any] = {"GlobalEventID": global_id(row["event_id"])}
    when = PartialDate.parse(row["date"])
    if when is not None:
        out |= when.gdelt()
    for prefix, actor in (("Actor1", "source"), ("Actor2", "target")):
        name = actor_name(row[f"{actor}_name"], row[f"{actor}_text"]) if row[f"{actor}_code"] else None
        out |= {f"{prefix}Code": row[f"{actor}_code"], f"{prefix}Name": name.upper() if name else None,
                f"{prefix}CountryCode": row[f"{actor}_country"], f"{prefix}Type1Code": row[f"{actor}_sector"]}
    cameo = row["cameo"]
    out |= {"IsRootEvent": int(row["sentence_index"] == 0), "EventCode": cameo, "EventBaseCode": cameo[:3],
            "EventRootCode": cameo[:2], "QuadClass": row["quad_class"], "GoldsteinScale": row["goldstein"],
            "NumMentions": row["num_mentions"], "NumSources": row["num_sources"],
            "NumArticles": row["num_articles"],
            "DATEADDED": row["ingested_at"].strftime("%Y%m%d%H%M%S") if row["ingested_at"] else None,
            "SOURCEURL": row["article_url"] or row["article_path"]}
    # the event's place is also where its actors acted (GDELT's Actor1Geo/Actor2Geo)
    for prefix, present in (("ActionGeo", True), ("Actor1Geo", bool(row["source_code"])),
                            ("Actor2Geo", bool(row["target_code"]))):
        if present and row["location_name"]:
            out |= _gdelt_geo(prefix, row, geo)
    return out


def _gdelt_geo(prefix: str, row: dict[str, Any], geo: GdeltGeo) -> dict[str, Any]:
    """GDELT's place columns of the event's location, with the ADM1 code (``location_adm1``)."""
    country = row["location_country"]
    precision = row.get("location_precision")
    place_type = _GEO_TYPES.get((precision, country == "USA")) or geo.place_type(row["location_geonameid"], country)
    return {f"{prefix}_Type": place_type, f"{prefix}_FullName": row["location_name"],
            f"{prefix}_CountryCode": geo.fips_code(country), f"{prefix}_ADM1Code": row.get("location_adm1"),
            f"{prefix}_Lat": row["location_lat"], f"{prefix}_Long": row["location_lon"],
            f"{prefix}_FeatureID": row["location_geonameid"]}


def _sectors(code: str | None) -> str | None:
    return sector_names().get(code, code) if code else None


def icews_row(row: dict[str, Any]) -> dict[str, Any]:
    """One row of the event table as ICEWS's named columns."""
    out: dict[str, Any] = {
        "Event ID": row["event_id"], "Event Date": row["date"],
        "Event Text": entry.name if (entry := _ontology().get(row["cameo"])) else None,
        "CAMEO Code": row["cameo"], "Intensity": row["goldstein"], "Story ID": row["doc_id"],
        "Sentence Number": row["sentence_index"] + 1,
        "Publisher": urlsplit(row["article_url"]).hostname if row["article_url"] else None,
        "Country": country_name(row["location_country"]),
        "Latitude": row["location_lat"], "Longitude": row["location_lon"],
    }
    for prefix, actor in (("Source", "source"), ("Target", "target")):
        if row[f"{actor}_code"]:
            out |= {f"{prefix} Name": actor_name(row[f"{actor}_name"], row[f"{actor}_text"]),
                    f"{prefix} Sectors": _sectors(row[f"{actor}_sector"]),
                    f"{prefix} Country": country_name(row[f"{actor}_country"])}
    country = row["location_country"]
    place = _GEO_TYPES.get((row.get("location_precision"), country == "USA")) or gdelt_geo().place_type(
        row["location_geonameid"], country)
    if row["location_name"] and place != COUNTRY:
        out["City" if place in (US_CITY, WORLD_CITY) else "Province"] = row["location_name"]
    return out
