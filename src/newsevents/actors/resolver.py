"""Noun phrase -> Actor.

A mention is resolved from its parts: a person ("Kim Jong Un", by the article's date),
an organisation ("KCNA"), a country by name, adjective, demonym or capital
("North Korea", "North Korean", "Iraqis", "Pyongyang"), an ethnic group ("Iraqi Kurds")
and a role noun that gives the sector ("officials" -> GOV, "laborers" -> LAB).

What the phrase itself does not say comes from the document (``Mentions``):
- a role with no country ("police", "rebels", "Judge Rivera") takes the country of a
  place it is in ("rebels in Ivory Coast"), else the country the sentence and the
  document are about;
- an office ("the president", "the North Korean leader", "Russia's foreign minister")
  is the person who held it in that country on the article's date;
- pronouns and descriptions ("he", "its", "the country", "the two leaders") take the
  nearest earlier mention that fits; a surname alone takes the full name used before.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from newsevents.actors.dictionary import ActorDictionary, Entry, canonical_title
from newsevents.actors.mentions import TRANSNATIONAL, Mention, Mentions
from newsevents.records import Actor

__all__ = ["ActorResolver", "Mention", "Mentions", "noun_phrase"]

# Dependents that belong to a noun phrase's name ("North Korean leader Kim Jong Un").
_NP_LEFT_DEPS = frozenset({"compound", "amod", "poss", "nmod", "det", "nummod", "quantmod", "case", "npadvmod"})
# Role nouns reached through these prepositions take the country of their object
# ("the president of Armenia", "rebels in Ivory Coast", "officials from Iran").
_COUNTRY_PREPS = frozenset({"of", "in", "from"})
# A place named with these anywhere in the sentence says where its role nouns are ("in Sivas").
_LOCATIVE_PREPS = frozenset({"in", "inside", "across", "throughout", "near"})
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
_GROUP_PRONOUNS = frozenset({"it", "its", "they", "them", "their", "itself", "themselves"})
_SELF_PRONOUNS = frozenset({"himself", "herself", "itself", "themselves"})
_COUNTRY_DESCRIPTIONS = frozenset({"country", "nation", "state", "regime", "kingdom", "republic"})
_ORG_DESCRIPTIONS = frozenset({"group", "organization", "organisation", "movement", "militia", "agency",
                               "alliance", "bloc", "faction", "outfit", "network", "body"})
# "the two leaders", "both sides": plural descriptions of the last two actors of a kind.
_PAIR_PERSON_NOUNS = frozenset({"leader", "president", "man", "head", "minister", "premier", "statesman"})
_PAIR_PARTY_NOUNS = frozenset({"country", "nation", "side", "government", "state", "neighbour", "neighbor",
                               "party", "capital", "power", "rival", "ally", "foe", "adversary"})
# Modifiers that say the office is not (or no longer) held: no holder is looked up.
_NOT_CURRENT = frozenset({"former", "ex", "late", "then", "previous", "outgoing", "future", "next", "new",
                          "incoming", "elected", "deputy", "vice", "acting", "interim", "self", "would-be"})
_COUNTRY_KINDS = frozenset({"country", "adjective", "capital", "region", "demonym"})


# A person named in a story more than this many years from any office they held is not
# taken to be them (a namesake, or an acronym of something else).
_PERSON_YEARS = 10


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
            actor = self._pronoun(head, mentions)
            if actor is not None:
                mentions.add(head.i, actor, lower in _PERSON_PRONOUNS)
            return actor
        span = noun_phrase(head)
        person = False
        actor = self._pair(head, span, mentions)
        if actor is None:
            actor = self._position_in(head, span, mentions)
        if actor is None:
            actor, person = self._from_span(span, head, mentions)
        if actor is None:
            actor = self._from_appositions(head, mentions)
        if actor is None and head.pos_ == "NOUN":
            actor = self._from_partitive(head, mentions)
        if actor is None and _definite(head) and head.tag_ == "NN":
            lemma = head.lemma_.lower()
            if lemma in _COUNTRY_DESCRIPTIONS:
                actor = self._nearest_country(head, mentions)
            elif lemma in _ORG_DESCRIPTIONS:
                actor = self._nearest_org(head.i, mentions)
        if actor is not None:
            named = head.pos_ == "PROPN" and head.ent_type_ == "PERSON"
            if named and len(span) > 1:
                mentions.by_surname.setdefault(head.lower_, actor)  # "Frantz Exantus, Haiti's ..." ... "Exantus"
            mentions.add(head.i, actor, person or named or self._is_person(actor, head),
                         agent=self._is_agent(actor, head))
        return actor

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
        for sub, entries in self._matches(span.doc[span.start:token.i]):
            for e in entries:
                if e.kind in _COUNTRY_KINDS:
                    found.append((sub[-1], Actor(sub.text, e.code[:3], e.code[:3], None, None)))
                    break
        return found

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
            hit = None
            if self.dictionary.may_start(words[i][0]):
                # the candidate phrases starting here, longest first, built from the token texts
                phrases, text = [], ""
                for word, space in words[i:i + longest]:
                    text += word
                    phrases.append(text)
                    text += space
                for k in range(len(phrases), 0, -1):
                    entries = self.dictionary.lookup(phrases[k - 1])
                    if entries:
                        hit = (doc[span.start + i:span.start + i + k], entries)
                        break
            if hit:
                out.append(hit)
                i += len(hit[0])
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

    # -- one noun phrase ----------------------------------------------------------------------------

    def _from_span(self, span: Span, head: Token, mentions: Mentions) -> tuple[Actor | None, bool]:
        """The actor a noun phrase names, and whether it is a person."""
        on = mentions.date
        countries: list[str] = []
        sector = None
        person: Entry | None = None
        org: Entry | None = None
        ethnic: Entry | None = None
        kin: str | None = None  # the kin state of "ethnic Albanians": the one it is not coded as
        name_like = head.ent_type_ == "PERSON"
        ethnic_marked = any(t.lower_ == "ethnic" for t in span)
        last_match_end = span.start
        person_start = span.start
        for sub, entries in self._matches(span):
            e = self._pick(entries, on)
            last_match_end = max(last_match_end, sub.end)
            if e.kind == "person":
                if on is not None and e.roles and min(r.distance(on) for r in e.roles) > _PERSON_YEARS * 365:
                    continue  # "AKK" in a 2000 story is not the German minister of 2018
                person, person_start = e, sub.start
            elif e.kind == "org":
                org = e
            elif e.kind == "ethnic" or (ethnic_marked and e.kind in {"demonym", "adjective"}):
                if name_like:
                    continue  # "Karen Bass" is a person, not the Karen people
                ethnic = e
                kin = e.code[:3] if e.kind != "ethnic" else None
            elif e.kind == "capital" and sub.end == span.end:
                countries.append(e.code[:3])
                sector = e.code[3:] or "GOV"
            else:
                countries.append(e.code[:3])
                if e.kind == "demonym" and sub.end == head.i + 1:
                    home = self._people_of(head, mentions)
                    if home is not None:  # "the Albanians of southern Serbia" live in Serbia
                        countries[-1] = home
        if person is None and org is None and head.pos_ == "PROPN" and not countries:
            known = mentions.by_surname.get(head.lower_)  # the parser does not always tag a lone surname
            if known is not None:
                return Actor(span.text, known.code, known.country, known.sector, known.name), True
        if person is not None:
            code = self._person_code(person, span.doc[span.start:person_start], on,
                                     [*countries, *([org.code] if org else [])])
            actor = Actor(span.text, code, code[:3], code[3:] or None, person.name)
            if len(span) > 1 and span[-1].pos_ == "PROPN":
                mentions.by_surname[span[-1].lower_] = actor
            return actor, True
        if org is not None and (not countries or org.code[:3] == countries[0] or _org_is_head(head)):
            code = org.code_on(on)  # "the Taliban" govern Afghanistan from 2021
            return Actor(span.text, code, code[:3], code[3:] or None, org.name), False
        office = self._office(span, head, countries, last_match_end, mentions)
        if office is not None:
            return office, True
        role = sector or self._role(head, span)
        country = countries[0] if countries else None
        if country is None and ethnic is not None:
            country = self._ethnic_country(head, ethnic, kin, mentions)
        if country is None and role is not None:
            country = self._country_from_preps(head, mentions)
            if country is None and head.lemma_.lower() not in self.dictionary.needs_country:
                found = self._context_countries(head, mentions)
                country = found[0] if found else None
        if country is None:
            return None, False
        actor = Actor(span.text, country + (role or ""), country, role, None)
        if len(set(countries)) > 1 and any(t.dep_ == "cc" for t in span):
            # "U.S. and Russian negotiators": one head, two actors
            mentions.groups[head.i] = [Actor(span.text, c + (role or ""), c, role, None)
                                       for c in dict.fromkeys(countries)]
        if name_like and head.pos_ == "PROPN" and role is not None:
            mentions.by_surname[head.lower_] = actor  # "Judge Alejandro Rivera" ... "Rivera"
        return actor, name_like and head.pos_ == "PROPN"

    def _people_of(self, head: Token, mentions: Mentions) -> str | None:
        """The country in "the Kurds of Iraq": a people named with where they live."""
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        actor, _ = self._from_span(noun_phrase(obj), obj, mentions)
                        if actor is not None and actor.country and not actor.sector:
                            return actor.country
        return None

    def _role(self, head: Token, span: Span) -> str | None:
        """The sector named by the head noun, trying the longest compound first ("foreign ministry");
        else by a title or role word before it ("army bulldozers", "Judge Alejandro Rivera")."""
        words = [t for t in span if t.i <= head.i]
        for k in range(min(3, len(words)), 0, -1):
            phrase = " ".join(t.lemma_.lower() if t.i == head.i else t.lower_ for t in words[-k:])
            sector = self.dictionary.role(phrase) or self.dictionary.role(" ".join(t.lower_ for t in words[-k:]))
            if sector and k == 1 and len(words) > 1 and phrase in self.dictionary.part_of:
                # "rebel leaders", "police spokesman": a position takes the sector of the body it leads
                body = self.dictionary.role(words[-2].lower_) or self.dictionary.role(words[-2].lemma_.lower())
                if body and words[-2].dep_ in {"compound", "amod"}:
                    return body
            if sector:
                return sector
        for t in reversed(words[:-1]):
            if t.dep_ == "compound" or (t.pos_ == "PROPN" and head.ent_type_ == "PERSON"):
                sector = self.dictionary.role(t.lower_.rstrip(".")) or self.dictionary.role(t.lemma_.lower())
                if sector:
                    return sector
        return None

    def _office(self, span: Span, head: Token, countries: list[str], after: int,
                mentions: Mentions) -> Actor | None:
        """ "the president", "the North Korean leader", "Russia's foreign minister": who held it then."""
        if head.tag_ not in {"NN", "NNP"} or head.ent_type_ == "PERSON":
            return None
        words = [t for t in span.doc[after:head.i + 1] if t.dep_ not in {"det", "case", "punct"}]
        if not words or any(t.lower_ in _NOT_CURRENT for t in span):
            return None
        title = None
        for k in range(len(words)):
            phrase = " ".join([*(t.lower_ for t in words[k:-1]), head.lemma_.lower()])
            if canonical_title(phrase) in self.dictionary.titles or canonical_title(phrase) == "leader":
                title = phrase
                break
        if title is None or any(t.dep_ == "poss" and t.pos_ == "PRON" for t in head.lefts):
            return None
        candidates = countries[:1]
        of_what = _object_of(head, "of")
        if not candidates and of_what is not None:
            # "the president of Armenia"; but "the leader of the gang" is not the country's leader
            state = self._state_named(of_what)
            if state is None:
                return None
            candidates = [state]
        if not candidates:
            prep = self._country_from_preps(head, mentions)
            candidates = [prep] if prep else []
        if not candidates:
            if not _definite(head):
                return None
            last = mentions.last_person_country(head.i)
            candidates = [*([last] if last else []), *self._context_countries(head, mentions)]
        for country in dict.fromkeys(candidates):
            holder = self.dictionary.holder(country, title, mentions.date)
            if holder is not None:
                code = holder.code_on(mentions.date)
                return Actor(span.text, code, code[:3], code[3:] or None, holder.name)
        return None

    def _position_in(self, head: Token, span: Span, mentions: Mentions) -> Actor | None:
        """ "the leader of the Village de Dieu gang", "a spokesman for the Taliban": the body's code."""
        if head.lemma_.lower() not in self.dictionary.part_of and head.lower_ not in self.dictionary.part_of:
            return None
        body = _object_of(head, "of", "for")
        if body is None or self._state_named(body) is not None:
            return None  # "the president of Armenia" is the state's office
        inner, _ = self._from_span(noun_phrase(body), body, mentions)
        if inner is None:
            return None
        return Actor(span.text, inner.code, inner.country, inner.sector, None)

    @staticmethod
    def _person_code(person: Entry, before: Span, on: date | None, named: list[str]) -> str:
        """A person's code: the office the phrase names ("President Laurent Gbagbo", "U.N. mediator
        Diego Cordovez") when it names one, else the office held on the article's date."""
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
            return person.code_on(on)
        if on is None:
            return fits[-1].code
        return min(fits, key=lambda r: r.distance(on)).code

    def _state_named(self, token: Token) -> str | None:
        """The state a noun phrase names outright ("Armenia", "the Kremlin"), else None."""
        for _, entries in self._matches(noun_phrase(token)):
            if entries[0].kind in _COUNTRY_KINDS:
                return entries[0].code[:3]
        return None

    def _ethnic_country(self, head: Token, group: Entry, kin: str | None, mentions: Mentions) -> str | None:
        """Where a group lives: "Kurds in Syria", else the country the text is about, else its home."""
        place = self._country_from_preps(head, mentions)
        if place is not None:
            return place
        home = group.code[:3] or None
        if kin is None and home is not None:
            return home
        found = self._context_countries(head, mentions, exclude=frozenset({kin}) if kin else frozenset())
        return found[0] if found else (home or kin)

    def _country_from_preps(self, head: Token, mentions: Mentions) -> str | None:
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in _COUNTRY_PREPS:
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        sub, _ = self._from_span(noun_phrase(obj), obj, mentions)
                        if sub is not None and sub.country not in TRANSNATIONAL:
                            return sub.country
        return None

    def _context_countries(self, head: Token, mentions: Mentions,
                           exclude: frozenset[str] = frozenset()) -> list[str]:
        """Countries a bare role may belong to, best first: a place the sentence is set in, then
        the states the sentence and the document are about."""
        sent = head.sent
        named = mentions.sentence_countries.get(sent.start)
        if named is None:
            named = self._sentence_countries(sent, mentions.date)
            mentions.sentence_countries[sent.start] = named
        places = []
        for tok in sent:
            if tok.dep_ == "pobj" and tok.head.lower_ in _LOCATIVE_PREPS and tok.pos_ == "PROPN":
                for _, entries in self._matches(noun_phrase(tok)):
                    e = entries[0]
                    if e.kind in {"country", "capital", "region"} and e.code[:3] not in exclude:
                        places.append(e.code[:3])
        return list(dict.fromkeys([*places, *mentions.main_countries(named, exclude)]))

    def _sentence_countries(self, sent: Span, on: date | None) -> list[str]:
        out = []
        for _, entries in self._matches(sent):
            e = self._pick(entries, on)
            if e.kind in _COUNTRY_KINDS or e.kind == "person" or (e.kind == "org" and e.code[:3] not in TRANSNATIONAL):
                code = e.code_on(on)[:3]
                if code and code not in TRANSNATIONAL:
                    out.append(code)
        return out

    # -- descriptions and coreference ---------------------------------------------------------------

    def _pair(self, head: Token, span: Span, mentions: Mentions) -> Actor | None:
        """ "the two leaders", "both countries": the last two actors of that kind, both kept as a group."""
        if head.tag_ != "NNS" or not any(t.lower_ in {"two", "both"} for t in span):
            return None
        lemma = head.lemma_.lower()
        if lemma in _PAIR_PERSON_NOUNS:
            want_person = True
        elif lemma in _PAIR_PARTY_NOUNS:
            want_person = False
        else:
            return None
        if any(m[1] for m in self._matches(span)):
            return None  # "the two Koreas", "both Russian leaders" name their members
        found: list[Actor] = []
        for m in mentions.before(span.start):
            if m.person != want_person or (m.actor.country in TRANSNATIONAL and not want_person):
                continue
            key = m.actor.name if want_person else m.actor.country
            if all((a.name if want_person else a.country) != key for a in found):
                found.append(m.actor if want_person else Actor(span.text, str(m.actor.country),
                                                                m.actor.country, None, None))
            if len(found) == 2:
                break
        if len(found) < 2:
            return None
        found.reverse()  # in the order the text named them
        mentions.groups[head.i] = found
        first = found[0]
        return Actor(span.text, first.code, first.country, first.sector, first.name)

    def _from_appositions(self, head: Token, mentions: Mentions) -> Actor | None:
        for child in head.rights:
            if child.dep_ == "appos":
                actor = self._position_in(child, noun_phrase(child), mentions)
                if actor is None:
                    actor, _ = self._from_span(noun_phrase(child), child, mentions)
                if actor is not None:
                    return Actor(noun_phrase(head).text, actor.code, actor.country, actor.sector, actor.name)
        return None

    def _from_partitive(self, head: Token, mentions: Mentions) -> Actor | None:
        """ "a convoy of Syrian soldiers", "thousands of Iraqi Kurds", "supporters of Ben Bella":
        a noun that is no actor itself stands for the actor it is of."""
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.pos_ in {"NOUN", "PROPN"}:
                        actor, _ = self._from_span(noun_phrase(obj), obj, mentions)
                        if actor is not None:
                            return Actor(noun_phrase(head).text + " of " + actor.text, actor.code,
                                         actor.country, actor.sector, actor.name)
        return None

    def _pronoun(self, head: Token, mentions: Mentions) -> Actor | None:
        lower = head.lower_
        if lower in _PERSON_PRONOUNS:
            return self._nearest(head.i, mentions, person=True)
        if lower in _GROUP_PRONOUNS:
            if _local_thing(head, mentions):
                return None  # "the talks ended with Trump dropping them": a thing, not an actor
            return self._nearest(head.i, mentions, person=False)
        return None

    @staticmethod
    def _nearest(i: int, mentions: Mentions, *, person: bool) -> Actor | None:
        for m in mentions.before(i):
            if m.person == person and m.agent:
                return m.actor
        return None

    def _is_agent(self, actor: Actor, head: Token) -> bool:
        """Whether the phrase names someone who can act, not a thing that only carries a country:
        a name, a role ("officials"), an organisation, or a description of a state or group."""
        if head.dep_ == "compound" and head.head.pos_ == "NOUN" and self.dictionary.role(head.head.lemma_) is None:
            return False  # "Ukraine" in "a Ukraine ceasefire deal" names what the deal is about
        if head.pos_ != "NOUN" or actor.sector is not None:
            return True
        lemma = head.lemma_.lower()
        return (self.dictionary.role(lemma) is not None or bool(self.dictionary.lookup(head.text))
                or lemma in _COUNTRY_DESCRIPTIONS or lemma in _ORG_DESCRIPTIONS or lemma in _PAIR_PARTY_NOUNS)

    @staticmethod
    def _nearest_country(head: Token, mentions: Mentions) -> Actor | None:
        """ "the country", "the regime": the state of the nearest earlier mention that has one."""
        for m in mentions.before(head.i):
            c = m.actor.country
            if c and c not in TRANSNATIONAL:
                sector = "GOV" if head.lemma_.lower() == "regime" else None
                return Actor(noun_phrase(head).text, c + (sector or ""), c, sector, None)
        return None

    @staticmethod
    def _nearest_org(i: int, mentions: Mentions) -> Actor | None:
        """ "the group", "the movement": the nearest named organisation (not a country, not a person)."""
        for m in mentions.before(i):
            if not m.person and m.actor.name is not None:
                return m.actor
        return None

    @staticmethod
    def _is_person(actor: Actor, head: Token) -> bool:
        return actor.name is not None and head.ent_type_ in {"PERSON", ""} and head.pos_ == "PROPN"


