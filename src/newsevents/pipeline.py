"""Article -> [Event]: the whole chain, batched with ``nlp.pipe``.

A ``Pipeline`` owns everything that is expensive to build (the spaCy model, the actor
dictionary, the patterns, the gazetteer) and is built once per process. It holds no
per-article state: each document gets its own ``Mentions`` for coreference.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from newsevents import docmemo
from newsevents.actors.context import CONTEXT_REASON, DATELINE_REASON, TEXT_GUESSES
from newsevents.actors.dictionary import ActorDictionary
from newsevents.actors.resolver import ActorResolver, Mentions
from newsevents.coding.coder import CodedEvent, Coder
from newsevents.coding.grammar import Grammar
from newsevents.coding.ontology import Ontology
from newsevents.coding.patterns import PatternSet
from newsevents.coding.repair import add_parse_repair
from newsevents.dateline import default_parser
from newsevents.errors import InputError
from newsevents.magnitude import MagnitudeReader
from newsevents.nlp import Piece, load_model, split_text
from newsevents.places import ArticlePlaces, PlaceResolver
from newsevents.places.trips import Stay, by_phone, stay_in
from newsevents.records import Actor, Article, Event, Location, Trigger
from newsevents.time import DateResolver, iso_week

_VIOLENCE_ROOTS = frozenset({"18", "19", "20"})  # assault, fight, mass violence
_FORCE_ROOTS = frozenset({"17", *_VIOLENCE_ROOTS})  # and coercion (abductions, arrests)
#: CAMEO roots of coercion (seizures, bans, arrests, expulsions): done where the authorities are.
_COERCION_ROOTS = frozenset({"17"})
#: CAMEO codes of sending armed forces ("sent troops"): where they go, not where they are sent from.
_SENDING_CODES = frozenset({"154"})
#: CAMEO quad classes of words, not deeds: a statement, verbal cooperation, verbal conflict.
_VERBAL_QUADS = frozenset({0, 1, 3})
#: How the actor resolver explains a country taken from the dateline (``ActorResolver._context_countries``).
_DATELINE_REASON = f": {DATELINE_REASON}"
#: ... and a country taken from what the sentence and the article are about (no evidence of a place).
_CONTEXT_REASON = f": {CONTEXT_REASON}"
#: An actor's place carries this many sentences on (``_place_of_the_same_actor``).
_CARRY_SENTENCES = 2
#: ... and this many from a word act or a meeting to a word act (not to a meeting, which may be elsewhere):
#: a speaker's venue is where his words of that day are ("Trump told the U.N. General Assembly ...").
_CARRY_WORDS = 8
#: A stay ("arrived in Buenos Aires for the G20") carries this many sentences on (``_place_of_a_stay``).
_STAY_SENTENCES = 3
#: The sentences of a story's lead: the act of force told there is the story's scene (``_lead_scene``).
_LEAD_SENTENCES = 2
#: Date precisions of a stay that still lasts: a day of the story's week, or no date.
_RECENT = frozenset({"day", "publication"})
#: CAMEO roots of dealings done together: intent to cooperate, meetings, cooperation, aid, yielding.
_DEALING_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
#: CAMEO roots of meetings and negotiations ("consult"): not statements made at home.
_MEETING_ROOTS = frozenset({"04"})
#: CAMEO code of an intent to meet or negotiate: placed like a meeting, where it would be.
_MEETING_INTENT = "036"
#: CAMEO roots of measures a government decides at home (sanctions, tariffs, cut ties, expulsions): placed
#: like statements, by the decider's country ("Washington imposed tariffs on Chinese goods" is not in China).
_DECIDED_ROOTS = frozenset({"16"})
#: A possessive ending: "Syria's north" names Syria.
_POSSESSIVE = re.compile(r"[’']s$")
#: CAMEO roots of word acts about something (statements, appeals, demands, disapproval, rejections): the
#: place of what they are about, in the country they are addressed to, is not theirs ("condemned the
#: bombing in Kabul"). Promises and threats (03, 13) are placed where the act they promise would be ("will
#: withdraw its troops from Lebanon"), and a word act about a third country where it is about (PLOVER).
_WORDING_ROOTS = frozenset({"01", "02", "10", "11", "12"})


@dataclass
class _Reading:
    """What coding one article carries from sentence to sentence and piece to piece."""

    article: Article
    mentions: Mentions
    events: list[Event] = field(default_factory=list)
    countries: set[str] = field(default_factory=set)  # countries of the actors mentioned so far
    seen: int = 0  # mentions already counted in ``countries``
    sentences: int = 0  # sentences read so far: the next one's index
    tokens: int = 0  # tokens of the last piece
    place_names: list[str] = field(default_factory=list)  # the places the article names, for its focus
    actor_places: list[str] = field(default_factory=list)  # places it names for actors ("Seoul says")
    unplaced: list[int] = field(default_factory=list)  # events whose sentence names no place of theirs
    home: str | None = None  # the country of the dateline's place
    dateline: Location | None = None  # the dateline's place
    stays: list[Stay] = field(default_factory=list)  # where someone is said to be ("arrived in Hanoi")
    calls: set[int] = field(default_factory=set)  # events that are calls by phone: each party at home


def _numbered(pieces: list[Piece]) -> Iterator[tuple[int, bool, Piece]]:
    """Each piece with its number and whether it is the last; an empty text is one empty piece."""
    pieces = pieces or [Piece("", 0)]
    for n, piece in enumerate(pieces):
        yield n, n == len(pieces) - 1, piece


@dataclass(frozen=True)
class Settings:
    model: str | None = None
    actor_files: tuple[str, ...] = ()
    pattern_files: tuple[str, ...] = ()
    batch_size: int = 16


class Pipeline:
    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.nlp = load_model(self.settings.model)
        add_parse_repair(self.nlp)  # relabels parse errors the coding rules depend on, before coding
        self.ontology = Ontology.load()
        self.dictionary = ActorDictionary.load(self.settings.actor_files)
        self.resolver = ActorResolver(self.dictionary)
        self.patterns = PatternSet.load(self.settings.pattern_files)
        self.grammar = Grammar.load()
        self.coder = Coder(self.patterns, self.grammar, self.resolver)
        self.dates = DateResolver()
        self.places = PlaceResolver()
        self.datelines = default_parser()
        self.magnitudes = MagnitudeReader()

    # -- public -------------------------------------------------------------------------------------

    def code_articles(self, articles: Iterable[Article],
                      on_error: Callable[[InputError], None] | None = None) -> Iterator[tuple[Article, list[Event]]]:
        """Code a stream of articles; yields each article (with its dateline) and its events, in input order.

        A long article is parsed in pieces (``nlp.split_text``: cut between sentences, an
        over-long sentence between clauses) and coded as one document: sentence numbers run on
        and coreference reads across the seams, in time and memory linear in its length.

        ``on_error``: where an article that fails to code is reported (one line naming its file and
        id); it is then left out, not yielded with no events, and the others go on. Without it the
        error is raised."""
        pieces = ((piece.text, (article, n, last))
                  for article in map(self.with_dateline, articles)
                  for n, last, piece in _numbered(split_text(_without_dateline(article))))
        reading: _Reading | None = None
        broken: Article | None = None
        for doc, (article, n, last) in self.nlp.pipe(pieces, as_tuples=True, batch_size=self.settings.batch_size):
            events: list[Event] | None = None
            if article is not broken:
                try:
                    reading = self._next_reading(article, n, reading)
                    self._code_piece(doc, reading)
                    events = self._place_the_rest(reading) if last else None
                except Exception as err:  # any bug in one article must not stop the others
                    if on_error is None:
                        raise
                    on_error(_coding_error(article, err))
                    broken, reading = article, None
            docmemo.forget(doc)  # the per-Doc memo lives only while the Doc is coded
            if events is not None:
                yield article, events

    def _next_reading(self, article: Article, n: int, reading: _Reading | None) -> _Reading:
        """A new reading for an article's first piece; the same one, moved on, for its next pieces."""
        if n == 0 or reading is None:
            return self._reading(article)
        reading.mentions.next_piece(reading.tokens)
        reading.seen = len(reading.mentions.items)
        return reading

    def code_article(self, article: Article) -> list[Event]:
        return next(iter(self.code_articles([article])))[1]

    def with_dateline(self, article: Article) -> Article:
        """The article with its dateline ("QUETTA, Pakistan (AP) —") read, when it has one."""
        if article.dateline is not None:
            return article
        dateline = self.datelines.parse(article.text, article.date)
        return replace(article, dateline=dateline) if dateline is not None else article

    def code_doc(self, doc: Doc, article: Article) -> list[Event]:
        """The events of an article parsed as one Doc."""
        article = self.with_dateline(article)
        reading = self._reading(article)
        self._code_piece(doc, reading)
        events = self._place_the_rest(reading)
        docmemo.forget(doc)  # the per-Doc memo lives only while the Doc is coded
        return events

    def _reading(self, article: Article) -> _Reading:
        home, place = None, None
        if article.dateline is not None and article.dateline.places:
            # "TRIPOLI, Lebanon —": the story's Tripolis are Lebanon's
            gazetteer = self.places.gazetteer
            where = gazetteer.lookup_place(article.dateline.places[0])
            home = where.country if where is not None and where.country else None
            place = where.location(None, "dateline", gazetteer.adm1(where)) if where is not None and home else None
        mentions = Mentions(date=article.date)
        self.resolver.dateline(article.dateline, mentions, country=home)
        reading = _Reading(article, mentions, home=home, dateline=place)
        if home is not None:
            reading.countries.add(home)
        return reading

    def _code_piece(self, doc: Doc, reading: _Reading) -> None:
        article, mentions = reading.article, reading.mentions
        for sent in doc.sents:
            coded = self.coder.code_sentence(sent, mentions)
            for m in mentions.items[reading.seen:]:  # only the new mentions: linear in the article
                if m.actor.country:
                    reading.countries.add(m.actor.country)
            reading.seen = len(mentions.items)
            for span in self.places.place_names(sent):
                (reading.actor_places if self.places.names_actor(span) else reading.place_names).append(span.text)
            stay = stay_in(self.places, sent, reading.sentences, reading.countries, reading.dateline)
            if stay is not None and self._lasts(doc, stay, article):
                reading.stays.append(stay)
            for c in coded:
                where = None  # a call is placed later, by the caller's country: resolve no place for it
                if (self.ontology[c.code].quad_class in _VERBAL_QUADS
                        and by_phone(c.trigger, self.places.words.remote_words)):
                    reading.calls.add(len(reading.events))
                else:
                    where = self._where(c, sent, reading)
                if where is None:
                    reading.unplaced.append(len(reading.events))
                reading.events.append(self._event(c, sent, reading.sentences, article, where))
            reading.sentences += 1
        reading.tokens = len(doc)

    def _lasts(self, doc: Doc, stay: Stay, article: Article) -> bool:
        """A stay of the story's days ("arrived on Thursday", "is visiting Tehran this week"), not one
        that is over ("visited Algiers last month")."""
        today = _today(article)
        when, precision = self.dates.resolve(doc[stay.at], today)
        if today is None:
            return precision in _RECENT
        return precision in _RECENT or (precision, when) in {("month", today.isoformat()[:7]),
                                                              ("week", iso_week(today))}

    def _place_the_rest(self, reading: _Reading) -> list[Event]:
        """Events whose sentence names no place of theirs, placed once the whole article is read: at the
        dateline, the article's focus or the actors' country (see :mod:`newsevents.places.article`)."""
        if not reading.unplaced:
            return reading.events
        places = ArticlePlaces.read(reading.place_names, self.places.gazetteer, reading.article.dateline,
                                    reading.actor_places)
        # a story datelined in one country about another: a bare role's dateline country is no evidence
        abroad = not places.at_home()
        for i in reading.unplaced:
            event = reading.events[i]
            if i in reading.calls and (home := self._home_of(event.source)) is not None:
                reading.events[i] = replace(event, location=home)
                continue
            if event.cameo[:2] not in _FORCE_ROOTS and (seat := self._seat_of(event.source)) is not None:
                reading.events[i] = replace(event, location=seat)
                continue
            today = _today(reading.article)
            where = (_place_of_the_same_actor(reading.events, i, today)
                     or _place_of_the_scene(reading.events, i, today)
                     or _place_of_a_stay(reading.stays, event, reading.home))
            if where is None:  # the actors' countries are read only when nothing nearer placed it
                where = next((w for cs in self._countries_to_try(event, abroad)
                              if (w := places.locate(cs)) is not None), None)
                if where is not None and where.source == "dateline" and event.cameo[:2] in _FORCE_ROOTS:
                    where = _lead_scene(reading.events, event, where, today) or where
                if where is not None and (self._from_afar(event, where) or self._held(event.source)):
                    where = None  # no place is better than the wrong one
            if where is not None:
                reading.events[i] = replace(event, location=where)
        return reading.events

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
        if actor is None or not actor.country or _guessed(actor):
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
        if source is None or not source.country or _guessed(source) or _country_from_dateline(source):
            return False
        if event.cameo not in _SENDING_CODES and not (
                event.cameo[:2] in _FORCE_ROOTS and source.sector in self.places.words.abroad_sectors):
            return False
        if target is not None and target.country == source.country and not _guessed(target):
            return False  # "the army shelled Boko Haram's camps": at home
        sovereign = self.places.gazetteer.sovereign
        return sovereign(where.country) == sovereign(source.country)

    def _held(self, actor: Actor | None) -> bool:
        """A doer held captive ("a captive British journalist criticized ...", "the kidnapped aid worker
        asked for help"): held where the captors are, neither at home nor in the story's country."""
        words = self.places.words.captive_words
        return actor is not None and any(w.lower() in words for w in actor.text.split())

    def _by_authorities(self, event: Event) -> bool:
        """A coercive act of a state's authorities (government, police, courts: arrests, seizures, bans,
        expulsions), done in their country whoever it strikes ("German authorities detained a Pakistani
        asylum seeker" is in Germany, not in Pakistan)."""
        source = event.source
        return (event.cameo[:2] in _COERCION_ROOTS and source is not None and bool(source.country)
                and not _guessed(source) and source.sector in self.places.words.authority_sectors)

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
        known = source is not None and source.country and not _guessed(source)
        if (source is not None and known and event.cameo[:2] in _VIOLENCE_ROOTS and target is not None
                and target.country and target.country != source.country and not _guessed(target)
                and self._at_home(target)):
            # "Turkey's strikes on Syria's north", "Israel killed Hamas commanders": where the target lives
            return [[target.country], countries]
        if event.cameo[:2] not in _FORCE_ROOTS or known or target is None or not target.country:
            # a doer's country guessed from the story ("medical workers" in a story about an Iranian gunman
            # in Sydney) says who they are, not where they acted: the article's places come first. A
            # speaker's guessed country stays (a senator in a story about China speaks at home).
            sure = (countries if event.quad_class in _VERBAL_QUADS
                    else _acting_countries(event, abroad, False, at_home=at_home))
            return [countries] if sure == countries else [sure, countries]
        gazetteer = self.places.gazetteer
        travellers = (target.sector or "none") in self.places.words.traveller_sectors and not any(
            (p := gazetteer.lookup_place(t)) is not None and p.kind == "country" for t in target.text.split())
        return [[]] if travellers else [[], countries]

    def _where(self, c: CodedEvent, sent: Span, reading: _Reading) -> Location | None:
        """The event's place in its own sentence: in its clause, else named in the sentence. A statement's
        place only named in its sentence must be in the speaker's country ("Authorities in Germany warned
        citizens visiting Istanbul" is not in Istanbul). A word act of one country about another is not
        placed in the other by what it is about ("accused Iran of attacks in the Gulf", "condemned the
        bombing in Kabul"; see ``PlaceResolver._of_the_topic``) nor by that country's name."""
        verbal = self.ontology[c.code].quad_class in _VERBAL_QUADS
        # a deed's sentence that names part of a country ("on their way through southern Mexico") places it
        where = self.places.in_sentence(c.trigger, exclude=c.actor_tokens, doc_countries=reading.countries,
                                        sent=sent, home=reading.home, parts=not verbal)
        if where is None and verbal:
            return self._venue(c, sent, reading)
        speaker = c.source.country if c.source is not None else None
        if (where is None or not speaker or where.country == speaker
                or self.ontology[c.code].quad_class not in _VERBAL_QUADS):
            return where
        listener = c.target.country if c.target is not None else None
        if c.code[:2] in _WORDING_ROOTS and (where.country == listener or self._of_a_gathering(c.trigger)):
            where = self.places.in_sentence(c.trigger, exclude=c.actor_tokens, doc_countries=reading.countries,
                                            sent=sent, home=reading.home, topical=True)
        meeting = c.code[:2] in _MEETING_ROOTS or c.code[:3] == _MEETING_INTENT  # "flew to Cairo to meet"
        if (where is not None and where.source == "sentence" and where.country != speaker and not meeting
                and not (_own_words(c) and self._said_there(c.trigger, where))):
            return None
        return where

    def _venue(self, c: CodedEvent, sent: Span, reading: _Reading) -> Location | None:
        """Where the words that hold a word act were said, when its own clause names no place: "Kerry said
        in Canberra the United States stands ready to help" (a word act is placed where it was said). Not
        the place of someone else's words that the speaker reports ("said in Canberra that Moscow warned")."""
        if not _own_words(c):
            return None
        verb = next((v for v in c.trigger.ancestors if _is_lemma(v, self.places.words.speech_lemmas)), None)
        if verb is None:
            return None
        where = self.places.locate(verb, exclude=c.actor_tokens, doc_countries=reading.countries, sent=sent)
        return where if where is not None and where.source == "clause" and self._said_there(c.trigger, where) else None

    def _said_there(self, trigger: Token, where: Location) -> bool:
        """The place is where the words that hold the event were said: "Kerry said in Canberra the United
        States stands ready to help", "told his audience in Mexico City that he would ..." (the venue of
        the governing verb of saying or of its audience), not a place the words are about."""
        words = self.places.words
        for verb in trigger.ancestors:
            if not _is_lemma(verb, words.speech_lemmas):
                continue
            holders = [verb, *(c for c in verb.children if c.dep_ in {"dobj", "dative"})]
            for prep in (c for h in holders for c in h.children if c.dep_ == "prep"):
                if prep.lower_ in words.where_preps and any(
                        where.name in " ".join(t.text for t in o.subtree) for o in prep.children if o.dep_ == "pobj"):
                    return True
        return False

    def _event(self, c: CodedEvent, sent: Span, index: int, article: Article, where: Location | None) -> Event:
        entry = self.ontology[c.code]
        trig = c.trigger
        whole = sent.text  # spaCy joins it from the sentence's tokens each time: once
        text = whole.strip()
        # offsets count from the stripped sentence: a blanked dateline leaves spaces before it
        lead = sent.start_char + len(whole) - len(whole.lstrip())
        start = trig.idx - lead
        end_tok = trig.doc[c.trigger_end - 1]
        end = end_tok.idx + len(end_tok.text) - lead
        when, precision = self.dates.resolve(trig, _today(article), future=c.status == "future")
        source, rule = c.source, c.rule
        if source is None and where is not None and where.country and c.code[:2] in _VIOLENCE_ROOTS:
            # "A roadside bombing near Samarra killed ...": an unknown perpetrator is coded, as in
            # ICEWS and PLOVER, with the country where the attack happened
            source = Actor(where.name, where.country + "UAF", where.country, "UAF", None,
                           "unknown perpetrator: an unidentified actor of the country where it happened")
            rule += " (unknown perpetrator: coded with the country where it happened)"
        return Event(
            doc_id=article.id,
            sentence_index=index,
            sentence=text,
            trigger=Trigger(text[start:end], start, end),
            source=source,
            target=c.target,
            cameo=c.code,
            quad_class=entry.quad_class,
            goldstein=entry.goldstein,
            plover=self.ontology.plover(c.code),
            status=c.status,
            attribution=c.attribution,
            date=when,
            date_precision=precision,
            location=where,
            rule=rule,
            confidence=c.confidence,
            magnitude=self.magnitudes.read(trig),
        )


