"""Sources and targets from the roles: actors only, then the fallbacks when the pattern's slot names none.

The speaker is the source of a first-person or expletive clause; a source's own forces are what it
offers, and the party after "to" or "with" the target; a thing given is no party; with no target at
the slot, one is looked for in complements, inside objects, and at the place of a protest or attack.
"""

from __future__ import annotations

from itertools import islice

from spacy.tokens import Token

from newsevents.actors.context import GUESSES
from newsevents.actors.resolver import ActorResolver, Mentions, noun_phrase
from newsevents.coding.agency import Agency, count_actors
from newsevents.coding.deeds import EarlierDeeds
from newsevents.coding.grammar import NOUN_TAGS, Grammar, children, conjuncts, is_passive
from newsevents.coding.matcher import Match
from newsevents.coding.ontology import ACCUSE_ROOT, CONSULT_ROOT, INVESTIGATE_ROOT, MESSAGE_ROOTS
from newsevents.coding.pairing import mutual_act
from newsevents.coding.patterns import PatternSet
from newsevents.coding.roles import Roles
from newsevents.coding.subjects import Subjects, expletive_subject
from newsevents.coding.targets import Own, TargetFinder, antecedent
from newsevents.nlp import PLACE_ENTITIES
from newsevents.records import GOVERNMENT_SECTOR, Actor

_OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})  # "his country's weapons", "U.S. troops"