def _object_of(head: Token, *preps: str) -> Token | None:
    """The object of the head's first preposition among `preps` ("the leader of the gang" -> gang)."""
    for c in head.rights:
        if c.dep_ == "prep" and c.lower_ in preps:
            for o in c.children:
                if o.dep_ == "pobj":
                    return o
    return None


def _definite(head: Token) -> bool:
    return any(t.lower_ in {"the", "this", "that"} for t in head.lefts)


def _org_is_head(head: Token) -> bool:
    return head.ent_type_ == "ORG" or head.pos_ == "PROPN"


_TIME_ENTITIES = frozenset({"DATE", "TIME"})  # "announced on Friday it would stop": "it" is not Friday


def _local_thing(pronoun: Token, mentions: Mentions) -> bool:
    """Whether the nearest earlier noun of the same sentence that the pronoun could mean is no actor."""
    plural = pronoun.lower_ in {"they", "them", "their", "themselves"}
    known = {m.start for m in mentions.items}
    for tok in reversed(pronoun.doc[pronoun.sent.start:pronoun.i]):
        if (tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"} and tok.pos_ in {"NOUN", "PROPN"}
                and (tok.tag_ in {"NNS", "NNPS"}) == plural and tok.ent_type_ not in _TIME_ENTITIES):
            return tok.i not in known
    return False
