"""Event locations: the place of one event, chosen from the places its sentence names.

:class:`PlaceResolver` picks the location of one event: a place attached to the event
through a locative preposition ("in", "near", "outside" ...; "the port city of X" and
"Mexico's northern border" are followed to X and Mexico), a place-name modifier of the
trigger ("the Jeddah talks"), the object of a place verb ("captured Mosul", "blocked
the Europe Bridge"), or the place a relative clause of place describes ("Baghdad, where he
met ..."); in the trigger's own phrase first, then its governing verb, then its
clause, then a clause that governs it or is linked to it. A place that is only mentioned,
a place of another clause (a relative clause, what a statement reports), a party ("talks
with Beijing"), the surname of someone the article names ("Pompeo") and a country
adjective are not the event's location: then the location is None. Places inside the
event's actor mentions (``exclude``) are the location only when attached to the event
("extradited him to Britain"), never as metonyms ("Moscow said"). A GPE/LOC/FAC entity
attached to the event that the gazetteer lacks is returned with its name only (no
coordinates). Locations are named as the text writes them ("Kiev", "Britain"); the
GeoNames id and ISO3 country identify them. The word lists are in ``data/places/words.yaml``.
"""

from __future__ import annotations

import calendar
from collections.abc import Collection, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsevents import docmemo
from newsevents.entities import sentence_ents
from newsevents.parse import clause_head
from newsevents.places.gazetteer import Gazetteer, Place
from newsevents.records import GeoSource, Location


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
#: An actor's name that modifies the trigger is the actor, not the place: "U.S. air strikes in Iraq".
_MODIFIER_DEPS = frozenset({"compound", "poss", "amod", "nmod"})
#: Month and day names: a DATE entity made of them is a date, not a mislabelled place ("in March").
_CALENDAR_WORDS = frozenset(
    w.lower() for w in (*calendar.month_name, *calendar.month_abbr, *calendar.day_name, *calendar.day_abbr) if w
)
#: A capitalised name the tagger did not label a place is one when it names a country, a region, a
#: province, a town with at least this many people, or comes with a place noun ("the town of X").
_UNLABELLED_TOWN_POPULATION = 15000
#: A place in these relations stands for its people or its government ("Seoul says", "Iran's minister").
_ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent"})
#: At most this many words between a place and the place it is part of: ", a northern suburb of".
_PART_OF_WORDS = 5
#: Ranks above this are not the event's location (places only mentioned, or of another clause).
_LOCATED = 4
#: Ranks of places attached below the trigger (1) or in a clause it governs (4), which may be a word
#: act's topic (``PlaceResolver._of_the_topic``).
_TOPIC_RANKS = frozenset({1, 4})
#: How a word act's object and content hang from it: "condemned the attack", "urged them to invest".
_TOPIC_DEPS = frozenset({"dobj", "xcomp", "ccomp", "dative", "attr", "oprd"})
#: The rank of a place the text puts the event away from (a clause of another time than the trigger's, a
#: trip called off): not even a place its sentence names.
_ELSEWHERE = 6