def _acting_countries(event: Event, abroad: bool = False, guesses: bool = True,
                      at_home: bool = False) -> list[str | None]:
    """The countries an event's place may be in: a statement's speaker's (when known), else its actors'
    (a meeting, though verbal, is where both sides are). ``abroad``: the story is about another country
    than its dateline's, so an actor that has its country from the dateline only does not count (the
    victims of a bombing in Douma in a BEIRUT story are not Lebanese). ``guesses``: whether an actor whose
    country was guessed from what the article is about counts. ``at_home``: the doer acts in its own
    country whoever the target is (see :meth:`Pipeline._by_authorities`)."""
    source, target = (a if a is not None and not (abroad and _country_from_dateline(a))
                      and (guesses or not _guessed(a)) else None for a in (event.source, event.target))
    decided = event.quad_class in _VERBAL_QUADS or event.cameo[:2] in _DECIDED_ROOTS or at_home
    if decided and event.cameo[:2] not in _MEETING_ROOTS and source is not None and source.country:
        return [source.country]
    return [a.country for a in (source, target) if a is not None]


def _own_words(c: CodedEvent) -> bool:
    """The event's words are its speaker's own, or of the speaker's side ("Kerry said the United States
    stands ready"), not another's that the speaker reports ("said in Rome that Iran had threatened")."""
    said_by, source = c.attribution, c.source
    if said_by is None or said_by.how is None or any(r in said_by.how for r in TEXT_GUESSES):
        # a speaker whose country is not known, or only guessed (from the dateline, the topic or a place the
        # sentence names: "The minister said in Nairobi" is not known to be Kenyan), may be of the same side
        return True
    return source is not None and said_by.country == source.country


