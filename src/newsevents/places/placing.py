"""Where each coded event happened: in its own clause or sentence (:meth:`EventPlacer.place`), else, once
the whole article is read, where an earlier event or a stay puts it (:mod:`.carry`), at a seat, or by the
article's places and the actors' countries (:meth:`EventPlacer.place_the_rest`, :mod:`.article`).

The pipeline starts one :class:`Placing` per article (:meth:`EventPlacer.start`), shows the placer each
sentence (:meth:`EventPlacer.read_sentence`) and each coded event, and asks for the rest at the end."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from newsevents.actors.context import TEXT_GUESSES
from newsevents.coding.coder import CodedEvent
from newsevents.coding.grammar import PRESENT_TAGS
from newsevents.coding.ontology import ASKING_ROOTS, Ontology
from newsevents.parse import main_clause_of
from newsevents.places.article import ArticlePlaces
from newsevents.places.carry import (
    FORCE_ROOTS,
    MEETING_ROOTS,
    VERBAL_QUADS,
    VIOLENCE_ROOTS,
    from_dateline,
    guessed,
    lead_scene,
    of_a_later_stay,
    of_a_stay,
    of_a_trip,
    of_the_meeting,
    of_the_same_actor,
    of_the_scene,
    of_the_venue,
    of_these_days,
    the_gathering,
)
from newsevents.places.resolver import PlaceResolver, is_word
from newsevents.places.trips import Stay, by_phone, leaving, stay_in, venues_in
from newsevents.records import Actor, Article, Event, Location
from newsevents.time import DateResolver, story_day
from newsevents.timeexpr import iso_week

#: How a verb of saying or a participle of being somewhere names its audience ("told his audience in Mexico City").
_AUDIENCE = frozenset({"dobj", "dative"})
#: CAMEO roots of coercion (seizures, bans, arrests, expulsions): done where the authorities are.
_COERCION_ROOTS = frozenset({"17"})
#: CAMEO codes of sending armed forces ("sent troops"): where they go, not where they are sent from.
_SENDING_CODES = frozenset({"154"})
#: CAMEO code of a discussion by telephone ("called his Chinese counterpart"): each party is at home.
_PHONE_CODE = "041"
#: Date precisions of a stay that still lasts: a day of the story's week, or no date.
_RECENT = frozenset({"day", "publication"})
#: CAMEO code of an intent to meet or negotiate: placed like a meeting, where it would be.
_MEETING_INTENT = "036"
#: CAMEO roots of measures a government decides at home (sanctions, tariffs, cut ties, expulsions): placed
#: like statements, by the decider's country ("Washington imposed tariffs on Chinese goods" is not in China).
_DECIDED_ROOTS = frozenset({"16"})
#: An event dated to a period ending this many days before the story's day is background to it.
_BACKGROUND_DAYS = 31
#: The days a dated period lasts after its first day (at most: a month's last day may come sooner).
_PERIOD_DAYS = {"day": 0, "month": 30, "year": 365}
#: A possessive ending: "Syria's north" names Syria.
_POSSESSIVE = re.compile(r"[’']s$")
#: CAMEO roots of word acts about something (statements, appeals, demands, disapproval, rejections): the
#: place of what they are about, in the country they are addressed to, is not theirs ("condemned the
#: bombing in Kabul"). Promises and threats (03, 13) are placed where the act they promise would be ("will
#: withdraw its troops from Lebanon"), and a word act about a third country where it is about (PLOVER).
_WORDING_ROOTS = frozenset({"01", "02", "10", "11", "12"})
#: Of these, appeals and demands (ASKING_ROOTS) are about what they ask for, done elsewhere and later: its place is
#: not theirs, whatever country it is in ("called for a transition to democracy in Egypt", "was pushing for
#: intervention in Syria").


@dataclass
class Placing:
    """What placing one article's events carries from sentence to sentence."""

    article: Article
    home: str | None = None  # the country of the dateline's place
    dateline: Location | None = None  # the dateline's place
    countries: set[str] = field(default_factory=set)  # countries of the actors mentioned so far
    place_names: list[str] = field(default_factory=list)  # the places the article names, for its focus
    actor_places: list[str] = field(default_factory=list)  # places it names for actors ("Seoul says")
    unplaced: list[int] = field(default_factory=list)  # events whose sentence names no place of theirs
    stays: list[Stay] = field(default_factory=list)  # where someone is said to be ("arrived in Hanoi")
    calls: set[int] = field(default_factory=set)  # events that are calls by phone: each party at home
    departures: list[tuple[int, str]] = field(default_factory=list)  # (sentence, traveller): "Kerry left Vienna"
    perfect: set[int] = field(default_factory=set)  # events told in the present perfect ("has withdrawn")
    venues: list[Location] = field(default_factory=list)  # where gatherings were held ("the Hanoi meeting")
    news: set[int] = field(default_factory=set)  # events told by a main clause's verb ("he praised China")