class PlaceResolver:
    """Chooses the location of an event from the places mentioned in its sentence."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer()
        self.words = self.gazetteer.words
        # the last sentence's place spans and labels: the pipeline asks for a sentence's names, then
        # for each of its events; the Doc is kept so that its id cannot be reused by another
        self._last: tuple[Doc, int, int, list[Span], dict[int, str]] | None = None
        self._surnames: tuple[Doc, frozenset[str]] | None = None  # the last Doc's people's surnames

    def locate(
        self,
        trigger: Token,
        *,
        exclude: Collection[tuple[int, int]] = (),
        doc_countries: Collection[str] = (),
        sent: Span | None = None,
    ) -> Location | None:
        """Event location of ``trigger`` in its own clause (source 'clause') or a clause linked to it
        ('sentence'); see the module docstring. None if no place of the sentence is the event's.

        ``sent`` is the trigger's sentence when the caller has it: spaCy computes ``trigger.sent`` by
        walking the parse, so it is computed here (once) only when it is not given.
        """
        return self._attached(self._mentions(trigger, exclude, doc_countries, sent), trigger)

    def mentioned(
        self,
        trigger: Token,
        *,
        exclude: Collection[tuple[int, int]] = (),
        doc_countries: Collection[str] = (),
        sent: Span | None = None,
    ) -> Location | None:
        """A town, division or region the trigger's sentence names without attaching it to the event
        ("Two days after the raid in Khost, police arrested ..."), nearest first; not an actor's name,
        a country adjective or a country (a country named in passing is often a party, not a place)."""
        return self._named(self._mentions(trigger, exclude, doc_countries, sent), trigger)

    def in_sentence(
        self,
        trigger: Token,
        *,
        exclude: Collection[tuple[int, int]] = (),
        doc_countries: Collection[str] = (),
        sent: Span | None = None,
        home: str | None = None,
        topical: bool = False,
        parts: bool = False,
        deed: bool = True,
    ) -> Location | None:
        """:meth:`locate`, else :meth:`mentioned`, reading the sentence once. ``home``: the country of
        the article's dateline, which wins homonyms ("TRIPOLI, Lebanon": its Tripoli is Lebanon's).
        ``topical``: the trigger is a word act (a statement, an accusation, a demand), whose object and
        content are what it is about, not where it was said (see :meth:`_of_the_topic`). ``parts``: a part
        of a country the sentence names ("southern Mexico") counts among the places named (for deeds). ``deed``: see
        :meth:`_mentions`."""
        mentions = self._mentions(trigger, exclude, doc_countries, sent, home, topical, deed=deed)
        return self._attached(mentions, trigger) or self._named(mentions, trigger, parts)

    def _attached(self, mentions: list[_Mention], trigger: Token) -> Location | None:
        located = [m for m in mentions if m.rank <= _LOCATED]
        if not located:
            return None
        best = min(located, key=lambda m: (m.rank, m.place.lat is None, m.place.kind == "country", m.distance))
        return self._location(best, trigger, "clause" if best.rank <= _ATTACHED else "sentence")

    def _named(self, mentions: list[_Mention], trigger: Token, parts: bool = False) -> Location | None:
        # a country is named in passing as a party, unless only a part of it is named ("southern Mexico")
        named = [m for m in mentions if _LOCATED < m.rank < _ELSEWHERE
                 and (m.place.kind != "country" or (parts and self._part_of_area(trigger.doc[m.start : m.end])))
                 and m.place.lat is not None and not self._names_actor(trigger.doc[m.start : m.end], m.place)]
        if not named:
            return None
        return self._location(min(named, key=lambda m: m.distance), trigger, "sentence")

    def _location(self, mention: _Mention, trigger: Token, source: GeoSource) -> Location:
        span = trigger.doc[mention.start : mention.end]
        written = None if self._names_territory(span) else span.text  # "on Iraqi soil": Iraq, not "Iraqi"
        return mention.place.location(written, source, self.gazetteer.adm1(mention.place))

    def _mentions(
        self, trigger: Token, exclude: Collection[tuple[int, int]], doc_countries: Collection[str], sent: Span | None,
        home: str | None = None, topical: bool = False, deed: bool = True,
    ) -> list[_Mention]:
        """Every place of the trigger's sentence with its attachment rank (see :meth:`_rank`). ``deed``: the trigger
        is a deed, placed by a country's ground named by its adjective ("on Iraqi soil"; a word act's "incursion
        into Turkish airspace" is what it is about) and by a place of an earlier event in its clause ("arrested two
        men after the bombing in Kabul"), which a word act's is not ("rejected the request after the killing of a
        commander in Baghdad")."""
        if sent is None:
            sent = trigger.sent
        spans, labelled = self._spans_of(sent)
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
            if not deed and self._names_territory(span):
                continue
            label = labelled.get(span.start)
            rank = 0 if span is not whole else self._rank(span, trigger, trig_clause, label)
            if not deed and 0 < rank <= _ATTACHED and self._of_another_event(span, trigger, label):
                rank = _LOCATED + 1
            if topical and rank in _TOPIC_RANKS and (self._of_the_topic(span, trigger, label) or (
                    span.root.dep_ == "pobj" and span.root.head.lower_ in self.words.topic_preps)):
                rank = _LOCATED + 1  # "condemned the bombing in Kabul": named, not where it was said
            if any(span.start < e and a < span.end for a, e in exclude) and (
                rank > _ATTACHED or span.root.dep_ in _MODIFIER_DEPS or topical
            ) and not (rank <= _ATTACHED and self._names_territory(span)):
                # an actor named by its place ("Moscow said", "U.S. air strikes", a word act's "lashed out at
                # China") is not where it was
                continue
            place = self._place(span, qualifier, context, label if rank <= _ATTACHED else None, home)
            if place is not None and self._whose_not_where(span, place, trigger):
                continue
            if place is not None:
                distance = min(abs(span.start - trigger.i), abs(span.end - 1 - trigger.i))
                mentions.append(_Mention(span.start, span.end, place, rank, distance))
        return mentions

    def _place(self, span: Span, qualifier: Span | None, context: set[str], label: str | None,
               home: str | None = None) -> Place | None:
        """The gazetteer entry of a place mention, in the kind of place its noun asks for ("the province
        of Herat") and inside its qualifier ("Lashkargah, Helmand"). A named place the gazetteer lacks
        ("the Europe Bridge") counts only with a place label when attached (``label``), without coordinates."""
        if self._names_territory(span):
            return self.gazetteer.country_place(self.gazetteer.demonym(span.text) or "")
        name = f"{span.text}, {qualifier.text}" if qualifier is not None else span.text
        kind = self._kind_asked(span)
        place = self.gazetteer.lookup_place(name, context, kind)
        if place is not None and place.kind == "town" and kind is None and self._part_of_area(span):
            area = self.gazetteer.lookup_place(name, context, "admin1")
            place = area if area is not None and area.kind == "admin1" and area.contains(place) else place
        if place is not None and home is not None and place.country != home and place.kind != "country":
            local = self.gazetteer.lookup_place(name, (home,), kind)
            place = local if local is not None and local.country == home else place
        if place is not None or label is None or self.gazetteer.demonym(span.text) is not None:
            return place
        within = self.gazetteer.lookup_place(qualifier.text) if qualifier is not None else None
        # a named area ("North Africa", LOC) is coarser than a town or a facility
        return Place(name=span.text, kind="region" if label == "LOC" else "unnamed",
                     country=within.country if within is not None else None,
                     lat=None, lon=None, geonameid=None, population=0)

    def _part_of_area(self, span: Span) -> bool:
        """A direction word names part of the place ("northern Gaza", "central and northern Idlib"): the
        area of that name (the province), not the town it is named after."""
        words = self.words.area_directions
        if span[0].lower_ in words:  # "southern Gaza", not "North Korea" (a name of its own)
            lookup = self.gazetteer.lookup_place
            return len(span) > 1 and lookup(span.text) == lookup(span[1:].text)
        modifiers = [c for c in span.root.children if c.dep_ == "amod" and c.i < span.start]
        modifiers += [g for c in modifiers for g in c.children if g.dep_ == "conj"]
        return any(m.lower_ in words for m in modifiers)

    def _kind_asked(self, span: Span) -> str | None:
        """The kind of place a noun around the name asks for: "the province of Herat", "Helmand province",
        "Lashkargah city" (see ``kind_of_noun``)."""
        doc = span.doc
        root = span.root
        after_of = span.end + 1 < len(doc) and doc[span.end + 1].lower_ == "of"  # "the Cairo district of X": X's noun
        if span.end < len(doc) and doc[span.end].pos_ == "NOUN" and not after_of:
            kind = self.words.kind_of_noun(doc[span.end].lower_)
            if kind is not None:
                return kind
        if root.dep_ == "pobj" and root.head.lower_ == "of":
            return self.words.kind_of_noun(root.head.head.lower_)
        return None

    # ------------------------------------------------------------------ candidates
    def place_names(self, sent: Span) -> list[Span]:
        """The names of places in a sentence, as the resolver finds them (no country adjectives, no town
        a gathering is named after: "the Munich Security Conference" says nothing of the story's scene)."""
        return [s for s in self._spans_of(sent)[0]
                if self.gazetteer.demonym(s.text) is None and not _inside_a_name(s)]

    def names_actor(self, span: Span) -> bool:
        """:meth:`_names_actor` of a place name, looked up."""
        return self._names_actor(span, self.gazetteer.lookup_place(span.text))

    def _names_actor(self, span: Span, place: Place | None) -> bool:
        """A place that stands for its people or government: the subject of a verb ("Seoul says", "if
        Beijing refuses"), a possessor ("Iran's minister"), a country or province modifying a noun that
        is no place ("U.S. troops", "a Florida congresswoman"; not "a Kabul market", "Helmand province"),
        a person's home or constituency ("Sen. Jane Doe of Missouri", "John Doe, R-Ohio")."""
        tok = span.root
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head  # "Iran and Iraq said"
        if tok.dep_ in _ACTOR_DEPS or (tok.dep_ == "pobj" and tok.head.lower_ in self.words.partner_preps):
            return True  # "Beijing says", "talks with Beijing", "sanctions against Moscow"
        if tok.dep_ in {"npadvmod", "compound", "amod"} and tok.head.lower_ in self.words.home_words:
            return True  # "a Washington-based lawyer": where someone lives or works
        if (tok.dep_ == "pobj" and tok.head.lower_ in self.words.origin_preps and tok.head.head.pos_ == "NOUN"
                and not is_word(tok.head.head, self.words.motion_lemmas)):
            return True  # "a pediatrician from Chicago": where someone comes from
        person = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok.head
        if tok.dep_ in {"pobj", "appos"} and person.ent_type_ == "PERSON" and person.i != tok.i:
            return True  # "Sen. John Kennedy of Louisiana", "John Boehner, R-Ohio": whom someone stands for
        return (tok.dep_ in {"compound", "amod", "nmod"} and place is not None
                and place.kind in {"country", "admin1"} and not is_word(tok.head, self.words.place_nouns))

    def _spans_of(self, sent: Span) -> tuple[list[Span], dict[int, str]]:
        """:meth:`_place_spans` of a sentence, found once however many events it holds."""
        last = self._last
        if last is not None and last[0] is sent.doc and last[1] == sent.start and last[2] == sent.end:
            return last[3], last[4]
        labelled: dict[int, str] = {}
        surnames = self._surnames_of(sent.doc)
        spans = [s for s in self._place_spans(sent, labelled)
                 if not self._is_surname(s, surnames) and not self._party_label(s)]
        self._last = (sent.doc, sent.start, sent.end, spans, labelled)
        return spans, labelled

    def _surnames_of(self, doc: Doc) -> frozenset[str]:
        """The last names of the people a document names in full ("John Bolton": "Bolton"), unless the full
        name is itself a place the tagger took for a person ("Ciudad Juarez")."""
        if self._surnames is not None and self._surnames[0] is doc:
            return self._surnames[1]
        names = frozenset(ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) >= 2
                          and ent[-1].is_title and self.gazetteer.lookup_place(ent.text) is None)
        self._surnames = (doc, names)
        return names

    def _is_surname(self, span: Span, surnames: frozenset[str]) -> bool:
        """A one-word town that is the surname of someone the article names ("Bolton" after "John Bolton",
        "Warren" after "Elizabeth Warren"), without a place noun that makes it a place ("the town of X")."""
        if len(span) != 1 or span.text not in surnames or self._kind_asked(span) is not None:
            return False
        place = self.gazetteer.lookup_place(span.text)
        return place is None or place.kind == "town"

    def _town_of_gathering(self, name: Span) -> Span | None:
        """The town a gathering's name begins with: "the Munich Security Conference", "the Davos Forum",
        "the Sochi talks" are held there."""
        if len(name) < 2 or not is_word(name[-1], self.words.stay_words):
            return None
        first = name[:1]
        place = self.gazetteer.lookup_place(first.text)
        if (place is None or place.kind != "town" or place.population < _UNLABELLED_TOWN_POPULATION
                or self.gazetteer.demonym(first.text) is not None):
            return None
        return first

    def _party_label(self, span: Span) -> bool:
        """The state of a lawmaker's party label ("Jane Doe, R-Iowa", "(D-Calif.)"): whom the lawmaker
        stands for, written tight after a party initial and a hyphen; no place of the story."""
        doc = span.doc
        if span.start < 2:
            return False
        mark, hyphen = doc[span.start - 2], doc[span.start - 1]
        return (hyphen.text == "-" and mark.text in self.words.party_marks
                and not mark.whitespace_ and not hyphen.whitespace_)

    def _place_spans(self, sent: Span, labelled: dict[int, str]) -> list[Span]:
        """GPE/LOC/FAC entities, and other capitalised runs that are gazetteer names.

        ``labelled`` receives the entity label of each span that is a GPE/LOC/FAC entity, by start.
        """
        doc = sent.doc
        spans: list[Span] = []
        taken: set[int] = set()
        for ent in sentence_ents(sent):
            if ent.label_ in self.words.skip_labels:
                taken.update(range(ent.start, ent.end))
                name = ent[1:] if len(ent) > 1 and ent[0].lower_ == "the" else ent  # "the United Nations"
                if ent.label_ in self.words.mislabelled_labels and self._mislabelled_place(name, spans):
                    spans.append(name)
                    labelled[name.start] = "GPE"
                elif (town := self._town_of_gathering(name)) is not None:
                    spans.append(town)
                continue
            start = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
            if start >= ent.end or not any(t.text[:1].isupper() for t in doc[start : ent.end]):
                continue  # "its east coast": no name
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
                if self._names_territory(span):
                    spans.append(span)  # "on Iraqi soil", "in Omani waters"
        i = sent.start
        toks = docmemo.tokens(doc)
        while i < sent.end:
            tok = toks[i]
            if i in taken or tok.pos_ != "PROPN" or not tok.is_title:
                i += 1
                continue
            j = i
            while (
                j + 1 < sent.end and j + 1 not in taken and toks[j + 1].pos_ == "PROPN" and toks[j + 1].is_title
            ):
                j += 1
            span = doc[i : j + 1]
            place = self.gazetteer.lookup_place(span.text)
            if place is not None and self.gazetteer.demonym(span.text) is None and (
                place.kind in {"country", "region", "admin1"}
                or place.population >= _UNLABELLED_TOWN_POPULATION
                or self._kind_asked(span) is not None
            ):
                spans.append(span)  # a small town the tagger did not label needs its noun: "the village of X"
            i = j + 1
        spans.sort(key=lambda s: s.start)
        return spans

    def _with_qualifiers(self, spans: list[Span]) -> Iterator[tuple[Span, Span | None]]:
        """Pairs "Paris, Texas", "Lashkargah city, Helmand", "Iquique (Tarapaca)": the second place
        qualifies the first and is not a candidate itself. A division qualifies only a place it contains
        or one the gazetteer lacks ("Punjab, Sindh" is a list); a country qualifies any."""
        skip: set[int] = set()
        for k, span in enumerate(spans):
            if span.start in skip:
                continue
            nxt = spans[k + 1] if k + 1 < len(spans) else None
            if nxt is not None and self._qualifies(span, nxt):
                skip.add(nxt.start)
                yield span, nxt
                continue
            if nxt is not None and self._holds_next(span, nxt):
                continue  # "the Boston suburb of Watertown": Watertown is the place, Boston only holds it
            yield span, None

    def _holds_next(self, span: Span, nxt: Span) -> bool:
        """``span`` names the place that holds ``nxt`` through a place noun: "the Boston suburb of Watertown",
        "the Cairo district of Shubra", "the Syrian province of Idlib" (a country adjective is no span)."""
        doc = span.doc
        between = doc[span.end : nxt.start]
        return (len(between) == 2 and between[1].lower_ == "of" and between[0].lower_ in self.words.place_nouns
                and between[0].lower_ not in self.words.direction_words
                and self.gazetteer.lookup_place(nxt.text) is not None)  # else the holder is the best we know

    def _qualifies(self, span: Span, nxt: Span) -> bool:
        doc = span.doc
        between = [t.text for t in doc[span.end : nxt.start]]
        if between and self.words.kind_of_noun(between[0].lower()) is not None:
            between = between[1:]  # "Lashkargah city, Helmand"
        closed = between == ["("] and nxt.end < len(doc) and doc[nxt.end].text == ")"
        # "Bondi, a suburb of Sydney", "Ikeja, the capital of Lagos State": the second place holds the first
        part_of = (2 < len(between) <= _PART_OF_WORDS and between[0] == "," and between[-1].lower() == "of"
                   and between[-2].lower() in self.words.place_nouns)
        if between != [","] and not closed and not part_of:
            return False
        outer = self.gazetteer.lookup_place(nxt.text)
        head = self.gazetteer.lookup_place(span.text)
        if head is not None and head.kind in {"country", "region"} and not part_of:
            return False  # "Britain, Germany and France": a list, no country qualifies another
        if part_of:
            return outer is not None and outer.kind in {"country", "admin1", "admin2", "region", "town"}
        if outer is None or outer.kind not in {"country", "admin1", "admin2", "region"}:
            return False
        if outer.kind == "country" or self.gazetteer.lookup_place(span.text, within=outer) is not None:
            return True
        return head is None or head.kind == "town"  # not a list of divisions ("Punjab, Sindh")

    # ------------------------------------------------------------------ ranking
    def _locative_head(self, span: Span, label: str | None = None) -> Token | None:
        """The word a place's locative phrase modifies ("summit" in "summit in the city of X"), or None.

        A direct object is a place of its verb when it is a facility ("blocked the Europe Bridge") or
        when the verb acts on a place ("captured the town of X", "visited Hanoi").
        """
        tok = span.root
        noun = tok
        while tok.dep_ in {"pobj", "appos", "compound", "conj", "dobj", "poss", "amod"}:
            head = tok.head
            if tok.dep_ == "amod":
                if not is_word(head, self.words.territory_nouns):
                    return None
                tok = noun = head  # "on Iraqi soil": the soil's phrase
                continue
            if tok.dep_ == "poss":
                if not is_word(head, self.words.place_nouns):
                    return None
                tok = noun = head  # "Mexico's northern border", "Pakistan's Balochistan province"
                continue
            if tok.dep_ == "dobj":
                if label == "FAC" or head.lemma_.lower() in self.words.place_object_lemmas:
                    return head
                return None
            if tok.dep_ == "pobj" and head.lower_ == "of" and is_word(head.head, self.words.place_nouns):
                tok = noun = head.head
                continue
            if tok.dep_ in {"appos", "compound", "conj"}:
                if tok.dep_ == "compound" and self._names_a_thing(head):
                    return None  # "withdrew from the Paris climate accord": not in Paris
                # "a West Bank refugee camp", "a Baghdad market": a name modifying a noun places it
                if head.pos_ in {"PROPN", "NOUN"} and (
                    tok.dep_ == "compound"
                    or is_word(head, self.words.place_nouns)
                    or head.ent_type_ in self.words.place_labels
                ):
                    tok = noun = head
                    continue
                return None
            if tok.dep_ == "pobj" and head.dep_ in {"prep", "agent"}:
                return self._governor_of(head, noun)
            return None
        return None

    def _route_of(self, governor: Token) -> bool:
        """The phrase gives the ends of a craft's route ("Flight 752 from Tehran to Kyiv", "a plane on a
        flight from Addis Ababa to Nairobi"; ``craft_nouns``): what befalls it is on the way, not at
        either end."""
        while governor.dep_ in {"compound", "nummod"} or (governor.pos_ == "NUM" and governor.head.i != governor.i):
            governor = governor.head
        crafts = self.words.craft_nouns
        return governor.pos_ in {"NOUN", "PROPN"} and (
            is_word(governor, crafts) or any(is_word(c, crafts) for c in governor.children if c.dep_ == "compound"))

    def _names_a_thing(self, noun: Token) -> bool:
        """The noun a place's name modifies (through more modifiers: "the Paris climate accord") is a thing
        named after where it was agreed or where it goes (``named_after_nouns``), not a place."""
        while noun.dep_ == "compound" and noun.head.i != noun.i:
            noun = noun.head
        return is_word(noun, self.words.named_after_nouns)

    def _governor_of(self, prep: Token, noun: Token) -> Token | None:
        """The word a place's prepositional phrase modifies, when the preposition says where (``noun``: the
        place's noun, "outskirts" in "on the outskirts of X")."""
        if prep.lower_ == "of" and prep.head.lower_ in self.words.of_locatives:
            prep = prep.head  # "outside of X": "outside" is the preposition
        word = prep.lower_
        governor = prep.head
        if word == "on" and is_word(noun, self.words.on_nouns):
            return governor
        if word in self.words.venue_preps and is_word(noun, self.words.stay_words):
            return governor  # "met during the Munich Security Conference": where it was held
        # a verb only: not "the U.N. head for Somalia"
        setting_out = governor.pos_ == "VERB" and is_word(governor, self.words.setting_out_lemmas)
        if word in self.words.origin_preps and (is_word(governor, self.words.arrival_lemmas) or setting_out):
            return None  # "arrived in Germany from London", "traveled from Moscow to Beijing": where they came from
        if word in self.words.destination_preps and setting_out:
            return governor  # "departed for Canada", "left Tokyo for Washington": where the trip went
        if word in self.words.weak_preps:
            # "evacuated the wounded from X": the motion may be the verb the phrase's noun depends on
            moving = is_word(governor, self.words.motion_lemmas) or (
                governor.dep_ in {"dobj", "nsubjpass"} and is_word(governor.head, self.words.motion_lemmas)
            )
            return governor if moving else None
        return governor if word in self.words.locative_preps else None

    def _mislabelled_place(self, ent: Span, spans: list[Span]) -> bool:
        """A place the tagger called a person, an organisation, a product or a date.

        It counts after a locative preposition: a country or region after any ("travel to Mauritius"
        tagged PERSON), a town or division only after one that says where, not where to ("clashed in
        Birgunj", not "an envoy to Washington": people and bodies named after cities stay what the
        tagger says); a small town only with a place noun ("in Ghazni city"). A division or country also
        counts as the qualifier of the place just before it ("Ambo, Oromia", "Iquique (Tarapaca)"). A date
        must be a name, not a month or a day.
        """
        # a capitalised word inside the sentence is a name even when tagged a noun ("to Vladivostok")
        if not all(t.is_title and (t.pos_ == "PROPN" or (t.pos_ == "NOUN" and not t.is_sent_start))
                   and t.lower_ not in _CALENDAR_WORDS for t in ent):
            return False
        place = self.gazetteer.lookup_place(ent.text)
        if place is None or self.gazetteer.demonym(ent.text) is not None:
            return False
        doc = ent.doc
        if spans and ent.start >= 2 and doc[ent.start - 1].text in {",", "("}:
            before = ent.start - 1 - int(self.words.kind_of_noun(doc[ent.start - 2].lower_) is not None)
            if spans[-1].end == before and place.kind in {"country", "admin1", "admin2", "region"}:
                return True
        if self._kind_asked(ent) is not None:
            return True  # "in Ghazni city", "the province of Herat"
        if place.kind == "town" and place.population < _UNLABELLED_TOWN_POPULATION:
            return False  # "in Congress" is no small town in Arizona
        root = ent.root
        if root.dep_ == "dobj" and root.head.lemma_.lower() in self.words.place_object_lemmas:
            return True  # "shelling hit Kramatorsk"
        if root.dep_ != "pobj" or root.head.lower_ not in self.words.locative_preps:
            return False
        return (place.kind in {"country", "region"} or root.head.lower_ not in self.words.weak_preps
                or is_word(root.head.head, self.words.motion_lemmas))  # "a visit to Vladivostok" (PERSON)

    def _clause_of_place(self, span: Span, trig_clause: Token) -> bool:
        """The trigger's clause (or the clause it is coordinated with) is a relative clause of place about
        ``span``: "Baghdad, where he met ...", "the village in which troops opened fire", "the town of X,
        where ..."."""
        clause = trig_clause
        while clause.dep_ in {"conj", "xcomp"} and clause.head.i != clause.i:
            clause = clause_head(clause.head)
        if clause.dep_ != "relcl" or not any(
                (c.dep_ == "advmod" and c.lower_ == "where")
                or (c.dep_ == "prep" and c.lower_ in self.words.where_preps
                    and any(g.lower_ == "which" for g in c.children))
                for c in clause.children):
            return False
        noun = clause.head
        if span.start <= noun.i < span.end:
            return True
        # "the town of X, where": the place noun the name belongs to
        return is_word(noun, self.words.place_nouns) and any(a.i == noun.i for a in span.root.ancestors) and (
            span.end <= clause.i)

    def _of_the_topic(self, span: Span, trigger: Token, label: str | None) -> bool:
        """The place is attached to what a word act is about: its object ("condemned the bombing in
        Kabul"), a phrase of its topic ("accused Iran of attacks in the Gulf", "warned of war in Syria")
        or the act it asks for ("urged firms to invest in Ohio"); not to how or where it was done
        ("said in a speech in Warsaw", "warned during a visit to Seoul")."""
        head = self._locative_head(span, label)
        if head is None or head.i == trigger.i:
            return False
        tok = head
        while tok.head.i != trigger.i:
            if tok.head.i == tok.i:
                return False  # not below the trigger
            tok = tok.head
        if tok.dep_ == "prep":  # "met with partners in London": the partner's phrase often takes the place
            return tok.lower_ not in self.words.locative_preps | self.words.manner_preps | self.words.partner_preps
        return tok.dep_ in _TOPIC_DEPS

    def _names_territory(self, span: Span) -> bool:
        """A country adjective that names a country's ground, air or sea: "on Iraqi soil", "violated Turkish
        airspace" (not a description: "Gibraltar, a British overseas territory")."""
        root = span.root
        # the parse first: it rules out nearly every span before the gazetteer is asked (up to five asks a place)
        return (root.dep_ in {"amod", "compound"} and root.head.dep_ in {"pobj", "dobj"}
                and is_word(root.head, self.words.territory_nouns) and self.gazetteer.demonym(span.text) is not None)

    def _whose_not_where(self, span: Span, place: Place, trigger: Token) -> bool:
        """A country's name that modifies a noun other than the trigger says whose the thing is, not where: "four
        U.S. embassies", "near the U.S. embassy" (a town's says where: "a Baghdad market"; a country's ground is
        in it: "on U.S. soil"; and the trigger's own: "the Syria talks")."""
        root = span.root
        return (place.kind == "country" and root.dep_ == "compound" and root.head.i != trigger.i
                and not is_word(root.head, self.words.territory_nouns))

    def _of_another_event(self, span: Span, trigger: Token, label: str | None) -> bool:
        """The word a place is attached to lies in a phrase of another event, before or after the trigger's
        ("rejected the request after the killing of a commander in Baghdad", ``sequence_preps``), not a
        gathering's ("agreed after talks in Geneva")."""
        head = self._locative_head(span, label)
        if head is None:
            return False
        above = {trigger.i, *(a.i for a in trigger.ancestors)}
        for tok in (head, *head.ancestors):
            if tok.i in above:
                return False
            if (tok.dep_ == "pobj" and tok.head.lower_ in self.words.sequence_preps and tok.pos_ == "NOUN"
                    and not is_word(tok, self.words.stay_words)):
                return True
        return False

    def _earlier_clause(self, clause: Token, governor: Token) -> bool:
        """``clause``, or a clause between it and ``governor``, is opened by a conjunction of an earlier time
        ("since"): an event of another time, and maybe of another place, than the clause it depends on."""
        while clause.i != governor.i and clause.dep_ != "ROOT":
            if any(c.dep_ == "mark" and c.lower_ in self.words.earlier_marks for c in clause.children):
                return True
            clause = clause_head(clause.head)
        return False

    def _rank_by_its_noun(self, root: Token, trigger: Token) -> int | None:
        """The rank of a place that modifies a noun: 0 for the trigger ("the Jeddah talks", "Greece's
        biggest corruption trial"; not an actor's: see _mentions), ``_ELSEWHERE`` for a thing named after
        a place ("withdrew from the Paris climate accord", "the Geneva communique") or the ends of a
        flight's route, else None."""
        if root.dep_ == "compound" and self._names_a_thing(root.head):
            return _ELSEWHERE
        if root.dep_ == "pobj" and root.head.lower_ in self.words.route_preps and self._route_of(root.head.head):
            return _ELSEWHERE  # "Flight 752 from Tehran to Kyiv was shot down": neither end is where
        if root.dep_ in {"compound", "poss"} and root.head.i == trigger.i:
            return 0
        return None

    def _rank(self, span: Span, trigger: Token, trig_clause: Token, label: str | None = None) -> int:
        """How closely a place is attached to the event: 0 (the trigger's own phrase) .. 4; 5 and 6 are not attached.

        0 the place is attached to the trigger ("talks in Geneva", "the Jeddah talks");
        1 to a word inside the trigger's phrase, in its clause; 2 to a word governing the trigger in its
        clause; 3 elsewhere in its clause; 4 in a clause that governs the trigger's ("In Kabul, police said
        gunmen attacked") or is coordinated with or subordinate to it ("rallied in Lagos, calling for");
        5 anything else: a place that is only mentioned, or attached to a clause of its own (a relative
        clause, a reported statement: "an envoy based in Geneva"); 6 a place of a clause of another time that
        governs the trigger's ("Since they broke off ties, the building has housed ... in Havana") or the
        destination of a trip the trigger calls off ("canceled trips to the United States").
        """
        root = span.root
        if (by_noun := self._rank_by_its_noun(root, trigger)) is not None:
            return by_noun
        if self._clause_of_place(span, trig_clause):
            return 1  # "returned from Baghdad, where he met ...": the relative clause happened there
        head = self._locative_head(span, label)
        if head is None:
            return 5
        if head.i == trigger.i:
            return 0
        if (head.pos_ == "NOUN" and head.dep_ in {"dobj", "nsubjpass"} and head.head.i == trigger.i
                and is_word(head, self.words.motion_lemmas) and not is_word(trigger, self.words.trip_verbs)):
            return _ELSEWHERE  # "canceled trips to the United States": not where the trip would have gone
        return self._rank_by_clause(span, head, trigger, trig_clause)

    def _rank_by_clause(self, span: Span, head: Token, trigger: Token, trig_clause: Token) -> int:
        """The rank of a place by where the word it is attached to (``head``) stands to the trigger: in its
        clause (1 .. 3), in a clause that governs it or is linked to it, or of a participant (4), of another
        time (``_ELSEWHERE``), else 5 (see :meth:`_rank`)."""
        head_clause = clause_head(head)
        same_clause = head_clause.i == trig_clause.i
        if same_clause and any(a.i == trigger.i for a in head.ancestors):
            return 1
        if same_clause and any(a.i == head.i for a in trigger.ancestors):
            return 2
        if same_clause:
            return 3
        if any(a.i == head_clause.i for a in trig_clause.ancestors):
            if self._earlier_clause(trig_clause, head_clause):
                return _ELSEWHERE  # "Since the two countries broke off ties, the building has housed ... in Havana"
            if is_word(head_clause, self.words.speech_lemmas) and not (head.i == head_clause.i and span.end <= head.i):
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


def _inside_a_name(span: Span) -> bool:
    """The span is the first words of a longer name ("Munich" of "the Munich Security Conference")."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].ent_iob_ == "I" and doc[span.start].ent_iob_ in {"B", "I"}


def is_word(token: Token, words: frozenset[str]) -> bool:
    """``token``, as written or as its lemma, is one of ``words`` ("outskirts" and "outskirt" alike)."""
    doc, i = token.doc, token.i  # asked of most words of every sentence: the forms decoded once per Doc
    return docmemo.lowers(doc)[i] in words or docmemo.lemmas(doc)[i] in words

