"""Dictionary matching and the parts of a noun phrase (step 1 of ``ActorResolver``).

``Matcher`` finds the longest dictionary matches in a span, picks among homonyms by the
article's date, and sorts the matches of one phrase into its parts (``_Parts``): countries,
a person, an organisation, an ethnic group, and the patrons and stances that are left out.
The helpers here are shared by the other parts of the resolver.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from newsevents import docmemo
from newsevents.actors import names
from newsevents.actors.dictionary import ActorDictionary, Entry, normalise
from newsevents.actors.lexicon import Lexicon
from newsevents.actors.mentions import Mentions
from newsevents.actors.phrase import noun_phrase
from newsevents.actors.screen import Screen
from newsevents.records import Actor

_COUNTRY_KINDS = frozenset({"country", "adjective", "capital", "epithet", "region", "demonym"})
# Places inside a state: before an event noun alone they locate it ("the Cairo talks"); two
# of them name its parties ("Washington-Beijing talks").
_TOWN_KINDS = frozenset({"capital", "region"})
# Entities a misspelt country name may be tagged as ("Ethopia", "Quatar's emir").
_PLACE_ENTITIES = frozenset({"GPE", "NORP", "LOC", "ORG", ""})
# A person named in a story more than this many years from any office they held is not
# taken to be them (a namesake, or an acronym of something else).
_PERSON_YEARS = 10


@dataclass
class _Parts:
    """What the dictionary finds in one noun phrase (built by ``ActorResolver._parts``)."""

    countries: list[tuple[str, str]] = field(default_factory=list)  # (state, the words that named it)
    capital_sector: str | None = None
    person: Entry | None = None
    person_start: int = 0
    org: Entry | None = None
    ethnic: Entry | None = None
    kin: str | None = None  # the kin state of "ethnic Albanians": the one it is not coded as
    last_match_end: int = 0
    left_out: list[str] = field(default_factory=list)  # why a match was not taken, for `how`
    # "Vietnamese-led forces": the patron's state, used only when the phrase names no other
    patrons: list[tuple[str, str]] = field(default_factory=list)
    known_surname: str | None = None  # a surname alone that this article used before for a full name

    @property
    def codes(self) -> list[str]:
        return [c for c, _ in self.countries]


@dataclass(frozen=True)
class Found:
    """An actor, whether it is a person, a surname later mentions may use alone, and the
    actors a plural phrase stands for ("U.S. and Russian negotiators")."""

    actor: Actor
    person: bool = False
    surname: str | None = None
    replace_surname: bool = False
    group: tuple[Actor, ...] = ()


def actor_of_code(text: str, code: str, name: str | None, how: str) -> Actor:
    """An actor from its CAMEO-style code: the first three letters its country, the rest its sector."""
    return Actor(text, code, code[:3] or None, code[3:] or None, name, how)



class Matcher:
    """The actor dictionary and the lexicon, and what they find in a span."""

    def __init__(self, dictionary: ActorDictionary) -> None:
        self.dictionary = dictionary
        self.words = Lexicon.load()
        # common nouns that name nobody, skipped unresolved; a name in the phrase is the matcher's to say
        self.screen = Screen(dictionary, self.words, lambda span: bool(self._matches(span)))
        # every word of an office's title ("secretary", "general", "foreign"): never part of a name
        self._title_words = frozenset(w for t in dictionary.titles for w in t.replace("-", " ").split())

    def lookup(self, text: str, on: date | None = None) -> list[Entry]:
        """Dictionary entries for a phrase, the one active on `on` first (for ``actors --lookup``)."""
        entries = self.dictionary.lookup(text)
        if not entries:
            return []
        first = self._pick(entries, on)
        return [first, *[e for e in entries if e is not first]]

    def country_modifiers(self, token: Token) -> list[tuple[Token, Actor]]:
        """Countries named in a noun's left modifiers ("US-North Korea summit" -> USA, PRK)."""
        span = noun_phrase(token)
        if span.start >= token.i:
            return []
        found: list[tuple[Token, Actor]] = []
        towns = 0
        for sub, entries in self._matches(span.doc[span.start:token.i]):
            if self._patron(sub) is not None:
                continue
            for e in entries:
                if e.kind in _COUNTRY_KINDS:
                    towns += e.kind in _TOWN_KINDS
                    found.append((sub[-1], actor_of_code(sub.text, e.code[:3], None, f"country: named '{sub.text}'")))
                    break
        if len(found) == 1 and towns:
            return []  # "the Paris rally", "the Cairo talks": a city alone before the noun says where
        return found

    def capital_named(self, token: Token) -> str | None:
        """The state whose capital (or seat of government) the token's phrase names alone ("Kyiv",
        "the Kremlin"), else None."""
        span = noun_phrase(token)
        found = self._matches(span)
        if len(found) == 1 and found[0][0].end == span.end and found[0][1][0].names_rulers():
            return found[0][1][0].code[:3]
        return None

    def matches_in(self, span: Span) -> list[tuple[Span, list[Entry]]]:
        return self._matches(span)

    def _matches(self, span: Span) -> list[tuple[Span, list[Entry]]]:
        """Longest dictionary matches in a span, left to right, not overlapping."""
        # the same phrases and sentences are matched by many steps; callers only read the list
        memo = docmemo.table(span.doc, "matches")
        key = (id(self.dictionary), span.start, span.end)
        found = memo.get(key)
        if found is None:
            found = memo[key] = self._find_matches(span)
        return found

    def _find_matches(self, span: Span) -> list[tuple[Span, list[Entry]]]:
        out: list[tuple[Span, list[Entry]]] = []
        doc = span.doc
        toks = docmemo.span_tokens(span)
        words = docmemo.words(doc)[span.start:span.end]
        longest = min(self.dictionary.max_words + 2, 8)
        i, n = 0, len(words)
        while i < n:
            hit = self._match_at(words, i, longest) if self.dictionary.may_start(words[i][0]) else None
            if hit is None and toks[i].pos_ == "PROPN" and toks[i].ent_type_ in _PLACE_ENTITIES:
                near = self.dictionary.misspelt(toks[i].text)  # "Ethopia", "Quatar"
                hit = (1, near) if near else None
            if hit is None:
                i += 1
                continue
            k, entries = hit
            entries = self._long_name(doc, span.start + i, span.start + i + k, entries)
            if not entries or self._club(doc, span.start + i, span.start + i + k, entries):
                i += k
                continue
            out.append((Span(doc, span.start + i, span.start + i + k), entries))  # doc[a:b], unnormalised
            i += k
        return out

    def _club(self, doc: Doc, start: int, end: int, entries: list[Entry]) -> bool:
        """ "Real Madrid", "Dynamo Kiev", "Manchester United": a place named beside a sports club's word in one
        proper name is the club's name, not the state's."""
        if entries[0].kind not in _COUNTRY_KINDS:
            return False
        near = [doc[start - 1]] if start > 0 else []
        near += [doc[end]] if end < len(doc) else []
        return any(t.is_title or t.is_upper for t in near if t.lower_ in self.words.club_words)

    def _long_name(self, doc: Doc, start: int, end: int, entries: list[Entry]) -> list[Entry]:
        """ "the Islamic Republic of Pakistan": a state's nickname followed by "of" and a name is part of a
        state's long name, the long name's entries when the dictionary knows it (the phrase may end before
        "of"), else none; any other match keeps its entries."""
        if normalise(doc[start:end].text) not in self.dictionary.epithets or end + 1 >= len(doc):
            return entries
        after = doc[end + 1:end + 3]
        if doc[end].lower_ != "of" or not (after[0].pos_ == "PROPN" or (
                after[0].lower_ == "the" and len(after) > 1 and after[1].pos_ == "PROPN")):
            return entries
        for stop in range(min(end + 4, len(doc)), end + 1, -1):
            longer = self.dictionary.lookup(doc[start:stop].text)
            if longer:
                return longer
        return []

    def _match_at(self, words: list[tuple[str, str]], i: int, longest: int) -> tuple[int, list[Entry]] | None:
        """The longest phrase starting at word i that the dictionary knows: (its length, entries)."""
        phrases, text = [], ""
        for word, space in words[i:i + longest]:
            text += word
            if not self.dictionary.begins_an_alias(text):
                break  # no name goes on from these words: no longer phrase is one either
            phrases.append(text)
            text += space
        for k in range(len(phrases), 0, -1):
            entries = self.dictionary.lookup(phrases[k - 1])
            if entries:
                return k, entries
        return None

    def _pick(self, entries: list[Entry], on: date | None) -> Entry:
        """Among homonyms, the one active on the article's date (people), else the first."""
        active = [e for e in entries if e.active_on(on)]
        pool = active or entries
        if on is not None and len(pool) > 1 and any(e.roles for e in pool):
            return min(pool, key=lambda e: min((r.distance(on) for r in e.roles), default=10**6))
        return pool[0]

    def _is_title(self, word: str) -> bool:
        return word in self._title_words or self.dictionary.role(word) is not None

    def _parts(self, span: Span, head: Token, mentions: Mentions) -> _Parts:
        parts = _Parts(last_match_end=span.start, person_start=span.start)
        ethnic_marked = any(t.lower_ in self.words.ethnic_markers for t in docmemo.span_tokens(span))
        for sub, entries in self._matches(span):
            parts.last_match_end = max(parts.last_match_end, sub.end)
            patron = self._patron(sub)
            if patron is not None:
                parts.left_out.append(patron)
                if patron.endswith("patron") and entries[0].kind in _COUNTRY_KINDS:
                    parts.patrons.append((entries[0].code[:3], sub.text))
                continue
            e = self._pick(entries, mentions.date)
            if e.kind == "person" and (self._related_to(sub, span) or self._staff_of(sub, head)):
                # "Trump's lawyer", "the president's son", "Trump's campaign chairman": someone else,
                # of the person's country
                parts.countries.append((e.code_on(mentions.date)[:3], sub.text))
                parts.left_out.append(f"'{sub.text}' is whose {sub[-1].head.text} it is, not the actor")
            elif e.kind == "person" and _titles_another(sub, head):
                # "Trump lawyer Rudy Giuliani", "Putin ally Viktor Medvedchuk": the name before the
                # role is whose lawyer or ally the named person is, and gives only the country
                parts.countries.append((e.code_on(mentions.date)[:3], sub.text))
                parts.left_out.append(f"'{sub.text}' names whose {head.doc[sub.end:head.i].text} "
                                      f"{head.text} is, not the actor")
            elif e.kind == "person":
                self._add_person(parts, sub, e, entries, span, mentions)
            elif e.kind == "org":
                parts.org = e
            elif e.kind == "ethnic" or (ethnic_marked and e.kind in {"demonym", "adjective"}):
                if head.ent_type_ != "PERSON":  # "Karen Bass" is a person, not the Karen people
                    parts.ethnic, parts.kin = e, (e.code[:3] if e.kind != "ethnic" else None)
            elif e.names_rulers() and sub.end == span.end:
                parts.countries.append((e.code[:3], sub.text))
                parts.capital_sector = e.code[3:] or "GOV"
            else:
                self._add_country(parts, sub, e, head, mentions)
        return parts

    def _add_country(self, parts: _Parts, sub: Span, e: Entry, head: Token, mentions: Mentions) -> None:
        country = e.code[:3]
        if (e.names_state() and sub[-1].dep_ == "compound" and sub[-1].head.i == head.i
                and head.lemma_.lower() in self.words.topic_roles):
            parts.left_out.append(f"'{sub.text} {head.text}' names a topic, not a nationality")
            return  # "a China expert", "the Syria envoy"
        if e.kind == "demonym" and sub.end == head.i + 1:
            home = self._people_of(head, mentions)
            if home is not None:  # "the Albanians of southern Serbia" live in Serbia
                country = home
        parts.countries.append((country, sub.text))

    def _add_person(self, parts: _Parts, sub: Span, e: Entry, entries: list[Entry], span: Span,
                    mentions: Mentions) -> None:
        """Take a dictionary person unless the text's name, or the date, says it is someone else."""
        on = mentions.date
        if on is not None and len(sub) == 1 and e.roles and min(r.distance(on) for r in e.roles) > _PERSON_YEARS * 365:
            parts.left_out.append(f"'{sub.text}' is not {e.name}: no office within {_PERSON_YEARS} years")
            return  # "AKK" in a 2000 story is not the German minister of 2018; a full name is surely them
        words = names.name_tokens(sub, self._is_title)
        other = names.contradicts(e, sub, words)
        if other is not None:
            parts.left_out.append(f"'{other}' says '{sub.text}' is not {e.name}")
            return
        stated = self._state_said(span, sub)
        if stated is not None and stated[0] not in {e.code[:3], *(r.code[:3] for r in e.roles)}:
            parts.left_out.append(f"'{stated[1]}' says '{sub.text}' is not {e.name}")
            return  # "Jordan's King Abdullah", "King Abdullah of Jordan" is not the Saudi king
        if names.bare_surname(e, sub, words):
            if sub.text.lower() in mentions.by_surname:
                parts.known_surname = sub.text.lower()  # the person this article named before (step 2)
                return
            titled = any(t.pos_ not in {"DET", "PUNCT"} and t.dep_ != "poss" for t in span.doc[span.start:sub.start])
            if not names.surname_fits(e, entries, on, titled):
                parts.left_out.append(f"'{sub.text}' alone is not surely {e.name}")
                return
        parts.person, parts.person_start = e, sub.start

    def _state_said(self, span: Span, sub: Span) -> tuple[str, str] | None:
        """The state a person's phrase says they are of, by its owner ("Jordan's King Abdullah") or an
        "of" after the name ("King Abdullah of Jordan"): (country, the words), or None."""
        last = sub[-1]
        owners = [t for t in docmemo.span_tokens(span)[:sub.start - span.start] if t.dep_ == "poss"]
        owners += [o for p in last.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj"]
        for tok in owners:
            state = self._state_named(tok)
            if state is not None:
                return state, tok.text
        return None

    def _related_to(self, sub: Span, span: Span) -> bool:
        """Whether a name is the possessor or modifier of a relation noun of the phrase ("Trump's lawyer",
        "Putin ally", "Kremlin critic")."""
        last = sub[-1]
        return (last.dep_ in {"poss", "compound", "amod"} and span.start <= last.head.i < span.end
                and self._relation(last.head))

    def _staff_of(self, sub: Span, head: Token) -> bool:
        """Whether a name owns, directly or through compounds, a head noun for someone who works for a
        person ("Trump's former campaign chairman", "a Trump campaign donor"; ``staff_nouns``)."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in self.words.staff_nouns:
            return False
        t = sub[-1]
        while t.dep_ in {"poss", "compound"} and t.head.i < head.i and t.head.pos_ in {"NOUN", "PROPN"}:
            t = t.head  # "Trump" -> "campaign" -> "chairman"
        return t.dep_ in {"poss", "compound"} and t.head.i == head.i

    def _relation(self, noun: Token) -> bool:
        words = self.words.relation_nouns
        return noun.lemma_.lower() in words or noun.lower_ in words

    def _patron(self, sub: Span) -> str | None:
        """Why a matched name is a patron or a stance, not the actor: "Iranian-backed",
        "NATO-member", "anti-Syria", "Israel's militia ally"; else None."""
        doc = sub.doc
        after, before = sub.end, sub.start
        if after + 1 < len(doc) and doc[after].text == "-" and doc[after + 1].lower_ in self.words.patron_words:
            return f"'{sub.text}-{doc[after + 1].text}' names a patron"
        if after + 1 < len(doc) and doc[after].text == "-" and doc[after + 1].lower_ in self.words.stance_suffixes:
            return f"'{sub.text}-{doc[after + 1].text}' names a stance"
        if before >= 2 and doc[before - 1].text == "-" and doc[before - 2].lower_ in self.words.stance_prefixes:
            return f"'{doc[before - 2].text}-{sub.text}' names a stance"
        last = sub[-1]
        owner = last.head if last.dep_ == "poss" else None
        if owner is not None and (owner.lower_ in self.words.patron_nouns
                                  or owner.lemma_.lower() in self.words.patron_nouns):
            return f"'{sub.text}' is the patron of its {owner.text}"
        return None

    def _names_no_person(self, head: Token) -> bool:
        """The dictionary reads the head's words as a state, place or body, never as a person ("Kiev",
        "the Sahel" tagged as people's names by the parser)."""
        return any(sub.start <= head.i < sub.end and all(e.kind != "person" for e in entries)
                   for sub, entries in self._matches(noun_phrase(head)))

    def _state_named(self, token: Token) -> str | None:
        """The state a noun phrase names outright ("Armenia", "the Kremlin"), else None."""
        for _, entries in self._matches(noun_phrase(token)):
            if entries[0].kind in _COUNTRY_KINDS:
                return entries[0].code[:3]
        return None

    if TYPE_CHECKING:  # defined by the resolver's later parts, which call back into these
        def _from_span(self, span: Span, head: Token, mentions: Mentions) -> Found | None: ...
        def _people_of(self, head: Token, mentions: Mentions) -> str | None: ...
        def _pronoun(self, head: Token, mentions: Mentions, skip: Actor | None = None) -> Actor | None: ...
        def _definite(self, head: Token) -> bool: ...
        def _names_a_thing(self, span: Span, head: Token, parts: _Parts) -> bool: ...


def _titles_another(sub: Span, head: Token) -> bool:
    """Whether a name is followed, in its phrase, by a role noun and another name: the head's
    ("Trump lawyer Rudy Giuliani", "Obama adviser David Axelrod"; not "President Donald Trump")."""
    between = sub.doc[sub.end:head.i]
    return (sub.end <= head.i and head.pos_ == "PROPN" and head.text[:1].isupper()
            and any(t.pos_ == "NOUN" for t in between) and between[-1].pos_ == "PROPN")


def _is_subject(head: Token) -> bool:
    return head.dep_ in {"nsubj", "nsubjpass"}


def _long_gone(person: Entry, on: date | None) -> bool:
    """A dictionary person who held no office within _PERSON_YEARS of `on`."""
    return on is not None and bool(person.roles) and min(r.distance(on) for r in person.roles) > _PERSON_YEARS * 365


def _object_of(head: Token, *preps: str) -> Token | None:
    """The object of the head's first preposition among `preps` ("the leader of the gang" -> gang)."""
    for c in head.rights:
        if c.dep_ == "prep" and c.lower_ in preps:
            for o in c.children:
                if o.dep_ == "pobj":
                    return o
    return None
