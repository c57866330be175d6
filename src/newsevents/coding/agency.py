"""Whether the actors found make an event: who can do a deed, and whether an unnamed doer's deed happened.

A thing that carries a country does not act ("the film attacks corruption", "U.S. sanctions hurt");
a meeting needs a counterpart; violence and protest need no named actor when the deed is reported
as taking place ("clashes erupted", "two soldiers were killed").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.actors.resolver import ActorResolver, Mentions
from newsevents.coding.grammar import NOUN_TAGS, PRESENT_TAGS, Grammar, child, children, is_passive, word_in
from newsevents.coding.guards import standing_attitude
from newsevents.coding.matcher import Match
from newsevents.coding.ontology import ACCUSE_ROOT, CONSULT_ROOT
from newsevents.coding.roles import Roles
from newsevents.coding.subjects import Subjects
from newsevents.records import Actor

_NAMED_DOERS = frozenset({"PERSON", "ORG", "NORP"})  # a name the tagger reads as a person, a body or a group


class Agency:
    def __init__(self, grammar: Grammar, resolver: ActorResolver, subjects: Subjects) -> None:
        self.grammar = grammar
        self.resolver = resolver
        self.subjects = subjects

    def can_act(self, tok: Token, actor: Actor) -> bool:
        """A source names an actor: a name, a body, a role, people or a weapon, not a thing with a country."""
        if actor.name is not None or actor.sector is not None or self.agent_like(tok):
            return True  # "Israeli army bulldozers": a thing of a named body acts for it
        if self.resolver.names_an_actor(tok):
            return True
        if word_in(tok, self.grammar.people_nouns):
            return True
        # "the head of state", "a convoy of soldiers": a partitive stands for the actor it is of
        return any(o.dep_ == "pobj" and self.resolver.names_an_actor(o) for p in children(tok, "prep")
                   if p.lower_ == "of" for o in p.children)

    def armed(self, m: Match, tok: Token) -> bool:
        """A war machine in an attack ("Israeli planes hit targets", "Turkish tanks shelled the town") acts for
        its side; in any other deed it is a thing ("the jet departed for Guam")."""
        return m.pattern.code[:2] in self.grammar.attack_roots and tok.lemma_.lower() in self.grammar.war_machines

    def enough_parties(self, m: Match, roles: Roles, sources: list[Token], targets: list[Token],
                       mentions: Mentions) -> bool:
        """Whether the actors found make an event: a meeting needs a counterpart; violence and protest
        need no named actor when nobody else is said to do them ("clashes erupted")."""
        n_sources = count_actors(sources, mentions)
        armed = any(self.armed(m, s) for s in self.subjects.of(m.trigger))  # "Israeli planes hit targets"
        critic = self._unlisted_critic(m)
        if not sources and not armed and self._thing_does_it(m.trigger) and not critic:
            return False  # "the film attacks corruption": a thing, not an actor, is the subject
        if standing_attitude(m.trigger, self.grammar):
            return False  # "most people there oppose the plan": an attitude, not an act (habits: guards.py)
        if not targets and (m.pattern.target_required or (m.pattern.code[:2] == CONSULT_ROOT and n_sources < 2)):
            return False  # "UNHCR received $94 million", "the cabinet met": no counterpart, no event
        if sources or (targets and m.trigger.pos_ not in NOUN_TAGS):
            return True
        return critic or self._agentless(m, roles)

    def _unlisted_critic(self, m: Match) -> bool:
        """ "the watchdog Citizens Watch slammed the result", "director Jane Roe blasted the plan", "hardliners
        condemned the deal": criticism voiced by a named person or body or by a political camp that no
        dictionary lists is still an accusation (PLOVER ACCUSE); it is coded without actors rather than lost.
        A bare personal name does not do ("Jonas Abernathy slammed the door"): a person speaks for someone
        when a title or a role comes with the name."""
        trig = m.trigger
        if m.pattern.code[:2] != ACCUSE_ROOT or trig.pos_ != "VERB" or is_passive(trig) or m.pattern.layer != 0:
            return False  # (the imported dictionary's wordings are broader: "a video mocking the faith")
        if trig.dep_ == "acl":
            return False  # "the conservatives complaining about her plan": a description of a noun, no deed told
        if trig.lemma_.lower() in self.grammar.forceful_criticism_verbs and not m.words and not _someone_hit(trig):
            return False  # "Ricardo Mendes slammed the door", "Storm Ciara slammed the coast": a blow, no word said
        subjects = self.subjects.of(trig)
        return bool(subjects) and all(_named_doer(s) or word_in(s, self.grammar.political_camps) for s in subjects)

    def _agentless(self, m: Match, roles: Roles) -> bool:
        """An event of violence, repression or protest whose doer goes unnamed or is no known actor:
        "clashes erupted", "fighting was reported", "two bodies were found", "workers protested"."""
        trig = m.trigger
        subjects = [c for c in trig.children if c.dep_ in {"nsubj", "csubj"}]
        if trig.tag_ in PRESENT_TAGS and not any(c.dep_ in {"aux", "auxpass"} for c in trig.children):
            return False  # "residents complain about crowds": the simple present of a habit
        if subjects and trig.pos_ not in NOUN_TAGS and all(self.agent_like(s) for s in subjects):
            return True  # "rebels withdrew from the town": doers the dictionary does not name
        if m.pattern.code[:2] not in self.grammar.agentless_roots:
            return False
        if trig.pos_ in NOUN_TAGS or (trig.tag_ == "VBG" and trig.dep_ in {"nsubj", "nsubjpass", "dobj"}):
            return self._noun_happened(trig, roles)  # "clashes erupted", "fighting broke out"
        agent = child(trig, "agent")
        by = child(agent, "pobj") if agent is not None else None
        if by is not None and not self.agent_like(by):
            return False  # "was struck by the cyclone", "destroyed by floods"
        if not subjects:
            # "two soldiers were killed", not "is usually deported" (a habit) or "to prevent" (someone's aim)
            return any(c.dep_ == "auxpass" and c.lower_ in self.grammar.past_passive_aux for c in trig.children)
        return False

    def _thing_does_it(self, trig: Token) -> bool:
        """The verb's subject is a common noun that names no actor and no doer ("the film", "prices")."""
        if trig.pos_ in NOUN_TAGS:
            return False
        if self._habitual_passive(trig):
            return True  # "the knife is sold around the world": a habit, not a deed
        subjects = self.subjects.of(trig)
        return bool(subjects) and all(s.pos_ == "NOUN" and not self.agent_like(s) and not _owned_by_name(s)
                                      for s in subjects)

    def _habitual_passive(self, trig: Token) -> bool:
        return any(c.dep_ == "auxpass" and c.lower_ in self.grammar.habitual_passive_aux for c in trig.children)

    def _noun_happened(self, noun: Token, roles: Roles) -> bool:
        """A noun event reported as taking place: the subject of "erupt", "take place", "be reported",
        the object of a light verb ("staged a protest"), not a mention ("fears of clashes")."""
        head = noun.head
        if roles.status_head is not None:
            return True
        protest = noun.lemma_.lower() in self.grammar.protest_nouns
        if protest and noun.dep_ == "attr" and head.lemma_ == "be" and child(head, "expl") is not None:
            return True  # "there were street protests"
        if self._toll_told(noun):
            return True  # "died in the attack", "the bombing left 30 dead", "the fatal attack on X"
        if noun.dep_ not in {"nsubj", "nsubjpass", "dobj", "conj"} or head.i == noun.i:
            return False
        lemma = head.lemma_.lower()
        if lemma == "take" and any(c.lower_ == "place" for c in head.children):
            return True
        if protest and noun.dep_ == "nsubj" and _done(head) and lemma not in self.grammar.stative_verbs:
            return True  # "angry demonstrations sealed the square": a protest that acted took place
        done = _done(head) or (head.dep_ in {"xcomp", "advcl"} and _done(head.head))  # "used gas to break up"
        if protest and noun.dep_ == "dobj" and done and lemma in self.grammar.protest_met_verbs:
            return True  # "police broke up an opposition protest": it took place
        return lemma in self.grammar.occurrence_verbs

    def _toll_told(self, noun: Token) -> bool:
        """A deed of violence told by its dead or its flight: "four died in the attack", "lost their lives in the
        shelling", "the bombing left 30 dead", "the attack claimed 12 lives", "the deadly ambush on X", "the
        victims of the bombing", "thousands fled the fighting"."""
        g = self.grammar
        head = noun.head
        if any(c.dep_ == "amod" and c.lower_ in g.toll_adjectives for c in noun.children):
            # not "imposed after bloody clashes": a deed that only dates another is background, of no known day
            return not (noun.dep_ == "pobj" and head.lower_ in g.background_preps)
        if noun.dep_ == "pobj" and head.lower_ in g.toll_preps:
            verb = head.head
            lemma = verb.lemma_.lower()  # "died in the attack", "was martyred in the attack"
            return verb.pos_ == "VERB" and (lemma in g.dying_verbs or lemma in g.toll_verbs)
        if noun.dep_ == "pobj" and head.lower_ == "of":  # "the victims of the attack", "the toll of the fighting"
            return head.head.lemma_.lower() in g.toll_nouns
        if noun.dep_ == "dobj" and head.lemma_.lower() in g.flight_verbs:
            return True  # "thousands fled the fighting"
        # its verb: "the bombing left ...", or as the parser often reads it, a clause of the noun
        verbs = [head] if noun.dep_ == "nsubj" and head.pos_ == "VERB" else []
        verbs += [c for c in noun.children if c.dep_ == "acl" and c.tag_ in {"VBD", "VBN"}]
        return any(self._toll_verb(v) for v in verbs)

    def _toll_verb(self, verb: Token) -> bool:
        """ "left 30 dead", "left dozens wounded", "claimed 12 lives"."""
        lemma = verb.lemma_.lower()
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if lemma in self.grammar.toll_leaving_verbs:
            words = [*verb.children, *(w for o in objects for w in o.children)]
            return any(w.dep_ in {"oprd", "ccomp", "xcomp", "acomp", "amod"} and w.lower_ in self.grammar.toll_states
                       for w in words)
        if lemma not in self.grammar.toll_claiming_verbs:
            return False
        lives = [*objects, *(w for o in objects for p in o.children if p.dep_ == "prep" for w in p.children)]
        return any(w.lemma_.lower() in self.grammar.lives_nouns for w in lives)  # "hundreds of lives"

    def agent_like(self, subj: Token) -> bool:
        """An unresolved subject that can still do the deed: a group of people or a weapon
        ("gunmen", "protesters", "a roadside bomb"), not a thing or an idea ("the film attacks ...")."""
        words = [subj, *(c for p in subj.children if p.dep_ == "prep" and p.lower_ == "of"
                         for c in p.children if c.dep_ == "pobj")]
        return any(word_in(w, self.grammar.agent_nouns) for w in words)


