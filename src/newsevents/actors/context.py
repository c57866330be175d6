"""Where a role is: the country of a phrase that names none ("rebels in Ivory Coast", "her
government", "Iraqi protesters and militias"), from the phrase's own words, a place it is in,
the phrase it is joined to, a place the sentence is set in, the dateline, or the country the
document is about.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from spacy.tokens import Span, Token

from newsevents import docmemo
from newsevents.actors import names
from newsevents.actors.dictionary import Entry
from newsevents.actors.matching import (
    _COUNTRY_KINDS,
    Matcher,
    _long_gone,
    _object_of,
    noun_phrase,
)
from newsevents.actors.mentions import CONTEXT_REASON, DATELINE_REASON, GUESSES, TRANSNATIONAL, Mentions
from newsevents.records import GOVERNMENT_SECTOR

# The sector of armed non-state groups, whose country a story says once and then leaves out.
_REBELS = "REB"
# The sector of a state's armed forces ("the military" after "Myanmar's army").
_ARMED_FORCES = "MIL"
# The sectors of a state's own bodies, which rebels paired with them fight in that state.
_STATE_BODIES = frozenset({GOVERNMENT_SECTOR, _ARMED_FORCES, "COP"})
# How an actor's explanation opens the reason for a country taken from a place its sentence names.
SENTENCE_PLACE_REASON = "a place in the sentence ("
# ... or from the text around it, a place its sentence names included (the event's side is not known from it).
TEXT_GUESSES = (*GUESSES, SENTENCE_PLACE_REASON)
_PAIRED = "the state body it is paired with"
# How an actor says its country was named: in its phrase, as an organisation, or where it is. Not a seat of
# government ("Beijing said"): a story names those in passing, so "the government" after one is not its.
_NAMINGS = ("named '", "organisation: ", ": 'in ", ": 'from ", _PAIRED)

# The civil bodies of a state that a story filed from there names bare: its government and legislature.
_CIVIL_BODIES = frozenset({GOVERNMENT_SECTOR, "LEG"})

# The places of a bare role in its clause whose other party's state is not the role's: subject and objects.
_PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})
# What names a state as a party by itself ("the United States", "Beijing", "Putin"), not as a modifier.
_STATE_KINDS = frozenset({"country", "capital", "person"})
# The sectors of a state's own bodies, which a bare role of the same clause's other state never is.
_STATE_BODY_SECTORS = frozenset({GOVERNMENT_SECTOR, _ARMED_FORCES, "COP", "JUD", "LEG", "SPY"})

# The words of a description set beside a name, without its clauses ("a spy chief and adviser to X").
_DESCRIPTION_DEPS = frozenset({"conj", "prep", "pobj", "poss", "compound", "amod"})


class Countries(Matcher):
    """The country of a role, from its phrase's surroundings."""

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
        if country is None:
            country, where = self._country_of_opponent(head)
        if country is None:
            country, where = self._country_of_allegiance(head)
        if country is not None or self._needs_country(head, role_words):
            return country, where
        sector = self.dictionary.role(role_words) or self.dictionary.role(head.lemma_.lower())
        # where the text names no state but the other party's, the guess stays (the event is kept)
        others = self._other_party_states(head, sector, mentions)
        found = (self._context_countries(head, mentions, exclude=others, sector=sector)
                 or self._context_countries(head, mentions, sector=sector))
        if found and guessed_country(found[0][1]):  # a place the sentence is set in says more than earlier groups
            country, where = self._country_of_earlier_rebels(head, mentions)
            if country is None:
                country, where = self._country_of_earlier_forces(head, mentions)
            if country is not None and country not in others:  # not "Chinese envoys ... Officials accused China"
                return country, where
        if head.lemma_.lower() in self.words.recurring_bodies:
            country, where = self._country_of_earlier_body(head, mentions)
            if country is not None:
                return country, where
        return found[0] if found else (None, "")

    def _other_party_states(self, head: Token, sector: str | None, mentions: Mentions) -> frozenset[str]:
        """ "The minister criticized the United States", "the army was attacked by India": the states its own
        clause sets against a bare state body (a state, its capital, a leader, "the Pakistani government")
        are not the body's; "police arrested two Americans" names people, not a state, and excludes nothing.
        Police and courts act on their own state's people and officials ("the judge investigated Chilean
        officials"): only a state named as such counts for them. Other roles (the opposition, protesters,
        rebels) mostly act against their own state."""
        verb = head.head
        if sector not in _STATE_BODY_SECTORS or head.dep_ not in _PARTY_DEPS or verb.pos_ not in {"VERB", "AUX"}:
            return frozenset()
        kinds = _STATE_KINDS if sector in {GOVERNMENT_SECTOR, _ARMED_FORCES} else _STATE_KINDS - {"person"}
        others = [c for c in verb.children if c.dep_ in _PARTY_DEPS and c.i != head.i]
        for prep in verb.children:
            if prep.dep_ == "agent" or (prep.dep_ == "prep" and prep.lower_ not in self.words.locative_preps):
                others.extend(o for o in prep.children if o.dep_ == "pobj")
        states: set[str] = set()
        for other in (t for o in others for t in (o, *o.conjuncts)):
            states.update(self._state_named_by(other, kinds, sector, mentions))
        return frozenset(states)

    def _bodies_of(self, sector: str | None) -> frozenset[str]:
        """The bodies of the same sector as a bare role's, whose state named with them is the other party's ("the
        minister criticized the Pakistani government"); not another sector's ("Egypt's military toppled the
        president": a state's army and government may stand against each other)."""
        if sector == GOVERNMENT_SECTOR:
            return self.words.government_bodies
        return self.words.armed_bodies if sector == _ARMED_FORCES else frozenset()

    def _state_named_by(self, tok: Token, kinds: frozenset[str], sector: str | None,
                        mentions: Mentions) -> list[str]:
        """The states a noun phrase names as a party: a state or its capital, a person in an office of the
        role's own sector, or a body of that sector ("the Pakistani government")."""
        body = tok.lemma_.lower() in self._bodies_of(sector)
        out = []
        for sub, entries in self._matches(noun_phrase(tok)):
            e = self._pick(entries, mentions.date)
            if e.kind == "person" and e.code_on(mentions.date)[3:6] != sector:
                continue  # "the army toppled President Morsi", "the government detained an opposition leader"
            is_head = sub.start <= tok.i < sub.end  # "the United States", not "U.S. Solicitor General X"
            if self._patron(sub) is None and ((is_head and e.kind in kinds) or (body and e.kind in _COUNTRY_KINDS)):
                out.append(e.code_on(mentions.date)[:3])
        return [c for c in out if c and c not in TRANSNATIONAL]

    def _names_a_body(self, tok: Token) -> bool:
        """ "at the U.S. embassy", "near the Iraqi army base": a common noun the dictionary reads as a
        role names a body, and the state before it is whose body it is, not where the sentence is set."""
        return tok.tag_ == "NN" and self.dictionary.role(tok.lemma_.lower()) is not None

    def _country_of_earlier_forces(self, head: Token, mentions: Mentions) -> tuple[str | None, str]:
        """ "Myanmar's army attacked villages ... The military also burned homes", "Peru's government ...
        Officials also accused Bolivia": a state's armed force or government named bare, whose country the
        dateline or the story would only guess, is the one the story named before with its state."""
        lemma = head.lemma_.lower()
        if any(t.dep_ != "det" for t in head.lefts):
            return None, ""
        if lemma in self.words.armed_bodies:
            return _earlier_named(head, mentions, _ARMED_FORCES, "the armed force named before")
        if lemma in self.words.government_bodies:
            return _earlier_named(head, mentions, GOVERNMENT_SECTOR, "the government named before")
        return None, ""

    def _country_of_earlier_body(self, head: Token, mentions: Mentions) -> tuple[str | None, str]:
        """ "the Trump administration ... The administration is considering sanctions on Venezuela": a body a
        story named with its country and then names bare is that one, not of the state the sentence acts on;
        so is a title ("Foreign Minister Wang Yi ... the minister")."""
        lemma = head.lemma_.lower()
        if not any(c.dep_ == "det" and c.lower_ in self.words.definite_determiners for c in head.children):
            return None, ""  # not "every foreign minister who has asked me"
        for m in mentions.before(head.i):
            named = 0 <= m.start < len(head.doc) and head.doc[m.start].lemma_.lower() == lemma
            if (named or lemma in _words(m.actor.text)) and m.actor.country and not guessed_country(m.actor.how):
                return m.actor.country, f"the {lemma} named before ('{m.actor.text}')"
        return None, ""

    def _country_of_opponent(self, head: Token) -> tuple[str | None, str]:
        """ "clashes between separatists and the Ukrainian government": rebels paired with a state's
        own body fight in that state."""
        if self.dictionary.role(head.lemma_.lower()) != _REBELS:
            return None, ""
        for other in head.conjuncts:
            if self.dictionary.role(other.lemma_.lower()) in _STATE_BODIES:
                for sub, entries in self._matches(noun_phrase(other)):
                    if (entries[0].kind == "adjective" or entries[0].names_state()) and self._patron(sub) is None:
                        return entries[0].code[:3], f"{_PAIRED} ('{noun_phrase(other).text}')"
        return None, ""

    def _country_of_backed_group(self, head: Token, patron: str, mentions: Mentions) -> tuple[str | None, str]:
        """ "Iranian-backed militias attacked a base in Iraq": an armed group a patron backs fights where the
        sentence is set, else it is the armed group the story named before with its state; its patron's
        state only where neither is said (a state's own forces, "Saudi-led forces", stay the patron's)."""
        if self.dictionary.role(head.lemma_.lower()) != _REBELS:
            return None, ""
        for code, words in self._places_of(head, mentions):
            if code != patron:
                return code, f"{SENTENCE_PLACE_REASON}'{words}'), not its patron's"
        country, where = self._country_of_earlier_rebels(head, mentions)
        if country is not None:
            return country, where
        # "Russian-backed separatists attacked the town, Ukraine's army said": the state its sentence names, other
        # than the patron's, is where the group fights (not a dateline's: "WASHINGTON - Iranian-backed militias")
        named = [c for c in self._sentence_states(head, mentions) if c != patron]
        return (named[0], "the state the sentence names, not its patron's") if named else (None, "")

    def _country_of_allegiance(self, head: Token) -> tuple[str | None, str]:
        """ "pro-Russian fighters", "pro-Iranian militias": an armed group whose phrase names only the
        side it is for belongs to that side (RUSREB), not to the place the story is about."""
        if self.dictionary.role(head.lemma_.lower()) != _REBELS:
            return None, ""
        doc = head.doc
        for sub, entries in self._matches(noun_phrase(head)):
            prefix = doc[sub.start - 2] if sub.start >= 2 and doc[sub.start - 1].text == "-" else None
            if (prefix is not None and prefix.lower_ in self.words.allegiance_prefixes
                    and entries[0].kind in {"adjective", "country", "capital", "epithet"}):
                return entries[0].code[:3], f"named '{prefix.text}-{sub.text}': the side it fights on"
        return None, ""

    def _country_of_earlier_rebels(self, head: Token, mentions: Mentions) -> tuple[str | None, str]:
        """ "pro-Russian separatists in Ukraine ... the separatists": a story's armed groups are the ones
        it named with their country, so a bare rebel role takes the last such group's country."""
        if self.dictionary.role(head.lemma_.lower()) != _REBELS:
            return None, ""
        return _earlier_named(head, mentions, _REBELS, "the armed group named before")

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
        lives_in = self.dictionary.ethnic_states.get(group.name.lower())
        if lives_in is not None:  # "the Kurds" in a story about U.S. troops in Syria are not American
            others = self._other_party_states(head, GOVERNMENT_SECTOR, mentions)
            found = [f for f in found if f[0] in lives_in and f[0] not in others]
        if found:
            return found[0]
        return (home or kin), f"the home of the {group.name}"

    def _country_from_preps(self, head: Token, mentions: Mentions,
                            preps: frozenset[str] | None = None) -> tuple[str | None, str]:
        """ "rebels in Ivory Coast", "officials from Iran": the state of the prepositional object."""
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in (preps or self.words.country_preps):
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
                if (entries[0].kind == "adjective" or entries[0].names_state()) and self._patron(sub) is None:
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
            if (entries[0].kind == "adjective" or entries[0].names_state()) and self._patron(sub) is None:
                return entries[0].code[:3], f"the phrase it is joined to ('{noun_phrase(first).text}')"
        return None, ""

    def _context_countries(self, head: Token, mentions: Mentions, exclude: frozenset[str] = frozenset(),
                           sector: str | None = None) -> list[tuple[str, str]]:
        """Countries a bare role may belong to, best first: a place the sentence is set in, the dateline,
        then the states the sentence and the document are about. The dateline is where the story was filed:
        it comes first unless the story has so far named another state more than twice as often as the
        dateline's ("WASHINGTON (AP) — Yemen's army ... the army" is Yemen's; "SEOUL (AP) — An aide met the U.S.
        ambassador": the aide is the dateline's, as the story named no state before). ``sector``: the role's;
        police, courts and attackers (``local_sectors``) are always of the dateline's state."""
        named = self._sentence_states(head, mentions)
        found: dict[str, str] = {}
        for code, words in self._places_of(head, mentions):
            if code not in exclude:
                found.setdefault(code, f"{SENTENCE_PLACE_REASON}'{words}')")
        line = mentions.dateline_country
        ranked = mentions.main_countries(named, exclude)
        local = (sector or "").lower() in self.words.local_sectors
        if line and line not in exclude and (local or line in named or _dateline_named(head, mentions, line)
                                             or _dateline_government_named(mentions, line, sector, head.i)):
            found.setdefault(line, f"{DATELINE_REASON}'{mentions.dateline_text}')")
        for c in ranked:
            found.setdefault(c, CONTEXT_REASON)
        if line and line not in exclude:
            found.setdefault(line, f"{DATELINE_REASON}'{mentions.dateline_text}')")
        return list(found.items())

    def _places_of(self, head: Token, mentions: Mentions) -> list[tuple[str, str]]:
        """The places the head's sentence is set in, computed once per sentence."""
        sent = docmemo.sentence(head)
        places = mentions.sentence_places.get(sent.start)
        if places is None:
            places = mentions.sentence_places[sent.start] = self._sentence_places(sent)
        return places

    def _sentence_places(self, sent: Span) -> list[tuple[str, str]]:
        """The states of the places a sentence is set in ("in Kabul", "at the border with Syria"), in order."""
        return [(entries[0].code[:3], sub.text) for tok in docmemo.span_tokens(sent)
                if tok.dep_ == "pobj" and tok.head.lower_ in self.words.locative_preps and _proper(tok)
                and not self._names_a_body(tok)
                for sub, entries in self._matches(noun_phrase(tok))
                if entries[0].kind in {"country", "capital", "epithet", "region"}]

    def _sentence_states(self, head: Token, mentions: Mentions) -> list[str]:
        sent = docmemo.sentence(head)
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