class EventPlacer:
    """Places an article's events; built once per pipeline, it holds no per-article state."""

    def __init__(self, places: PlaceResolver, ontology: Ontology, dates: DateResolver) -> None:
        self.places = places
        self.ontology = ontology
        self.dates = dates

    def start(self, article: Article) -> Placing:
        """A new article's placing, with the place and country of its dateline."""
        home, place = None, None
        if article.dateline is not None and article.dateline.places:
            # "TRIPOLI, Lebanon —": the story's Tripolis are Lebanon's
            gazetteer = self.places.gazetteer
            where = gazetteer.lookup_place(article.dateline.places[0])
            home = where.country if where is not None and where.country else None
            place = where.location(None, "dateline", gazetteer.adm1(where)) if where is not None and home else None
        placing = Placing(article, home=home, dateline=place)
        if home is not None:
            placing.countries.add(home)
        return placing

    def read_sentence(self, sent: Span, index: int, placing: Placing) -> None:
        """Note the places a sentence names and where it says someone stays, before its events are placed."""
        for span in self.places.place_names(sent):
            (placing.actor_places if self.places.names_actor(span) else placing.place_names).append(span.text)
        stay = stay_in(self.places, sent, index, placing.countries, placing.dateline)
        if stay is not None and self._lasts(sent.doc, stay, placing.article):
            placing.stays.append(stay)
        if (who := leaving(self.places, sent)) is not None:
            placing.departures.append((index, who))
        placing.venues += [v.where for v in venues_in(self.places, sent, index, placing.countries)
                           if self._of_these_days(sent.doc, v, placing.article)]

    def place(self, c: CodedEvent, sent: Span, placing: Placing, i: int) -> Location | None:
        """The place of the article's ``i``-th event in its own sentence; ``None`` leaves it to
        :meth:`place_the_rest`."""
        where = None  # a call is placed later, by the caller's country: resolve no place for it
        if c.code == _PHONE_CODE or (self.ontology[c.code].quad_class in VERBAL_QUADS
                                     and by_phone(c.trigger, self.places.words.remote_words)):
            placing.calls.add(i)
        else:
            where = self._where(c, sent, placing)
        if where is None:
            placing.unplaced.append(i)
        if _present_perfect(c.trigger):
            placing.perfect.add(i)
        if _of_a_main_clause(c.trigger):
            placing.news.add(i)
        return where

    def _lasts(self, doc: Doc, stay: Stay, article: Article) -> bool:
        """A stay of the story's days ("arrived on Thursday", "is visiting Tehran this week"), not one
        that is over ("visited Algiers last month")."""
        today = story_day(article)
        when, precision = self.dates.resolve(doc[stay.at], today)
        if today is None:
            return precision in _RECENT
        return precision in _RECENT or (precision, when) in {("month", today.isoformat()[:7]),
                                                              ("week", iso_week(today))}

    def _of_these_days(self, doc: Doc, venue: Stay, article: Article) -> bool:
        """A gathering of the story's days: undated, or dated to a day of its week ("on Thursday"), not to a
        month or a year ("talks in Beijing earlier this month")."""
        today = story_day(article)
        if today is None:
            return True
        return of_these_days(*self.dates.resolve(doc[venue.at], today), today)

    def place_the_rest(self, placing: Placing, events: list[Event]) -> list[Event]:
        """Events whose sentence names no place of theirs, placed once the whole article is read: at the
        dateline, the article's focus or the actors' country (see :mod:`newsevents.places.article`)."""
        if not placing.unplaced:
            return events
        places = ArticlePlaces.read(placing.place_names, self.places.gazetteer, placing.article.dateline,
                                    placing.actor_places)
        # a story datelined in one country about another: a bare role's dateline country is no evidence
        abroad = not places.at_home()
        today = story_day(placing.article)
        gathering = the_gathering(placing.venues, events)
        for i in placing.unplaced:
            event = events[i]
            if i in placing.calls and (home := self._home_of(event.source)) is not None:
                events[i] = replace(event, location=home)
                continue
            if event.cameo[:2] not in FORCE_ROOTS and (seat := self._seat_of(event.source)) is not None:
                events[i] = replace(event, location=seat)
                continue
            where = (of_the_same_actor(events, i, today)
                     or of_the_meeting(events, i)
                     or of_the_scene(events, i, today)
                     or of_a_stay(placing.stays, event, placing.home)
                     or (None if i in placing.perfect
                         else of_a_trip(placing.stays, events, i, today, placing.departures))
                     or of_the_venue(gathering, event, today, placing.home)
                     or (of_a_later_stay(placing.stays, event, placing.home, today) if i in placing.news else None))
            if where is None:  # the actors' countries are read only when nothing nearer placed it
                where = next((w for cs in self._countries_to_try(event, abroad)
                              if (w := places.locate(cs)) is not None), None)
                if where is not None and where.source == "dateline" and event.cameo[:2] in FORCE_ROOTS:
                    where = lead_scene(events, event, where, today) or where
                if where is not None and where.source == "dateline" and _of_another_time(event, today):
                    where = self._country_of(where)
                if where is not None and (self._from_afar(event, where) or self._held(event.source)
                                          or self._stateless_speaker(event, where)):
                    where = None  # no place is better than the wrong one
            if where is not None:
                events[i] = replace(event, location=where)
        return events

    # -- internals ----------------------------------------------------------------------------------

    def _of_a_gathering(self, trigger: Token) -> bool:
        """A word act about a gathering ("pulled out of the summit in Singapore", "praised the talks in
        Doha"): the gathering's place is not where the act was done."""
        words = self.places.words.stay_words
        objects = [c for c in trigger.children if c.dep_ == "dobj"]
        for prep in (c for c in trigger.children if c.dep_ == "prep"):
            objects += [g for g in prep.children if g.dep_ == "pobj"]
            objects += [o for g in prep.children if g.dep_ == "prep" for o in g.children if o.dep_ == "pobj"]
        return any(o.pos_ == "NOUN" and o.lemma_.lower() in words for o in objects)

    def _at_home(self, target: Actor) -> bool:
        """A target that is where its country is: rebels or insurgents (soldiers and officials may be
        abroad), or a place ("Syria's north", "Gaza")."""
        if target.sector in self.places.words.home_sectors:
            return True
        gazetteer = self.places.gazetteer
        return target.sector is None and any(
            (p := gazetteer.lookup_place(_POSSESSIVE.sub("", t))) is not None and gazetteer.demonym(t) is None
            and p.country == target.country for t in target.text.split())

    def _home_of(self, actor: Actor | None) -> Location | None:
        """The country of an actor known by its own words, as the place of a call it made ("Merkel spoke
        by phone with Putin": Germany); a caller of guessed country is placed like any event."""
        if actor is None or not actor.country or guessed(actor):
            return None
        country = self.places.gazetteer.country_place(actor.country)
        return country.location(None, "actor", self.places.gazetteer.adm1(country)) if country is not None else None

    def _from_afar(self, event: Event, where: Location) -> bool:
        """Troops sent ("sent troops to drive Iraq out of Kuwait"), or an army's force used against no one
        of its own country ("U.S. jets launched eleven airstrikes", "troops detained a militant"), which
        the story's places put at the doer's home: they are mostly abroad, so neither the doer's country
        nor the article's say where. Rebels, police and governments mostly act at home; a place in the
        doer's country found in the event's own sentence is kept (this checks only the article's and the
        actors' places)."""
        source, target = event.source, event.target
        if source is None or not source.country or guessed(source) or from_dateline(source):
            return False
        if event.cameo not in _SENDING_CODES and not (
                event.cameo[:2] in FORCE_ROOTS and source.sector in self.places.words.abroad_sectors):
            return False
        if target is not None and target.country == source.country and not guessed(target):
            return False  # "the army shelled Boko Haram's camps": at home
        sovereign = self.places.gazetteer.sovereign
        return sovereign(where.country) == sovereign(source.country)

    def _held(self, actor: Actor | None) -> bool:
        """A doer held captive ("a captive British journalist criticized ...", "the kidnapped aid worker
        asked for help"): held where the captors are, neither at home nor in the story's country."""
        words = self.places.words.captive_words
        return actor is not None and any(w.lower() in words for w in actor.text.split())

    def _stateless_speaker(self, event: Event, where: Location) -> bool:
        """A word act of an international body ("U.N. inspectors expressed doubts", "the EU vowed to retaliate")
        placed in the country the story is about: it is said where the body's officials sit or gather, not
        there. A story about one town (a session in New York, talks in Geneva) may be where they are."""
        source = event.source
        return (where.source == "article" and where.precision == "country"
                and event.quad_class in VERBAL_QUADS and event.cameo[:2] not in MEETING_ROOTS
                and source is not None and source.country in self.places.words.stateless_countries)

    def _by_authorities(self, event: Event) -> bool:
        """A coercive act of a state's authorities (government, police, courts: arrests, seizures, bans,
        expulsions), done in their country whoever it strikes ("German authorities detained a Pakistani
        asylum seeker" is in Germany, not in Pakistan)."""
        source = event.source
        return (event.cameo[:2] in _COERCION_ROOTS and source is not None and bool(source.country)
                and not guessed(source) and source.sector in self.places.words.authority_sectors)

    def _country_of(self, where: Location) -> Location:
        """The country of a dateline's town, for a background event: the reporter's town is where the story
        is told today, not where an act of months or years before was done ("NEW DELHI - ... Modi was
        criticized in 2002 for the riots" is in India, not known to be in New Delhi)."""
        country = self.places.gazetteer.country_place(where.country) if where.country else None
        if country is None or where.precision == "country":
            return where
        return country.location(None, "dateline", self.places.gazetteer.adm1(country))

    def _seat_of(self, actor: Actor | None) -> Location | None:
        """Where a body that meets in one place speaks and decides ("The Security Council urged ...": New
        York); not where the force it orders is used (a blockade it imposes is at sea)."""
        gazetteer = self.places.gazetteer
        seat = gazetteer.seat(actor.code) if actor is not None and actor.code else None
        return seat.location(None, "actor", gazetteer.adm1(seat)) if seat is not None else None

    def _countries_to_try(self, event: Event, abroad: bool) -> list[list[str | None]]:
        """The actor countries to place an event by, in turn (see :meth:`ArticlePlaces.locate`).

        The victims of an attack by someone of no known country say little of where it was: people named
        by their nationality ("killed four Americans", "kidnapped two British tourists") nothing, so the
        article decides; soldiers or officials ("killed two U.S. service members") something, so the article
        decides first and their country comes last."""
        at_home = self._by_authorities(event)
        countries = _acting_countries(event, abroad, at_home=at_home)
        source, target = event.source, event.target
        known = source is not None and source.country and not guessed(source)
        if (source is not None and known and event.cameo[:2] in VIOLENCE_ROOTS and target is not None
                and target.country and target.country != source.country and not guessed(target)
                and self._at_home(target)):
            # "Turkey's strikes on Syria's north", "Israel killed Hamas commanders": where the target lives
            return [[target.country], countries]
        if event.cameo[:2] not in FORCE_ROOTS or known or target is None or not target.country:
            # a doer's country guessed from the story ("medical workers" in a story about an Iranian gunman
            # in Sydney) says who they are, not where they acted: the article's places come first. A
            # speaker's guessed country stays (a senator in a story about China speaks at home).
            sure = (countries if event.quad_class in VERBAL_QUADS
                    else _acting_countries(event, abroad, False, at_home=at_home))
            return [countries] if sure == countries else [sure, countries]
        gazetteer = self.places.gazetteer
        travellers = (target.sector or "none") in self.places.words.traveller_sectors and not any(
            (p := gazetteer.lookup_place(t)) is not None and p.kind == "country" for t in target.text.split())
        return [[]] if travellers else [[], countries]

    def _where(self, c: CodedEvent, sent: Span, placing: Placing) -> Location | None:
        """The event's place in its own sentence: in its clause, else named in the sentence. The place of a
        statement or of a measure decided at home (sanctions, expulsions) only named in its sentence must be
        in the speaker's country ("Authorities in Germany warned citizens visiting Istanbul" is not in
        Istanbul, "sanctioned two banks a day after Moscow closed a consulate in Yekaterinburg" is not in
        Russia). A word act of one country about another is not
        placed in the other by what it is about ("accused Iran of attacks in the Gulf", "condemned the
        bombing in Kabul"; see ``PlaceResolver._of_the_topic``) nor by that country's name, nor an appeal
        or a demand in a third country by what it asks for ("called for a transition in Egypt")."""
        verbal = self.ontology[c.code].quad_class in VERBAL_QUADS
        meeting = c.code[:2] in MEETING_ROOTS or c.code[:3] == _MEETING_INTENT  # "flew to Cairo to meet"
        spoken = self._spoken_at(c, sent, placing) if verbal and not meeting else None
        # a deed's sentence that names part of a country ("on their way through southern Mexico") places it; what a
        # discussion is about is not where it was held ("discussed the war in Syria with Lavrov")
        where = self.places.in_sentence(c.trigger, exclude=c.actor_tokens, doc_countries=placing.countries,
                                        sent=sent, home=placing.home, parts=not verbal, deed=not verbal or meeting,
                                        topical=is_word(c.trigger, self.places.words.discussion_lemmas)
                                        or is_word(c.trigger, self.places.words.warning_lemmas))
        if where is None and verbal:
            return self._venue(c, sent, placing) or spoken
        if spoken is not None and where is not None:  # "Speaking in Brussels, she criticized the policy in Ukraine"
            return where if where.name == spoken.name else spoken
        speaker = c.source.country if c.source is not None else None
        if (where is None or not speaker or where.country == speaker
                or not (verbal or c.code[:2] in _DECIDED_ROOTS)):
            return where
        listener = c.target.country if c.target is not None else None
        if c.code[:2] in _WORDING_ROOTS and (where.country == listener or c.code[:2] in ASKING_ROOTS
                                             or self._of_a_gathering(c.trigger)):
            where = self.places.in_sentence(c.trigger, exclude=c.actor_tokens, doc_countries=placing.countries,
                                            sent=sent, home=placing.home, topical=True, deed=False)
        if (where is not None and where.source == "sentence" and where.country != speaker and not meeting
                and not (_own_words(c) and self._said_there(c.trigger, where))):
            return None
        return where

    def _venue(self, c: CodedEvent, sent: Span, placing: Placing) -> Location | None:
        """Where the words that hold a word act were said, when its own clause names no place: "Kerry said
        in Canberra the United States stands ready to help" (a word act is placed where it was said). Not
        the place of someone else's words that the speaker reports ("said in Canberra that Moscow warned")."""
        if not _own_words(c):
            return None
        verb = next((v for v in c.trigger.ancestors if _is_lemma(v, self.places.words.speech_lemmas)), None)
        return self._said_at(c, verb, sent, placing) if verb is not None else None

    def _said_at(self, c: CodedEvent, verb: Token, sent: Span, placing: Placing) -> Location | None:
        """The place ``verb``'s own clause names, when it is where the words that hold the event were said."""
        where = self.places.locate(verb, exclude=c.actor_tokens, doc_countries=placing.countries, sent=sent)
        return where if where is not None and where.source == "clause" and self._said_there(c.trigger, where) else None

    def _spoken_at(self, c: CodedEvent, sent: Span, placing: Placing) -> Location | None:
        """Where a word act's own words were said, when the sentence says it: a participle of being there
        ("Speaking in Brussels, she criticized ...", "Addressing lawmakers in Kiev, he urged ..."), the verb
        of saying that holds it or its audience ("told reporters in Tokyo that ..."); it wins over a place of
        what the words are about ("criticized Russia's policy in Ukraine"). None for another's words that
        the speaker reports, and where no such place is said."""
        if not _own_words(c):
            return None
        for holder in self._holders(c.trigger):
            if holder.i == c.trigger.i or holder.pos_ not in {"VERB", "AUX"}:
                continue
            if (where := self._said_at(c, holder, sent, placing)) is not None:
                return replace(where, source="sentence")  # the saying's clause, not the act's own
        return None

    def _said_there(self, trigger: Token, where: Location) -> bool:
        """The place is where the words that hold the event were said: "Kerry said in Canberra the United
        States stands ready to help", "told his audience in Mexico City that he would ..." (the venue of
        the governing verb of saying or of its audience), "Speaking to reporters in Ankara, Erdogan accused
        ..." (of a participle of being there, see :meth:`_holders`), not a place the words are about."""
        words = self.places.words
        for holder in self._holders(trigger):
            if holder.dep_ == "dobj" and _is_lemma(holder.head, words.place_object_lemmas) and where.name in (
                    " ".join(t.text for t in holder.subtree)):
                return True  # "Visiting Kabul, the minister said ..."
            for prep in (c for c in holder.children if c.dep_ == "prep"):
                if prep.lower_ in words.where_preps and any(
                        where.name in " ".join(t.text for t in o.subtree) for o in prep.children if o.dep_ == "pobj"):
                    return True
        return False

    def _holders(self, trigger: Token) -> list[Token]:
        """The words whose place is where the event's words were said: a governing verb of saying and its
        audience, and a participle of being somewhere that shares the subject of the event's clause or of
        such a verb ("Speaking at a news conference in Tokyo, the minister criticized ...", "Addressing
        lawmakers in Kiev, she urged ..."): a participle with a subject or a conjunction of its own
        ("after visiting Kabul") is another act, of another time. Only the clause of the event itself, or
        of one it is joined to, is where the participle puts it, not an act its words report ("Speaking in
        Brussels, he said he would ask the Justice Department ..." asks at home)."""
        words = self.places.words
        own = [trigger]
        while own[-1].dep_ == "conj" and own[-1].head.i != own[-1].i:
            own.append(own[-1].head)  # "Speaking in X, she condemned ... and criticized ..."
        holders: list[Token] = []
        for verb in [trigger, *trigger.ancestors]:
            heads = [verb] if verb.i != trigger.i and _is_lemma(verb, words.speech_lemmas) else []
            if any(verb.i == o.i for o in own):
                heads += [p for p in verb.children if p.dep_ == "advcl" and p.tag_ == "VBG"
                          and _is_lemma(p, words.venue_participles)
                          and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in p.children)]
            holders += [h for head in heads for h in (head, *head.children) if h is head or h.dep_ in _AUDIENCE]
        return holders


