"""The places of a whole article: its dateline's place and its focus, the last steps of an event's location.

An event whose own sentence names no place of it is placed, in this order, at

1. the dateline's place ("QUETTA, Pakistan (AP) —"), source ``dateline``;
2. the article's focus, source ``article``: the country the article names most, counting a
   town's or a division's mention for its province and country too, or, when one town or
   division of that country takes at least half of its mentions (and two or more), that place;
3. the actors' country, source ``actor``, when the event is domestic (its actors have one
   country between them).

A step whose country is not among the event's actors' countries is passed over when the event
has actors with countries ("Iran rejected the offer" in a story datelined WASHINGTON is not in
Washington); if nothing else is left, the dateline and then the focus are used all the same.
A nationality adjective is never counted as a mention of a place.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass

from newsevents.places.gazetteer import Gazetteer, Place
from newsevents.records import Dateline, GeoSource, Location

#: A place inside the focus country is the focus when it has at least this share of its mentions ...
_FOCUS_SHARE = 0.5
#: ... and at least this many.
_FOCUS_MIN = 2


@dataclass(frozen=True)
class ArticlePlaces:
    """The dateline's place and the focus of one article (see the module docstring)."""

    gazetteer: Gazetteer
    dateline: Place | None
    focus: Place | None

    @classmethod
    def read(cls, names: list[str], gazetteer: Gazetteer, dateline: Dateline | None) -> ArticlePlaces:
        """From the place names of the article (``PlaceResolver.place_names``) and its dateline."""
        context = {p.country for n in names if (p := gazetteer.lookup_place(n)) and p.kind == "country" and p.country}
        where = None
        if dateline is not None and dateline.places:
            where = gazetteer.lookup_place(dateline.places[0], context)
            if where is not None and where.country:
                context.add(where.country)
        places = [p for n in names if (p := gazetteer.lookup_place(n, context)) is not None]
        if where is not None:
            places.append(where)
        return cls(gazetteer, where, _focus(places, gazetteer))

    def locate(self, actor_countries: Collection[str | None]) -> Location | None:
        """The event's location from the article (dateline, focus) or its actors' country."""
        countries = {c for c in actor_countries if c and self.gazetteer.country_place(c) is not None}
        steps: list[tuple[Place | None, GeoSource]] = [(self.dateline, "dateline"), (self.focus, "article")]
        for place, source in steps:
            if place is not None and (not countries or place.country in countries):
                return place.location(None, source, self.gazetteer.adm1(place))
        if len(countries) == 1:
            country = self.gazetteer.country_place(next(iter(countries)))
            if country is not None:
                return country.location(None, "actor", self.gazetteer.adm1(country))
        for place, source in steps:
            if place is not None:
                return place.location(None, source, self.gazetteer.adm1(place))
        return None


def _focus(places: list[Place], gazetteer: Gazetteer) -> Place | None:
    """The country named most (with containment), or its one dominant town or division."""
    counts: Counter[Place] = Counter()
    for place in places:
        counts[place] += 1
        for container in gazetteer.containers(place):
            counts[container] += 1
    countries = [(n, p) for p, n in counts.items() if p.kind == "country"]
    if not countries:
        return None
    total, country = max(countries, key=lambda item: (item[0], item[1].population))
    inside = [(n, p) for p, n in counts.items() if p.kind != "country" and p.country == country.country]
    if inside:
        n, finest = max(inside, key=lambda item: (item[0], item[1].kind == "town", item[1].population))
        if n >= _FOCUS_MIN and n >= _FOCUS_SHARE * total:
            return finest
    return country