def _words(text: str) -> set[str]:
    """The lower-case words of an actor's text, for a title it holds ("Foreign Minister Wang Yi": minister)."""
    return {w.strip(".,'’").lower() for w in text.split()}


def _proper(tok: Token) -> bool:
    """A proper name, or a common noun a proper name makes one: "Kabul", "Idlib province", "the Sinai desert"."""
    return tok.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.lefts)


def guessed_country(how: str | None) -> bool:
    """Whether an actor's country was only guessed from the text around it (or it says nothing of how)."""
    return how is None or any(g in how for g in GUESSES)


def _earlier_named(head: Token, mentions: Mentions, sector: str, said: str) -> tuple[str | None, str]:
    """The country of the nearest earlier body of ``sector`` that the story named with its state."""
    for m in mentions.before(head.i):
        actor = m.actor
        if actor.sector == sector and actor.country and not m.person and _named_country(actor.how):
            return actor.country, f"{said} ('{actor.text}')"
    return None, ""


def _dateline_named(head: Token, mentions: Mentions, line: str) -> bool:
    """Whether the story so far names the dateline's state ``line`` in its own words at least half as often as
    the state it names most, or names no state yet: "BRUSSELS — ... Belgian officials" is a Belgian story,
    "BEIRUT — ... Syria ... Syrian troops ... Lebanon's airspace ... Syria" a Syrian one. Roles given the
    dateline's country by guess do not count."""
    named: Counter[str] = Counter(m.actor.country for m in mentions.before(head.i)
                                  if m.actor.country and m.actor.country not in TRANSNATIONAL
                                  and not guessed_country(m.actor.how))
    return not named or 2 * named[line] >= max(named.values())


def _dateline_government_named(mentions: Mentions, line: str, sector: str | None, i: int) -> bool:
    """Whether a bare civil state body ("the administration", "advisers", "lawmakers") is of the dateline's state
    because the story, filed from there, has named that state's own government or legislature before ("WASHINGTON
    (AP) — President Trump spoke with Ukraine's president ... The administration said"): a story filed from a state
    whose government it names calls that government bare, however often it names the state it is about. Armed
    forces and rebels are not: "WASHINGTON (AP) — Yemen's army ... the army" stays Yemen's."""
    if sector not in _CIVIL_BODIES:
        return False
    return any(m.actor.country == line and m.actor.sector in _CIVIL_BODIES and not guessed_country(m.actor.how)
               for m in mentions.before(i))


def _named_country(how: str | None) -> bool:
    """Whether an actor's country was said ("Ukrainian rebels", "rebels in Yemen", "Hamas"), not guessed
    from the topic or a patron ("Russian-backed separatists")."""
    return how is not None and any(n in how for n in _NAMINGS) and "its patron" not in how
