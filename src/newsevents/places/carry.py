"""Places carried from one event to another, for an event whose sentence names no place of its own: where
the same actor's last placed event was (``of_the_same_actor``), where the act of force just told was
(``of_the_scene``, ``lead_scene``), where someone was said to stay (``of_a_stay``), where the same
two sides' meeting was placed (``of_the_meeting``), or the venue of the story's gathering
(``of_the_venue``); with the kinds of events and the actor reasons that
placing reads (see :mod:`.placing`)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from newsevents.actors.context import CONTEXT_REASON, DATELINE_REASON
from newsevents.places.trips import Stay
from newsevents.records import Actor, Event, Location

VIOLENCE_ROOTS = frozenset({"18", "19", "20"})  # assault, fight, mass violence
FORCE_ROOTS = frozenset({"17", *VIOLENCE_ROOTS})  # and coercion (abductions, arrests)
#: CAMEO quad classes of words, not deeds: a statement, verbal cooperation, verbal conflict.
VERBAL_QUADS = frozenset({0, 1, 3})
#: CAMEO roots of meetings and negotiations ("consult"): not statements made at home.
MEETING_ROOTS = frozenset({"04"})
#: CAMEO roots of dealings done together: intent to cooperate, meetings, cooperation, aid, yielding.
DEALING_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
#: How the actor resolver explains a country taken from the dateline (``ActorResolver._context_countries``).
_DATELINE_REASON = f": {DATELINE_REASON}"
#: ... and a country taken from what the sentence and the article are about (no evidence of a place).
_CONTEXT_REASON = f": {CONTEXT_REASON}"
#: An actor's place carries this many sentences on (``of_the_same_actor``).
_CARRY_SENTENCES = 2
#: ... and this many from a word act or a meeting to a word act (not to a meeting, which may be elsewhere):
#: a speaker's venue is where his words of that day are ("Trump told the U.N. General Assembly ...").
_CARRY_WORDS = 8
#: A stay ("arrived in Buenos Aires for the G20") carries this many sentences on (``of_a_stay``).
_STAY_SENTENCES = 3
#: A traveller's stay, or a gathering, lasts for events dated this many days either side of the story's day
#: (``of_these_days``).
_TRIP_DAYS = 7
#: The sentences of a story's lead: the act of force told there is the story's scene (``lead_scene``).
_LEAD_SENTENCES = 2
#: How fine a venue's place is: a town before its province, a province before its country (``the_venue``).
_VENUE_FINENESS = {"town": 3, "admin2": 2, "admin1": 1}


def of_the_same_actor(events: list[Event], i: int, published: date | None) -> Location | None:
    """The place of the same named actor's last event placed by its own clause, a sentence or two before and
    on the same day: "Bolton met Turkish officials in Ankara on Monday. Bolton warned ..." (a statement
    made on a trip is where the trip is, not at home); a few more sentences from a word act or a meeting
    to a word act done ("Trump told the U.N. General Assembly ...", then "Trump accused ...")."""
    event = events[i]
    source = event.source
    if source is None or not source.name:
        return None
    talking = (event.quad_class in VERBAL_QUADS and event.cameo[:2] not in MEETING_ROOTS
               and event.status == "asserted")
    for before in reversed(events[:i]):
        gap = event.sentence_index - before.sentence_index
        if gap > _CARRY_WORDS:
            break
        where = before.location
        if (before.source is None or before.source.name != source.name or where is None
                or where.source != "clause" or before.sentence_index == event.sentence_index):
            continue
        if gap > _CARRY_SENTENCES and not (talking and before.quad_class in VERBAL_QUADS):
            continue
        return replace(where, source="article") if _same_day(before, event, published) else None
    return None


def of_the_meeting(events: list[Event], i: int) -> Location | None:
    """The place of a meeting between the same two countries that the article places by its own clause,
    told before or after, of a date that may be the same meeting's: "Pyongyang said Washington broke the
    spirit of last month's summit between Trump and Kim", where the story says elsewhere that they met
    "at their June 12 summit in Singapore". Two sides that meet are each named by their country, which
    says nothing of where they met; the story names the place once."""
    event = events[i]
    if event.cameo[:2] not in MEETING_ROOTS or event.date_precision == "before":
        return None
    sides = _two_sides(event)
    if sides is None:
        return None
    same = [o for o in events if o.cameo[:2] in MEETING_ROOTS and o.location is not None
            and o.location.source == "clause" and o.status == "asserted" and _two_sides(o) == sides
            and _one_period(o, event)]
    nearest = min(same, key=lambda e: abs(e.sentence_index - event.sentence_index), default=None)
    return None if nearest is None or nearest.location is None else replace(nearest.location, source="article")


@dataclass(frozen=True)
class Gathering:
    """The one gathering a story tells as held: where (``venue``), the countries of its two sides and the
    named people its meetings have on either side."""

    venue: Location
    sides: frozenset[str]
    people: frozenset[str]


def the_gathering(venues: list[Location], events: list[Event]) -> Gathering | None:
    """The story's gathering: the finest of the places it gives gatherings held (``trips.venues_in``) when
    all are in one country ("the Hanoi meeting", "talks in Vietnam"), and the two sides of its meetings
    ("the summit between Trump and Kim"). None for gatherings in two countries (the G-7 in Quebec, then
    a summit in Singapore) or meetings of other than two sides."""
    if len({v.country for v in venues}) != 1:
        return None
    meetings = [e for e in events if e.cameo[:2] in MEETING_ROOTS and e.status == "asserted"
                and _two_sides(e) is not None]
    sides = frozenset(c for e in meetings for c in _two_sides(e) or ())
    if len(sides) != 2:
        return None
    people = frozenset(a.name for e in meetings for a in (e.source, e.target) if a is not None and a.name)
    venue = max(venues, key=lambda v: _VENUE_FINENESS.get(v.precision or "", 0))
    return Gathering(venue, sides, people)


def of_the_venue(gathering: Gathering | None, event: Event, published: date | None,
                 home: str | None) -> Location | None:
    """The venue of the story's gathering, for an event of its days, told without a place of its own, that
    is a meeting or a dealing of its two sides ("the second summit between Trump and Kim ended in failure",
    "Trump and Xi agreed to a truce") or a word act of either side, by its country or by someone its
    meetings name ("the US has expressed willingness to continue talks"): a summit's news is of what its
    sides said and did there, not at home. Not a word act of a side the story is filed from at home (a
    WASHINGTON story's officials speak there)."""
    if (gathering is None or event.status != "asserted" or event.cameo[:2] in FORCE_ROOTS
            or gathering.venue.country == home):  # a venue in the dateline's country: the dateline's steps place it
        return None
    if not _of_the_trip(event, published):
        return None
    countries = {a.country for a in (event.source, event.target)
                 if a is not None and a.country and not guessed(a) and not from_dateline(a)}
    if not countries or not countries <= gathering.sides:
        return None
    dealing = event.cameo[:2] in DEALING_ROOTS and countries == gathering.sides
    source = event.source
    speaking = (event.quad_class in VERBAL_QUADS and event.cameo[:2] not in MEETING_ROOTS and source is not None
                and source.country in countries and source.country != home and _at_the_table(source, gathering))
    return replace(gathering.venue, source="article") if dealing or speaking else None


def _at_the_table(actor: Actor, gathering: Gathering) -> bool:
    """A side that speaks at a gathering: a country named as such ("the US demanded") or someone the
    story's meetings name ("Trump said"), not its media, lawmakers or an unnamed "regime" at home."""
    return (actor.sector is None and actor.name is None) or actor.name in gathering.people


def _two_sides(event: Event) -> frozenset[str] | None:
    """The two countries of an event's actors, each named by its own words; None for one or none."""
    sides = frozenset(a.country for a in (event.source, event.target)
                      if a is not None and a.country and not guessed(a) and not from_dateline(a))
    return sides if len(sides) == 2 else None


def _one_period(placed: Event, event: Event) -> bool:
    """The two events may be one meeting by their dates: the same date, or a day of the month that the
    other is dated to ("last month's summit", "the June 12 summit")."""
    if placed.date is None or event.date is None:
        return False
    if (placed.date, placed.date_precision) == (event.date, event.date_precision):
        return True
    pair = {placed.date_precision, event.date_precision}
    return pair == {"day", "month"} and placed.date[:7] == event.date[:7]


def of_the_scene(events: list[Event], i: int, published: date | None) -> Location | None:
    """The place of the last act of force placed by its own sentence, a sentence or two before and on the
    same day, for an act of force whose sentence names no place: a story tells an attack, then its toll
    and its aftermath ("Gunmen attacked a convoy near Bavispe. Two others were wounded."); the dateline or
    the story's capital is where the reporter sits, not where the shots were fired. Not when a doer of
    known country acts against no one of that place's country (a strike back from across the border)."""
    event = events[i]
    if event.cameo[:2] not in FORCE_ROOTS:
        return None
    source, target = event.source, event.target
    doer = source.country if source is not None and source.country and not guessed(source) else None
    # victims named by nationality ("a German photographer was killed") are often abroad: only the doer counts
    countries = {doer, target.country if target is not None else None} if doer else set()
    for before in reversed(events[:i]):
        gap = event.sentence_index - before.sentence_index
        if gap > _CARRY_SENTENCES:
            break
        where = before.location
        if (gap == 0 or before.cameo[:2] not in FORCE_ROOTS or where is None
                or where.source not in {"clause", "sentence"}):
            continue
        if (countries and where.country not in countries) or not _of_that_day(before, event, published):
            return None
        return replace(where, source="article")
    return None


def lead_scene(events: list[Event], event: Event, dateline: Location, published: date | None) -> Location | None:
    """The place of the act of force the story leads with (in its first sentences, placed by its own
    sentence, in the dateline's country): later acts of force told without a place are of that scene, not
    of the dateline ("MEXICO CITY - Gunmen killed nine people in northern Mexico ... The convoy was
    attacked at dawn"), which is where the reporter files from."""
    for lead in events:
        if lead.sentence_index > _LEAD_SENTENCES:
            return None
        where = lead.location
        if (lead.cameo[:2] in FORCE_ROOTS and where is not None and where.source in {"clause", "sentence"}
                and where.country == dateline.country):
            same = where.name != dateline.name and _of_that_day(lead, event, published)
            return replace(where, source="article") if same else None
    return None


def of_a_stay(stays: list[Stay], event: Event, home: str | None = None) -> Location | None:
    """Where someone was said to be in the last few sentences ("Trump arrived in Buenos Aires for the G20"),
    for that traveller's later events ("Trump said ...") and for dealings between actors of two countries
    ("Trump met Xi on Saturday": meetings, pledges, agreements and cooperation), whose countries would say
    nothing of where they met. Not for force:
    a strike is not where the news of it reached a traveller.

    The traveller's own events of the stay's sentence are there too ("made his remarks in Quebec as he
    prepared to fly on"), and a stay in the dateline's country (``home``) lasts the whole story for its
    traveller ("TOKYO (AP) - ... after arriving in Tokyo"): the reporter is with him."""
    if event.cameo[:2] in FORCE_ROOTS or event.date_precision == "before":
        return None
    source, target = event.source, event.target
    words = " ".join(a.name or a.text for a in (source,) if a is not None).split()
    two = {a.country for a in (source, target) if a is not None and a.country and not guessed(a)}
    for stay in reversed(stays):
        gap = event.sentence_index - stay.sentence
        traveller = stay.who is not None and stay.who in words
        near = 0 < gap <= _STAY_SENTENCES
        if gap < 0 or not (near or (traveller and (gap == 0 or stay.where.country == home))):
            continue
        if traveller or (len(two) == 2 and event.cameo[:2] in DEALING_ROOTS):
            return replace(stay.where, source="article")
    return None


def of_a_later_stay(stays: list[Stay], event: Event, home: str | None, published: date | None) -> Location | None:
    """A stay in the dateline's country told later in the story ("BEIJING - ... Trump praised China ...
    [later] When Trump arrived in Beijing on Wednesday"), for its traveller's word acts (the verbal classes) told
    before it as the story's news (the placer passes only those of a main clause): the reporter is with
    him, whatever sentence says so."""
    source = event.source
    if (home is None or source is None or not source.name or event.cameo[:2] in FORCE_ROOTS
            or not _of_the_trip(event, published) or event.quad_class not in VERBAL_QUADS):
        return None
    words = source.name.split()
    stay = next((s for s in stays if s.sentence > event.sentence_index and s.who in words
                 and s.where.country == home), None)
    return replace(stay.where, source="article") if stay is not None else None


def of_a_trip(stays: list[Stay], events: list[Event], i: int, published: date | None,
              departures: list[tuple[int, str]]) -> Location | None:
    """Where a named traveller was said to be, for that traveller's word acts and dealings (statements,
    meetings, agreements: ``VERBAL_QUADS``) told any number of sentences later, of the trip's days: "Trump
    arrived in Hanoi for the summit ... [ten sentences] ... Trump said" is in Hanoi, not at home. Not once
    the traveller has left ("returned to Washington") or done something placed elsewhere, nor for an act
    of another time ("promised last year"; the placer leaves out the present perfect: "has withdrawn") or
    one not asserted."""
    event = events[i]
    source = event.source
    if (source is None or not source.name or event.quad_class not in VERBAL_QUADS or event.status != "asserted"
            or not _of_the_trip(event, published)):
        return None
    words = source.name.split()
    stay = next((s for s in reversed(stays) if s.sentence < event.sentence_index and s.who in words), None)
    if stay is None or any(stay.sentence <= at < event.sentence_index and who in words for at, who in departures):
        return None
    for before in events[:i]:  # the traveller placed elsewhere since: the trip has moved on
        where = before.location
        same = before.source is not None and before.source.name == source.name
        if (same and before.sentence_index > stay.sentence and where is not None
                and where.source in {"clause", "sentence"} and where.country != stay.where.country):
            return None
    return replace(stay.where, source="article")


def _of_the_trip(event: Event, published: date | None) -> bool:
    """An event of the days of a trip the story tells: undated, or dated to a day of its week."""
    return of_these_days(event.date, event.date_precision, published)


def of_these_days(when: str | None, precision: str, today: date | None) -> bool:
    """A date of the story's own days: the publication date, or a day within ``_TRIP_DAYS`` of ``today``
    (not a month or a year: "talks in Beijing earlier this month"). Trips and gatherings share it."""
    if precision == "publication":
        return True
    if precision != "day" or today is None or when is None:
        return False
    return abs((date.fromisoformat(when[:10]) - today).days) <= _TRIP_DAYS


def _same_day(before: Event, event: Event, published: date | None) -> bool:
    """Two events of one day: the same date, or the later one undated on the day of the first (or the day
    after: "met on Monday" in Tuesday's paper)."""
    if (before.date, before.date_precision) == (event.date, event.date_precision):
        return True
    if event.date_precision != "publication" or before.date_precision != "day" or published is None:
        return False
    return before.date in {published.isoformat(), (published - timedelta(days=1)).isoformat()}


def _of_that_day(before: Event, event: Event, published: date | None) -> bool:
    """An act of force of the day of one told before: undated (the toll of the attack just told), or of
    the same day; not after a background one."""
    if before.date_precision == "before":
        return False
    return event.date_precision == "publication" or _same_day(before, event, published)


def guessed(actor: Actor) -> bool:
    """An actor given its country by what the sentence and the article are about, not by its own words."""
    return actor.how is not None and _CONTEXT_REASON in actor.how


def from_dateline(actor: Actor) -> bool:
    """A bare role ("gunmen", "people") that the actor resolver gave the dateline's country, as its
    explanation says ("country LBN: the dateline ('BEIRUT')")."""
    return actor.how is not None and _DATELINE_REASON in actor.how
