"""Noun phrase -> Actor.

A mention is resolved from its parts: a person ("Kim Jong Un", by the article's date),
an organisation ("KCNA"), a country by name, adjective, demonym or capital
("North Korea", "North Korean", "Iraqis", "Pyongyang"), an ethnic group ("Iraqi Kurds")
and a role noun that gives the sector ("officials" -> GOV, "laborers" -> LAB).

The steps, in order (``ActorResolver._from_span``):
1. the parts: every dictionary match in the phrase (``_parts``); a person whose name the text
   contradicts, a bare surname that could be someone else, and a patron ("Iranian-backed",
   "NATO-member", "anti-Syria") are left out;
2. a surname the article named before ("Rivera" after "Judge Alejandro Rivera");
3. a person; 4. an organisation; 5. an office ("the president", "Russia's foreign minister"):
   who held it in that country on the article's date;
6. a role or a country: the sector from the role noun, the country from the phrase, else from
   a place it is in ("rebels in Ivory Coast"), the phrase it is joined to ("Iraqi protesters
   and militias"), a place the sentence is set in, the dateline, or the country the document
   is about.
Pronouns and descriptions ("he", "its", "the country", "the two leaders") take the nearest
earlier mention that fits (``Mentions``). Every actor says how it was found (``Actor.how``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Span, Token

from newsevents.actors import names
from newsevents.actors.dictionary import ActorDictionary, Entry, Role, canonical_title
from newsevents.actors.lexicon import Lexicon
from newsevents.actors.mentions import TRANSNATIONAL, Mention, Mentions
from newsevents.records import Actor, Dateline

__all__ = ["ActorResolver", "Mention", "Mentions", "noun_phrase"]

# Dependents that belong to a noun phrase's name ("North Korean leader Kim Jong Un").
_NP_LEFT_DEPS = frozenset({"compound", "amod", "poss", "nmod", "det", "nummod", "quantmod", "case", "npadvmod"})
_COUNTRY_KINDS = frozenset({"country", "adjective", "capital", "region", "demonym"})
# Entities that a person's name may name ("Trump Tower", "Kennedy Center"): a thing, not the person.
_THING_ENTITIES = frozenset({"FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})
# Places inside a state: before an event noun alone they locate it ("the Cairo talks"); two
# of them name its parties ("Washington-Beijing talks").
_TOWN_KINDS = frozenset({"capital", "region"})
# Dependents of a noun that name it rather than take part in it ("the Paris climate accord").
_NAMING_DEPS = frozenset({"compound", "nmod", "amod", "npadvmod"})
# The words of a description set beside a name, without its clauses ("a spy chief and adviser to X").
_DESCRIPTION_DEPS = frozenset({"conj", "prep", "pobj", "poss", "compound", "amod"})
# Entities a misspelt country name may be tagged as ("Ethopia", "Quatar's emir").
_PLACE_ENTITIES = frozenset({"GPE", "NORP", "LOC", "ORG", ""})
# A person named in a story more than this many years from any office they held is not
# taken to be them (a namesake, or an acronym of something else).
_PERSON_YEARS = 10
# Sectors of a state office: a former holder of one is an elite (ELI), no longer the office.
_OFFICE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})


def noun_phrase(token: Token) -> Span:
    """The name part of a noun phrase: the head with its left modifiers, no clauses."""
    start = token.i
    for child in token.lefts:
        if child.dep_ in _NP_LEFT_DEPS:
            start = min(start, child.left_edge.i)
    while start < token.i and token.doc[start].is_space:
        start += 1  # a blanked dateline before the first sentence's subject
    end = token.i + 1
    # A name may continue right of its syntactic head only through flat hyphen pieces.
    while end < len(token.doc) and token.doc[end].dep_ == "compound" and token.doc[end].head.i == token.i:
        end += 1
    if token.ent_type_ == "PERSON":
        # a name the parser broke up ("Crown Prince Mohammed | bin Salman") is still one name
        while end < len(token.doc) and token.doc[end].ent_iob_ == "I" and token.doc[end].ent_type_ == "PERSON":
            end += 1
    return token.doc[start:end]


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
class _Found:
    """An actor, whether it is a person, a surname later mentions may use alone, and the
    actors a plural phrase stands for ("U.S. and Russian negotiators")."""

    actor: Actor
    person: bool = False
    surname: str | None = None
    replace_surname: bool = False
    group: tuple[Actor, ...] = ()


def _actor(text: str, code: str, name: str | None, how: str) -> Actor:
    return Actor(text, code, code[:3] or None, code[3:] or None, name, how)


def _period(role: Role) -> str:
    return f"{role.code} {role.title or ''} {role.start or '…'}–{role.end or '…'}".replace("  ", " ")


class ActorResolver:
    """Turns the head token of a mention into an Actor using the actor dictionary."""

    def __init__(self, dictionary: ActorDictionary) -> None:
        self.dictionary = dictionary
        self.words = Lexicon.load()
        # every word of an office's title ("secretary", "general", "foreign"): never part of a name
        self._title_words = frozenset(w for t in dictionary.titles for w in t.replace("-", " ").split())

    # -- public -------------------------------------------------------------------------------------

    def resolve(self, head: Token, mentions: Mentions) -> Actor | None:
        if mentions.in_dateline(head.idx):
            return None  # "QUETTA, Pakistan (AP) —" says where the story was filed, not who acted
        lower = head.lower_
        if head.pos_ == "PRON" or lower in self.words.self_pronouns:
            actor = self._pronoun(head, mentions)
            if actor is not None:
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
        if named and len(noun_phrase(head)) > 1:
            mentions.remember_surname(head.lower_, actor)  # "Frantz Exantus, Haiti's ..." ... "Exantus"
        mentions.add(head.i, actor, found.person or named or self._is_person(actor, head),
                     agent=self._is_agent(actor, head), subject=_is_subject(head))
        return actor

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
        found = self._context_countries(token, mentions)
        if sector is None or not found:
            return None
        country, where = found[0]
        how = f"implied by '{token.lower_}' without an agent: role '{role}' -> {sector}; country {country}: {where}"
        return _actor(f"({role})", country + sector, None, how)

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
                    found.append((sub[-1], _actor(sub.text, e.code[:3], None, f"country: named '{sub.text}'")))
                    break
        if len(found) == 1 and towns:
            return []  # "the Paris rally", "the Cairo talks": a city alone before the noun says where
        return found

    def capital_named(self, token: Token) -> str | None:
        """The state whose capital (or seat of government) the token's phrase names alone ("Kyiv",
        "the Kremlin"), else None."""
        span = noun_phrase(token)
        found = self._matches(span)
        if len(found) == 1 and found[0][0].end == span.end and found[0][1][0].kind == "capital":
            return found[0][1][0].code[:3]
        return None

    def matches_in(self, span: Span) -> list[tuple[Span, list[Entry]]]:
        return self._matches(span)

    # -- dictionary matching ------------------------------------------------------------------------

    def _matches(self, span: Span) -> list[tuple[Span, list[Entry]]]:
        """Longest dictionary matches in a span, left to right, not overlapping."""
        out: list[tuple[Span, list[Entry]]] = []
        doc = span.doc
        words = [(t.text, t.whitespace_) for t in span]
        longest = min(self.dictionary.max_words + 2, 8)
        i, n = 0, len(words)
        while i < n:
            hit = self._match_at(words, i, longest) if self.dictionary.may_start(words[i][0]) else None
            if hit is None and span[i].pos_ == "PROPN" and span[i].ent_type_ in _PLACE_ENTITIES:
                near = self.dictionary.misspelt(span[i].text)  # "Ethopia", "Quatar"
                hit = (1, near) if near else None
            if hit is None:
                i += 1
                continue
            k, entries = hit
            out.append((doc[span.start + i:span.start + i + k], entries))
            i += k
        return out

    def _match_at(self, words: list[tuple[str, str]], i: int, longest: int) -> tuple[int, list[Entry]] | None:
        """The longest phrase starting at word i that the dictionary knows: (its length, entries)."""
        phrases, text = [], ""
        for word, space in words[i:i + longest]:
            text += word
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

    # -- step 1: the parts of a phrase --------------------------------------------------------------

    def _parts(self, span: Span, head: Token, mentions: Mentions) -> _Parts:
        parts = _Parts(last_match_end=span.start, person_start=span.start)
        ethnic_marked = any(t.lower_ in self.words.ethnic_markers for t in span)
        for sub, entries in self._matches(span):
            parts.last_match_end = max(parts.last_match_end, sub.end)
            patron = self._patron(sub)
            if patron is not None:
                parts.left_out.append(patron)
                if patron.endswith("patron") and entries[0].kind in _COUNTRY_KINDS:
                    parts.patrons.append((entries[0].code[:3], sub.text))
                continue
            e = self._pick(entries, mentions.date)
            if e.kind == "person" and self._related_to(sub, span):
                # "Trump's lawyer", "the president's son": someone else, of the person's country
                parts.countries.append((e.code_on(mentions.date)[:3], sub.text))
                parts.left_out.append(f"'{sub.text}' is whose {sub[-1].head.text} it is, not the actor")
            elif e.kind == "person":
                self._add_person(parts, sub, e, entries, span, mentions)
            elif e.kind == "org":
                parts.org = e
            elif e.kind == "ethnic" or (ethnic_marked and e.kind in {"demonym", "adjective"}):
                if head.ent_type_ != "PERSON":  # "Karen Bass" is a person, not the Karen people
                    parts.ethnic, parts.kin = e, (e.code[:3] if e.kind != "ethnic" else None)
            elif e.kind == "capital" and sub.end == span.end:
                parts.countries.append((e.code[:3], sub.text))
                parts.capital_sector = e.code[3:] or "GOV"
            else:
                self._add_country(parts, sub, e, head, mentions)
        return parts

    def _add_country(self, parts: _Parts, sub: Span, e: Entry, head: Token, mentions: Mentions) -> None:
        country = e.code[:3]
        if (e.kind == "country" and sub[-1].dep_ == "compound" and sub[-1].head.i == head.i
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
        if names.bare_surname(e, sub, words):
            if sub.text.lower() in mentions.by_surname:
                parts.known_surname = sub.text.lower()  # the person this article named before (step 2)
                return
            titled = any(t.pos_ not in {"DET", "PUNCT"} and t.dep_ != "poss" for t in span.doc[span.start:sub.start])
            if not names.surname_fits(e, entries, on, titled):
                parts.left_out.append(f"'{sub.text}' alone is not surely {e.name}")
                return
        parts.person, parts.person_start = e, sub.start

    def _related_to(self, sub: Span, span: Span) -> bool:
        """Whether a name is the possessor of a relation noun of the phrase ("Trump's lawyer")."""
        last = sub[-1]
        return last.dep_ == "poss" and span.start <= last.head.i < span.end and self._relation(last.head)

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
        if before >= 2 and doc[before - 1].text == "-" and doc[before - 2].lower_ in self.words.stance_prefixes:
            return f"'{doc[before - 2].text}-{sub.text}' names a stance"
        last = sub[-1]
        owner = last.head if last.dep_ == "poss" else None
        if owner is not None and (owner.lower_ in self.words.patron_nouns
                                  or owner.lemma_.lower() in self.words.patron_nouns):
            return f"'{sub.text}' is the patron of its {owner.text}"
        return None

    # -- steps 2-6: one noun phrase -----------------------------------------------------------------

    def _from_span(self, span: Span, head: Token, mentions: Mentions) -> _Found | None:
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
        if head.pos_ != "PROPN" or head.ent_type_ == "PERSON" or head.i == head.sent.start:
            return False
        if parts.last_match_end > head.i or not (parts.org or parts.countries or parts.person):
            return False
        if parts.person is not None and head.ent_type_ not in _THING_ENTITIES:
            return False  # "Trump Tower", "Reagan Airport": a building named after a person
        return self._role(head, span)[0] is None and not self.dictionary.lookup(head.text)

    def _known_surname(self, span: Span, head: Token, parts: _Parts, mentions: Mentions) -> _Found | None:
        """A surname the article used before for a full name ("Putin" after "Vladimir Putin")."""
        surname = parts.known_surname
        if surname is None:
            if parts.person or parts.org or parts.countries or head.pos_ != "PROPN":
                return None
            surname = head.lower_
        known = mentions.by_surname.get(surname)
        if known is None:
            return None
        how = f"surname: '{surname}' is {known.name or known.text}, named earlier in the article"
        return _Found(Actor(span.text, known.code, known.country, known.sector, known.name, how), person=True)

    def _as_person(self, span: Span, parts: _Parts, mentions: Mentions) -> _Found | None:
        person = parts.person
        if person is None:
            return None
        on = mentions.date
        named = [*parts.codes, *([parts.org.code] if parts.org else [])]
        before = span.doc[span.start:parts.person_start]
        role = self._person_role(person, before, on, named)
        code = role.code if role is not None else person.code_on(on)
        how = f"person: {person.name}" + (f", {_period(role)}" if role is not None else " (dictionary)")
        if self._former(before, person, on) and code[3:6] in _OFFICE_SECTORS:
            # "former Defense Secretary Jim Mattis": out of office, an elite of his country, not its government
            code = code[:3] + "ELI"
            how += f"; '{before.text}' says the office is past: ELI"
        elif self._candidate(before, role, person, on) and code[3:6] in _OFFICE_SECTORS:
            # "candidate Joe Biden" in 2019: an office won later is not held yet; an elite until then
            code = code[:3] + "ELI"
            how += f"; '{before.text}' runs for an office not held on {on}: ELI"
        actor = _actor(span.text, code, person.name, how)
        surname = span[-1].lower_ if len(span) > 1 and span[-1].pos_ == "PROPN" else None
        return _Found(actor, person=True, surname=surname, replace_surname=True)

    def _candidate(self, before: Span, role: Role | None, person: Entry, on: date | None) -> bool:
        """ "presidential candidate Joe Biden" in 2019: the words before the name say the person runs
        for an office, they hold none on the article's date, and the office coded begins later."""
        if not any(t.lower_ in self.words.candidate_markers for t in before):
            return False
        return (on is not None and role is not None and role.start is not None and on < role.start
                and not person.active_on(on))

    def _former(self, before: Span, person: Entry, on: date | None) -> bool:
        """ "former President Obama", "ex-minister X": the words before the name say the office is
        past, and the person holds no office on the article's date."""
        if not any(t.lower_ in self.words.former_markers for t in before):
            return False
        return on is None or not any(r.active(on) for r in person.roles)

    def _as_org(self, span: Span, head: Token, parts: _Parts, mentions: Mentions) -> _Found | None:
        org = parts.org
        if org is None:
            return None
        if parts.countries and org.code[:3] != parts.codes[0] and not _org_is_head(head):
            return None  # "Syrian army" style: the country's body, not the organisation
        code = org.code_on(mentions.date)  # "the Taliban" govern Afghanistan from 2021
        return _Found(_actor(span.text, code, org.name, f"organisation: {org.name} ({code})"))

    def _as_role(self, span: Span, head: Token, parts: _Parts, mentions: Mentions) -> _Found | None:
        """A role noun and/or a country: the sector from the role, the country from wherever it is said."""
        role, role_words = self._role(head, span)
        role = parts.capital_sector or role
        if role in _OFFICE_SECTORS and any(t.lower_ in self.words.future_markers for t in span if t.i < head.i):
            role, role_words = "ELI", f"{role_words} (not held yet)"  # "the likely next prime minister"
        country, where = (parts.countries[0][0], f"named '{parts.countries[0][1]}'") if parts.countries else (None, "")
        if country is None and parts.patrons:
            # "Iranian-backed rebels in Yemen" are Yemen's; the patron's state only where nothing else is said
            country, where = self._country_from_preps(head, mentions)
            if country is None:
                country, where = parts.patrons[0][0], f"its patron '{parts.patrons[0][1]}', as it names no other"
        if country is None and parts.ethnic is not None:
            country, where = self._ethnic_country(head, parts.ethnic, parts.kin, mentions)
        if country is None and role is not None:
            country, where = self._role_country(head, role_words, mentions)
        if country is None:
            return None
        what = f"role '{role_words}' -> {role}" if role else "country"
        how = f"{what}; country {country}: {where}"
        if parts.capital_sector:
            how = f"capital: '{parts.countries[0][1]}' stands for the government of {country}"
        actor = _actor(span.text, country + (role or ""), None, how)
        group: tuple[Actor, ...] = ()
        if len(set(parts.codes)) > 1 and any(t.dep_ == "cc" for t in span):
            # "U.S. and Russian negotiators": one head, two actors
            group = tuple(_actor(span.text, c + (role or ""), None, how) for c in dict.fromkeys(parts.codes))
        # "Kiev" tagged as a person's name is still the city: the dictionary match covers the head
        named = head.ent_type_ == "PERSON" and head.pos_ == "PROPN" and parts.last_match_end <= head.i
        surname = head.lower_ if named and role is not None else None  # "Judge Alejandro Rivera" ... "Rivera"
        return _Found(actor, person=named, surname=surname, group=group)

    def _role_country(self, head: Token, role_words: str, mentions: Mentions) -> tuple[str | None, str]:
        """The country of a role the phrase gives none: a place it is in, the phrase it is joined
        to, else (not for weapons) the place, dateline or main country of the text."""
        country, where = self._country_from_preps(head, mentions)
        if country is None:
            country, where = self._country_of_owner(head, mentions)
        if country is None:
            country, where = self._country_of_workplace(head, role_words, mentions)
        if country is not None:
            return country, where
        country, where = self._country_of_conjunct(head)
        if country is None:
            country, where = self._country_of_apposition(head, mentions)
        if country is None:
            country, where = self._country_in_description(head)
        if country is not None or self._needs_country(head, role_words):
            return country, where
        found = self._context_countries(head, mentions)
        return found[0] if found else (None, "")

    def _needs_country(self, head: Token, role_words: str) -> bool:
        """Whether a role never takes the country of its context: a weapon ("bomber"), but not a
        longer role that ends in one ("suicide bomber")."""
        needs = self.dictionary.needs_country
        lemma = head.lemma_.lower()
        return role_words in needs or (lemma in needs and not role_words.endswith(lemma))

    def _people_of(self, head: Token, mentions: Mentions) -> str | None:
        """The country in "the Kurds of Iraq": a people named with where they live."""
        obj = _object_of(head, "of")
        if obj is None:
            return None
        found = self._from_span(noun_phrase(obj), obj, mentions)
        if found is not None and found.actor.country and not found.actor.sector:
            return found.actor.country
        return None

    def _role(self, head: Token, span: Span) -> tuple[str | None, str]:
        """The sector of the phrase's role (below); any title inside a legislature ("House intelligence
        Chairman Adam Schiff", "Senate Foreign Relations Committee member") is a legislator's."""
        sector, words = self._own_role(head, span)
        if sector is not None and sector != "LEG" and self._in_legislature(span, head):
            return "LEG", f"{words} of a legislature"
        return sector, words

    def _in_legislature(self, span: Span, head: Token) -> bool:
        doc = span.doc
        for t in span:
            if t.i >= head.i or t.lower_ not in self.words.legislature_words or not t.text[0].isupper():
                continue
            before = doc[t.i - 1] if t.i > span.start else None
            # "U.S. House", "Senate": the legislature; "White House", "Blue House": a seat of government
            if before is None or before.pos_ != "PROPN" or any(
                    e.kind in {"country", "adjective"} for e in self.dictionary.lookup(before.text)):
                return True
        return False

    def _own_role(self, head: Token, span: Span) -> tuple[str | None, str]:
        """The sector named by the head noun, trying the longest compound first ("foreign ministry");
        else by a title or role word before it ("army bulldozers", "Judge Alejandro Rivera").
        Returns (sector, the role phrase that gave it)."""
        words = [t for t in span if t.i <= head.i]
        for k in range(min(3, len(words)), 0, -1):
            sector = self._role_of_words(words[-k:], head)
            phrase = _phrase(words[-k:], head)
            if sector and k == 1 and len(words) > 1 and phrase in self.dictionary.part_of:
                # "rebel leaders", "police spokesman": a position takes the sector of the body it leads
                body = self.dictionary.role(words[-2].lower_) or self.dictionary.role(words[-2].lemma_.lower())
                if body and words[-2].dep_ in {"compound", "amod"}:
                    return body, f"{words[-2].lower_} {phrase}"
            if sector:
                return sector, phrase
        for t in reversed(words[:-1]):
            if t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "-":
                continue  # "Secretary" of "Secretary-General": the title is read whole, below
            if t.dep_ == "compound" or (t.pos_ == "PROPN" and head.ent_type_ == "PERSON"):
                word = t.lower_.rstrip(".")
                lemma = t.lemma_.lower()
                if t.i >= 2 and t.doc[t.i - 1].text == "-":  # "Secretary-General": the whole title
                    word = lemma = f"{t.doc[t.i - 2].lower_}-{word}"
                elif t.i > span.start:  # "Attorney General": the two-word title before its last word
                    sector = self.dictionary.role(f"{t.doc[t.i - 1].lower_} {word}")
                    if sector:
                        return sector, f"{t.doc[t.i - 1].lower_} {word}"
                sector = self.dictionary.role(word) or self.dictionary.role(lemma)
                if sector:
                    return sector, word
        return None, ""

    def _role_of_words(self, words: list[Token], head: Token) -> str | None:
        found = self.dictionary.role(_phrase(words, head)) or self.dictionary.role(" ".join(t.lower_ for t in words))
        if found is None and words[-1].i == head.i and head.pos_ == "PROPN" and not head.ent_type_:
            # "Rebels in Fallujah attacked": a capitalised common noun the tagger takes for a name
            stem = " ".join(t.lower_ for t in words[:-1])
            found = next((r for w in _singulars(head.lower_)
                          if (r := self.dictionary.role(f"{stem} {w}".strip())) is not None), None)
        return found

    # -- step 5: offices ----------------------------------------------------------------------------

    def _office(self, span: Span, head: Token, parts: _Parts, mentions: Mentions) -> _Found | None:
        """ "the president", "the North Korean leader", "Russia's foreign minister": who held it then."""
        title = self._title(span, head, parts.last_match_end)
        if title is None:
            return None
        for country, where in self._office_countries(head, parts, mentions, title):
            holder = self.dictionary.holder(country, title, mentions.date)
            if holder is None:
                continue
            on = mentions.date
            code = holder.code_on(on)
            role = next((r for r in holder.roles if r.code == code and (on is None or r.active(on))), None)
            how = (f"office: {title} of {country} ({where}) on {mentions.date or 'the latest date'}: {holder.name}"
                   + (f", {_period(role)}" if role else ""))
            return _Found(_actor(span.text, code, holder.name, how), person=True)
        return None

    def _title(self, span: Span, head: Token, after: int) -> str | None:
        """The office a phrase names after its country words ("foreign minister"), else None."""
        if head.tag_ not in {"NN", "NNP"} or head.ent_type_ == "PERSON":
            return None
        words = [t for t in span.doc[after:head.i + 1] if t.dep_ not in {"det", "case", "punct"}]
        if not words or any(t.lower_ in self.words.not_current for t in span):
            return None
        if any(t.dep_ == "poss" and t.pos_ == "PRON" for t in head.lefts):
            return None  # "his minister"
        for k in range(len(words)):
            phrase = " ".join([*(t.lower_ for t in words[k:-1]), head.lemma_.lower()])
            key = canonical_title(phrase)
            if key in self.dictionary.titles or key == "leader":
                return phrase
        return None

    def _office_countries(self, head: Token, parts: _Parts, mentions: Mentions,
                          title: str = "") -> list[tuple[str, str]]:
        """The countries whose office a title may be, best first, each with where it came from."""
        if parts.countries:
            return [(parts.countries[0][0], f"named '{parts.countries[0][1]}'")]
        of_what = _object_of(head, "of")
        if of_what is not None:
            # "the president of Armenia"; but "the leader of the gang" is not the country's leader
            state = self._state_named(of_what)
            return [(state, f"'of {of_what.text}'")] if state else []
        country, where = self._country_from_preps(head, mentions)
        if country is not None:
            return [(country, where)]
        if not self._definite(head):
            return []
        holder = self._holder_named_before(head.i, title, mentions)
        first = [(holder, "the holder the article names most")] if holder else []
        last = mentions.last_person_country(head.i)
        first += [(last, "the last person named")] if last else []
        return [*first, *self._context_countries(head, mentions)]

    def _holder_named_before(self, i: int, title: str, mentions: Mentions) -> str | None:
        """ "the president" after "Mr. Trump ... Putin ...": the country of the holder of that office whom
        the article has named most (the latest on a tie), else None."""
        if not title:
            return None
        counts: dict[str, int] = {}
        country: dict[str, str] = {}
        for m in mentions.before(i):
            a = m.actor
            if not m.person or a.name is None or not a.country:
                continue
            if a.name not in counts:
                held = self.dictionary.holder(a.country, title, mentions.date)
                if held is None or held.name != a.name:
                    continue
            counts[a.name] = counts.get(a.name, 0) + 1
            country[a.name] = a.country
        if not counts:
            return None
        best = max(counts, key=lambda n: counts[n])  # dicts keep order: the latest first on a tie
        return country[best]

    @staticmethod
    def _person_role(person: Entry, before: Span, on: date | None, named: list[str]) -> Role | None:
        """The office a person is named in: the one the phrase names ("President Laurent Gbagbo",
        "U.N. mediator Diego Cordovez") when it names one, else the one held on the article's date."""
        words = [t.lower_ for t in before if t.pos_ not in {"DET", "PUNCT"}]
        titled = {canonical_title(" ".join(words[k:])) for k in range(len(words))}
        fits = [r for r in person.roles if r.title and canonical_title(r.title) in titled]
        if not fits:
            fits = [r for r in person.roles if any(r.code.startswith(c) for c in named)]
            if on is not None and any(r.active(on) for r in person.roles):
                # "Taliban spokesperson Mujahid" in 2024: the office held then, not the one the
                # body's (undated) code recalls
                fits = [r for r in fits if r.active(on)]
        if not fits:
            fits = list(person.roles)
        if not fits:
            return None
        if on is None:
            return fits[-1]
        return min(fits, key=lambda r: r.distance(on))

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

    # -- where a role is ----------------------------------------------------------------------------

    def _ethnic_country(self, head: Token, group: Entry, kin: str | None, mentions: Mentions) -> tuple[str | None, str]:
        """Where a group lives: "Kurds in Syria", else the country the text is about, else its home."""
        place, where = self._country_from_preps(head, mentions)
        if place is not None:
            return place, where
        home = group.code[:3] or None
        if kin is None and home is not None:
            named = self._sentence_states(head, mentions)
            if named and home not in named:  # "Shona rebels" in a sentence about Mozambique
                return named[0], "the state the sentence names, not the group's home"
            return home, f"the home of the {group.name}"
        found = self._context_countries(head, mentions, exclude=frozenset({kin}) if kin else frozenset())
        if found:
            return found[0]
        return (home or kin), f"the home of the {group.name}"

    def _country_from_preps(self, head: Token, mentions: Mentions) -> tuple[str | None, str]:
        """ "rebels in Ivory Coast", "officials from Iran": the state of the prepositional object."""
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in self.words.country_preps:
                for obj in child.children:
                    if obj.dep_ != "pobj":
                        continue
                    sub = self._from_span(noun_phrase(obj), obj, mentions)
                    if sub is not None and sub.actor.country not in TRANSNATIONAL:
                        return sub.actor.country, f"'{child.text} {noun_phrase(obj).text}'"
        return None, ""

    def _country_of_workplace(self, head: Token, role_words: str, mentions: Mentions) -> tuple[str | None, str]:
        """ "a professor at the University of Virginia": a role at a body of its own sector is of
        that body's country (not "protesters at the U.S. embassy", who are not the embassy's)."""
        sector = self.dictionary.role(role_words)
        obj = _object_of(head, "at")
        if sector is None or obj is None:
            return None, ""
        found = self._from_span(noun_phrase(obj), obj, mentions)
        if found is None or found.actor.sector != sector or found.actor.country in TRANSNATIONAL:
            return None, ""
        return found.actor.country, f"'at {noun_phrase(obj).text}'"

    def _country_of_owner(self, head: Token, mentions: Mentions) -> tuple[str | None, str]:
        """ "her government", "its troops": a role owned by a pronoun is the country of whom it means."""
        owner = next((c for c in head.lefts if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if owner is None:
            return None, ""
        actor = self._pronoun(owner, mentions)
        if actor is None or not actor.country or actor.country in TRANSNATIONAL:
            return None, ""
        return actor.country, f"its owner '{owner.text}' is {actor.text}"

    def _country_of_apposition(self, head: Token, mentions: Mentions) -> tuple[str | None, str]:
        """ "Qatar's emir, Sheikh Hamad": a name set beside a description takes its country."""
        if head.dep_ != "appos" or head.head.pos_ not in {"NOUN", "PROPN"}:
            return None, ""
        outer = noun_phrase(head.head)
        parts = self._parts(outer, head.head, mentions)
        if parts.countries:
            return parts.countries[0][0], f"the phrase it stands beside ('{outer.text}')"
        return None, ""

    def _country_in_description(self, head: Token) -> tuple[str | None, str]:
        """ "Kim Yong Chol, a former spy chief and adviser to North Korea's leader": a description set
        beside a name says the country within its own words, before the dateline or the story does."""
        if head.dep_ != "appos":
            return None, ""
        stack = [c for c in head.children if c.dep_ in _DESCRIPTION_DEPS]
        words = []
        while stack:
            t = stack.pop()
            words.append(t)
            stack.extend(c for c in t.children if c.dep_ in _DESCRIPTION_DEPS)
        for t in sorted(words, key=lambda t: t.i):
            for sub, entries in self._matches(t.doc[t.i:t.i + 1] if t.dep_ != "pobj" else noun_phrase(t)):
                if entries[0].kind in {"country", "adjective"} and self._patron(sub) is None:
                    return entries[0].code[:3], f"its description ('{sub.text}')"
        return None, ""

    def _country_of_conjunct(self, head: Token) -> tuple[str | None, str]:
        """ "Iraqi protesters and militias": a bare role joined to a phrase with a country shares it."""
        if head.dep_ != "conj" or head.head.pos_ not in {"NOUN", "PROPN"}:
            return None, ""
        first = head.head
        if self.dictionary.role(first.lemma_.lower()) is None:
            return None, ""
        for sub, entries in self._matches(noun_phrase(first)):
            if entries[0].kind in {"adjective", "country"} and self._patron(sub) is None:
                return entries[0].code[:3], f"the phrase it is joined to ('{noun_phrase(first).text}')"
        return None, ""

    def _context_countries(self, head: Token, mentions: Mentions,
                           exclude: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
        """Countries a bare role may belong to, best first: a place the sentence is set in, the
        dateline, then the states the sentence and the document are about."""
        sent = head.sent
        named = self._sentence_states(head, mentions)
        found: dict[str, str] = {}
        for tok in sent:
            if tok.dep_ == "pobj" and tok.head.lower_ in self.words.locative_preps and tok.pos_ == "PROPN":
                for sub, entries in self._matches(noun_phrase(tok)):
                    e = entries[0]
                    if e.kind in {"country", "capital", "region"} and e.code[:3] not in exclude:
                        found.setdefault(e.code[:3], f"a place in the sentence ('{sub.text}')")
        line = mentions.dateline_country
        if line and line not in exclude:
            found.setdefault(line, f"the dateline ('{mentions.dateline_text}')")
        for c in mentions.main_countries(named, exclude):
            found.setdefault(c, "what the sentence and the article are about")
        return list(found.items())

    def _sentence_states(self, head: Token, mentions: Mentions) -> list[str]:
        sent = head.sent
        named = mentions.sentence_countries.get(sent.start)
        if named is None:
            named = self._sentence_countries(sent, mentions.date)
            mentions.sentence_countries[sent.start] = named
        return named

    def _sentence_countries(self, sent: Span, on: date | None) -> list[str]:
        out = []
        for sub, entries in self._matches(sent):
            e = self._pick(entries, on)
            if self._patron(sub) is not None:
                continue  # "anti-Syria", "Iranian-backed": not what the sentence is about
            if e.kind == "person" and len(sub) == 1 and not e.active_on(on):
                continue  # a bare surname of someone out of office may be a namesake
            if e.kind == "person" and _long_gone(e, on):
                continue  # "John Smith" decades after that John Smith's office: a namesake, likely
            if e.kind == "person" and names.contradicts(e, sub, names.name_tokens(sub, self._is_title)):
                continue  # "Abbas Mousavi" says nothing of Mahmoud Abbas's country
            if e.kind in _COUNTRY_KINDS or e.kind == "person" or (e.kind == "org" and e.code[:3] not in TRANSNATIONAL):
                code = e.code_on(on)[:3]
                if code and code not in TRANSNATIONAL:
                    out.append(code)
        return out

    # -- descriptions and coreference ---------------------------------------------------------------

    def _describe(self, head: Token, mentions: Mentions) -> _Found | None:
        """A noun phrase's actor: a pair, a position in a body, the phrase itself, an apposition,
        a partitive, or a definite description of a state or group named before."""
        span = noun_phrase(head)
        if self._town_names_a_thing(head):
            return None  # "the Paris climate accord": the town names the accord and is no party to it
        if head.dep_ == "compound" and head.head.pos_ == "PROPN":
            outer = noun_phrase(head.head)
            if self._names_a_thing(outer, head.head, self._parts(outer, head.head, mentions)):
                return None  # "Europe" in "the Europe Bridge"
        found = (self._apposed(head, span, mentions) or self._named_as(head, mentions)
                 or self._owner_relative(head, mentions) or self._counterpart(head, span, mentions)
                 or self._pair(head, span, mentions)
                 or self._position_in(head, span, mentions)
                 or self._from_span(span, head, mentions) or self._from_appositions(head, mentions))
        if found is not None and found.person and self._long_out_of_office(found.actor, mentions.date):
            # "John Smith, a lawyer for the family": a namesake of someone long out of office is who
            # the apposition says
            found = self._from_appositions(head, mentions) or found
        if found is None and head.pos_ == "NOUN":
            found = self._from_partitive(head, mentions)
        if found is None and self._definite(head) and head.tag_ == "NN":
            lemma = head.lemma_.lower()
            if lemma in self.words.country_descriptions:
                found = self._nearest_country(head, mentions)
            elif lemma in self.words.org_descriptions:
                found = self._nearest_org(head, mentions)
        return found

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

    @staticmethod
    def _apposed(head: Token, span: Span, mentions: Mentions) -> _Found | None:
        """ "ISIS, a terrorist group that ...": a description set beside a resolved name is that actor."""
        if head.dep_ != "appos" or head.pos_ != "NOUN":
            return None
        named = next((m for m in mentions.before(head.i) if m.start == head.head.i), None)
        if named is None:
            return None
        a = named.actor
        how = f"apposition: '{span.text}' describes '{a.text}' ({a.how})"
        return _Found(Actor(span.text, a.code, a.country, a.sector, a.name, how), person=named.person)

    def _pair(self, head: Token, span: Span, mentions: Mentions) -> _Found | None:
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
                found.append(m.actor if want_person else _actor(span.text, str(m.actor.country), None,
                                                               f"pair: '{span.text}' includes {m.actor.country}"))
            if len(found) == 2:
                break
        if len(found) < 2:
            return None
        found.reverse()  # in the order the text named them
        first = found[0]
        how = f"pair: '{span.text}' are the last two named ({found[0].code}, {found[1].code})"
        return _Found(Actor(span.text, first.code, first.country, first.sector, first.name, how),
                      person=want_person, group=tuple(found))

    def _position_in(self, head: Token, span: Span, mentions: Mentions) -> _Found | None:
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
        return _Found(Actor(span.text, a.code, a.country, a.sector, None, how))

    def _from_appositions(self, head: Token, mentions: Mentions) -> _Found | None:
        for child in head.rights:
            if child.dep_ == "appos":
                found = (self._owner_relative(child, mentions) or self._position_in(child, noun_phrase(child), mentions)
                         or self._from_span(noun_phrase(child), child, mentions))
                if found is not None:
                    a = found.actor
                    how = f"apposition: '{noun_phrase(child).text}' ({a.how})"
                    return _Found(Actor(noun_phrase(head).text, a.code, a.country, a.sector, a.name, how))
        return None

    def _from_partitive(self, head: Token, mentions: Mentions) -> _Found | None:
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
                        return _Found(Actor(noun_phrase(head).text + " of " + a.text, a.code,
                                            a.country, a.sector, a.name, how))
        return None

    def _named_as(self, head: Token, mentions: Mentions) -> _Found | None:
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
                    return _Found(Actor(noun_phrase(head).text, a.code, a.country, a.sector, a.name, how))
        return None

    def _counterpart(self, head: Token, span: Span, mentions: Mentions) -> _Found | None:
        """ "his Iraqi counterpart": the possessor's office (its sector) in the country the phrase names."""
        if head.lemma_.lower() not in self.words.counterpart_nouns:
            return None
        owner = next((c for c in head.lefts if c.dep_ == "poss"), None)
        of = self._owner(owner, mentions) if owner is not None else None
        parts = self._parts(span, head, mentions)
        if of is None or of.sector is None or not parts.countries or parts.codes[0] == of.country:
            return None
        country = parts.codes[0]
        how = f"counterpart: {of.text}'s office ({of.sector}) in {country}"
        return _Found(_actor(span.text, country + of.sector, None, how), person=True)

    def _owner(self, owner: Token, mentions: Mentions) -> Actor | None:
        """The actor a possessor means: a pronoun's antecedent, or the phrase's own actor."""
        if owner.pos_ == "PRON":
            return self._pronoun(owner, mentions)
        inner = self._from_span(noun_phrase(owner), owner, mentions)
        return inner.actor if inner is not None else None

    def _owner_relative(self, head: Token, mentions: Mentions) -> _Found | None:
        """ "the president's son", "his lawyer", "Putin's critics": a relation of its possessor."""
        if not self._relation(head):
            return None
        owner = next((c for c in head.lefts if c.dep_ == "poss"), None) or _object_of(head, "for", "of")
        of = self._owner(owner, mentions) if owner is not None else None
        return self._relative(head, of) if of is not None and of.country else None

    def _relative(self, head: Token, of: Actor) -> _Found:
        """ "the son of the president", "a lawyer for X": of the actor's country, in the noun's own
        role (a lawyer is JUD), never the actor it is related to."""
        country = str(of.country)
        sector = self.dictionary.role(head.lemma_.lower()) or ""
        how = f"relation: '{head.text}' of {of.text} ({of.code}) is of its country, not {of.code}"
        return _Found(_actor(noun_phrase(head).text, country + sector, None, how))

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
        person = lower in self.words.person_pronouns
        if not person and lower not in self.words.group_pronouns:
            return None
        if not person and self._local_thing(head, mentions):
            return None  # "the talks ended with Trump dropping them": a thing, not an actor
        for m in self._candidates(head, mentions, person):
            if skip is not None and _same_referent(m.actor, skip):
                continue
            if m.person == person and m.agent:
                kind = "person" if person else "state or group"
                kind += " subject" if m.subject and _is_subject(head) else ""
                return replace(m.actor, how=f"pronoun: '{head.text}' is the nearest earlier {kind}, "
                                            f"'{m.actor.text}' ({m.actor.how})")
        return None

    @staticmethod
    def _candidates(head: Token, mentions: Mentions, person: bool) -> Iterator[Mention]:
        """Earlier mentions, nearest first; for a "he" that is a subject, the subjects of this and the
        previous sentence come first ("Trump called Abe, and he criticized China": Trump criticized)."""
        if person and _is_subject(head):
            sent = head.sent
            start = head.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
            yield from (m for m in mentions.before(head.i) if m.subject and m.person and m.start >= start)
        yield from mentions.before(head.i)

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
                or self._relation(head) or lemma in w.counterpart_nouns)

    @staticmethod
    def _nearest_country(head: Token, mentions: Mentions) -> _Found | None:
        """ "the country", "the regime": the state of the nearest earlier mention that has one, not the
        subject of its own clause ("Mexico shipped food to the island" is not about Mexico)."""
        own = _clause_subject(head)
        for m in mentions.before(head.i):
            if m.start == own:
                continue
            c = m.actor.country
            if c and c not in TRANSNATIONAL:
                sector = "GOV" if head.lemma_.lower() == "regime" else ""
                how = f"description: '{head.text}' is the nearest earlier state, {c} ('{m.actor.text}')"
                return _Found(_actor(noun_phrase(head).text, c + sector, None, how))
        return None

    @staticmethod
    def _nearest_org(head: Token, mentions: Mentions) -> _Found | None:
        """ "the group", "the movement": the nearest named organisation (not a country, not a person), not
        one that only places another's description ("the NAM, the largest bloc at the United Nations")."""
        for m in mentions.before(head.i):
            if m.start >= 0 and _in_description(head.doc[m.start]):
                continue
            if not m.person and m.actor.name is not None:
                how = f"description: '{head.text}' is the nearest earlier organisation, {m.actor.name}"
                return _Found(replace(m.actor, how=how))
        return None

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
        for tok in reversed(pronoun.doc[pronoun.sent.start:pronoun.i]):
            if (tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"} and tok.pos_ in {"NOUN", "PROPN"}
                    and (tok.tag_ in {"NNS", "NNPS"}) == plural and tok.ent_type_ not in _TIME_ENTITIES):
                return tok.i not in known
        return False


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


def _is_subject(head: Token) -> bool:
    return head.dep_ in {"nsubj", "nsubjpass"}


def _long_gone(person: Entry, on: date | None) -> bool:
    """A dictionary person who held no office within _PERSON_YEARS of `on`."""
    return on is not None and bool(person.roles) and min(r.distance(on) for r in person.roles) > _PERSON_YEARS * 365


def _subject_span(noun: Token) -> Span | None:
    """The subject phrase of the verb whose object `noun` is ("Jordan's king" in "... urged both sides")."""
    verb = noun.head
    if noun.dep_ == "pobj":
        verb = verb.head
    if noun.dep_ not in {"dobj", "pobj", "dative"} or verb.pos_ not in {"VERB", "AUX"}:
        return None
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subj.doc[subj.left_edge.i:subj.i + 1] if subj is not None else None


def _same_referent(a: Actor, b: Actor) -> bool:
    """Whether two mentions stand for the same actor: one person, or one phrase ("Obama's policy")."""
    if a.name is not None and a.name == b.name:
        return True
    return a.code == b.code and (a.text in b.text or b.text in a.text)


def _phrase(words: list[Token], head: Token) -> str:
    """Words as a lookup key, the head by its lemma ("foreign ministries" -> "foreign ministry")."""
    return " ".join(t.lemma_.lower() if t.i == head.i else t.lower_ for t in words)


def _singulars(word: str) -> list[str]:
    """The word and the singulars a plural may have ("rebels", "militias", "authorities")."""
    out = [word]
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("s"):
        out.append(word[:-1])
    return out


def _object_of(head: Token, *preps: str) -> Token | None:
    """The object of the head's first preposition among `preps` ("the leader of the gang" -> gang)."""
    for c in head.rights:
        if c.dep_ == "prep" and c.lower_ in preps:
            for o in c.children:
                if o.dep_ == "pobj":
                    return o
    return None


def _org_is_head(head: Token) -> bool:
    return head.ent_type_ == "ORG" or head.pos_ == "PROPN"


_TIME_ENTITIES = frozenset({"DATE", "TIME"})  # "announced on Friday it would stop": "it" is not Friday
