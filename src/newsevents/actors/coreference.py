"""Descriptions and coreference: pronouns ("he", "its"), definite descriptions ("the country",
"the group"), appositions, partitives ("thousands of Iraqi Kurds"), relations ("the president's
son"), counterparts and pairs ("the two leaders"), each taking the nearest earlier mention that fits.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

from spacy.tokens import Span, Token

from newsevents import docmemo
from newsevents.actors.context import TEXT_GUESSES
from newsevents.actors.matching import (
    _TOWN_KINDS,
    Found,
    _is_subject,
    _long_gone,
    _object_of,
    actor_of_code,
    noun_phrase,
)
from newsevents.actors.mentions import TRANSNATIONAL, Mention, Mentions
from newsevents.actors.offices import _OFFICE_SECTORS, Offices
from newsevents.actors.speakers import quote_speaker
from newsevents.narration import line_break_between
from newsevents.nlp import TIME_ENTITIES
from newsevents.parse import main_clause_of
from newsevents.records import GOVERNMENT_SECTOR, Actor

# The most words a body's or an office's whole name has ("Office of the Director of National Intelligence").
_BODY_NAME_WORDS = 8
# Dependents of a noun that name it rather than take part in it ("the Paris climate accord").
_NAMING_DEPS = frozenset({"compound", "nmod", "amod", "npadvmod"})


class Coreference(Offices):
    """Descriptions of actors named elsewhere, and pronouns."""

    def _describe(self, head: Token, mentions: Mentions) -> Found | None:
        """A noun phrase's actor: a pair, a position in a body, the phrase itself, an apposition,
        a partitive, or a definite description of a state or group named before."""
        span = noun_phrase(head)
        if self.screen.names_nobody(head, span):
            return None  # most common nouns: no word or dependent that could name an actor
        if self._town_names_a_thing(head):
            return None  # "the Paris climate accord": the town names the accord and is no party to it
        if head.dep_ == "compound" and head.head.pos_ == "PROPN":
            outer = noun_phrase(head.head)
            if self._names_a_thing(outer, head.head, self._parts(outer, head.head, mentions)):
                return None  # "Europe" in "the Europe Bridge"
        found = (self._apposed(head, span, mentions) or self._name_of_role(head, span, mentions)
                 or self._named_as(head, mentions)
                 or self._owner_relative(head, mentions) or self._counterpart(head, span, mentions)
                 or self._pair(head, span, mentions)
                 or self._position_in(head, span, mentions) or self._office_named_whole(head)
                 or self._from_span(span, head, mentions) or self._from_appositions(head, mentions)
                 or self._from_relative_clause(head, mentions))
        if found is not None and found.person and self._long_out_of_office(found.actor, mentions.date):
            # "John Smith, a lawyer for the family": a namesake of someone long out of office is who
            # the apposition says
            found = self._from_appositions(head, mentions) or found
        elif found is not None and found.person and self._out_of_office(found.actor, mentions.date):
            found = self._office_apposed(head, found, mentions) or found
        if found is None and head.pos_ == "NOUN":
            found = (self._from_partitive(head, mentions) if self._partitive_noun(head) else None) \
                or self._message_author(head, mentions)
        if found is None and len(span) == 2 and span[0].lower_ == "the" and head.text in {"North", "South"}:
            found = self._divided_half(head, mentions)
        if found is None and head.tag_ == "NN" and head.lemma_.lower() in self.words.country_descriptions:
            found = self._owned_country(head, span, mentions)
        if found is not None and self._definite(head) and head.tag_ == "NN" and _guessed_here(found.actor.how):
            found = self._described_before(head, found, mentions) or found
        if found is None and self._definite(head) and head.tag_ == "NN":
            lemma = head.lemma_.lower()
            if lemma in self.words.country_descriptions:
                found = self._nearest_country(head, mentions)
            elif lemma in self.words.org_descriptions:
                found = self._nearest_org(head, mentions)
        return found

    def _described_before(self, head: Token, role: Found, mentions: Mentions) -> Found | None:
        """ "The Islamic State group ... The militant group also executed", "North Korea ... The reclusive
        state": a definite description whose role found a country only from the dateline or the story is
        the group or state named before it, when that fits the role (an armed group for "the militant
        group", any state for "the state")."""
        lemma, sector = head.lemma_.lower(), role.actor.sector
        if self._matches(noun_phrase(head)):
            return None  # "the Kurdish militia", "the Iraqi state": its own words name whose it is
        if lemma in self.words.org_descriptions:
            found = self._nearest_org(head, mentions)
            other = found.actor if found is not None else None
            fits = other is not None and (other.sector == sector or (sector == "REB" and other.country == "IMG"))
            return found if fits else None
        if lemma in self.words.country_descriptions:
            found = self._nearest_country(head, mentions)
            if found is not None and sector:
                a = found.actor
                how = f"{a.how}; role '{lemma}' -> {sector}"
                return Found(actor_of_code(a.text, f"{a.country}{sector}", None, how))
            return found
        return None

    def _owned_country(self, head: Token, span: Span, mentions: Mentions) -> Found | None:
        """ "Lavrov said the West blames his country": the country of whom the possessive pronoun means."""
        country, where = self._country_of_owner(head, mentions)
        if country is None or len(span) > 2:
            return None  # not "his home country's economy" or "its neighbouring country"
        return Found(Actor(span.text, country, country, None, None, f"its owner: {where}"))

    def _town_names_a_thing(self, head: Token) -> bool:
        """ "the Paris climate accord", "the Copenhagen summit": a town alone before an agreement or
        a meeting names it; two places still name its parties ("the Washington-Beijing talks")."""
        thing = head
        while thing.dep_ in _NAMING_DEPS and thing.head.i > thing.i:
            thing = thing.head
        named = self.words.place_named_things
        if thing.lemma_.lower() not in named and thing.lower_ not in named:
            return False
        found = self._matches(noun_phrase(head if thing.i != head.i else thing))
        return (len(found) == 1 and found[0][1][0].kind in _TOWN_KINDS
                and not self.country_modifiers(thing))

    def _long_out_of_office(self, actor: Actor, on: date | None) -> bool:
        """A dictionary person who held no office within _PERSON_YEARS of the article's date."""
        if on is None or actor.name is None:
            return False
        people = [e for e in self.dictionary.lookup(actor.name) if e.kind == "person" and e.roles]
        return bool(people) and all(_long_gone(e, on) for e in people)

    def _office_apposed(self, head: Token, found: Found, mentions: Mentions) -> Found | None:
        """ "Ali Rahimi, Iran's deputy foreign minister", "Jan Berg, the former Swedish premier": on a day
        the dictionary dates none of the person's offices, an apposition that names its own state or body
        says what they are; one whose country is only a guess from the context ("a center-left leader")
        does not."""
        said = self._from_appositions(head, mentions)
        country = said.actor.country if said is not None else None
        if said is None or not country:
            return None
        a = said.actor
        named = (e.code for c in head.rights if c.dep_ == "appos"
                 for _, entries in self._matches(noun_phrase(c)) for e in entries)
        if not any(code.startswith(country) for code in named):
            return None
        return Found(Actor(a.text, a.code, a.country, a.sector, found.actor.name, a.how), person=True)

    def _out_of_office(self, actor: Actor, on: date | None) -> bool:
        """A dictionary person who holds none of their offices on the article's date."""
        if on is None or actor.name is None:
            return False
        people = [e for e in self.dictionary.lookup(actor.name) if e.kind == "person" and e.roles]
        return bool(people) and not any(r.active(on) for e in people for r in e.roles)

    @staticmethod
    def _apposed(head: Token, span: Span, mentions: Mentions) -> Found | None:
        """ "ISIS, a terrorist group that ...": a description set beside a resolved name is that actor."""
        if head.dep_ != "appos" or head.pos_ != "NOUN":
            return None
        named = next((m for m in mentions.before(head.i) if m.start == head.head.i), None)
        if named is None:
            return None
        a = named.actor
        how = f"apposition: '{span.text}' describes '{a.text}' ({a.how})"
        return Found(Actor(span.text, a.code, a.country, a.sector, a.name, how), person=named.person)

    def _name_of_role(self, head: Token, span: Span, mentions: Mentions) -> Found | None:
        """ "Trump's lawyer, Rudy Giuliani": a name the dictionary does not know, set beside a role
        resolved without a name, is that role's holder (and later "Giuliani" alone is too)."""
        if head.dep_ != "appos" or head.pos_ != "PROPN" or head.head.pos_ != "NOUN":
            return None
        parts = self._parts(span, head, mentions)
        if parts.person is not None or parts.org is not None or parts.countries:
            return None  # a name the dictionary knows says who it is itself
        named = next((m for m in mentions.before(head.i) if m.start == head.head.i), None)
        if named is None or named.actor.name is not None or not named.actor.country:
            return None
        a = named.actor
        how = f"apposition: '{span.text}' is the '{a.text}' it stands beside ({a.how})"
        return Found(Actor(span.text, a.code, a.country, a.sector, None, how), person=True)

    def _pair(self, head: Token, span: Span, mentions: Mentions) -> Found | None:
        """ "the two leaders", "both countries": the last two actors of that kind, both kept as a group."""
        if head.tag_ != "NNS" or not any(t.lower_ in self.words.pair_markers for t in span):
            return None
        lemma = head.lemma_.lower()
        if lemma not in self.words.pair_person_nouns | self.words.pair_party_nouns:
            return None
        want_person = lemma in self.words.pair_person_nouns
        if any(m[1] for m in self._matches(span)):
            return None  # "the two Koreas", "both Russian leaders" name their members
        found: list[Actor] = []
        speaker = _subject_span(head)  # "Jordan's king urged both sides": the two sides are others
        for m in mentions.before(span.start):
            if m.person != want_person or (m.actor.country in TRANSNATIONAL and not want_person):
                continue
            if speaker is not None and speaker.start <= m.start < speaker.end:
                continue
            key = m.actor.name if want_person else m.actor.country
            if all((a.name if want_person else a.country) != key for a in found):
                found.append(m.actor if want_person else actor_of_code(span.text, str(m.actor.country), None,
                                                               f"pair: '{span.text}' includes {m.actor.country}"))
            if len(found) == 2:
                break
        if len(found) < 2:
            return None
        found.reverse()  # in the order the text named them
        first = found[0]
        how = f"pair: '{span.text}' are the last two named ({found[0].code}, {found[1].code})"
        return Found(Actor(span.text, first.code, first.country, first.sector, first.name, how),
                      person=want_person, group=tuple(found))

    def _position_in(self, head: Token, span: Span, mentions: Mentions) -> Found | None:
        """ "the leader of the Village de Dieu gang", "a spokesman for the Taliban": the body's code."""
        if head.lemma_.lower() not in self.dictionary.part_of and head.lower_ not in self.dictionary.part_of:
            return None
        body = _object_of(head, *self.words.body_preps)
        if body is None or self._state_named(body) is not None:
            return None  # "the president of Armenia" is the state's office
        inner = self._from_span(noun_phrase(body), body, mentions)
        if inner is None:
            return None
        a = inner.actor
        how = f"position in a body: '{head.text}' of {noun_phrase(body).text} ({a.how})"
        return Found(Actor(span.text, a.code, a.country, a.sector, None, how))

    def _from_appositions(self, head: Token, mentions: Mentions) -> Found | None:
        for child in head.rights:
            if child.dep_ == "appos":
                found = (self._named_body(child) or self._owner_relative(child, mentions)
                         or self._position_in(child, noun_phrase(child), mentions)
                         or self._from_span(noun_phrase(child), child, mentions)
                         or self._from_partitive(child, mentions))  # "X, the head of Gazprom"
                if found is not None and child.pos_ == "NOUN" and (found.actor.how or "").startswith("person:"):
                    found = self._someone_of(child, found.actor)
                if found is not None:
                    a = found.actor
                    how = f"apposition: '{noun_phrase(child).text}' ({a.how})"
                    return Found(Actor(noun_phrase(head).text, a.code, a.country, a.sector, a.name, how))
        return None

    def _someone_of(self, noun: Token, person: Actor) -> Found | None:
        """ "Rick Gold, a former Trump campaign aide", "Ana Ruiz, Putin's deputy": a description whose
        head is a common noun names someone of the person it mentions, not that person: the person's
        country and the noun's own sector ("aide" GOV, a former one ELI), never the person's name."""
        if not person.country:
            return None
        span = noun_phrase(noun)
        sector = self._role(noun, span)[0] or ""
        if sector in _OFFICE_SECTORS and any(t.lower_ in self.words.former_markers for t in span if t.i < noun.i):
            sector = "ELI"
        how = f"someone of {person.name or person.text}: its country, and the sector of '{noun.text}'"
        return Found(actor_of_code(span.text, person.country + sector, None, how))

    def _named_body(self, head: Token) -> Found | None:
        """ "Dan Reese, the Director of National Intelligence": an apposition that, with its "of" phrase,
        is an office or body the dictionary names as a whole."""
        start = head.left_edge.i + (head.left_edge.dep_ == "det")
        if head.right_edge.i - start >= _BODY_NAME_WORDS:
            return None  # longer is a description, not a name
        span = head.doc[start : head.right_edge.i + 1]
        entry = next((e for e in self.dictionary.lookup(span.text) if e.kind == "org"), None)
        if entry is None:
            return None
        return Found(actor_of_code(span.text, entry.code, None, f"organisation: {entry.name} ({entry.code})"))

    def _office_named_whole(self, head: Token) -> Found | None:
        """ "Acting Director of National Intelligence Richard Grenell": an office the dictionary names whole
        with its "of" phrase, followed by its holder's name (whose surname later means them)."""
        obj = _object_of(head, "of")
        if obj is None or head.pos_ not in {"NOUN", "PROPN"} or obj.i - head.i >= _BODY_NAME_WORDS:
            return None
        found = self._matches(head.doc[head.i:obj.i + 1])
        entry = next((e for e in found[0][1] if e.kind == "org"), None) if found else None
        if entry is None or found[0][0].start != head.i or found[0][0].end <= obj.left_edge.i:
            return None
        span = noun_phrase(head)
        code, how = entry.code, f"organisation: {entry.name} ({entry.code}), named whole"
        if any(t.lower_ in self.words.former_markers for t in head.lefts):
            code, how = code[:3] + "ELI", how + "; the office is past: ELI"
        name = head.doc[found[0][0].end:obj.i + 1]
        surname = obj.lower_ if len(name) and all(t.pos_ == "PROPN" for t in name) else None
        whole = head.doc[span.start:obj.i + 1].text
        return Found(actor_of_code(whole, code, None, how), person=surname is not None, surname=surname)

    def _from_relative_clause(self, head: Token, mentions: Mentions) -> Found | None:
        """ "Ana Ruiz, who heads the central bank", "Ana Ruiz, who is the head of Gazprom": a person the
        text places in a body is of that body, as "the head of the central bank" is."""
        for rel in head.rights:
            if rel.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.tag_ == "WP" for c in rel.children):
                continue
            lemma = rel.lemma_.lower()
            for obj in rel.children:
                if lemma in self.words.heading_verbs and obj.dep_ == "dobj":
                    found = self._from_span(noun_phrase(obj), obj, mentions)
                elif lemma == "be" and obj.dep_ == "attr" and obj.pos_ == "NOUN":
                    found = self._position_in(obj, noun_phrase(obj), mentions) or self._from_partitive(obj, mentions)
                else:
                    continue
                if found is not None and found.actor.code and len(found.actor.code) > 3:
                    a = found.actor  # a body with a sector or an organisation, not a bare state
                    how = f"relative clause: '{rel.text}' {noun_phrase(obj).text} ({a.how})"
                    return Found(Actor(noun_phrase(head).text, a.code, a.country, a.sector, None, how))
        return None

    def _from_partitive(self, head: Token, mentions: Mentions) -> Found | None:
        """ "a convoy of Syrian soldiers", "thousands of Iraqi Kurds", "supporters of Ben Bella":
        a noun that is no actor itself stands for the actor it is of."""
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ in self.words.partitive_preps:
                for obj in prep.children:
                    if obj.dep_ != "pobj" or obj.pos_ not in {"NOUN", "PROPN"}:
                        continue
                    found = self._from_span(noun_phrase(obj), obj, mentions)
                    if found is not None and self._relation(head) and found.actor.country:
                        return self._relative(head, found.actor)  # "the son of the president"
                    if found is not None:
                        a = found.actor
                        how = f"partitive: '{head.text} of' stands for {a.text} ({a.how})"
                        return Found(Actor(noun_phrase(head).text + " of " + a.text, a.code,
                                            a.country, a.sector, a.name, how))
        return None

    def _partitive_noun(self, head: Token) -> bool:
        """Whether a mention's head may stand for what it is "of": a part, number or group of an actor
        (words.yaml partitive_nouns) or a relation; not "the end of the talks", "decades of US policy"."""
        return (head.lemma_.lower() in self.words.partitive_nouns or head.lower_ in self.words.partitive_nouns
                or head.like_num or self._relation(head))

    def _message_author(self, head: Token, mentions: Mentions) -> Found | None:
        """ "a statement from the foreign ministry", "a tweet by the president": a message stands for its author."""
        if head.lemma_.lower() not in self.words.authored_messages:
            return None
        author = _object_of(head, *self.words.author_preps)
        found = self._from_span(noun_phrase(author), author, mentions) if author is not None else None
        if found is None:
            return None
        a = found.actor
        how = f"message: '{head.text}' speaks for its author {a.text} ({a.how})"
        return Found(Actor(noun_phrase(head).text, a.code, a.country, a.sector, a.name, how))

    def _named_as(self, head: Token, mentions: Mentions) -> Found | None:
        """ "the group known as ISIS", "a militant group called Hamas": the actor of the name given."""
        for acl in head.rights:
            if acl.dep_ != "acl" or acl.lemma_.lower() not in self.words.naming_verbs:
                continue
            for c in acl.children:
                name = _object_of(acl, "as") if c.dep_ == "prep" else c if c.dep_ in {"oprd", "attr", "dobj"} else None
                if name is None or name.pos_ != "PROPN":
                    continue
                found = self._from_span(noun_phrase(name), name, mentions)
                if found is not None:
                    a = found.actor
                    how = f"named: '{noun_phrase(head).text}' is called {noun_phrase(name).text} ({a.how})"
                    return Found(Actor(noun_phrase(head).text, a.code, a.country, a.sector, a.name, how))
        return None

    def _counterpart(self, head: Token, span: Span, mentions: Mentions) -> Found | None:
        """ "his Iraqi counterpart": the possessor's office (its sector) in the country the phrase names."""
        if head.lemma_.lower() not in self.words.counterpart_nouns:
            return None
        owner = next((c for c in head.lefts if c.dep_ == "poss"), None)
        of = self._owner(owner, mentions) if owner is not None else None
        parts = self._parts(span, head, mentions)
        if of is None or of.sector is None or not parts.countries or parts.codes[0] == of.country:
            return None
        country = parts.codes[0]
        # a president-elect's or a former leader's counterpart holds the office: the government's
        sector = GOVERNMENT_SECTOR if of.sector == "ELI" else of.sector
        how = f"counterpart: {of.text}'s office ({sector}) in {country}"
        return Found(actor_of_code(span.text, country + sector, None, how), person=True)

    def possessor(self, pronoun: Token, mentions: Mentions) -> Actor | None:
        """Whom a possessive pronoun means ("his" in "his meeting with Putin"), noting no mention."""
        return self._pronoun(pronoun, mentions)

    def _owner(self, owner: Token, mentions: Mentions) -> Actor | None:
        """The actor a possessor means: a pronoun's antecedent, or the phrase's own actor."""
        if owner.pos_ == "PRON":
            return self._pronoun(owner, mentions)
        inner = self._from_span(noun_phrase(owner), owner, mentions)
        return inner.actor if inner is not None else None

    def _owner_relative(self, head: Token, mentions: Mentions) -> Found | None:
        """ "the president's son", "his lawyer", "Putin's critics": a relation of its possessor."""
        if not self._relation(head):
            return None
        owner = next((c for c in head.lefts if c.dep_ == "poss"), None) or _object_of(head, "for", "of")
        of = self._owner(owner, mentions) if owner is not None else None
        return self._relative(head, of) if of is not None and of.country else None

    def _relative(self, head: Token, of: Actor) -> Found:
        """ "the son of the president", "a lawyer for X": of the actor's country, in the noun's own
        role (a lawyer is JUD), never the actor it is related to."""
        country = str(of.country)
        sector = self.dictionary.role(head.lemma_.lower()) or ""
        how = f"relation: '{head.text}' of {of.text} ({of.code}) is of its country, not {of.code}"
        return Found(actor_of_code(noun_phrase(head).text, country + sector, None, how))

    def other_referent(self, head: Token, mentions: Mentions, other: Actor) -> Actor | None:
        """A pronoun that cannot mean `other`, the other party of its own clause ("Clinton, who has
        attacked him", "he criticized Obama"): the nearest earlier fitting mention that is not them."""
        if head.lower_ in self.words.self_pronouns:
            return None  # "praised himself": the same actor, no event between two parties
        actor = self._pronoun(head, mentions, skip=other)
        for k, m in enumerate(mentions.items):
            if m.start == head.i:
                if actor is None:
                    del mentions.items[k]
                else:
                    mentions.items[k] = replace(m, actor=actor)
                break
        return actor

    def _pronoun(self, head: Token, mentions: Mentions, skip: Actor | None = None) -> Actor | None:
        lower = head.lower_
        if lower in self.words.speaker_pronouns:
            return self._speaker(head, mentions)
        person = lower in self.words.person_pronouns
        if not person and lower not in self.words.group_pronouns:
            return None
        if not person and self._local_thing(head, mentions):
            return None  # "the talks ended with Trump dropping them": a thing, not an actor
        for m in self._candidates(head, mentions, person):
            if skip is not None and _same_referent(m.actor, skip):
                continue
            if self._fits(m, head, person) and m.agent:
                kind = "person" if person else "state or group"
                kind += " subject" if m.subject and _is_subject(head) else ""
                return replace(m.actor, how=f"pronoun: '{head.text}' is the nearest earlier {kind}, "
                                            f"'{m.actor.text}' ({m.actor.how})")
        return None

    def _speaker(self, pronoun: Token, mentions: Mentions) -> Actor | None:
        """ '"We urge both sides to talk," the chamber said': a first-person subject in a quotation is its
        speaker, named before it (already resolved) or after it in the quotation's sentence."""
        if pronoun.dep_ not in {"nsubj", "nsubjpass"}:
            return None
        tok = quote_speaker(pronoun, self.words)
        if tok is None:
            return None
        if tok.i < pronoun.i:
            actor = next((m.actor for m in mentions.before(pronoun.i) if m.start == tok.i), None)
        elif tok.pos_ == "PRON":
            actor = self._pronoun(tok, mentions)
        else:
            found = self._describe(tok, mentions)
            actor = found.actor if found is not None else None
        if actor is None:
            return None
        how = f"speaker: '{pronoun.text}' in a quotation is who says it, '{actor.text}' ({actor.how})"
        return replace(actor, how=how)

    def _fits(self, m: Mention, head: Token, person: bool) -> bool:
        """Whether a mention is of the pronoun's kind; for "he" or "she" as a subject, also a subject that is
        one person named by a role ("The Iranian spokesman criticized Israel. He also ..." means the spokesman)."""
        if not 0 <= m.start < len(head.doc):
            return m.person == person  # a mention from an earlier piece of the article: its words are not in this Doc
        tok = head.doc[m.start]
        if person and tok.tag_ in {"NNS", "NNPS"}:
            return False  # "she" is none of "former staffers"
        if m.person == person:
            return True
        return (person and m.subject and _is_subject(head) and m.actor.name is None and tok.tag_ == "NN"
                and tok.lemma_.lower() in self.words.person_roles)

    def _candidates(self, head: Token, mentions: Mentions, person: bool) -> Iterator[Mention]:
        """Earlier mentions, nearest first; for a "he" or "it" that is a subject, the subjects of this and
        the previous sentence come first ("Trump called Abe, and he criticized China": Trump criticized;
        "The regime threatened Seoul. It also lashed out at ...": the regime lashed out; but a group
        that undergoes the act is as likely the earlier object: "... arrested them. They were charged")."""
        # "his government" as a subject: as "he" would be, the owner is most likely an earlier subject
        owned = person and head.dep_ == "poss" and _is_subject(head.head)
        if (_is_subject(head) or owned) if person else head.dep_ == "nsubj":
            sent = docmemo.sentence(head)
            start = docmemo.sentence(head.doc[sent.start - 1]).start if sent.start > 0 else sent.start
            near = [m for m in mentions.before(head.i)
                    if m.subject and self._fits(m, head, person) and m.start >= start]
            if (person and near and near[0].start >= 0 and _main_clause_subject(head.head if owned else head)
                    and (head.head.head if owned else head.head).lemma_.lower() in self.words.word_act_verbs):
                # "Zarif said Pompeo had lied. He accused ...": in the sentence of the nearest subject, who says
                # it, not whom the clause said is about; only for a word act ("He opened fire" is Pompeo's),
                # and never a speaker of the other sex
                last = docmemo.sentence(head.doc[near[0].start]).start
                yield from (m for m in near if m.start >= last and _main_clause_subject(head.doc[m.start])
                            and not line_break_between(head.doc, m.start, head.i) and not self._other_sex(m, head))
            yield from near
        yield from mentions.before(head.i)

    def _other_sex(self, m: Mention, pronoun: Token) -> bool:
        """Whether a person mention is marked as of the other sex than "he"/"his" or "she"/"her" ("Angela
        Merkel", "Mrs. May", "the spokeswoman" for "he"), by its first name, honorific or role word."""
        words = {w.strip(".,").lower() for w in f"{m.actor.name or ''} {m.actor.text}".split()}
        if pronoun.lower_ in {"he", "his", "him"}:
            return bool(words & self.words.female_words)
        return pronoun.lower_ in {"she", "her"} and bool(words & self.words.male_words)

    def _is_agent(self, actor: Actor, head: Token) -> bool:
        """Whether the phrase names someone who can act, not a thing that only carries a country:
        a name, a role ("officials"), an organisation, or a description of a state or group."""
        if head.dep_ == "compound" and head.head.pos_ == "NOUN" and self.dictionary.role(head.head.lemma_) is None:
            return False  # "Ukraine" in "a Ukraine ceasefire deal" names what the deal is about
        if head.pos_ != "NOUN" or actor.sector is not None:
            return True
        return self.names_an_actor(head)

    def names_an_actor(self, head: Token) -> bool:
        """Whether a noun's own word names someone who can act: a role, a dictionary name, a
        description of a state or group; not a thing ("sanctions", "the report", "a rally")."""
        if head.pos_ != "NOUN":
            return True
        lemma = head.lemma_.lower()
        w = self.words
        return (self.dictionary.role(lemma) is not None or bool(self.dictionary.lookup(head.text))
                or lemma in w.country_descriptions or lemma in w.org_descriptions or lemma in w.pair_party_nouns
                or (lemma in w.staff_nouns and self._owned_by_a_person(head))
                or self._relation(head) or lemma in w.counterpart_nouns)

    def _nearest_country(self, head: Token, mentions: Mentions) -> Found | None:
        """ "the country", "the regime": the state of the nearest earlier mention that has one, not the
        subject of its own clause ("Mexico shipped food to the island" is not about Mexico); "the kingdom"
        is the nearest monarchy named before, when the story named one ("Saudi Arabia ... Yemen ... the
        kingdom" is Saudi Arabia)."""
        own = {_clause_subject(head), *_controllers(head)}
        kinds = self.dictionary.monarchies if head.lemma_.lower() in self.words.monarchy_nouns else None
        if kinds is not None and not any((m.actor.country or "") in kinds for m in mentions.before(head.i)):
            kinds = None
        for m in mentions.before(head.i):
            if m.start in own:
                continue
            c = m.actor.country
            if c and c not in TRANSNATIONAL and (kinds is None or c in kinds):
                sector = GOVERNMENT_SECTOR if head.lemma_.lower() == "regime" else ""
                what = "monarchy" if kinds is not None else "state"
                how = f"description: '{head.text}' is the nearest earlier {what}, {c} ('{m.actor.text}')"
                return Found(actor_of_code(noun_phrase(head).text, c + sector, None, how))
        return None

    def _divided_half(self, head: Token, mentions: Mentions) -> Found | None:
        """ "the North" after "North Korea" and "South Korea": that half, when the story named both."""
        halves = {}
        for name in self.words.divided_halves:
            state = next((e.code[:3] for e in self.dictionary.lookup(name) if e.kind == "country"), None)
            if state is not None:
                halves[name] = state
        for name, state in sorted(halves.items()):  # sorted: a set's order changes from run to run
            side, land = name.split(" ", 1)
            other = halves.get(f"{'south' if side == 'north' else 'north'} {land}")
            # two states of one code ("North Vietnam" and "South Vietnam" are both VNM today) are no divided land
            named = other not in (None, state) and mentions.countries[state] and mentions.countries[other]
            if side == head.lower_ and named:
                how = f"description: '{head.text}' is {state}, the {side}ern half of {land} the story named"
                return Found(actor_of_code(noun_phrase(head).text, state, None, how))
        return None

    @staticmethod
    def _nearest_org(head: Token, mentions: Mentions) -> Found | None:
        """ "the group", "the movement": the nearest named organisation (not a country, not a person), not
        one that only places another's description ("the NAM, the largest bloc at the United Nations")."""
        for m in mentions.before(head.i):
            if m.start >= 0 and _in_description(head.doc[m.start]):
                continue
            if not m.person and m.actor.name is not None:
                how = f"description: '{head.text}' is the nearest earlier organisation, {m.actor.name}"
                return Found(replace(m.actor, how=how))
        return None

    def _owned_by_a_person(self, noun: Token) -> bool:
        """ "Trump's campaign chairman", "a Putin donor": a person's name owns the noun, directly or through
        compounds (not "China Eastern's chairman", a firm's)."""
        stack = [c for c in noun.lefts if c.dep_ in {"poss", "compound"}]
        while stack:
            t = stack.pop()
            if t.pos_ == "PROPN" and (t.ent_type_ == "PERSON"
                                      or any(e.kind == "person" for e in self.dictionary.lookup(t.text))):
                return True
            stack.extend(c for c in t.lefts if c.dep_ in {"poss", "compound"})
        return False

    def _is_person(self, actor: Actor, head: Token) -> bool:
        if actor.name is None or head.ent_type_ not in {"PERSON", ""} or head.pos_ != "PROPN":
            return False
        entries = self.dictionary.lookup(actor.name)
        return not entries or any(e.kind == "person" for e in entries)  # "the Islamic State" is no "he"

    def _definite(self, head: Token) -> bool:
        return any(t.lower_ in self.words.definite_determiners for t in head.lefts)

    def _local_thing(self, pronoun: Token, mentions: Mentions) -> bool:
        """Whether the nearest earlier noun of the same sentence that the pronoun could mean is no actor."""
        plural = pronoun.lower_ in self.words.plural_pronouns
        known = {m.start for m in mentions.items}
        for tok in reversed(pronoun.doc[docmemo.sentence(pronoun).start:pronoun.i]):
            if (tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"} and tok.pos_ in {"NOUN", "PROPN"}
                    and (tok.tag_ in {"NNS", "NNPS"}) == plural and tok.ent_type_ not in TIME_ENTITIES
                    and tok.lemma_.lower() not in self.words.authored_messages):
                return tok.i not in known
        return False