def _today(article: Article) -> date | None:
    """The story's own day: the dateline's ("CAIRO, March 3 (Reuters) -"), else the publication's."""
    return article.dateline.date if article.dateline is not None and article.dateline.date else article.date


def _place_of_the_same_actor(events: list[Event], i: int, published: date | None) -> Location | None:
    """The place of the same named actor's last event placed by its own clause, a sentence or two before and
    on the same day: "Bolton met Turkish officials in Ankara on Monday. Bolton warned ..." (a statement
    made on a trip is where the trip is, not at home); a few more sentences from a word act or a meeting
    to a word act done ("Trump told the U.N. General Assembly ...", then "Trump accused ...")."""
    event = events[i]
    source = event.source
    if source is None or not source.name:
        return None
    talking = (event.quad_class in _VERBAL_QUADS and event.cameo[:2] not in _MEETING_ROOTS
               and event.status == "asserted")
    for before in reversed(events[:i]):
        gap = event.sentence_index - before.sentence_index
        if gap > _CARRY_WORDS:
            break
        where = before.location
        if (before.source is None or before.source.name != source.name or where is None
                or where.source != "clause" or before.sentence_index == event.sentence_index):
            continue
        if gap > _CARRY_SENTENCES and not (talking and before.quad_class in _VERBAL_QUADS):
            continue
        return replace(where, source="article") if _same_day(before, event, published) else None
    return None