class PartyFinder:
    def __init__(self, patterns: PatternSet, grammar: Grammar, resolver: ActorResolver, subjects: Subjects,
                 agency: Agency) -> None:
        self.patterns = patterns
        self.grammar = grammar
        self.resolver = resolver
        self.subjects = subjects
        self.agency = agency
        self.targets = TargetFinder(resolver, grammar)
        self.deeds = EarlierDeeds(grammar, resolver, subjects)
        # the most words a reciprocal may be read from: its words joined by spaces have a space fewer
        self._reciprocal_words = max((r.count(" ") + 1 for r in grammar.reciprocals), default=0)

    def find(self, m: Match, roles: Roles, actors: dict[int, Actor],
             mentions: Mentions) -> tuple[list[Token], list[Token]]:
        """The source and target tokens that name actors: the pattern's roles, then the fallbacks."""
        trig = m.trigger
        self._modifier_sources(roles, trig, actors, mentions)
        sources = [s for s in roles.sources if s.i in actors
                   and (self.agency.can_act(s, actors[s.i]) or self.agency.armed(m, s))]
        home = _home_states(sources, actors) if self.grammar.reacts(m.pattern.code) else frozenset()
        # an affair is no target, save what is investigated: "investigating the Russia scandal" -> RUS
        targets = [t for t in roles.targets if t.i in actors and t.i not in {s.i for s in sources}
                   and not self._deed_of_victim(t, m) and not self._speaker_again(t, sources, actors)
                   and not (m.pattern.code[:2] != INVESTIGATE_ROOT and self.targets.affair(t))
                   and not self._whole_own_state(t, sources, actors) and not self._acted_for(t, trig)]
        speech = self.grammar.speech_head(trig)
        if not sources and speech is not None and (expletive_subject(trig, self.grammar)
                                                   or self._speaker_speaks(trig)):
            # "Kim said it was up to the US to ...", '"We will attack the rebels," the general said':
            # the speaker is the source
            sources = [s for s in self.subjects.of(speech) if s.i in actors]
        mutual = mutual_act(m, self.grammar)
        reciprocal = self.reciprocal(trig)  # "fought each other in Lebanon", "clashed with one another"
        if not targets and not reciprocal and not (mutual and count_actors(sources, mentions) > 1):
            # "A and B met": each the other's target
            targets = self._fallback_targets(m, roles, actors, Own.of(actors[s.i] for s in sources), mentions, home)
            targets = [t for t in targets if t.i in actors and not self._speaker_again(t, sources, actors)
                       and not self._whole_own_state(t, sources, actors) and not self._acted_for(t, trig)]
        if m.pattern.code[:2] not in self.grammar.coactor_event_roots:
            targets = [t for t in targets if not _co_actor(t, trig, self.grammar)]
        heads = self.targets.heads(trig, m.words)
        targets = [self._held(t, sources, actors, mentions) for t in targets]
        own = Own.of(actors[s.i] for s in sources)  # "criticized the shelling of Donetsk by Ukrainian troops"
        targets = [d for t in targets for d in (self._doers([t], m, actors, own) or [t])]
        targets = self.targets.past_own_state(trig, sources, targets, actors)
        targets = [t for t in targets if not self._whole_own_state(t, sources, actors)]
        targets = self._no_topic_or_home(m, sources, targets, actors)
        if targets and sources and all(_owned_by(t, sources, actors)
                                       or self.targets.own_forces(t, m.pattern.code, sources, actors)
                                       for t in targets):
            # "Egypt lent its soldiers to the Libyan leader": the source's own soldiers are what it
            # offers; the party named after "to" or "with" is the target
            direct = self.targets.direct(heads, m.consumed | {t.i for t in targets}, actors)
            named = [t for t in direct if t.i in actors]  # not a conjunct that names no actor
            if not named and m.pattern.code[:2] in self.grammar.force_roots:
                # "Russia deployed its troops along the Ukrainian border": the forces moved are the means
                return sources, self._destination(heads, actors, sources, mentions)
            targets = named or targets
        elif targets and m.pattern.code[:2] in self.grammar.giving_roots and all(self._a_thing(t) for t in targets):
            # "awarded civilian medals to the troops": a thing given is no party, whatever word stands
            # before it; whom it is given to is (not "drew praise from X", nor "complained to the UN")
            targets = self.targets.given_to(heads, actors) or targets
        return sources, targets

    def _modifier_sources(self, roles: Roles, trig: Token, actors: dict[int, Actor], mentions: Mentions) -> None:
        """Resolve the sources a modifier or a possessive pronoun names into ``actors``: "the Russian decision to
        expel" (a nationality before the noun acts; not "U.S. sanctions that block ...", a thing that carries a
        country), "his meeting with Putin", "its decision to expel"."""
        for s in roles.sources:
            if s.i not in actors and s.dep_ in {"amod", "compound"}:
                found = self.resolver.resolve(s, Mentions(date=mentions.date))
                if found is None and s.lower_ in self.grammar.armed_doer_modifiers:
                    found = self._armed_of_sentence(s, actors, mentions)
                if found is not None:
                    actors[s.i] = found
            elif s.i not in actors and s.dep_ == "poss" and s.pos_ == "PRON" and _owns_the_deed(s, trig):
                owner = self.resolver.possessor(s, mentions)
                if owner is not None:
                    actors[s.i] = owner

    def _armed_of_sentence(self, word: Token, actors: dict[int, Actor], mentions: Mentions) -> Actor | None:
        """ "a police raid on protesters in Harare": the armed body a bare modifier names is the story's, kept
        only when the sentence names its country (not a guess from elsewhere in the story)."""
        found = self.resolver.resolve(word, mentions)
        if found is None or not any(a.country == found.country for a in actors.values()):
            return None
        return found

    def _held(self, tok: Token, sources: list[Token], actors: dict[int, Actor], mentions: Mentions) -> Token:
        """ "shelled rebel-held districts of Aleppo": a place named with its holder stands for the holder."""
        mods = [c for c in tok.children if c.dep_ == "amod"]
        found = [h for m in mods for c in m.children
                 for h in self.targets.holder(c, actors, Own.of(actors[s.i] for s in sources), mentions.date)]
        return found[0] if found else tok

    def _no_topic_or_home(self, m: Match, sources: list[Token], targets: list[Token],
                          actors: dict[int, Actor]) -> list[Token]:
        """Talks are with a party, not about one ("discussed North Korea's missile tests": a thing owned
        is the topic); a visit's place in the visitors' own country hosts no one ("Modi visited Delhi")."""
        code = m.pattern.code[:3]
        if code in self.grammar.topic_codes:
            return [t for t in targets if not self._topic(t)]
        home = {actors[s.i].country for s in sources}
        if code in self.grammar.visit_codes and len(home) == 1:  # not "Trump and Modi visited Delhi"
            return [t for t in targets if not (t.ent_type_ in PLACE_ENTITIES and actors[t.i].country in home)]
        return targets

    def _destination(self, heads: list[Token], actors: dict[int, Actor], sources: list[Token],
                     mentions: Mentions) -> list[Token]:
        """The other state named where forces are sent ("along the Ukrainian border", "to Syria"), or none."""
        own = {actors[s.i].country for s in sources}
        for h in heads:
            for prep in (c for c in h.children if c.dep_ == "prep" and c.lower_ in self.grammar.destination_preps):
                for tok in (t for t in prep.subtree if t.i != prep.i):
                    actor = actors.get(tok.i) or self.resolver.resolve(tok, Mentions(date=mentions.date))
                    if actor is not None and actor.country and actor.country not in own:
                        actors[tok.i] = Actor(actor.text, actor.country, actor.country, None, None)
                        return [tok]
        return []

    def _topic(self, tok: Token) -> bool:
        """What talks are about, named with its owner: the object of a verb of discussing ("discussed North
        Korea's missile tests") or after "about"/"on" ("talks on China's trade practices")."""
        about = ((tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.grammar.topic_verbs)
                 or (tok.dep_ == "pobj" and tok.head.lower_ in self.grammar.talk_topic_preps))
        return about and self._a_thing(tok) and any(c.dep_ == "poss" and c.pos_ != "PRON" for c in tok.children)

    def _a_thing(self, tok: Token) -> bool:
        """A noun that names a thing, whose actor is only a word before it ("civilian medals")."""
        return tok.pos_ == "NOUN" and not self.resolver.names_an_actor(tok)

    def reciprocal(self, trig: Token) -> bool:
        """Whether the object is "each other" or "one another": the subjects act on themselves."""
        objects = children(trig, "dobj")
        objects += [o for p in children(trig, "prep") for o in children(p, "pobj")]
        return any(self._reads_as_reciprocal(o) for o in objects)

    def _reads_as_reciprocal(self, obj: Token) -> bool:
        """Whether the object's words are a reciprocal's. A reciprocal is a few words: an object with more
        words than the longest (a clause may run to the sentence's end) is none, and is not joined."""
        words = list(islice(obj.subtree, self._reciprocal_words + 1))
        return len(words) <= self._reciprocal_words and " ".join(t.lower_ for t in words) in self.grammar.reciprocals

    def _speaker_again(self, target: Token, sources: list[Token], actors: dict[int, Actor]) -> bool:
        """ '"We must expect more violence," the official said': a first-person subject is the speaker,
        who asks nothing of themselves."""
        return target.lower_ in self.grammar.first_person and any(
            actors[s.i].code == actors[target.i].code for s in sources)

    def _whole_own_state(self, target: Token, sources: list[Token], actors: dict[int, Actor]) -> bool:
        """ "Kim agreed to give up his country's weapons", "strengthened U.S. ties", "pulled the United States
        out of the accord", "prevented the country from testing": a state, or a body of it, acts for its own
        country, which only owns the thing acted on or is moved out of something, and is no party (but
        "promised to democratize Serbia" acts on it, "a curfew in Abidjan" on the place, and "Putin praised
        Russia's army", "Russia's enemies" and a person named bare are parties)."""
        actor = actors[target.i]
        if not sources or actor.sector is not None or actor.code != actor.country:
            return False
        if target.ent_type_ != "GPE" and target.lemma_.lower() not in self.grammar.whole_state_nouns:
            return False
        moved = target.dep_ == "dobj" and any(c.dep_ in {"prep", "prt"} and c.lower_ in self.grammar.moved_out_words
                                              for c in target.head.children)
        if target.dep_ not in _OWNER_DEPS and not moved:
            return False
        own = [actors[s.i] for s in sources]
        return all(a.country == actor.country and (a.sector is None or a.sector.lower() in self.grammar.state_sectors)
                   for a in own)

    def _acted_for(self, target: Token, trig: Token) -> bool:
        """ "Turkey, on behalf of the Arab League, called for a session", "led a review on behalf of the State
        Department", "killed in the name of the Islamic State": whom the doer acts for is its side, never its
        target (the phrase, up to the trigger, under a preposition's "behalf" or "name")."""
        t = target
        for _ in range(6):
            if t.lemma_.lower() in self.grammar.proxy_nouns and t.dep_ == "pobj":
                return True
            if t.i == trig.i or t.head.i == t.i or t.dep_ not in {"pobj", "prep", "conj", "appos"}:
                return False
            t = t.head
        return False

    def _speaker_speaks(self, trig: Token) -> bool:
        """The reported clause's subject is the speaker in the first person ("we will", "I have")."""
        subjects = self.subjects.of(trig)
        return bool(subjects) and all(s.lower_ in self.grammar.first_person for s in subjects)

    def _fallback_targets(self, m: Match, roles: Roles, actors: dict[int, Actor],
                          own_actors: Own, mentions: Mentions, home: frozenset[str]) -> list[Token]:
        """No actor at the pattern's slot: look in complements, inside objects, then at the place."""
        heads = self.targets.heads(m.trigger, m.words)
        consumed = m.consumed
        found = self.targets.asked(m.trigger, consumed, actors)  # "called for the army to oust Maduro"
        if found:
            return found
        found = _owner_criticised(m, actors)  # "faulted the EU's response to the refugee crisis": the EU
        if found:
            return found
        if m.pattern.target_after is None:
            found = self.targets.direct(heads, consumed, actors)
        elif m.pattern.code[:2] in self.grammar.addressee_roots:
            found = self.targets.given_to(heads[:1], actors)  # "complained to Tokyo about the curbs"
        else:
            found = []
        if not found and m.pattern.code[:2] in self.grammar.reported_target_roots:
            found = self.targets.reported(m.trigger, actors)  # "alleged that the aide lied"
        if not found and m.pattern.code in self.grammar.third_party_codes:
            found = self.targets.between(heads, actors)  # "offered to mediate between Iran and the US"
        if found:
            return found
        objects = [*roles.targets, *[w for w in m.words if w.pos_ in NOUN_TAGS]]
        objects += [c for h in heads for c in h.children if c.dep_ in {"dobj", "nsubjpass", "attr"}]
        objects += [a for a in map(antecedent, objects) if a is not None]  # "dropping them" -> the talks
        places = self.grammar.place_preps
        objects += [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ not in places
                    for o in p.children if o.dep_ == "pobj"]  # "declined to answer a request from X"
        # "denounced as a crime X's decision": the object set after a fronted "as" phrase, hung on it
        objects += [a for h in heads for p in children(h, "prep") if p.lower_ == "as"
                    for o in children(p, "pobj") for a in children(o, "appos")]
        if m.pattern.code[:2] in self.grammar.condition_roots:
            # "threatened to stop talks if the US deploys", "rejected talks unless Kyiv halts its offensive"
            found = self.targets.condition(m.trigger, actors)
            if found:
                return found
        own = self._no_party_inside(m, roles, objects)
        if m.pattern.code[:3] in self.grammar.topic_codes:  # what is discussed: its owner is no party to talks
            objects = [o for o in objects if not self._topic(o)]
        found = self._doers(objects, m, actors, own_actors)  # "condemned the raids by U.S. forces": not whom they hit
        if found:
            return found
        found = self.targets.inside(objects, actors, own_actors, mentions.date, skip=own)
        if found and not all(_guessed_home(actors[t.i], home) for t in found):
            return found
        found = self.deeds.target(m.pattern.code, objects, actors, own_actors, mentions)  # "condemned the launch"
        if found:
            return found
        # "met in Singapore", "criticized the decision in Moscow": a venue, no target; but "agreed to
        # postpone the demonstration in Baku": the place of a protest is what the protest acts on
        # the place of a protest itself stands for its government; a place inside what it is against
        # does not ("protested against the war in Iraq")
        sector = GOVERNMENT_SECTOR if m.pattern.code[:2] in self.grammar.government_place_roots else None
        return (self.targets.place([h for h in heads if self._acts_on_place(h, m)], actors, sector)
                or self.targets.place([h for h in objects if self._acts_on_place(h, m)], actors))

    def _no_party_inside(self, m: Match, roles: Roles, objects: list[Token]) -> frozenset[int]:
        """Tokens inside the objects that name no target: the source's own phrase, the victims of a deed a
        statement is about ("condemned the arrest of protesters"), the name an affair is called by."""
        own = frozenset(i for s in roles.sources for i in range(noun_phrase(s).start, noun_phrase(s).end))
        if m.pattern.code[:2] in MESSAGE_ROOTS:
            own |= {o.i for n in objects if self._names_deed(n) for p in children(n, "prep") if p.lower_ == "of"
                    for o in children(p, "pobj")}
        if m.pattern.code[:2] != INVESTIGATE_ROOT:  # "wanted the Russia investigation ended": a topic
            own |= {c.i for o in objects for n in o.subtree if self.targets.affair(n)
                    for c in children(n, "compound")}
        return own

    def _doers(self, objects: list[Token], m: Match, actors: dict[int, Actor], own_actors: Own) -> list[Token]:
        """ "condemned the air raids by U.S. forces", "demanded an end to the killing of protesters by police": a
        statement or protest about a deed or an attack is aimed at whom its "by" phrase names, also where the
        parser hangs that phrase on the active verb; not at whom the deed befell ("on Iraqi militias")."""
        g, trig = self.grammar, m.trigger
        deeds = [o for o in objects if o.pos_ == "NOUN" and (o.lemma_.lower() in g.deed_nouns
                                                             or o.lower_ in g.attack_nouns)]
        if not deeds or m.pattern.code[:2] not in g.deed_doer_roots:
            return []
        bys = [p for d in deeds for p in children(d, "prep") if p.lower_ == "by"]
        if not is_passive(trig):  # an active verb has no agent of its own: the parser hung the deed's there
            bys += [p for p in trig.children if p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ == "by")]
        for by in bys:
            for obj in children(by, "pobj"):
                if obj.i in actors and actors[obj.i] not in own_actors:
                    return [c for c in conjuncts(obj) if c.i in actors]
        return []

    def _deed_of_victim(self, tok: Token, m: Match) -> bool:
        """ "condemned the arrest of protesters": a deed stands for whom it was done to, and a statement
        about the deed is aimed at its doer, not at them."""
        return (m.pattern.code[:2] in MESSAGE_ROOTS and self._names_deed(tok)
                and any(p.lower_ == "of" for p in children(tok, "prep")))

    def _names_deed(self, noun: Token) -> bool:
        """Whether a noun names a deed done to someone: an arrest, a killing, an abduction."""
        return noun.pos_ == "NOUN" and noun.lemma_.lower() in self.grammar.deed_nouns

    def _acts_on_place(self, tok: Token, m: Match) -> bool:
        """Whether the event a word names acts on the place it happens in (a curfew, a protest, an attack)."""
        roots = self.grammar.place_target_roots
        if m.pattern.code[:2] in roots or tok.i == m.trigger.i:
            return m.pattern.code[:2] in roots
        if self._deed_of_victim(tok, m):
            return False  # "condemned the arrest of protesters in Iran": the place is theirs, not the doer
        patterns = self.patterns.for_token(tok.lemma_.lower(), tok.lower_, noun=tok.pos_ in NOUN_TAGS)
        return any(p.code[:2] in roots for p in patterns) and m.pattern.code[:2] != CONSULT_ROOT