def _acting_countries(event: Event, abroad: bool = False, guesses: bool = True,
                      at_home: bool = False) -> list[str | None]:
    """The countries an event's place may be in: a statement's speaker's (when known), else its actors'
    (a meeting, though verbal, is where both sides are). ``abroad``: the story is about another country
    than its dateline's, so an actor that has its country from the dateline only does not count (the
    victims of a bombing in Douma in a BEIRUT story are not Lebanese). ``guesses``: whether an actor whose
    country was guessed from what the article is about counts. ``at_home``: the doer acts in its own
    country whoever the target is (see :meth:`EventPlacer._by_authorities`)."""
    source, target = (a if a is not None and not (abroad and from_dateline(a))
                      and (guesses or not guessed(a)) else None for a in (event.source, event.target))
    decided = event.quad_class in VERBAL_QUADS or event.cameo[:2] in _DECIDED_ROOTS or at_home
    if decided and event.cameo[:2] not in MEETING_ROOTS and source is not None and source.country:
        return [source.country]
    return [a.country for a in (source, target) if a is not None]


def _of_another_time(event: Event, today: date | None) -> bool:
    """The event is background to the story: before it on an unsaid day, or dated to a period that ended
    more than ``_BACKGROUND_DAYS`` before the story's day ("in 2002", "last March")."""
    if event.date_precision == "before":
        return True
    if today is None or event.date is None or event.date_precision not in _PERIOD_DAYS:
        return False
    start = date.fromisoformat(event.date if len(event.date) == 10 else (event.date + "-01-01")[:10])
    end = start + timedelta(days=_PERIOD_DAYS[event.date_precision])
    return (today - end).days > _BACKGROUND_DAYS