def _place_of_the_scene(events: list[Event], i: int, published: date | None) -> Location | None:
    """The place of the last act of force placed by its own sentence, a sentence or two before and on the
    same day, for an act of force whose sentence names no place: a story tells an attack, then its toll
    and its aftermath ("Gunmen attacked a convoy near Bavispe. Two others were wounded."); the dateline or
    the story's capital is where the reporter sits, not where the shots were fired. Not when a doer of
    known country acts against no one of that place's country (a strike back from across the border)."""
    event = events[i]
    if event.cameo[:2] not in _FORCE_ROOTS:
        return None
    source, target = event.source, event.target
    doer = source.country if source is not None and source.country and not _guessed(source) else None
    # victims named by nationality ("a German photographer was killed") are often abroad: only the doer counts
    countries = {doer, target.country if target is not None else None} if doer else set()
    for before in reversed(events[:i]):
        gap = event.sentence_index - before.sentence_index
        if gap > _CARRY_SENTENCES:
            break
        where = before.location
        if (gap == 0 or before.cameo[:2] not in _FORCE_ROOTS or where is None
                or where.source not in {"clause", "sentence"}):
            continue
        if (countries and where.country not in countries) or not _of_that_day(before, event, published):
            return None
        return replace(where, source="article")
    return None


def _lead_scene(events: list[Event], event: Event, dateline: Location, published: date | None) -> Location | None:
    """The place of the act of force the story leads with (in its first sentences, placed by its own
    sentence, in the dateline's country): later acts of force told without a place are of that scene, not
    of the dateline ("MEXICO CITY - Gunmen killed nine people in northern Mexico ... The convoy was
    attacked at dawn"), which is where the reporter files from."""
    for lead in events:
        if lead.sentence_index > _LEAD_SENTENCES:
            return None
        where = lead.location
        if (lead.cameo[:2] in _FORCE_ROOTS and where is not None and where.source in {"clause", "sentence"}
                and where.country == dateline.country):
            same = where.name != dateline.name and _of_that_day(lead, event, published)
            return replace(where, source="article") if same else None
    return None


