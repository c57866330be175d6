"""Which pattern matches stand as events of their own, and which only serve another event.

A noun the verb's pattern used ("sought the summit"), a complement of another event's trigger
("agreed to lift"), a generic intent whose complement holds the event ("willing to withdraw"), the
demand a protest makes, a festive gathering, and a warning that names no penalty are no events
of their own; the acts ruled out in guards.py and senses.py are none either.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from newsevents.coding.cautions import forecast_subject, idle_caution
from newsevents.coding.grammar import NOUN_TAGS, Grammar, child, children, conjuncts
from newsevents.coding.guards import not_an_act
from newsevents.coding.matcher import Match
from newsevents.coding.ontology import (
    ASKING_ROOTS,
    CONSULT_ROOT,
    DENIAL_CODE,
    MESSAGE_ROOTS,
    PROTEST_ROOT,
    THREATEN_ROOT,
)
from newsevents.coding.senses import no_act
from newsevents.coding.subjects import Subjects
from newsevents.records import Actor


@dataclass
class Rivals:
    """A sentence's matches and what they claim of each other."""

    matches: list[Match]
    consumed: set[int]  # tokens some pattern used as words of its own
    governors: set[int]  # triggers that yield to the event in their complement
    triggers: dict[int, str]  # trigger index -> code, of the matches that do not yield


