"""Noun phrase -> Actor.

A mention is resolved from its parts: a person ("Kim Jong Un", by the article's date),
an organisation ("KCNA"), a country by name, adjective, demonym or capital
("North Korea", "North Korean", "Iraqis", "Pyongyang") and a role noun that gives the
sector ("officials" -> GOV, "laborers" -> LAB). Pronouns and definite descriptions
("he", "the country") take the nearest earlier mention that fits (``Mentions``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Span, Token

from newsevents.actors.dictionary import ActorDictionary, Entry
from newsevents.records import Actor

# Dependents that belong to a noun phrase's name ("North Korean leader Kim Jong Un").
_NP_LEFT_DEPS = frozenset({"compound", "amod", "poss", "nmod", "det", "nummod", "quantmod", "case", "npadvmod"})
# Role nouns reached through these prepositions take the country of their object
# ("the president of Armenia", "rebels in Ivory Coast", "officials from Iran").
_COUNTRY_PREPS = frozenset({"of", "in", "from"})
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
_GROUP_PRONOUNS = frozenset({"it", "its", "they", "them", "their"})
_SELF_PRONOUNS = frozenset({"himself", "herself", "itself", "themselves"})
_COUNTRY_DESCRIPTIONS = frozenset({"country", "nation", "state", "regime", "kingdom", "republic"})


@dataclass
class Mention:
    start: int  # doc token index of the mention's head
    actor: Actor
    person: bool


@dataclass
class Mentions:
    """Resolved mentions of one document, in order, for pronouns and descriptions to refer back to."""

    date: date | None = None
    items: list[Mention] = field(default_factory=list)
    by_surname: dict[str, Entry] = field(default_factory=dict)

    def add(self, head: int, actor: Actor, person: bool) -> None:
        if not self.items or self.items[-1].start != head:
            self.items.append(Mention(head, actor, person))

    def before(self, i: int) -> Iterator[Mention]:
        return (m for m in reversed(self.items) if m.start < i)


def noun_phrase(token: Token) -> Span:
    """The name part of a noun phrase: the head with its left modifiers, no clauses."""
    start = token.i
    for child in token.lefts:
        if child.dep_ in _NP_LEFT_DEPS:
            start = min(start, child.left_edge.i)
    end = token.i + 1
    # A name may continue right of its syntactic head only through flat hyphen pieces.
    while end < len(token.doc) and token.doc[end].dep_ == "compound" and token.doc[end].head.i == token.i:
        end += 1
    return token.doc[start:end]


class ActorResolver:
    """Turns the head token of a mention into an Actor using the actor dictionary."""

    def __init__(self, dictionary: ActorDictionary) -> None:
        self.dictionary = dictionary

    # -- public -------------------------------------------------------------------------------------

    def resolve(self, head: Token, mentions: Mentions) -> Actor | None:
        lower = head.lower_
        if head.pos_ == "PRON" or lower in _SELF_PRONOUNS:
            return self._pronoun(head, mentions)
        span = noun_phrase(head)
        actor = self._from_span(span, head, mentions)
        if actor is None:
            actor = self._from_appositions(head, mentions)
        if actor is None and head.pos_ == "NOUN":
            actor = self._from_partitive(head, mentions)
        if actor is None and head.lemma_.lower() in _COUNTRY_DESCRIPTIONS and any(
                t.lower_ == "the" for t in head.lefts):
            actor = self._nearest(head.i, mentions, person=False)
        if actor is not None:
            mentions.add(head.i, actor, self._is_person(actor, head))
        return actor

    def country_modifiers(self, token: Token) -> list[tuple[Token, Actor]]:
        """Countries named in a noun's left modifiers ("US-North Korea summit" -> USA, PRK)."""
        span = noun_phrase(token)
        if span.start >= token.i:
            return []
        found: list[tuple[Token, Actor]] = []
        for sub, entries in self._matches(span.doc[span.start:token.i]):
            for e in entries:
                if e.kind in {"country", "adjective", "capital", "region", "demonym"}:
                    found.append((sub[-1], Actor(sub.text, e.code[:3], e.code[:3], None, None)))
                    break
        return found

    def matches_in(self, span: Span) -> list[tuple[Span, list[Entry]]]:
        return self._matches(span)

    # -- internals ----------------------------------------------------------------------------------

    def _matches(self, span: Span) -> list[tuple[Span, list[Entry]]]:
        """Longest dictionary matches in a span, left to right, not overlapping."""
        out: list[tuple[Span, list[Entry]]] = []
        i = span.start
        doc = span.doc
        longest = min(self.dictionary.max_words + 2, 8)
        while i < span.end:
            hit = None
            for j in range(min(span.end, i + longest), i, -1):
                sub = doc[i:j]
                entries = self.dictionary.lookup(sub.text)
                if entries:
                    hit = (sub, entries)
                    break
            if hit:
                out.append(hit)
                i = hit[0].end
            else:
                i += 1
        return out

    def _pick(self, entries: list[Entry], on: date | None) -> Entry:
        """Among homonyms, the one active on the article's date (people), else the first."""
        active = [e for e in entries if e.active_on(on)]
        pool = active or entries
        if on is not None and len(pool) > 1 and any(e.roles for e in pool):
            return min(pool, key=lambda e: min((r.distance(on) for r in e.roles), default=10**6))
        return pool[0]

    def _from_span(self, span: Span, head: Token, mentions: Mentions) -> Actor | None:
        matches = self._matches(span)
        on = mentions.date
        country = sector = name = None
        person: Entry | None = None
        org: Entry | None = None
        for sub, entries in matches:
            e = self._pick(entries, on)
            if e.kind == "person":
                person = e
                if len(sub) > 1:
                    mentions.by_surname[sub[-1].lower_] = e
            elif e.kind == "org":
                org = e
            elif e.kind == "capital" and sub.end == span.end:
                country, sector = e.code[:3], e.code[3:] or "GOV"
            else:
                country = country or e.code[:3]
        if person is None and head.ent_type_ == "PERSON":
            person = mentions.by_surname.get(head.lower_)
        if person is not None:
            code = person.code_on(on)
            return Actor(span.text, code, code[:3], code[3:] or None, person.name)
        if org is not None and (country is None or org.code[:3] == country or _org_is_head(span, head)):
            return Actor(span.text, org.code, org.code[:3], org.code[3:] or None, org.name)
        role = self._role(head, span)
        if country is None and role is not None:
            country = self._country_from_preps(head, mentions)
        if country is None:
            return None
        if sector is None:
            sector = role
        name = None
        return Actor(span.text, country + (sector or ""), country, sector, name)

    def _role(self, head: Token, span: Span) -> str | None:
        """The sector named by the head noun, trying the longest compound first ("foreign ministry")."""
        words = [t for t in span if t.i <= head.i]
        for k in range(min(3, len(words)), 0, -1):
            phrase = " ".join(t.lemma_.lower() if t.i == head.i else t.lower_ for t in words[-k:])
            sector = self.dictionary.role(phrase) or self.dictionary.role(" ".join(t.lower_ for t in words[-k:]))
            if sector:
                return sector
        return None

    def _country_from_preps(self, head: Token, mentions: Mentions) -> str | None:
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in _COUNTRY_PREPS:
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        sub = self._from_span(noun_phrase(obj), obj, mentions)
                        if sub is not None:
                            return sub.country
        return None

    def _from_appositions(self, head: Token, mentions: Mentions) -> Actor | None:
        for child in head.rights:
            if child.dep_ == "appos":
                actor = self._from_span(noun_phrase(child), child, mentions)
                if actor is not None:
                    return Actor(noun_phrase(head).text, actor.code, actor.country, actor.sector, actor.name)
        return None

    def _from_partitive(self, head: Token, mentions: Mentions) -> Actor | None:
        """ "a convoy of Syrian soldiers", "thousands of Iraqi Kurds": the group is its members."""
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.pos_ in {"NOUN", "PROPN"}:
                        actor = self._from_span(noun_phrase(obj), obj, mentions)
                        if actor is not None:
                            return Actor(noun_phrase(head).text + " of " + actor.text, actor.code,
                                         actor.country, actor.sector, actor.name)
        return None

    def _pronoun(self, head: Token, mentions: Mentions) -> Actor | None:
        lower = head.lower_
        if lower in _PERSON_PRONOUNS or lower in {"himself", "herself"}:
            return self._nearest(head.i, mentions, person=True)
        if lower in _GROUP_PRONOUNS or lower in {"itself", "themselves"}:
            if _local_thing(head, mentions):
                return None  # "the talks ended with Trump dropping them": a thing, not an actor
            return self._nearest(head.i, mentions, person=False)
        return None

    @staticmethod
    def _nearest(i: int, mentions: Mentions, *, person: bool) -> Actor | None:
        for m in mentions.before(i):
            if m.person == person:
                return m.actor
        return None

    @staticmethod
    def _is_person(actor: Actor, head: Token) -> bool:
        return actor.name is not None and head.ent_type_ in {"PERSON", ""} and head.pos_ == "PROPN"


def _org_is_head(span: Span, head: Token) -> bool:
    return head.ent_type_ == "ORG" or head.pos_ == "PROPN"


def _local_thing(pronoun: Token, mentions: Mentions) -> bool:
    """Whether the nearest earlier noun of the same sentence that the pronoun could mean is no actor."""
    plural = pronoun.lower_ in {"they", "them", "their", "themselves"}
    known = {m.start for m in mentions.items}
    for tok in reversed(pronoun.doc[pronoun.sent.start:pronoun.i]):
        if (tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"} and tok.pos_ in {"NOUN", "PROPN"}
                and (tok.tag_ in {"NNS", "NNPS"}) == plural):
            return tok.i not in known
    return False