def count_actors(tokens: list[Token], mentions: Mentions) -> int:
    """How many actors the tokens stand for ("the two leaders" counts two)."""
    return sum(len(mentions.group(t.i)) or 1 for t in tokens)


def _named_doer(subj: Token) -> bool:
    """A name of a body or a group ("Citizens Watch", "Labour"), or of a person with a title or a role
    ("executive director Jane Roe", "Jane Roe, the group's director")."""
    if subj.pos_ != "PROPN" or subj.ent_type_ not in _NAMED_DOERS:
        return False
    return subj.ent_type_ != "PERSON" or any(c.dep_ in {"compound", "appos"} and c.pos_ == "NOUN"
                                             for c in subj.children)


def _someone_hit(trig: Token) -> bool:
    """Whether what a verb of a blow hits is someone or someone's ("slammed the governor", "slammed Labour",
    "blasted the ministry's report", "hit out at Iranian leaders"), not a thing ("slammed the door", "slammed
    the brakes on its project": an object, when there is one, is what is hit)."""
    objects = children(trig, "dobj")
    if not objects:
        heads = [trig, *children(trig, "prt")]
        objects = [o for h in heads for p in children(h, "prep") for o in children(p, "pobj")]
    return any((o.pos_ in {"PROPN", "PRON"} and o.lower_ != "it") or o.ent_type_ in _NAMED_DOERS | {"GPE"}
               or any(c.dep_ == "poss" or c.ent_type_ == "NORP" for c in o.children) for o in objects)


def _owned_by_name(noun: Token) -> bool:
    """ "Japan's army", "the BLA's fighters": a noun owned by a name stands for its owner."""
    return any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children)


def _done(verb: Token) -> bool:
    """An active verb in the simple past or the present perfect ("sealed", "have rocked")."""
    if verb.pos_ != "VERB" or is_passive(verb):
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have"
                                                               for c in verb.children))