def _own_words(c: CodedEvent) -> bool:
    """The event's words are its speaker's own, or of the speaker's side ("Kerry said the United States
    stands ready"), not another's that the speaker reports ("said in Rome that Iran had threatened")."""
    said_by, source = c.attribution, c.source
    if said_by is None or said_by.how is None or any(r in said_by.how for r in TEXT_GUESSES):
        # a speaker whose country is not known, or only guessed (from the dateline, the topic or a place the
        # sentence names: "The minister said in Nairobi" is not known to be Kenyan), may be of the same side
        return True
    return source is not None and said_by.country == source.country


def _present_perfect(trigger: Token) -> bool:
    """The event is told in the present perfect ("Trump has withdrawn the U.S. from the deal"): done some
    time before the story, not on the trip it tells (``carry.of_a_trip``)."""
    return trigger.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in PRESENT_TAGS
                                         for c in trigger.children)


_SAID_OR_JOINED = frozenset({"conj", "ccomp"})  # "and" or a verb of saying over the clause


def _of_a_main_clause(trigger: Token) -> bool:
    """The event is told by the verb of a main clause, or of one a verb of saying governs ("he praised the
    country", "'I blame past administrations,' he said"), not by a noun or a relative clause ("the man who
    vilified China during the campaign", "his criticism of China"): the story's own news."""
    if trigger.pos_ not in {"VERB", "AUX"}:
        return False
    return main_clause_of(trigger, _SAID_OR_JOINED).dep_ == "ROOT"


def _is_lemma(token: Token, lemmas: frozenset[str]) -> bool:
    return token.lemma_.lower() in lemmas
