"""Noun phrase -> Actor.

A mention is resolved from its parts: a person ("Kim Jong Un", by the article's date),
an organisation ("KCNA"), a country by name, adjective, demonym or capital
("North Korea", "North Korean", "Iraqis", "Pyongyang"), an ethnic group ("Iraqi Kurds")
and a role noun that gives the sector ("officials" -> GOV, "laborers" -> LAB).

The steps, in order (``ActorResolver._from_span``):
1. the parts: every dictionary match in the phrase (``_parts``); a person whose name the text
   contradicts, a bare surname that could be someone else, a name before another person's role
   ("Trump lawyer Jane Roe": only its country) and a patron ("Iranian-backed", "NATO-member",
   "anti-Syria") are left out;
2. a surname the article named before ("Rivera" after "Judge Alejandro Rivera"), unless the
   phrase gives another given name;
3. a person; 4. an organisation; 5. an office ("the president", "Russia's foreign minister"):
   who held it in that country on the article's date;
6. a role or a country: the sector from the role noun, the country from the phrase, else from
   a place it is in ("rebels in Ivory Coast"), the phrase it is joined to ("Iraqi protesters
   and militias"), a place the sentence is set in, the dateline, or the country the document
   is about.
Pronouns and descriptions ("he", "its", "the country", "the two leaders") take the nearest
earlier mention that fits (``Mentions``); a "we" or "I" inside quotation marks is the quotation's
speaker (``speakers.py``). A person's name no step resolves takes what the story says of that
person elsewhere, never a guess (``unlisted.py``). Every actor says how it was found (``Actor.how``).
A common noun that no step can give an actor ("the decision") is let go first (``Screen``): a
step that reads a new word list or dependent for plain nouns must tell the screen of it.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from newsevents import docmemo
from newsevents.actors.context import CONTEXT_REASON
from newsevents.actors.matching import (
    _COUNTRY_KINDS,
    Found,
    _is_subject,
    _Parts,
    actor_of_code,
    noun_phrase,
)
from newsevents.actors.mentions import Mention, Mentions
from newsevents.actors.phrase import _NP_LEFT_DEPS
from newsevents.actors.unlisted import Unlisted, full_surname
from newsevents.records import Actor, Dateline

__all__ = ["ActorResolver", "Mention", "Mentions", "noun_phrase"]

# Entities that a person's name may name ("Trump Tower", "Kennedy Center"): a thing, not the person.
_THING_ENTITIES = frozenset({"FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})


class ActorResolver(Unlisted):
    """Turns the head token of a mention into an Actor using the actor dictionary.

    Its parts: ``Matcher`` (dictionary matching, step 1), ``Countries`` (where a role is),
    ``Offices`` (steps 3-6), ``Coreference`` (descriptions and pronouns) and ``Unlisted`` (people the
    dictionary lacks, by what the story says of them)."""

    # -- public -------------------------------------------------------------------------------------

    def resolve(self, head: Token, mentions: Mentions) -> Actor | None:
        if mentions.in_dateline(head.idx):
            return None  # "QUETTA, Pakistan (AP) —" says where the story was filed, not who acted
        lower = head.lower_
        if head.pos_ == "PRON" or lower in self.words.self_pronouns:
            actor = self._pronoun(head, mentions)
            if actor is not None and lower not in self.words.speaker_pronouns:  # no antecedent for "they"
                mentions.add(head.i, actor, lower in self.words.person_pronouns, subject=_is_subject(head))
            return actor
        found = self._describe(head, mentions)
        if found is None:
            return None
        actor = found.actor
        if found.surname:
            mentions.remember_surname(found.surname, actor, replace=found.replace_surname)
        if found.group:
            mentions.groups[head.i] = list(found.group)
        # a name the tagger takes for a person's is not one when it names a state ("Kiev", "Gaza")
        named = head.pos_ == "PROPN" and head.ent_type_ == "PERSON" and not self._names_no_person(head)
        if (named and len(noun_phrase(head)) > 1) or self._described_name(head):
            mentions.remember_surname(head.lower_, actor)  # "Frantz Exantus, Haiti's ..." ... "Exantus"
        mentions.add(head.i, actor, found.person or named or self._is_person(actor, head),
                     agent=self._is_agent(actor, head) and not self._audience(head), subject=_is_subject(head))
        return actor

    def _audience(self, head: Token) -> bool:
        """ "told reporters", "spoke to journalists": the press spoken to, no antecedent for a "they" that acts."""
        if head.lemma_.lower() not in self.words.press_audience:
            return False
        verb = head.head.head if head.dep_ == "pobj" else head.head
        return head.dep_ in {"dobj", "dative", "pobj"} and verb.lemma_.lower() in self.words.speaking_verbs

    def _described_name(self, head: Token) -> bool:
        """A name of two or more capitalised words described by a singular role noun that names no body
        ("Tenzin Dorjeeva, an Indian campaigner"): its last word alone means it later, whatever type
        the tagger gave the name (it often takes an unfamiliar person's name for an organisation's)."""
        span = noun_phrase(head)
        names = [t for t in span if t.pos_ == "PROPN"]
        if head.pos_ != "PROPN" or len(names) < 2 or not all(t.text[:1].isupper() for t in names):
            return False
        noun = next((c for c in head.rights if c.dep_ == "appos"), None)
        bodies = self.words.org_descriptions | self.words.country_descriptions
        return noun is not None and noun.tag_ == "NN" and noun.lemma_.lower() not in bodies

    def dateline(self, dateline: Dateline | None, mentions: Mentions, *, country: str | None = None) -> None:
        """Note the story's dateline in a fresh document's mentions: its words are no actor, and its
        country is where the story's bare roles ("police said") are when nothing closer says.
        ``country``: the gazetteer's country of its place, for a town the dictionary does not know ("MARDAN")."""
        if dateline is None:
            return
        mentions.dateline_end = dateline.end
        mentions.dateline_text = ", ".join(dateline.places)
        for place in dateline.places:
            for part in reversed([p.strip() for p in place.split(",")]):  # "QUETTA, Pakistan": the country first
                state = next((e.code[:3] for e in self.dictionary.lookup(part) if e.kind in _COUNTRY_KINDS), None)
                if state:
                    mentions.dateline_country = state
                    return
        mentions.dateline_country = country

    def implied_actor(self, token: Token, role: str, mentions: Mentions) -> Actor | None:
        """The body a passive without "by" implies ("was sentenced": a court), as the `role` noun of the
        country the sentence or story is about; None when no country is in view."""
        sector = self.dictionary.roles.get(role)
        found = self._context_countries(token, mentions, sector=sector)
        if sector is None or not found:
            return None
        country, where = found[0]
        how = f"implied by '{token.lower_}' without an agent: role '{role}' -> {sector}; country {country}: {where}"
        return actor_of_code(f"({role})", country + sector, None, how)

    def other_side(self, token: Token, actor: Actor, enemy: str, mentions: Mentions) -> Actor:
        """ "Israel's strikes on Syria killed four soldiers": a bare role attacked by `enemy` whose country
        was only guessed from what the text is about is of another state the sentence names, not the attacker's."""
        if actor.how is None or CONTEXT_REASON not in actor.how or actor.country != enemy:
            return actor
        others = [c for c in self._sentence_states(token, mentions) if c != enemy]
        if not others:
            return actor
        country = others[0]
        how = f"{actor.how}; attacked by {enemy}, so of the other state the sentence names, {country}"
        return actor_of_code(actor.text, country + (actor.sector or ""), actor.name, how)

    # -- steps 2-6: one noun phrase -----------------------------------------------------------------

    def _from_span(self, span: Span, head: Token, mentions: Mentions) -> Found | None:
        """The actor a noun phrase names, trying the resolution steps in order."""
        if head.tag_ == "NN" and head.lower_ in self.words.bare_mass_nouns and not any(
                c.dep_ in _NP_LEFT_DEPS for c in head.lefts):
            return None  # "a show of force": an abstraction, no body
        parts = self._parts(span, head, mentions)
        if self._names_a_thing(span, head, parts):
            return None
        found = (self._known_surname(span, head, parts, mentions)
                 or self._as_person(span, parts, mentions)
                 or self._as_org(span, head, parts, mentions)
                 or self._office(span, head, parts, mentions)
                 or self._as_role(span, head, parts, mentions))
        if found is not None and parts.left_out:
            how = f"{found.actor.how}; left out: {'; '.join(parts.left_out)}"
            found = replace(found, actor=replace(found.actor, how=how))
        return found

    def _names_a_thing(self, span: Span, head: Token, parts: _Parts) -> bool:
        """ "the Europe Bridge", "Kabul Airport", "the NATO Summit": a proper name whose own head
        word is no actor, no role and no person; the state or body before it only names it."""
        if head.pos_ != "PROPN" or head.ent_type_ == "PERSON" or head.i == docmemo.sentence(head).start:
            return False
        if parts.last_match_end > head.i or not (parts.org or parts.countries or parts.person):
            return False
        if parts.person is not None and head.ent_type_ not in _THING_ENTITIES:
            return False  # "Trump Tower", "Reagan Airport": a building named after a person
        return self._role(head, span)[0] is None and not self.dictionary.lookup(head.text)

    def _other_given_name(self, span: Span, head: Token, known: Actor) -> bool:
        """Whether the phrase gives the surname a given name the earlier mention did not have ("Dzhokhar
        Tsarnaev" after "Tamerlan Tsarnaev"); an honorific or a title is no given name ("Mrs May")."""
        named = set(f"{known.name or ''} {known.text}".lower().split())
        return any(t.lower_ not in named for t in span
                   if t.i < head.i and t.pos_ == "PROPN" and t.ent_type_ == "PERSON" and t.text[:1].isupper()
                   and t.lower_.rstrip(".") not in self.words.honorifics and not self._is_title(t.lower_.rstrip(".")))

    def _known_surname(self, span: Span, head: Token, parts: _Parts, mentions: Mentions) -> Found | None:
        """A surname the article used before for a full name ("Putin" after "Vladimir Putin")."""
        surname = parts.known_surname
        if surname is None:
            if parts.person or parts.org or parts.countries or head.pos_ != "PROPN":
                return None
            surname = head.lower_
        known = mentions.by_surname.get(surname)
        if known is None or (parts.known_surname is None and self._other_given_name(span, head, known)):
            return None  # "Dzhokhar Tsarnaev" after "Tamerlan Tsarnaev": another person of the family
        whole = full_surname(head)
        if parts.known_surname is None and whole != head.text \
                and whole.lower() not in f"{known.name or ''} {known.text}".lower():
            return None  # "Zehaf-Bibeau" after "Susan Bibeau": another surname
        how = f"surname: '{surname}' is {known.name or known.text}, named earlier in the article"
        return Found(Actor(span.text, known.code, known.country, known.sector, known.name, how), person=True)