class TriggerFilter:
    def __init__(self, grammar: Grammar, subjects: Subjects) -> None:
        self.grammar = grammar
        self.subjects = subjects

    def rivals(self, matches: list[Match]) -> Rivals:
        consumed: set[int] = set()
        for m in matches:
            consumed |= {t.i for t in m.words}
        # "willing to withdraw its troops": the complement is the event (as an intent), not "willing"
        governors = {m.trigger.i for m in matches if self._yields_to_complement(m, matches)}
        triggers = {m.trigger.i: m.pattern.code for m in matches if m.trigger.i not in governors}
        return Rivals(matches, consumed, governors, triggers)

    def stands(self, m: Match, rivals: Rivals, actors: dict[int, Actor]) -> bool:
        """Whether a match is an event of its own (checked as the sentence's events are coded: `actors` grows)."""
        if m.trigger.i in rivals.consumed or m.trigger.i in rivals.governors:
            return False  # a noun the verb's pattern already used ("sought the summit")
        if (self._governed_by_event(m.trigger, rivals.triggers) and not self._protest_met(m.trigger)
                and not self._occasion(m)):
            return False
        if m.pattern.code[:2] in MESSAGE_ROOTS and self._purpose_of_protest(m.trigger, rivals.matches):
            return False
        if m.pattern.code[:2] == PROTEST_ROOT and self._festive(m.trigger):
            return False  # "families gathered in parks to celebrate the new year"
        return not (self._idle_threat(m, actors)
                    or not_an_act(m, self.grammar, rivals.triggers, actors)
                    or no_act(m, self.grammar, actors))

    def _yields_to_complement(self, m: Match, matches: list[Match]) -> bool:
        """A generic intent pattern ("030 agree") whose complement clause holds another match."""
        trig = m.trigger
        if m.words or trig.lemma_.lower() not in self.grammar.intent_governors:
            return False
        for other in matches:
            t = other.trigger
            for _ in range(3):
                if t.dep_ not in {"xcomp", "ccomp", "prep", "pobj", "pcomp"} or t.head.i == t.i:
                    break
                t = t.head
                if t.i == trig.i:
                    return True
        return False

    def _protest_met(self, trig: Token) -> bool:
        """ "police dispersed the opposition protest", "a crackdown on the protest": the protest is an event
        of its own, not only the object of the police's act (PLOVER codes the protest and the repression)."""
        if trig.lemma_.lower() not in self.grammar.protest_nouns:
            return False
        if trig.dep_ == "pobj" and trig.head.lower_ in {"on", "against"}:  # "a crackdown on the protest"
            return trig.head.head.lemma_.lower() in self.grammar.protest_met_nouns
        return trig.dep_ == "dobj" and trig.head.lemma_.lower() in self.grammar.protest_met_verbs

    def _occasion(self, m: Match) -> bool:
        """ "urged Putin in a phone call to ...", "praised Xi during his visit": the meeting is the occasion of
        the clause's act, an event of its own, not its complement."""
        trig = m.trigger
        if m.pattern.code[:2] != CONSULT_ROOT or trig.pos_ not in NOUN_TAGS or trig.dep_ != "pobj":
            return False
        if trig.lemma_.lower() in self.grammar.meeting_nouns:
            return False  # "agreed to mediation in the talks": talks are often the setting of the act, not held then
        prep = trig.head
        host = prep.head  # the clause's verb, or the one it addresses ("told Xi in a call", parsed "Xi in a call")
        if host.dep_ in {"dobj", "dative"} and host.head.lemma_.lower() in self.grammar.addressing_verbs:
            host = host.head
        # a verb that is itself a complement ("accused X of restoring Y in the talks") sets no occasion
        return (prep.lower_ in self.grammar.occasion_preps and host.pos_ == "VERB"
                and host.dep_ not in {"pcomp", "xcomp"})

    def _festive(self, trig: Token) -> bool:
        """A gathering whose stated purpose is a celebration, a rite or a show, not a protest."""
        return any(c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in self.grammar.festive_verbs
                   for c in trig.children)

    @staticmethod
    def _purpose_of_protest(trig: Token, matches: list[Match]) -> bool:
        """ "staged rallies to demand reforms", "blocked roads demanding ...": the demand is the
        protest's aim, coded with the protest, not as an event of its own."""
        if trig.dep_ not in {"advcl", "xcomp", "acl"}:
            return False
        head = trig.head
        return any(m.trigger.i == head.i and m.pattern.code[:2] == PROTEST_ROOT for m in matches)

    def _governed_by_event(self, trig: Token, triggers: dict[int, str]) -> bool:
        """A complement of another event's trigger ("agreed to lift", "urged X to support",
        "reiterated its demand that Israel ease"); a plain report ("said X attacked") is no governor."""
        t = trig
        for _ in range(5):
            if t.dep_ in {"xcomp", "ccomp", "pcomp", "pobj", "prep"} or (t.dep_ == "dobj" and t.pos_ in NOUN_TAGS):
                if t.dep_ == "prep" and t.lower_ in self.grammar.adverbial_preps:
                    return False  # "threatened strikes after blaming Assad": a time, not a complement
                link = t.dep_
                reason = link == "prep" and t.lower_ in self.grammar.punished_deed_preps
                t = t.head  # up through complements, prepositions and object nouns ("rejected an appeal for")
            else:
                return False
            # "denied attacking Kosovo", "was fired for refusing to meet X": the deed denied or punished is an
            # event of its own beside the denial or the punishment
            if t.i in triggers and (triggers[t.i] == DENIAL_CODE
                                    or (reason and triggers[t.i][:2] in self.grammar.punishment_roots)):
                return False
            # a speech verb governs what hangs off its preposition ("warned Iran against attacking"),
            # not the clause it reports ("warned that rebels attacked")
            if t.i in triggers and (t.lemma_.lower() not in self.grammar.speech_verbs
                                    or triggers[t.i][:2] in ASKING_ROOTS or link == "prep"):
                return True
        return False

    def _idle_threat(self, m: Match, actors: dict[int, Actor]) -> bool:
        """A threat pattern whose warning names no act of the warner's: the warner's side is read once, and only
        for threats (every other trigger skips it)."""
        if m.pattern.code[:2] != THREATEN_ROOT:
            return False
        own_side = self._own_side(m, actors)
        return self._idle_warning(m, actors, own_side) or idle_caution(m, self.grammar, actors, own_side)

    def _idle_warning(self, m: Match, actors: dict[int, Actor], own_side: set[str | None]) -> bool:
        """A bare "warned" whose that-clause tells a fact or someone else's deed with no penalty named
        ("warned Greece that its debt was unsustainable"): a statement, not a threat (PLOVER THREATEN
        needs a consequence the source would bring about)."""
        trig = m.trigger
        if m.words or trig.lemma_.lower() not in self.grammar.warning_verbs:
            return False
        for comp in children(trig, "ccomp"):
            subj = child(comp, "nsubj", "nsubjpass")
            # "warned that Iran would face sanctions"; not "warned that sanctions could cause a disaster",
            # where the consequence is the subject of a prediction
            actor = child(comp, "nsubj")  # a passive subject is what is done: "sanctions would be imposed"
            said_of = set(comp.subtree) - (set(actor.subtree) if actor is not None else set())
            if any(self._penalty(t, actors, own_side) for t in said_of):
                return False
            aux = {c.lower_ for c in comp.children if c.dep_ == "aux"}
            if subj is None or not aux & (self.grammar.future_aux | self.grammar.conditional_aux):
                return True
            # "warned that it would ...", "Obama warned that the United States would ...": the warner's own act;
            # not "warned MPs they would ...", "warned that this would ..." (cautions.py)
            if forecast_subject(comp, subj, children(trig, "dobj", "dative"), self.grammar):
                return True
            return not (subj.pos_ == "PRON" or (subj.i in actors and actors[subj.i].country in own_side))
        # "warned the White House of the calls", "warned about the deficit" tell a fact; "warned of consequences",
        # "of war" threaten, and so may a bare "warned of a new path" (the warner's own course)
        # (the parser often hangs "of" on the one warned; "the leader of Iran" is no matter warned of)
        hosts = [trig, *children(trig, "dobj")]
        told = len(hosts) > 1
        objects = [child(p, "pobj") for h in hosts for p in h.children
                   if p.dep_ == "prep" and (p.lower_ == "about" or (p.lower_ == "of" and told))]
        warned_of = [o for obj in objects if obj is not None for o in conjuncts(obj)]
        if any(o.i in actors or o.pos_ == "PROPN" for o in warned_of):  # (every that-clause returned above)
            return False
        return bool(warned_of) and not any(self._penalty(o, actors, own_side, force=True) for o in warned_of)

    def _own_side(self, m: Match, actors: dict[int, Actor]) -> set[str | None]:
        """The countries of the trigger's subjects: the warner's side."""
        return {actors[s.i].country for s in self.subjects.of(m.trigger) if s.i in actors} - {None}

    def _penalty(self, noun: Token, actors: dict[int, Actor], own_side: set[str | None], *,
                 force: bool = False) -> bool:
        """A consequence named in a warning ("retaliation", "sanctions"; with `force` also "war", "attack"),
        unless a doer of another side brings it: "warned of retaliation by China" (said by a Canadian)."""
        lemma = noun.lemma_.lower()
        named = lemma in self.grammar.consequence_words or (force and lemma in self.grammar.warned_force_nouns)
        if noun.pos_ != "NOUN" or not named:
            return False
        doers = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children
                 if o.dep_ == "pobj" and o.i in actors]
        return not doers or any(actors[o.i].country in own_side for o in doers)
