"""Persons, organisations, offices and roles (steps 3-6 of ``ActorResolver``): a person by the
office the phrase or the date gives them, an organisation, the holder of an office ("the
president", "Russia's foreign minister") on the article's date, and the sector of a role noun.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span, Token

from newsevents import docmemo
from newsevents.actors.context import Countries
from newsevents.actors.dictionary import Entry, Role, canonical_title
from newsevents.actors.matching import Found, _object_of, _Parts, actor_of_code, noun_phrase
from newsevents.actors.mentions import Mentions
from newsevents.records import Actor

_NOUNS = frozenset({"NOUN", "PROPN"})

# Sectors of a state office: a former holder of one is an elite (ELI), no longer the office.
_OFFICE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
_LEGISLATURE = "LEG"


# Entity types of a place's name: a title after one is a state's ("Sinaloa Governor"), not a firm's.
_PLACE_ENTITIES = frozenset({"GPE", "NORP", "LOC", "FAC"})


def _period(role: Role) -> str:
    return f"{role.code} {role.title or ''} {role.start or '…'}–{role.end or '…'}".replace("  ", " ")



class Offices(Countries):
    """A phrase as a person, an organisation, an office or a role."""

    def _as_person(self, span: Span, parts: _Parts, mentions: Mentions) -> Found | None:
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
        elif _not_yet(person, on) and code[3:6] in _OFFICE_SECTORS and not self._titled(before):
            # "Donald Trump" in 2015, named bare: every office came later; not so "Gen. X", whose title
            # says an office
            code = code[:3] + "ELI"
            how += f"; no office held yet on {on}: ELI"
        elif (_no_longer(person, on) and code[3:6] in _OFFICE_SECTORS and not self._titled(before)
              and not self._tenure(span, parts.person_start)):
            # "Kissinger" in 2016, named bare: every office ended long before; an elite of his country
            # ("President Obama" in 2019 keeps the office his title recalls)
            code = code[:3] + "ELI"
            how += f"; every office ended before {on}: ELI"
        elif (_between_offices(person, on) and code[3:6] in _OFFICE_SECTORS and not self._titled(before)
              and not self._tenure(span, parts.person_start)):
            # "Biden" in 2019, named bare: out of one office and not yet in the next; an elite until then
            code = code[:3] + "ELI"
            how += f"; between offices on {on}: ELI"
        elif code[3:6] in _OFFICE_SECTORS and code[3:6] != _LEGISLATURE and self._seat_title(before):
            # "then-Sen. Barack Obama", "Republican Sen. Chuck Hagel": the title says the seat held then,
            # not the office the dictionary knows the person for
            code = code[:3] + _LEGISLATURE
            how += f"; the title in '{before.text}' names a seat in the legislature: {_LEGISLATURE}"
        actor = actor_of_code(span.text, code, person.name, how)
        surname = family_first(person.name) or (span[-1].lower_ if len(span) > 1 and span[-1].pos_ == "PROPN"
                                                 else None)
        return Found(actor, person=True, surname=surname, replace_surname=True)

    def _tenure(self, span: Span, person_start: int) -> bool:
        """ "the Obama administration": the name stands for the government of its holder's years in office."""
        after = span.doc[person_start:span.end].text.lower()
        return any(after.endswith(" " + noun) for noun in self.words.tenure_nouns)

    def _seat_title(self, before: Span) -> bool:
        """Whether the title nearest a name is a legislator's ("Sen.", "Rep.", "Congressman")."""
        title = next((t for t in reversed(before) if t.pos_ in _NOUNS), None)
        return title is not None and self.dictionary.role(title.lower_.rstrip(".")) == _LEGISLATURE

    def _titled(self, before: Span) -> bool:
        """Whether the words before a name hold a title ("Gen.", "President"), not only "Mr." or "the"."""
        return any(t.pos_ in _NOUNS and t.lower_.rstrip(".") not in self.words.civilities for t in before)

    def _candidate(self, before: Span, role: Role | None, person: Entry, on: date | None) -> bool:
        """ "presidential candidate Joe Biden" in 2019: the words before the name say the person runs
        for an office, they hold none on the article's date, and the office coded begins later."""
        words = set(before.text.lower().split()) | {t.lower_ for t in before}  # "front-runner"; "President-elect"
        if not words & self.words.candidate_markers:
            return False
        return (on is not None and role is not None and role.start is not None and on < role.start
                and not person.active_on(on))

    def _former(self, before: Span, person: Entry, on: date | None) -> bool:
        """ "former President Obama", "ex-minister X": the words before the name say the office is
        past, and the person holds no office on the article's date."""
        if not any(t.lower_ in self.words.former_markers for t in before):
            return False
        return on is None or not any(r.active(on) for r in person.roles)

    def _as_org(self, span: Span, head: Token, parts: _Parts, mentions: Mentions) -> Found | None:
        org = parts.org
        if org is None:
            return None
        if parts.countries and org.code[:3] != parts.codes[0] and not _org_is_head(head):
            return None  # "Syrian army" style: the country's body, not the organisation
        code = org.code_on(mentions.date)  # "the Taliban" govern Afghanistan from 2021
        if code[3:6] in _OFFICE_SECTORS and any(t.lower_ in self.words.former_markers for t in span if t.i < head.i):
            # "former FBI Director James Comey": out of the body's office, an elite of its country
            how = f"organisation: {org.name} ({code}); '{span.text}' says the office is past: ELI"
            return Found(actor_of_code(span.text, code[:3] + "ELI", None, how))
        if code.endswith("PTY") and parts.last_match_end <= head.i and not _org_is_head(head):
            role, role_words = self._role(head, span)
            if role == "LEG":
                # "GOP senators": legislators of the party's country ("GOP leaders" stay the party)
                how = f"role '{role_words}' -> {role}; country {code[:3]}: party {org.name}"
                return Found(actor_of_code(span.text, code[:3] + role, None, how))
        return Found(actor_of_code(span.text, code, org.name, f"organisation: {org.name} ({code})"))

    def _as_role(self, span: Span, head: Token, parts: _Parts, mentions: Mentions) -> Found | None:
        """A role noun and/or a country: the sector from the role, the country from wherever it is said."""
        role, role_words = self._role(head, span)
        if role is None and not parts.capital_sector and head.pos_ == "NOUN":
            owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ in _NOUNS), None)
            if owner is not None and self._role(owner, noun_phrase(owner))[0] is not None:
                return self._from_span(noun_phrase(owner), owner, mentions)  # "the Korean government's decision"
        role = parts.capital_sector or role
        if role in _OFFICE_SECTORS and any(t.lower_ in self.words.future_markers for t in span if t.i < head.i):
            role, role_words = "ELI", f"{role_words} (not held yet)"  # "the likely next prime minister"
        elif role in _OFFICE_SECTORS and any(t.lower_ in self.words.former_markers for t in span if t.i < head.i):
            role, role_words = "ELI", f"{role_words} (held no longer)"  # "the former Texas governor"
        country, where = (parts.countries[0][0], f"named '{parts.countries[0][1]}'") if parts.countries else (None, "")
        if country is None and parts.patrons:
            # "Iranian-backed rebels in Yemen" are Yemen's; the patron's state only where nothing else is said
            country, where = self._country_from_preps(head, mentions)
            if country is None:
                country, where = self._country_of_backed_group(head, parts.patrons[0][0], mentions)
            if country is None:
                country, where = parts.patrons[0][0], f"its patron '{parts.patrons[0][1]}', as it names no other"
        if country is None and parts.ethnic is not None:
            country, where = self._ethnic_country(head, parts.ethnic, parts.kin, mentions)
        if country is None and role is not None and role.lower() in self.words.displaced_sectors:
            return self._displaced(span, head, role, role_words, mentions)
        if country is None and role is not None:
            country, where = self._role_country(head, role_words, mentions)
        if country is None:
            return None
        what = f"role '{role_words}' -> {role}" if role else "country"
        how = f"{what}; country {country}: {where}"
        if parts.capital_sector:
            how = f"capital: '{parts.countries[0][1]}' stands for the government of {country}"
        actor = actor_of_code(span.text, country + (role or ""), None, how)
        group: tuple[Actor, ...] = ()
        if len(set(parts.codes)) > 1 and any(t.dep_ == "cc" for t in span):
            # "U.S. and Russian negotiators": one head, two actors
            group = tuple(actor_of_code(span.text, c + (role or ""), None, how) for c in dict.fromkeys(parts.codes))
        # "Kiev" tagged as a person's name is still the city: the dictionary match covers the head
        named = head.ent_type_ == "PERSON" and head.pos_ == "PROPN" and parts.last_match_end <= head.i
        surname = head.lower_ if named and role is not None else None  # "Judge Alejandro Rivera" ... "Rivera"
        return Found(actor, person=named, surname=surname, group=group)

    def _displaced(self, span: Span, head: Token, role: str, role_words: str, mentions: Mentions) -> Found:
        """ "refugees", "migrants in Libya": people away from home are of the country they come from
        ("migrants from Honduras"), not of where they are nor of the story's; else of their sector alone."""
        country, where = self._country_from_preps(head, mentions, self.words.origin_preps)
        if country is None:
            country, where = self._origin(head, mentions)
        if country is not None:
            how = f"role '{role_words}' -> {role}; country {country}: {where}"
            return Found(actor_of_code(span.text, country + role, None, how))
        how = f"role '{role_words}' -> {role}; no country: the text does not say where they come from"
        return Found(Actor(span.text, role, None, role, None, how))

    def _origin(self, head: Token, mentions: Mentions) -> tuple[str | None, str]:
        """Where the displaced come from when their phrase does not say: the place of what they flee
        ("escaping the war in Somalia"), else a state the sentence names that is not the one of a subject
        before them, which is most often the host ("Jordan would shut its border to refugees if the war in
        Syria spread")."""
        for acl in (c for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in self.words.origin_verbs):
            fled = head.doc[acl.i + 1:acl.right_edge.i + 1]
            for _sub, entries in self._matches(fled):
                if entries[0].kind in {"country", "adjective", "capital", "epithet", "region"}:
                    return entries[0].code[:3], f"'{acl.text} {fled.text}'"
        start = head.sent.start
        hosts = {m.actor.country for m in mentions.before(head.i) if m.start >= start and _subject(head.doc[m.start])}
        named = [c for c in self._sentence_states(head, mentions) if c not in hosts]
        if named:
            return named[0], "a state the sentence names that is not a subject's (the host)"
        return None, ""

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
        if head.tag_ == "JJ" and head.dep_ == "amod" and head.lower_ in self.words.general_adjectives:
            return None, ""  # "national mourning", "a multinational coalition": such an adjective names no one
        words = [t for t in docmemo.span_tokens(span) if t.i <= head.i]
        named = self._surname_head(words)  # "Rep. Peter King", "Mr. Prince": "King" is his name
        for k in range(0 if named else min(3, len(words)), 0, -1):
            sector = self._role_of_words(words[-k:], head)
            if not sector:
                continue
            phrase = _phrase(words[-k:], head)
            if k == 1 and len(words) > 1 and phrase in self.dictionary.part_of:
                # "rebel leaders", "police spokesman": a position takes the sector of the body it leads
                body_words = _hyphenated(words[-2]) or words[-2].lower_  # "Consulate-General spokesperson"
                body = self.dictionary.role(body_words) or (
                    None if " " in body_words else self.dictionary.role(words[-2].lemma_.lower()))
                if body and words[-2].dep_ in {"compound", "amod"}:
                    return body, f"{body_words} {phrase}"
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
                if sector and word in self.words.body_titles and self._unknown_body_before(t, span):
                    return None, ""  # "Stena Bulk President Erik Harnell": the head of a body we cannot name
                if sector:
                    return sector, word
        return None, ""

    def _surname_head(self, words: list[Token]) -> bool:
        """A role word that ends a person's name ("Peter King", "Angus King"): a given name, which is
        no title, stands before it."""
        if len(words) < 2:
            return False
        head, before = words[-1], words[-2]
        given = before.lower_.rstrip(".")
        if head.pos_ == "PROPN" and head.text[:1].isupper() and given in self.words.plain_honorifics:
            # "Mr. Prince", "Mrs. King": an honorific stands before a surname; "Mr. President" addresses an office
            return head.lower_ not in self.words.addressed_titles
        if head.pos_ != "PROPN" or before.pos_ != "PROPN" or not self._tagged_as_name(head, before, words):
            return False
        return (before.text[:1].isupper() and not self._is_title(given)
                and given not in self.words.honorifics and self.dictionary.role(f"{given} {head.lower_}") is None)

    def _tagged_as_name(self, head: Token, before: Token, words: list[Token]) -> bool:
        """Whether the tagger, or the words, make the two last words a name: both tagged a person's, or
        both untagged ("Erik Prince met ...", whose title word loses the tag) where the last is a singular
        title ("Prince", "King"; not "Israel Withdraws Troops") and nothing before them ("the", "former")
        and nothing the dictionary knows makes the first a modifier of a title."""
        if head.ent_type_ == "PERSON" and before.ent_type_ == "PERSON":
            return True
        w = self.words
        return (head.ent_type_ == before.ent_type_ == "" and head.tag_ == "NNP" and head.lower_ in self._title_words
                and not self.dictionary.lookup(before.text)
                and before.lower_ not in w.former_markers | w.future_markers | w.legislature_words
                and not any(t.pos_ == "DET" for t in words))

    def _unknown_body_before(self, title: Token, span: Span) -> bool:
        """A title of a body the dictionary does not know, named just before it ("Stena Bulk President",
        "AFA President"): a name that is no country, no known body, no role and no legislature."""
        before = docmemo.span_tokens(span)[:title.i - span.start]
        names: list[Token] = []
        for t in reversed(before):
            if t.pos_ != "PROPN" or t.dep_ != "compound":
                break
            names.insert(0, t)
        if not names or any(t.ent_type_ in _PLACE_ENTITIES for t in names):
            return False
        text = " ".join(t.text for t in names)
        return not (self.dictionary.lookup(text) or any(self.dictionary.lookup(t.text) or self._is_title(t.lower_)
                                                         or t.lower_ in self.words.legislature_words for t in names))

    def _role_of_words(self, words: list[Token], head: Token) -> str | None:
        lowers = docmemo.lowers(head.doc)
        found = self.dictionary.role(_phrase(words, head)) or self.dictionary.role(" ".join(lowers[t.i] for t in words))
        if found is None and words[-1].i == head.i and head.pos_ == "PROPN" and not head.ent_type_:
            # "Rebels in Fallujah attacked": a capitalised common noun the tagger takes for a name
            stem = " ".join(lowers[t.i] for t in words[:-1])
            found = next((r for w in _singulars(head.lower_)
                          if (r := self.dictionary.role(f"{stem} {w}".strip())) is not None), None)
        return found

    def _office(self, span: Span, head: Token, parts: _Parts, mentions: Mentions) -> Found | None:
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
            return Found(actor_of_code(span.text, code, holder.name, how), person=True,
                         surname=family_first(holder.name))
        return None

    def _title(self, span: Span, head: Token, after: int) -> str | None:
        """The office a phrase names after its country words ("foreign minister"), else None."""
        if head.tag_ not in {"NN", "NNP"} or head.ent_type_ == "PERSON":
            return None
        words = [t for t in docmemo.tokens(span.doc)[after:head.i + 1] if t.dep_ not in {"det", "case", "punct"}]
        if not words or any(t.lower_ in self.words.not_current for t in docmemo.span_tokens(span)):
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