def _place_of_a_stay(stays: list[Stay], event: Event, home: str | None = None) -> Location | None:
    """Where someone was said to be in the last few sentences ("Trump arrived in Buenos Aires for the G20"),
    for that traveller's later events ("Trump said ...") and for dealings between actors of two countries
    ("Trump met Xi on Saturday": meetings, pledges, agreements and cooperation), whose countries would say
    nothing of where they met. Not for force:
    a strike is not where the news of it reached a traveller.

    The traveller's own events of the stay's sentence are there too ("made his remarks in Quebec as he
    prepared to fly on"), and a stay in the dateline's country (``home``) lasts the whole story for its
    traveller ("TOKYO (AP) - ... after arriving in Tokyo"): the reporter is with him."""
    if event.cameo[:2] in _FORCE_ROOTS or event.date_precision == "before":
        return None
    source, target = event.source, event.target
    words = " ".join(a.name or a.text for a in (source,) if a is not None).split()
    two = {a.country for a in (source, target) if a is not None and a.country and not _guessed(a)}
    for stay in reversed(stays):
        gap = event.sentence_index - stay.sentence
        traveller = stay.who is not None and stay.who in words
        near = 0 < gap <= _STAY_SENTENCES
        if gap < 0 or not (near or (traveller and (gap == 0 or stay.where.country == home))):
            continue
        if traveller or (len(two) == 2 and event.cameo[:2] in _DEALING_ROOTS):
            return replace(stay.where, source="article")
    return None


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


