"""The places of a whole article: its dateline's place and its focus, the last steps of an event's location.

An event whose own sentence names no place of it is placed where the same named actor's event was,
a sentence or two before and on the same day ("Lavrov met Turkish officials in Ankara. Lavrov accused
..."; the pipeline does this), else where someone was said to stay a few sentences before, for that
traveller's events and dealings between two countries (:mod:`.trips`), else at the venue of the one
gathering the story tells as held in its days ("the Hanoi meeting", "a news conference in Hanoi"), for
a meeting or a dealing of its two sides or a word act of either (``carry.of_the_venue``), else, for a
traveller's news told before the story says he arrived in the dateline's country, there
(``carry.of_a_later_stay``), else, in this order, at

1. the article's focus when it is a town or division, source ``article``: the finest town or
   division of the country the article names most (of two named equally often, the smaller: a big
   power is named for its part in many stories) that takes at least half of that country's
   mentions (and two or more), a town's or division's mention counting for its province and
   country too, and a place that stands for an actor ("Seoul says", "U.S. troops") for half;
2. the dateline's place ("QUETTA, Pakistan (AP) —"), source ``dateline``; for an event without
   actors of known country, only when the focus is in the dateline's country; for a background
   event (dated "before", or to a period that ended over a month before the story), only the
   dateline's country: the reporter's town is where the story is told today (the event placer
   does this);
3. the article's focus when it is a country, source ``article``;
4. the actors' country, source ``actor``, for a domestic event only: its actors (a statement's
   speaker alone) are of one country ("Israel's opposition backed the plan" in a story that
   names the United States most is in Israel). Actors of two countries ("U.S. strikes on
   Syria", "the envoy met Singapore's premier") give no place: either country may be wrong.

Before these steps, a body that sits in one city ("the Security Council urged", ``seats.tsv``) is
placed there; the arrests, seizures and bans of a state's authorities count their country alone
("German authorities detained a Pakistani"); troops sent, and an army's force used against no one
of its own country, are not placed in the doer's country by these steps (they are mostly abroad:
no place is better than a wrong one). The event placer (:mod:`.placing`) does these.

A step whose country is not among the event's actors' countries is passed over when the event
has actors with countries ("Iran rejected the offer" in a story datelined WASHINGTON is not in
Washington).
The victims of an attack by someone of no known country, named by their nationality ("killed four
Americans", "kidnapped two British tourists"), give no country: the article decides; soldiers and
officials ("two U.S. service members were killed") give theirs only when the article gives nothing.
A nationality adjective is never counted as a mention of a place.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass

from newsevents.places.gazetteer import Gazetteer, Place
from newsevents.records import Dateline, GeoSource, Location

#: A place inside the focus country is the focus when it has at least this share of its mentions ...
_FOCUS_SHARE = 0.5
#: ... and at least this many.
_FOCUS_MIN = 2
#: A place named for an actor ("Seoul says", "U.S. troops") counts for this much of a mention.
_ACTOR_WEIGHT = 0.5
_FINENESS = {"town": 3, "admin2": 2, "admin1": 1, "region": 1}


@dataclass(frozen=True)
class ArticlePlaces:
    """The dateline's place and the focus of one article (see the module docstring)."""

    gazetteer: Gazetteer
    dateline: Place | None
    focus: Place | None

    @classmethod
    def read(cls, names: list[str], gazetteer: Gazetteer, dateline: Dateline | None,
             actor_names: Collection[str] = ()) -> ArticlePlaces:
        """From the place names of the article (``PlaceResolver.place_names``), its dateline and the place
        names that stand for actors ("Seoul says", "U.S. troops"), which count for half a mention."""
        named = [*names, *actor_names]
        context = {p.country for n in named if (p := gazetteer.lookup_place(n)) and p.kind == "country" and p.country}
        where = None
        if dateline is not None and dateline.places:
            where = gazetteer.lookup_place(dateline.places[0], context)
            if where is not None and where.country:
                context.add(where.country)
        places = [(p, 1.0) for n in names if (p := gazetteer.lookup_place(n, context)) is not None]
        places += [(p, _ACTOR_WEIGHT) for n in actor_names if (p := gazetteer.lookup_place(n, context)) is not None]
        if where is not None:
            places.append((where, 1.0))
        return cls(gazetteer, where, _focus(places, gazetteer))

    def at_home(self) -> bool:
        """The focus is in the dateline's country, or there is no focus or dateline to compare; a territory
        counts as its state's ("HONG KONG" in a story about China)."""
        if self.focus is None or self.dateline is None:
            return True
        sovereign = self.gazetteer.sovereign
        return sovereign(self.focus.country) == sovereign(self.dateline.country)

    def locate(self, actor_countries: Collection[str | None]) -> Location | None:
        """The event's location from the article (focus, dateline) or its actors' country."""
        countries = {c for c in actor_countries if c and self.gazetteer.country_place(c) is not None}
        focus = self.focus if self.focus is not None and self.focus.kind != "country" else None
        states = {self.gazetteer.sovereign(c) for c in countries}  # Hong Kong police act in China
        dateline = self.dateline
        if not countries and dateline is not None and self.focus is not None and not self.at_home():
            dateline = None  # "WASHINGTON — The blast killed 12" in a story about Yemen: not in Washington
        steps: list[tuple[Place | None, GeoSource]] = [
            (focus, "article"), (dateline, "dateline"), (self.focus, "article")]
        for place, source in steps:
            if place is not None and (not countries or place.country in countries
                                      or self.gazetteer.sovereign(place.country) in states):
                return place.location(None, source, self.gazetteer.adm1(place))
        if len(countries) != 1:
            return None  # actors of two countries: where they met or fought is not said
        country = self.gazetteer.country_place(next(iter(countries)))
        return country.location(None, "actor", self.gazetteer.adm1(country)) if country is not None else None


def _focus(places: list[tuple[Place, float]], gazetteer: Gazetteer) -> Place | None:
    """The country named most (with containment), or its one dominant town or division; a country named
    only for actors ("U.S. officials met Singapore's premier") is no focus."""
    counts: dict[Place, float] = defaultdict(float)
    plain: set[Place] = set()
    for place, weight in places:
        for where in _counted_in(place, gazetteer):
            counts[where] += weight
            if weight == 1.0:
                plain.add(where)
    countries = [(n, p) for p, n in counts.items() if p.kind == "country" and p in plain]
    if not countries:
        return None
    # of countries named equally often, the smaller: a big power is named for its part in many stories
    # ("U.S. officials met with the Houthis" in a story about Yemen), a small country for its own
    total, country = max(countries, key=lambda item: (item[0], -item[1].population))
    enough = max(_FOCUS_MIN, _FOCUS_SHARE * total)
    inside = [(n, p) for p, n in counts.items()
              if p != country and gazetteer.sovereign(p.country) == country.country and n >= enough]
    if inside:  # the finest place that holds enough of the country's mentions
        return max(inside, key=lambda item: (_FINENESS.get(item[1].kind, 0), item[0], item[1].population))[1]
    return country


def _counted_in(place: Place, gazetteer: Gazetteer) -> list[Place]:
    """The place and the places it lies in; a territory lies in its state too: "Hong Kong" named in a
    story that names China and Beijing counts for China, so the capital does not win the focus of a
    story about the territory."""
    around = [place, *gazetteer.containers(place)]
    state = gazetteer.sovereign(place.country)
    if state != place.country and state is not None and (country := gazetteer.country_place(state)) is not None:
        around.append(country)
    return around