def _not_yet(person: Entry, on: date | None) -> bool:
    """Whether every office the person is known for began after `on`."""
    return (on is not None and bool(person.roles)
            and all(r.start is not None and on < r.start for r in person.roles))


def _between_offices(person: Entry, on: date | None) -> bool:
    """Whether `on` falls after one of the person's offices and before another, holding none."""
    return (on is not None and not person.active_on(on)
            and any(r.end is not None and r.end < on for r in person.roles)
            and any(r.start is not None and on < r.start for r in person.roles))


def _subject(tok: Token) -> bool:
    """Whether a token is a subject or joined to one ("Poland, Hungary and the Czech Republic broke ...")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in {"nsubj", "nsubjpass"}


def _no_longer(person: Entry, on: date | None) -> bool:
    """Whether every office the person is known for ended before `on`."""
    return (on is not None and bool(person.roles)
            and all(r.end is not None and r.end < on for r in person.roles))


def _phrase(words: list[Token], head: Token) -> str:
    """Words as a lookup key, a noun head by its lemma ("foreign ministries" -> "foreign ministry");
    a participle keeps its form ("forced" is no "force")."""
    lemmas, lowers = docmemo.lemmas(head.doc), docmemo.lowers(head.doc)  # asked for every noun: read once
    return " ".join(lemmas[t.i] if t.i == head.i and t.pos_ in _NOUNS else lowers[t.i] for t in words)


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


def _hyphenated(token: Token) -> str | None:
    """ "Consulate-General": the word joined by a hyphen to the one before it, as two words."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 1].whitespace_ == "":
        return f"{doc[token.i - 2].lower_} {token.lower_}"
    return None


def _org_is_head(head: Token) -> bool:
    return head.ent_type_ == "ORG" or head.pos_ == "PROPN"


def family_first(name: str) -> str | None:
    """The family name of a name written family name first, as Korean names are romanised ("Moon Jae-in",
    "Park Geun-hye": a last word joined by a hyphen to a lower-case syllable): later mentions use it alone."""
    words = name.split()
    if len(words) >= 2 and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[-1]):
        return words[0].lower()
    return None