def _guessed_here(how: str | None) -> bool:
    """Whether an actor's country came from the text around it (the dateline, a place its sentence names,
    the story), not from its own words."""
    return how is None or any(g in how for g in TEXT_GUESSES)


def _in_description(tok: Token) -> bool:
    """Whether a prepositional object sits inside an apposition ("the largest bloc *at the UN*")."""
    return tok.dep_ == "pobj" and any(a.dep_ == "appos" for a in tok.ancestors)


def _clause_subject(head: Token) -> int | None:
    """The subject of the clause whose object (or prepositional object) the token is."""
    t = head
    while t.dep_ in {"pobj", "prep", "dobj", "dative"} and t.head.i != t.i:
        t = t.head
    subj = next((c for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subj.i if subj is not None and t.i != head.i else None


def _controllers(head: Token) -> set[int]:
    """Who does the infinitive whose object the token is: "China tried to urge the country" (China),
    "Chinese efforts to engage the country" (Chinese); "the country" is someone else."""
    t = head
    while t.dep_ in {"pobj", "prep", "dobj", "dative"} and t.head.i != t.i:
        t = t.head
    if t.dep_ == "xcomp":
        return {c.i for c in t.head.children if c.dep_ in {"nsubj", "nsubjpass"}}
    if t.dep_ == "acl" and t.head.pos_ == "NOUN":
        return {t.head.i, *(c.i for c in t.head.children if c.dep_ in {"amod", "poss", "compound"})}
    return set()


def _subject_span(noun: Token) -> Span | None:
    """The subject phrase of the verb whose object `noun` is ("Jordan's king" in "... urged both sides")."""
    verb = noun.head
    if noun.dep_ == "pobj":
        verb = verb.head
    if noun.dep_ not in {"dobj", "pobj", "dative"} or verb.pos_ not in {"VERB", "AUX"}:
        return None
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subj.doc[subj.left_edge.i:subj.i + 1] if subj is not None else None


def _main_clause_subject(tok: Token) -> bool:
    """Whether a subject is its sentence's own, not of a clause said, reported or added to it ("Geng said after
    Pompeo spoke": Geng, not Pompeo); verbs joined by "and" to the main verb are main too."""
    return main_clause_of(tok.head).dep_ == "ROOT"


def _same_referent(a: Actor, b: Actor) -> bool:
    """Whether two mentions stand for the same actor: one person, or one phrase ("Obama's policy")."""
    if a.name is not None and a.name == b.name:
        return True
    return a.code == b.code and (a.text in b.text or b.text in a.text)