def _home_states(sources: list[Token], actors: dict[int, Actor]) -> frozenset[str]:
    """The countries among the sources that act as a whole state ("Japan protested", "China condemned")."""
    return frozenset(a.country for a in (actors[s.i] for s in sources) if a.country and a.code == a.country)


def _guessed_home(actor: Actor, home: frozenset[str]) -> bool:
    """ "Japan protested the missile launch", "China condemned the military drills": a bare role word inside
    the object whose country was only guessed from what the text is about, the reacting state's own, is no
    target (but "Turkey wants the Kurdish fighters expelled": a party as the object itself still is)."""
    how = actor.how or ""
    return actor.name is None and actor.country in home and any(g in how for g in GUESSES)


def _owned_by(noun: Token, sources: list[Token], actors: dict[int, Actor]) -> bool:
    """ "its troops", "his government": a noun owned by a pronoun, of the source's own country."""
    if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
        return False
    return actors[noun.i].country in {actors[s.i].country for s in sources}


def _co_actor(tok: Token, trig: Token, grammar: Grammar) -> bool:
    """Whether ``tok`` acts with the trigger's source rather than undergoes it: "fought alongside Kurdish
    forces", "attacked the camps together with Chadian troops", "arrested them in coordination with the
    police" (the words are in grammar.yaml)."""
    cur = tok
    while cur.i != trig.i and cur.head.i != cur.i:
        if cur.dep_ == "prep" and _joins_a_co_actor(cur, grammar):
            return True
        cur = cur.head
    return False