def _is_lemma(token: Token, lemmas: frozenset[str]) -> bool:
    return token.lemma_.lower() in lemmas


def _guessed(actor: Actor) -> bool:
    """An actor given its country by what the sentence and the article are about, not by its own words."""
    return actor.how is not None and _CONTEXT_REASON in actor.how


def _country_from_dateline(actor: Actor) -> bool:
    """A bare role ("gunmen", "people") that the actor resolver gave the dateline's country, as its
    explanation says ("country LBN: the dateline ('BEIRUT')")."""
    return actor.how is not None and _DATELINE_REASON in actor.how


def _without_dateline(article: Article) -> str:
    """The text to parse: the dateline blanked out, so that "QUETTA" is never the subject of the
    first sentence; every character keeps its offset."""
    d = article.dateline
    if d is None:
        return article.text
    return article.text[:d.start] + " " * (d.end - d.start) + article.text[d.end:]


def code_text(text: str, date: date | None = None, *, doc_id: str = "text",
              pipeline: Pipeline | None = None) -> list[Event]:
    """Code one text (the notebook entry point): ``newsevents.code_text("...", date=date(2019, 4, 27))``."""
    return (pipeline or default_pipeline()).code_article(Article(id=doc_id, text=text, date=date))


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    """The pipeline the notebook functions share: built on first use, once per process."""
    return Pipeline()


def code_texts(texts: Sequence[str], date: date | None = None) -> list[list[Event]]:
    """Code many texts at once (batched through spaCy); one list of events per text."""
    articles = [Article(id=f"text-{i}", text=t, date=date) for i, t in enumerate(texts)]
    return [events for _, events in default_pipeline().code_articles(articles)]


def _coding_error(article: Article, err: Exception) -> InputError:
    """A failure to code one article, as an input error naming its file and id."""
    return InputError(article.source_path or "-", f"article {article.id!r} could not be coded "
                      f"({type(err).__name__}: {err}); its events are left out")
