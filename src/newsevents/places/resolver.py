"""Event locations: the place of one event, chosen from the places its sentence names.

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
GeoNames id and ISO3 country identify them. The word lists are in ``data/places/words.yaml``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsevents.parse import clause_head
from newsevents.places.gazetteer import Gazetteer, Place
from newsevents.records import Location


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    place: Place
    rank: int
    distance: int


#: Ranks at or below this are places attached to the event (see ``PlaceResolver._rank``).
_ATTACHED = 3
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
        self.words = self.gazetteer.words

    def locate(
        self,
        trigger: Token,
        *,
        exclude: Collection[tuple[int, int]] = (),
        doc_countries: Collection[str] = (),
        sent: Span | None = None,
    ) -> Location | None:
        """Event location of ``trigger``; see the module docstring. None if the sentence names no place.

        ``sent`` is the trigger's sentence when the caller has it: spaCy computes ``trigger.sent`` by
        walking the parse, so it is computed here (once) only when it is not given.
        """
        if sent is None:
            sent = trigger.sent
        labelled: dict[int, str] = {}
        spans = self._place_spans(sent, labelled)
        context = set(doc_countries)
        for span in spans:
            place = self.gazetteer.lookup_place(span.text, doc_countries)
            if place is not None and place.kind == "country":
                context.add(place.country or "")
        mentions: list[_Mention] = []
        trig_clause = clause_head(trigger)
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
            if ent.label_ in self.words.skip_labels:
                taken.update(range(ent.start, ent.end))
                if ent.label_ in {"PERSON", "ORG"} and self._mislabelled_country(ent):
                    spans.append(ent)
                    labelled[ent.start] = "GPE"
                continue
            start = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
            if start >= ent.end:
                continue
            span = doc[start : ent.end]
            if ent.label_ in self.words.place_labels or (
                self.gazetteer.demonym(span.text) is None
                and self.gazetteer.lookup_place(span.text) is not None
            ):
                spans.append(span)
                if ent.label_ in self.words.place_labels and span[0].is_title and span[-1].is_title:
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
    def _locative_head(self, span: Span, label: str | None = None) -> Token | None:
        """The word a place's locative phrase modifies ("summit" in "summit in the city of X"), or None.

        A direct object is a place of its verb when it is a facility ("blocked the Europe Bridge") or
        when the verb acts on a place ("captured the town of X", "visited Hanoi").
        """
        tok = span.root
        noun = tok
        while tok.dep_ in {"pobj", "appos", "compound", "conj", "dobj", "poss"}:
            head = tok.head
            if tok.dep_ == "poss":
                if not _is_word(head, self.words.place_nouns):
                    return None
                tok = noun = head  # "Mexico's northern border", "Pakistan's Balochistan province"
                continue
            if tok.dep_ == "dobj":
                if label == "FAC" or head.lemma_.lower() in self.words.place_object_lemmas:
                    return head
                return None
            if tok.dep_ == "pobj" and head.lower_ == "of" and _is_word(head.head, self.words.place_nouns):
                tok = noun = head.head
                continue
            if tok.dep_ in {"appos", "compound", "conj"}:
                # "a West Bank refugee camp", "a Baghdad market": a name modifying a noun places it
                if head.pos_ in {"PROPN", "NOUN"} and (
                    tok.dep_ == "compound"
                    or _is_word(head, self.words.place_nouns)
                    or head.ent_type_ in self.words.place_labels
                ):
                    tok = noun = head
                    continue
                return None
            if tok.dep_ == "pobj" and head.dep_ in {"prep", "agent"}:
                if head.lower_ == "of" and head.head.lower_ in self.words.of_locatives:
                    head = head.head  # "outside of X": "outside" is the preposition
                prep = head.lower_
                governor = head.head
                if prep == "on" and _is_word(noun, self.words.on_nouns):
                    return governor
                if prep in self.words.weak_preps:
                    # "evacuated the wounded from X": the motion may be the verb the phrase's noun depends on
                    moving = _is_word(governor, self.words.motion_lemmas) or (
                        governor.dep_ in {"dobj", "nsubjpass"} and _is_word(governor.head, self.words.motion_lemmas)
                    )
                    return governor if moving else None
                if prep in self.words.locative_preps:
                    return governor
            return None
        return None

    def _mislabelled_country(self, ent: Span) -> bool:
        """A country or region the tagger called a person or an organisation, after a locative preposition.

        "travel to Mauritius" (Mauritius tagged PERSON): only whole country and region names count, so that
        people and bodies named after cities ("Washington", "Paris") stay what the tagger says.
        """
        root = ent.root
        if root.dep_ != "pobj" or root.head.lower_ not in self.words.locative_preps or not ent[0].is_title:
            return False
        place = self.gazetteer.lookup_place(ent.text)
        return place is not None and place.kind in {"country", "region"}

    def _rank(self, span: Span, trigger: Token, trig_clause: Token, label: str | None = None) -> int:
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
        head = self._locative_head(span, label)
        if head is None:
            return 5
        if head.i == trigger.i:
            return 0
        head_clause = clause_head(head)
        same_clause = head_clause.i == trig_clause.i
        if same_clause and any(a.i == trigger.i for a in head.ancestors):
            return 1
        if same_clause and any(a.i == head.i for a in trigger.ancestors):
            return 2
        if same_clause:
            return 3
        if any(a.i == head_clause.i for a in trig_clause.ancestors):
            if _is_word(head_clause, self.words.speech_lemmas) and not (head.i == head_clause.i and span.end <= head.i):
                return 5  # "said during a visit to Beijing that he would urge ...": where it was said
            return 4  # a governing clause ("In Kabul, police said gunmen attacked a hotel")
        if head_clause.dep_ in _LINKED_CLAUSE_DEPS and clause_head(head_clause.head).i == trig_clause.i:
            return 4  # a clause coordinated with or subordinate to the trigger's
        participant = head_clause.head
        while participant.dep_ == "pobj" and participant.head.lower_ == "of":
            participant = participant.head.head  # "one third of the guerrillas operating in X"
        if (
            head_clause.dep_ == "acl"
            and participant.dep_ in _PARTICIPANT_DEPS
            and participant.head.i in {trigger.i, trig_clause.i}
        ):
            return 4  # "rebels active in Kosovo were disarmed": where a participant is
        return 5


def _is_word(token: Token, words: frozenset[str]) -> bool:
    """``token``, as written or as its lemma, is one of ``words`` ("outskirts" and "outskirt" alike)."""
    return token.lower_ in words or token.lemma_.lower() in words