def _joins_a_co_actor(prep: Token, grammar: Grammar) -> bool:
    if prep.lower_ in grammar.coactor_preps:
        return True
    if prep.lower_ != "with":
        return False
    before = prep.doc[prep.i - 1] if prep.i > 0 else prep
    if before.lower_ in grammar.coactor_adverbs:
        return True
    noun = prep.head
    return noun.lemma_.lower() in grammar.coactor_nouns and noun.i > 0 and noun.doc[noun.i - 1].lower_ == "in"


def _owner_criticised(m: Match, actors: dict[int, Actor]) -> list[Token]:
    """In criticism of a deed or a text that the pattern names ("blasted the Pakistani statement on Kashmir",
    "pushed back against Washington's tariffs"), the thing criticised stands for its owner, the actor the
    resolver read in it (PLOVER ACCUSE: the target is the actor responsible), before any other actor in the
    phrase ("Kashmir", "the refugee crisis")."""
    # only where the pattern names what is criticised and has no slot of its own: not "prompted lawmaker
    # outrage against *", "reiterated its concern" (the criticism itself, the critic's own), "drew Chinese
    # criticism" (the critic); nor the imported dictionary's light verbs ("raised the issue")
    if m.pattern.code[:2] != ACCUSE_ROOT or m.pattern.target_after is not None or m.pattern.layer != 0:
        return []
    return [w for w in m.words if w.i in actors and w.pos_ in NOUN_TAGS and w.dep_ in {"dobj", "pobj"}][:1]


def _owns_the_deed(owner: Token, trig: Token) -> bool:
    """ "his meeting with Putin", "its decision to expel": the pronoun owns the event noun or the noun whose
    infinitive the trigger is; not "his children killed in an airstrike" or "its nationals suspected of ..."."""
    return owner.head.i == trig.i or (trig.dep_ == "acl" and trig.tag_ == "VB" and owner.head.i == trig.head.i)
