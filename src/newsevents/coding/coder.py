"""Sentence -> coded events: who did what to whom, with the rule that decided it.

For each sentence: resolve every noun phrase to an actor (in order, so pronouns can
refer back), find trigger words that a pattern matches, then read the source and the
target off the parse around the trigger:

- verbs: the subject is the source (passive: the ``by`` agent); control verbs pass their
  subject or object down ("Kim wants to meet Putin", "urged Iran to stop"); coordinated
  subjects and objects give one event per pair;
- nouns ("the summit between A and B", "US-North Korea talks", "an attack on X"): the
  participants come from ``between``, ``with``, compounds and possessives, or from the
  subject of a light verb ("held talks");
- reported speech: in "X said Y did Z" the event is Y's and X is the attribution; a
  complement with *must* ("X said Y must do Z") is X's demand of Y.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from newsevents import docmemo
from newsevents.actors.resolver import ActorResolver, Mentions, noun_phrase
from newsevents.actors.unresolved import resolve_sentence
from newsevents.coding.evaluation import Evaluation, EvaluationFinder, EvaluationLexicon
from newsevents.coding.grammar import Grammar, child, children, conjuncts, is_passive, lost_object
from newsevents.coding.guards import in_link_run, not_an_act, poll_view, standing_attitude
from newsevents.coding.matcher import Match, best_match
from newsevents.coding.modality import status_of
from newsevents.coding.patterns import NO_EVENT, PatternSet
from newsevents.coding.senses import no_act
from newsevents.coding.targets import TargetFinder, antecedent
from newsevents.coding.unrealized import nobody_did
from newsevents.records import Actor, Status

_NOUN_TAGS = frozenset({"NOUN", "PROPN"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})  # tags of a finite verb, which no infinitive is joined to
_TRIGGER_POS = frozenset({"VERB", "NOUN", "ADJ", "AUX", "PROPN"})
_SAY_MUST_CODE = "100"
_REJECT_CODE = "120"
# killings: 190 when no weapon is named (CAMEO codebook), 180 unconventional, 193 shot dead
_KILLING_CODES = frozenset({"180", "190", "193"})
_ASSASSINATE_CODE = "186"
_DEMAND_ROOTS = frozenset({"02", "10"})
_PROTEST_ROOT = "14"
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})  # a place a deed "rocked" is no party to it
_GOVERNMENT = "GOV"  # the sector of a place's authorities, at whom a protest there is aimed
_COMPLAIN_CODE = "114"  # a diplomatic protest: ACCUSE (PLOVER manual, PROTEST notes)
# What a protest says (demands, accusations, rejections): coded with the protest, the act first
_MESSAGE_ROOTS = frozenset({"02", "10", "11", "12"})
_CONSULT_ROOT = "04"
# Events named by a noun whose role modifier is the doer ("an opposition protest", "a police crackdown");
# before a deed of violence or a meeting the modifier is mostly the victim or the host ("the embassy attack")
_ROLE_DOER_ROOTS = frozenset({"14", "17"})
_THREAT_ROOT = "13"
_THREAT_CODE = "130"
_VOW_ROOTS = frozenset({"01", "03"})  # a statement or a promise, which a vowed penalty makes a threat
_ACCUSE_ROOT = "11"
_STATEMENT_ROOT = "01"
# "talks of the two sides" names participants, not a target; "an attack of X" is rare
# Event families where "A and B did X" means A did X with B: consult, cooperate, agree.
_MUTUAL_ROOTS = frozenset({"03", "04", "05", "06"})  # CAMEO 100: demand, not specified below


@dataclass
class CodedEvent:
    """An event before dates and places: the coder's output for one trigger and actor pair."""

    trigger: Token
    trigger_end: int  # doc index one past the last trigger token
    code: str
    source: Actor | None
    target: Actor | None
    status: Status
    attribution: Actor | None
    rule: str
    confidence: float
    actor_tokens: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class _Roles:
    sources: list[Token]
    targets: list[Token]
    status_head: Token | None = None  # light verb whose modality the event takes


class Coder:
    def __init__(self, patterns: PatternSet, grammar: Grammar, resolver: ActorResolver) -> None:
        self.patterns = patterns
        self.grammar = grammar
        self.resolver = resolver
        self.targets = TargetFinder(resolver, grammar)
        self.evaluations = EvaluationFinder(EvaluationLexicon.load(), grammar, resolver)

    # -- entry point --------------------------------------------------------------------------------

    def code_sentence(self, sent: Span, mentions: Mentions) -> list[CodedEvent]:
        actors = resolve_sentence(self.resolver, sent, mentions)
        matches: list[Match] = []
        for tok in docmemo.span_tokens(sent):
            if tok.pos_ not in _TRIGGER_POS:
                continue
            noun = tok.pos_ in _NOUN_TAGS
            patterns = self.patterns.for_token(tok.lemma_.lower(), tok.lower_, noun=noun)
            if patterns:
                m = best_match(patterns, tok)
                if m is not None and m.pattern.code != NO_EVENT:  # "met with criticism": no meeting
                    matches.append(m)
        consumed: set[int] = set()
        for m in matches:
            consumed |= {t.i for t in m.words}
        # "willing to withdraw its troops": the complement is the event (as an intent), not "willing"
        governors = {m.trigger.i for m in matches if self._yields_to_complement(m, matches)}
        triggers = {m.trigger.i: m.pattern.code for m in matches if m.trigger.i not in governors}
        events: list[CodedEvent] = []
        for m in matches:
            if m.trigger.i in consumed or m.trigger.i in governors:
                continue  # a noun the verb's pattern already used ("sought the summit")
            if self._governed_by_event(m.trigger, triggers) and not self._protest_met(m.trigger):
                continue
            if m.pattern.code[:2] in _MESSAGE_ROOTS and self._purpose_of_protest(m.trigger, matches):
                continue
            if m.pattern.code[:2] == _PROTEST_ROOT and self._festive(m.trigger):
                continue  # "families gathered in parks to celebrate the new year"
            if (self._idle_warning(m, actors) or not_an_act(m, self.grammar, triggers, actors)
                    or no_act(m, self.grammar, actors)):
                continue
            events.extend(self._events_for(m, actors, mentions))
        events.extend(self._speech_demands(sent, actors))
        events = _with_threats(events, self._penalties_foretold(sent, actors))
        events = _with_criticism(events, self._criticisms(sent, actors, mentions))
        return [e for e in _dedupe(events) if not in_link_run(e.trigger, self.grammar)]

    # -- one match -> events ------------------------------------------------------------------------

    def _events_for(self, m: Match, actors: dict[int, Actor], mentions: Mentions) -> list[CodedEvent]:
        trig = m.trigger
        roles = self._noun_roles(m, actors) if trig.pos_ in _NOUN_TAGS else self._verb_roles(m, actors)
        sources, targets = self._parties(m, roles, actors, mentions)
        implied = None if sources else self._implied_agent(m, mentions)
        if implied is None and not self._enough_parties(m, roles, sources, targets, mentions):
            return []
        speech = self.grammar.speech_head(trig)
        attribution = None
        if speech is not None:
            said_by = [s for s in self._subjects(speech) if s.i in actors]
            attribution = actors[said_by[0].i] if said_by else None
        governor = roles.status_head
        if governor is None and trig.dep_ in {"nsubj", "nsubjpass"} and trig.head.pos_ in {"VERB", "AUX"}:
            governor = trig.head  # "fighting could resume": the event's modality is its verb's
        status = status_of(trig, self.grammar, governor=governor)
        code, status, note = self._final_code(m, status, targets, actors)
        trigger_end = max([trig.i + 1, *[w.i + 1 for w in m.words if w.dep_ == "prt"]])
        rule = f"{m.pattern.origin} {m.pattern.text}{note}"
        if not sources and not targets and implied is None:
            return [CodedEvent(trig, trigger_end, code, None, None, status, attribution,
                               rule + " (no named actor: coded without one)", 0.5)]
        # the event's actors are never its location ("Pyongyang tested ...")
        actor_spans = [(noun_phrase(t).start, noun_phrase(t).end) for t in [*sources, *targets]]
        mutual = trig.pos_ in _NOUN_TAGS or m.pattern.code[:2] in _MUTUAL_ROOTS or self._reciprocal(trig)
        # "the two leaders" stands for each of them: one event per member
        src_list = [(s.i, a) for s in sources for a in (mentions.group(s.i) or [actors[s.i]])]
        if implied is not None:
            src_list = [(-1, implied)]
        tgt_list = [(t.i, self._place_attacked(t, a, code))
                    for t in targets for a in (mentions.group(t.i) or [actors[t.i]])]
        out = []
        for (s_i, src), (t_i, tgt) in _pairs(src_list, tgt_list, symmetric=mutual):
            if src is not None and tgt is not None and (src == tgt or (src.name and src.name == tgt.name)):
                if s_i == t_i:
                    continue
                src, tgt = self._unbind(trig.doc, (s_i, src), (t_i, tgt), mentions)
            if src is not None and tgt is not None and src.country and code[:2] in self.grammar.attack_roots:
                tgt = self.resolver.other_side(trig.doc[t_i], tgt, src.country, mentions)
            conf = 0.9 if src and tgt else 0.6
            official = self._diplomatic_protest(trig, code, s_i, src)
            note = " (a state's protest: coded as complaint 114)" if official else ""
            out.append(CodedEvent(trig, trigger_end, _COMPLAIN_CODE if official else code, src, tgt, status,
                                  attribution, rule + note, conf, actor_spans))
        return out

    def _diplomatic_protest(self, trig: Token, code: str, s_i: int, src: Actor | None) -> bool:
        """ "North Korea protested the drills", "the Chinese side protests": a state's protest is an official
        complaint, not people in the street; a demonym ("Iranians protested") stays the people."""
        if src is None or code[:2] != _PROTEST_ROOT or trig.pos_ != "VERB" or s_i < 0:
            return False
        if trig.lemma_.lower() not in self.grammar.diplomatic_protest_verbs:
            return False
        if src.sector is not None:
            return src.sector.lower() in self.grammar.state_sectors
        head = trig.doc[s_i]
        return src.code == src.country and (head.tag_ == "NNP" or head.lemma_.lower() in self.grammar.state_party_nouns)

    def _implied_agent(self, m: Match, mentions: Mentions) -> Actor | None:
        """ "Eight activists were sentenced", "40 people were detained": a passive without "by" whose doer
        the verb implies, a court or the police of the country the story is about."""
        trig = m.trigger
        role = self.grammar.implied_agent(trig.lemma_.lower(), m.pattern.code)
        if role is None or trig.pos_ != "VERB" or child(trig, "agent") is not None:
            return None
        # "was sentenced", "have been detained"; not "felt sentenced to a life of ..." or "is detained" (a habit)
        verb = _joined_passive(trig) or trig  # "was arrested and sentenced": the first verb's auxiliary
        if not any(c.dep_ == "auxpass" and c.lower_ in self.grammar.past_passive_aux for c in verb.children):
            return None
        return self.resolver.implied_actor(trig, role, mentions)

    def _unbind(self, doc: Doc, source: _Party, target: _Party,
                mentions: Mentions) -> tuple[Actor | None, Actor | None]:
        """Source and target resolved to the same actor. A pronoun that is the other's subject or
        object means someone else ("Clinton, who attacked him", "he criticized Obama"); else the
        target goes: "the BLA warned it would ..." -> "it", no one acts on themselves."""
        (s_i, src), (t_i, tgt) = source, target
        assert src is not None
        if t_i >= 0 and doc[t_i].pos_ == "PRON" and doc[t_i].dep_ in _OBJECT_DEPS:
            return src, self.resolver.other_referent(doc[t_i], mentions, src)
        if (s_i >= 0 and doc[s_i].pos_ == "PRON" and doc[s_i].dep_ == "nsubj" and t_i >= 0
                and doc[t_i].dep_ in _OBJECT_DEPS and doc[s_i].lower_ not in self.grammar.first_person):
            return self.resolver.other_referent(doc[s_i], mentions, src), tgt
        return src, None

    def _place_attacked(self, tok: Token, actor: Actor, code: str) -> Actor:
        """ "Russian missiles struck Kyiv": a capital attacked is the place and its people, the country,
        not the government it stands for when it speaks ("Kyiv said")."""
        if code[:2] not in self.grammar.attack_roots or actor.sector is None:
            return actor
        state = self.resolver.capital_named(tok)
        if state is None or state != actor.country:
            return actor
        return Actor(actor.text, state, state, None, None, f"{actor.how}; attacked as a place: the country")

    def _parties(self, m: Match, roles: _Roles, actors: dict[int, Actor],
                 mentions: Mentions) -> tuple[list[Token], list[Token]]:
        """The source and target tokens that name actors: the pattern's roles, then the fallbacks."""
        trig = m.trigger
        # "U.S. sanctions that block ...", "the sanctions hurt Russia": a thing that carries a country acts not
        for s in roles.sources:  # "the Russian decision to expel": a nationality before the noun acts
            if s.i not in actors and s.dep_ in {"amod", "compound"}:
                found = self.resolver.resolve(s, Mentions(date=mentions.date))
                if found is not None:
                    actors[s.i] = found
        sources = [s for s in roles.sources if s.i in actors and self._can_act(s, actors[s.i])]
        targets = [t for t in roles.targets if t.i in actors and t.i not in {s.i for s in sources}
                   and not self._deed_of_victim(t, m)]
        speech = self.grammar.speech_head(trig)
        if not sources and speech is not None and (_expletive_subject(trig, self.grammar)
                                                   or self._speaker_speaks(trig)):
            # "Kim said it was up to the US to ...", '"We will attack the rebels," the general said':
            # the speaker is the source
            sources = [s for s in self._subjects(speech) if s.i in actors]
        mutual = trig.pos_ in _NOUN_TAGS or m.pattern.code[:2] in _MUTUAL_ROOTS
        reciprocal = self._reciprocal(trig)  # "fought each other in Lebanon", "clashed with one another"
        if not targets and not reciprocal and not (mutual and _count(sources, mentions) > 1):
            # "A and B met": each the other's target
            targets = self._fallback_targets(m, roles, actors, {actors[s.i].code for s in sources}, mentions)
            targets = [t for t in targets if t.i in actors]
        heads = self.targets.heads(trig, m.words)
        targets = self.targets.past_own_state(trig, sources, targets, actors)
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

    def _a_thing(self, tok: Token) -> bool:
        """A noun that names a thing, whose actor is only a word before it ("civilian medals")."""
        return tok.pos_ == "NOUN" and not self.resolver.names_an_actor(tok)

    def _reciprocal(self, trig: Token) -> bool:
        """Whether the object is "each other" or "one another": the subjects act on themselves."""
        objects = [c for c in trig.children if c.dep_ == "dobj"]
        objects += [o for p in children(trig, "prep") for o in children(p, "pobj")]
        return any(" ".join(t.lower_ for t in o.subtree) in self.grammar.reciprocals for o in objects)

    def _can_act(self, tok: Token, actor: Actor) -> bool:
        """A source names an actor: a name, a body, a role, people or a weapon, not a thing with a country."""
        if actor.name is not None or actor.sector is not None or self._agent_like(tok):
            return True  # "Israeli army bulldozers": a thing of a named body acts for it
        if self.resolver.names_an_actor(tok):
            return True
        if tok.lemma_.lower() in self.grammar.people_nouns or tok.lower_ in self.grammar.people_nouns:
            return True
        # "the head of state", "a convoy of soldiers": a partitive stands for the actor it is of
        return any(o.dep_ == "pobj" and self.resolver.names_an_actor(o) for p in children(tok, "prep")
                   if p.lower_ == "of" for o in p.children)

    def _speaker_speaks(self, trig: Token) -> bool:
        """The reported clause's subject is the speaker in the first person ("we will", "I have")."""
        subjects = self._subjects(trig)
        return bool(subjects) and all(s.lower_ in self.grammar.first_person for s in subjects)

    def _enough_parties(self, m: Match, roles: _Roles, sources: list[Token], targets: list[Token],
                        mentions: Mentions) -> bool:
        """Whether the actors found make an event: a meeting needs a counterpart; violence and protest
        need no named actor when nobody else is said to do them ("clashes erupted")."""
        n_sources = _count(sources, mentions)
        if not sources and self._thing_does_it(m.trigger):
            return False  # "the film attacks corruption": a thing, not an actor, is the subject
        if standing_attitude(m.trigger, self.grammar):
            return False  # "most people there oppose the plan": an attitude, not an act (habits: guards.py)
        if not targets and (m.pattern.target_required or (m.pattern.code[:2] == _CONSULT_ROOT and n_sources < 2)):
            return False  # "UNHCR received $94 million", "the cabinet met": no counterpart, no event
        if sources or (targets and m.trigger.pos_ not in _NOUN_TAGS):
            return True
        return self._agentless(m, roles)

    def _agentless(self, m: Match, roles: _Roles) -> bool:
        """An event of violence, repression or protest whose doer goes unnamed or is no known actor:
        "clashes erupted", "fighting was reported", "two bodies were found", "workers protested"."""
        trig = m.trigger
        subjects = [c for c in trig.children if c.dep_ in {"nsubj", "csubj"}]
        if trig.tag_ in {"VBP", "VBZ"} and not any(c.dep_ in {"aux", "auxpass"} for c in trig.children):
            return False  # "residents complain about crowds": the simple present of a habit
        if subjects and trig.pos_ not in _NOUN_TAGS and all(self._agent_like(s) for s in subjects):
            return True  # "rebels withdrew from the town": doers the dictionary does not name
        if m.pattern.code[:2] not in self.grammar.agentless_roots:
            return False
        if trig.pos_ in _NOUN_TAGS or (trig.tag_ == "VBG" and trig.dep_ in {"nsubj", "nsubjpass", "dobj"}):
            return self._noun_happened(trig, roles)  # "clashes erupted", "fighting broke out"
        agent = child(trig, "agent")
        by = child(agent, "pobj") if agent is not None else None
        if by is not None and not self._agent_like(by):
            return False  # "was struck by the cyclone", "destroyed by floods"
        if not subjects:
            # "two soldiers were killed", not "is usually deported" (a habit) or "to prevent" (someone's aim)
            return any(c.dep_ == "auxpass" and c.lower_ in self.grammar.past_passive_aux for c in trig.children)
        return False

    def _thing_does_it(self, trig: Token) -> bool:
        """The verb's subject is a common noun that names no actor and no doer ("the film", "prices")."""
        if trig.pos_ in _NOUN_TAGS:
            return False
        if self._habitual_passive(trig):
            return True  # "the knife is sold around the world": a habit, not a deed
        subjects = self._subjects(trig)
        return bool(subjects) and all(s.pos_ == "NOUN" and not self._agent_like(s) and not _owned_by_name(s)
                                      for s in subjects)

    def _habitual_passive(self, trig: Token) -> bool:
        return any(c.dep_ == "auxpass" and c.lower_ in self.grammar.habitual_passive_aux for c in trig.children)

    def _noun_happened(self, noun: Token, roles: _Roles) -> bool:
        """A noun event reported as taking place: the subject of "erupt", "take place", "be reported",
        the object of a light verb ("staged a protest"), not a mention ("fears of clashes")."""
        head = noun.head
        if roles.status_head is not None:
            return True
        protest = noun.lemma_.lower() in self.grammar.protest_nouns
        if protest and noun.dep_ == "attr" and head.lemma_ == "be" and child(head, "expl") is not None:
            return True  # "there were street protests"
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

    def _agent_like(self, subj: Token) -> bool:
        """An unresolved subject that can still do the deed: a group of people or a weapon
        ("gunmen", "protesters", "a roadside bomb"), not a thing or an idea ("the film attacks ...")."""
        words = [subj, *(c for p in subj.children if p.dep_ == "prep" and p.lower_ == "of"
                         for c in p.children if c.dep_ == "pobj")]
        return any(w.lemma_.lower() in self.grammar.agent_nouns or w.lower_ in self.grammar.agent_nouns
                   for w in words)

    def _prominent(self, targets: list[Token], actors: dict[int, Actor]) -> bool:
        """A target that is one politically significant person: named in the dictionary, or by an office.
        A counted or plural group ("33 militants", "dozens of members") is never one, whatever its name."""
        return any((actors[t.i].name or t.lemma_.lower() in self.grammar.office_nouns) and _one_person(t)
                   for t in targets)

    def _final_code(self, m: Match, status: Status, targets: list[Token],
                    actors: dict[int, Actor]) -> tuple[str, Status, str]:
        """The code after modality and the codebook's distinctions: a negated acceptance is a rejection,
        a future event an intent, and a killing an assassination only when its target is a named person."""
        trig = m.trigger
        code = m.pattern.code
        if (status == "negated" and trig.lemma_.lower() in self.grammar.negated_acceptance
                and not nobody_did(trig, self.grammar)):  # "nobody recognizes X": no refusal by anyone
            # "will not accept refugees" is a rejection (in the future, if "will")
            future = any(c.dep_ == "aux" and c.lower_ in self.grammar.future_aux for c in trig.children)
            return _REJECT_CODE, "future" if future else "asserted", " (negated acceptance: coded as rejection)"
        killing = trig.lemma_.lower() in self.grammar.killing_verbs or any(w.lower_ == "dead" for w in m.words)
        if code in _KILLING_CODES and killing and self._prominent(targets, actors):
            code = _ASSASSINATE_CODE  # a named person killed: a targeted killing (CAMEO 186)
            note = " (named person killed: assassination)"
        else:
            note = ""
        if status == "future" and self.grammar.intent_code(code) != code:
            code = self.grammar.intent_code(code)
            note += f" (future: coded as intent {code})"
        return code, status, note

    def _verb_roles(self, m: Match, actors: dict[int, Actor]) -> _Roles:
        trig = m.trigger
        reduced = _reduced_passive(trig) or _joined_passive(trig)
        if (is_passive(trig) or reduced) and trig.pos_ == "VERB":
            agent = child(trig, "agent")
            by = child(agent, "pobj") if agent is not None else None
            sources = conjuncts(by) if by is not None else self._attackers(trig, m)
            obj = child(reduced or trig, "nsubjpass", "nsubj")
            targets = conjuncts(obj) if obj is not None and obj.i not in {w.i for w in m.words} else []
            if m.target_anchor is not None and m.target_anchor is not trig:
                targets = self._slot(m.target_anchor) or targets
            # "the soldiers who were killed by militants": the relative pronoun is the noun it describes
            return _Roles(sources, [self._relative_antecedent(t) for t in targets])
        sources = self._subjects(trig)
        targets = self._slot(m.target_anchor) if m.target_anchor is not None else []
        if m.pattern.undergone:  # "drew criticism from Beijing": the subject is criticised, Beijing criticises
            return _Roles(targets, [self._relative_antecedent(t) for t in sources])
        if not targets and m.target_anchor is trig:
            targets = _shared_object(trig)  # "Kenya condemned and sanctioned Somalia"
        targets = [self._first_clause_object(t, trig, actors) for t in targets]
        return _Roles(sources, [self._relative_antecedent(t) for t in targets])

    def _first_clause_object(self, tok: Token, trig: Token, actors: dict[int, Actor]) -> Token:
        """ "arrested a soldier and charged him", "shot a teenager, wounding him": an unresolved object
        pronoun of a second clause means the object of the clause it is joined to, when that names an actor
        of the same number; any other token stands for itself."""
        if tok.i in actors or tok.lower_ not in self.grammar.object_pronouns or trig.dep_ not in {"conj", "advcl"}:
            return tok
        first = child(trig.head, "dobj")
        if first is None or first.i not in actors or first.i > tok.i:
            return tok
        plural = tok.lower_ in self.grammar.plural_object_pronouns
        return first if (first.tag_ in {"NNS", "NNPS"}) == plural else tok

    def _attackers(self, trig: Token, m: Match) -> list[Token]:
        """ "killed in airstrikes by Israel", "wounded during an attack by militants": a violent deed
        in the passive without its own agent is done by whoever did the attack it happened in."""
        if m.pattern.code[:2] not in self.grammar.attack_roots:
            return []
        nouns = [o for p in children(trig, "prep") for o in children(p, "pobj")]
        nouns += [o for n in nouns for p in children(n, "prep") if p.lower_ == "of" for o in children(p, "pobj")]
        for attack in nouns:  # "killed in two days of attacks by Israel": the attacks, through "of"
            if attack.pos_ != "NOUN":
                continue
            patterns = self.patterns.for_token(attack.lemma_.lower(), attack.lower_, noun=True)
            if not any(p.code[:2] in self.grammar.attack_roots for p in patterns):
                continue
            agent = next((child(p, "pobj") for p in children(attack, "prep") if p.lower_ == "by"), None)
            return conjuncts(agent) if agent is not None else []
        return []

    def _relative_antecedent(self, tok: Token) -> Token:
        """ "the NBA, which he accused of ...": a relative pronoun object stands for the noun its clause
        describes; any other token stands for itself."""
        if tok.tag_ not in {"WDT", "WP"} or tok.lower_ not in self.grammar.relative_pronouns:
            return tok
        t = tok.head
        for _ in range(3):
            if t.dep_ == "relcl":
                return t.head
            if t.head.i == t.i:
                break
            t = t.head
        return tok

    def _noun_roles(self, m: Match, actors: dict[int, Actor]) -> _Roles:
        """Participants of an event named by a noun."""
        noun = m.trigger
        parties: list[Token] = []
        targets: list[Token] = []
        governor = None
        third_party = m.pattern.code in self.grammar.third_party_codes
        meeting = noun.lemma_.lower() in self.grammar.meeting_nouns
        for prep in children(noun, "prep"):
            obj = child(prep, "pobj")
            if obj is None:
                continue
            word = prep.lower_
            if word in self.grammar.between_preps and third_party:
                targets.extend(conjuncts(obj))  # "mediation between A and B": A and B are its targets
            elif word in self.grammar.between_preps or word == "by" or (word == "of" and meeting):
                parties.extend(conjuncts(obj))  # "talks between A and B", "a meeting of Iran with ..."
            elif word in self.grammar.noun_target_preps or word == "of":
                targets.extend(conjuncts(obj))
        for c in noun.lefts:
            if c.dep_ == "poss" and c.pos_ != "PRON":
                parties.append(c)
        for comp in children(noun, "acl"):
            subj = child(comp, "nsubj")  # "X's call for the army to support him": the army is asked
            if subj is not None and any(m.lower_ == "for" for m in comp.children if m.dep_ == "mark"):
                targets.extend(conjuncts(subj))
        if not targets and noun.dep_ == "nsubj" and m.pattern.code[:2] in self.grammar.attack_roots:
            # "a drone strike in Baghdad killed a general": a party the deed's verb acts on, not a place it rocked
            targets.extend(t for t in _object_of_verb(noun.head) if t.ent_type_ not in _PLACE_ENTITIES)
        for tok, actor in self.resolver.country_modifiers(noun):
            actors.setdefault(tok.i, actor)
            parties.append(tok)
        if noun.dep_ in {"dobj", "nsubjpass"} and noun.head.lemma_.lower() in self.grammar.light_verbs:
            governor = noun.head
            if not parties:
                parties = self._subjects(governor)
        elif noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in self.grammar.readiness_words:
            parties = parties or self._subjects(noun.head.head)
        elif meeting and noun.dep_ == "pobj" and noun.head.lower_ in self.grammar.occasion_preps:
            parties = parties or self._subjects(noun.head.head)  # "In a meeting with Abe, Biden said ..."
        if not parties and m.pattern.code[:2] in _ROLE_DOER_ROOTS and self._named_by_role(noun, actors):
            parties.append(noun)  # "an opposition protest", "a police crackdown": the modifier is the doer
        return _Roles(parties, targets, governor)

    @staticmethod
    def _named_by_role(noun: Token, actors: dict[int, Actor]) -> bool:
        """The event noun's phrase resolves to an actor by the role a common-noun modifier names
        ("opposition", "police", "student"), not by a name, a capital ("the Moscow protest") or an
        "of" phrase ("protests of Assad")."""
        actor = actors.get(noun.i)
        if actor is None or actor.sector is None:
            return False
        mods = [c for c in noun.lefts if c.dep_ in {"compound", "amod"} and c.pos_ in {"NOUN", "ADJ"}]
        return any((actor.how or "").startswith(f"role '{c.lower_}'") for c in mods)

    # -- subjects and objects -----------------------------------------------------------------------

    def _subjects(self, verb: Token) -> list[Token]:
        """The subject of `verb`, following control, coordination and relative clauses."""
        t = verb
        active_below = False  # climbed from an active complement or conjunct, whose subject a passive may hold
        for _ in range(5):
            subj = child(t, "nsubj", "csubj")
            if subj is None and active_below:
                # "Rubio is expected to meet Iwaya", "was indicted and will resign": the passive
                # subject acts; not in "were killed or wounded", where the conjunct is passive too
                subj = child(t, "nsubjpass")
            if subj is not None:
                if _is_expletive(subj, self.grammar):
                    return []
                if t.dep_ == "relcl" and subj.lower_ in self.grammar.relative_pronouns:
                    return conjuncts(t.head)  # "Greece, which hosted talks": Greece hosted
                return self._claimed_by(subj) or conjuncts(subj)
            if t.dep_ in {"acomp", "attr"}:
                t = t.head
                continue
            if t.dep_ == "xcomp":
                obj = child(t.head, "dobj")
                if obj is not None and t.head.lemma_.lower() in self.grammar.object_control_verbs:
                    return conjuncts(obj)
                active_below = True
                t = t.head
                continue
            purpose = t.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
            if (purpose or (t.dep_ == "advcl" and t.tag_ == "VBG")) and is_passive(t.head):
                return _agents(t.head)  # "churches were bombed by X, killing 45": X killed, not the churches
            infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
            if purpose or (t.dep_ in {"acl", "relcl"} and infinitive and t.head.dep_ == "attr"):
                # "Abe flew to New York to meet Trump", "Trump became the first leader to meet Kim"
                t = t.head if purpose else t.head.head
                active_below = True
                continue
            if t.dep_ == "conj" and t.tag_ in _FINITE and t.head.dep_ == "xcomp" and t.head.tag_ == "VB":
                t = t.head.head  # "urged Iran to return and criticized the US": a finite verb is no infinitive's
                continue
            if t.dep_ == "conj" or (t.dep_ == "advcl" and t.tag_ == "VBG"):
                active_below = t.tag_ != "VBN" or child(t, "aux") is not None
                t = t.head
                continue
            if t.dep_ == "relcl":
                return conjuncts(t.head)
            if t.dep_ == "acl" and t.tag_ == "VBG":
                if t.head.lemma_.lower() in self.grammar.message_nouns and t.head.dep_ == "dobj":
                    t = t.head.head  # "issued a statement condemning X": whoever issued it condemns
                    continue
                return conjuncts(t.head)
            if t.dep_ == "acl" and t.head.pos_ in _NOUN_TAGS:
                # "Japan's refusal to attack", "Iran's plan to build", "the U.S. decision to withdraw"
                owner = child(t.head, "poss") or (_named_modifier(t.head) if infinitive else None)
                if owner is not None:
                    return conjuncts(owner)
            if t.dep_ in {"pcomp", "pobj"} and t.head.dep_ == "prep":
                t = t.head.head
                owner = child(t, "poss") if t.pos_ in _NOUN_TAGS else None
                if owner is not None and owner.pos_ != "PRON":
                    return conjuncts(owner)  # "the president's first event after arriving in Tokyo"
                continue
            break
        return []

    def _claimed_by(self, subj: Token) -> list[Token]:
        """ "a bomb attack claimed by Islamic State killed ...": a violent deed that is the subject was done by
        the agent of its own participle (claimed, carried out, planted by X); other subjects have none."""
        if subj.pos_ != "NOUN":
            return []
        patterns = self.patterns.for_token(subj.lemma_.lower(), subj.lower_, noun=True)
        if not any(p.code[:2] in self.grammar.attack_roots for p in patterns):
            return []
        for acl in (c for c in subj.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            by = child(acl, "agent")
            obj = child(by, "pobj") if by is not None else None
            if obj is not None:
                return conjuncts(obj)
        return []

    def _fallback_targets(self, m: Match, roles: _Roles, actors: dict[int, Actor],
                          source_codes: set[str], mentions: Mentions) -> list[Token]:
        """No actor at the pattern's slot: look in complements, inside objects, then at the place."""
        heads = self.targets.heads(m.trigger, m.words)
        consumed = m.consumed
        if m.pattern.target_after is None:
            found = self.targets.direct(heads, consumed, actors)
        elif m.pattern.code[:2] in self.grammar.addressee_roots:
            found = self.targets.given_to(heads[:1], actors)  # "complained to Tokyo about the curbs"
        else:
            found = []
        if not found and m.pattern.code in self.grammar.third_party_codes:
            found = self.targets.between(heads, actors)  # "offered to mediate between Iran and the US"
        if found:
            return found
        objects = [*roles.targets, *[w for w in m.words if w.pos_ in _NOUN_TAGS]]
        objects += [c for h in heads for c in h.children if c.dep_ in {"dobj", "nsubjpass", "attr"}]
        objects += [a for a in map(antecedent, objects) if a is not None]  # "dropping them" -> the talks
        places = self.grammar.place_preps
        objects += [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ not in places
                    for o in p.children if o.dep_ == "pobj"]  # "declined to answer a request from X"
        if m.pattern.code[:2] == _THREAT_ROOT:
            found = self.targets.condition(m.trigger, actors)  # "threatened to stop talks if the US deploys"
            if found:
                return found
        own = frozenset(i for s in roles.sources for i in range(noun_phrase(s).start, noun_phrase(s).end))
        if m.pattern.code[:2] in _MESSAGE_ROOTS:  # "condemned the arrest of protesters": not the protesters
            own |= {o.i for n in objects if self._names_deed(n) for p in children(n, "prep") if p.lower_ == "of"
                    for o in children(p, "pobj")}
        found = self.targets.inside(objects, actors, source_codes, mentions.date, skip=own)
        if found:
            return found
        # "met in Singapore", "criticized the decision in Moscow": a venue, no target; but "agreed to
        # postpone the demonstration in Baku": the place of a protest is what the protest acts on
        # the place of a protest itself stands for its government; a place inside what it is against
        # does not ("protested against the war in Iraq")
        sector = _GOVERNMENT if m.pattern.code[:2] in self.grammar.government_place_roots else None
        return (self.targets.place([h for h in heads if self._acts_on_place(h, m)], actors, sector)
                or self.targets.place([h for h in objects if self._acts_on_place(h, m)], actors))

    def _deed_of_victim(self, tok: Token, m: Match) -> bool:
        """ "condemned the arrest of protesters": a deed stands for whom it was done to, and a statement
        about the deed is aimed at its doer, not at them."""
        return (m.pattern.code[:2] in _MESSAGE_ROOTS and self._names_deed(tok)
                and any(p.lower_ == "of" for p in children(tok, "prep")))

    def _names_deed(self, noun: Token) -> bool:
        """Whether a noun names a deed done to someone: an arrest, a killing, an abduction."""
        return noun.pos_ == "NOUN" and noun.lemma_.lower() in self.grammar.deed_nouns

    def _acts_on_place(self, tok: Token, m: Match) -> bool:
        """Whether the event a word names acts on the place it happens in (a curfew, a protest, an attack)."""
        roots = self.grammar.place_target_roots
        if m.pattern.code[:2] in roots or tok.i == m.trigger.i:
            return m.pattern.code[:2] in roots
        patterns = self.patterns.for_token(tok.lemma_.lower(), tok.lower_, noun=tok.pos_ in _NOUN_TAGS)
        return any(p.code[:2] in roots for p in patterns) and m.pattern.code[:2] != _CONSULT_ROOT

    def _slot(self, anchor: Token) -> list[Token]:
        """The target at a pattern's `*`: the object of a preposition or of a verb."""
        if anchor.dep_ in {"prep", "agent", "dative"} or anchor.pos_ == "ADP":
            obj = child(anchor, "pobj")
            if obj is not None:
                return conjuncts(obj)
            comp = child(anchor, "pcomp")
            if comp is not None:
                subj = child(comp, "nsubj")
                return conjuncts(subj) if subj is not None else []
            follower = _noun_after(anchor)  # "asylum to five officers holed up ...": a lost object
            return conjuncts(follower) if follower is not None else []
        obj = child(anchor, "dobj", "dative", "attr") or _up_to_object(anchor) or lost_object(anchor)
        if obj is not None:
            return conjuncts(obj)
        for comp in children(anchor, "ccomp", "xcomp", "acl"):
            subj = child(comp, "nsubj")
            if subj is not None:
                return conjuncts(subj)
        if anchor.pos_ in _NOUN_TAGS and anchor.dep_ == "dobj":
            return self._slot(anchor.head)  # "reiterated its demand that Israel ease ...": the verb's clause
        return []

    # -- criticism without an accusing verb ----------------------------------------------------------

    def _criticisms(self, sent: Span, actors: dict[int, Actor], mentions: Mentions) -> list[CodedEvent]:
        """ "X said Y's deal was flawed", "X called the US sanctions illegal": X criticizes Y (see
        coding/evaluation.py); the speaker must be an actor, and no one criticizes themselves."""
        out = []
        for ev in self.evaluations.find(sent, actors, mentions):
            if status_of(ev.verb, self.grammar) != "asserted":
                continue  # "did not call the deal flawed", "may say the plan is reckless"
            sources = [s for s in self._subjects(ev.verb) if s.i in actors and self._can_act(s, actors[s.i])]
            for s in sources:
                out.extend(self._criticism(ev, actors[s.i], s, actors))
        return out

    def _criticism(self, ev: Evaluation, source: Actor, source_tok: Token,
                   actors: dict[int, Actor]) -> list[CodedEvent]:
        guessed = self._country_from_context(source_tok, source)
        if not ev.targets and guessed:
            return []  # "critics said the deal was flawed": whose critics and whose deal, unknown
        targets = [t for t in ev.targets if not self._own_side(source, actors[t.i], guessed)]
        if ev.targets and not targets:
            return []  # "the minister said Canada's response was a failure": self-criticism
        rule = f"evaluation: '{ev.verb.text}' + negative '{ev.word.text}' (data/evaluation.yaml)"
        spans = [(noun_phrase(t).start, noun_phrase(t).end) for t in [source_tok, *targets]]
        if not targets:
            return [CodedEvent(ev.verb, ev.verb.i + 1, ev.code, source, None, "asserted", None, rule, 0.5, spans)]
        return [CodedEvent(ev.verb, ev.verb.i + 1, ev.code, source, actors[t.i], "asserted", None, rule, 0.7, spans)
                for t in targets]

    @staticmethod
    def _own_side(source: Actor, target: Actor, guessed: bool) -> bool:
        """The target is the speaker, or the speaker's own state named bare ("Canada's response"), or
        shares a country the resolver only guessed for the speaker."""
        if target.code == source.code:
            return True
        same_country = target.country is not None and target.country == source.country
        return same_country and (guessed or target.code == target.country)

    def _country_from_context(self, tok: Token, actor: Actor) -> bool:
        """An unnamed role ("officials said") whose country the resolver took from the sentence: maybe
        the very country it criticizes, so no criticism between the two is read."""
        phrase = noun_phrase(tok)
        return (tok.pos_ == "NOUN" and actor.name is None and not self.resolver.country_modifiers(tok)
                and not any(t.pos_ == "PROPN" for t in phrase))

    # -- reported demands ---------------------------------------------------------------------------

    def _speech_demands(self, sent: Span, actors: dict[int, Actor]) -> list[CodedEvent]:
        """ "X said/argued/declared that Y must do Z" -> X demands of Y (CAMEO 100)."""
        out = []
        for verb in docmemo.span_tokens(sent):
            if verb.lemma_.lower() not in self.grammar.speech_verbs or verb.pos_ != "VERB":
                continue
            if verb.lemma_.lower() in self.grammar.belief_verbs:
                continue  # "most Germans think the government should send aid": an opinion, not a demand
            if poll_view(verb, self.grammar):
                continue  # "sixty percent of voters say Congress should act": a poll's finding
            for comp in children(verb, "ccomp"):
                aux = " ".join(c.lower_ for c in comp.children if c.dep_ == "aux")
                if not any(modal in aux.split() or modal == aux for modal in self.grammar.demand_modals):
                    continue
                sources = [s for s in self._subjects(verb) if s.i in actors]
                subj = child(comp, "nsubj", "nsubjpass")
                targets = [t for t in conjuncts(subj) if t.i in actors] if subj is not None else []
                status = status_of(verb, self.grammar)
                for s in sources:
                    for t in targets:
                        out.append(CodedEvent(verb, verb.i + 1, _SAY_MUST_CODE, actors[s.i], actors[t.i], status,
                                              None, "grammar: speech verb + must-complement", 0.7))
        return out

    def _penalties_foretold(self, sent: Span, actors: dict[int, Actor]) -> list[CodedEvent]:
        """ "Erdogan vowed that the Netherlands would pay the price": a penalty vowed for another actor is a
        threat by the one who vows it (CAMEO 130), not a promise."""
        out = []
        for verb in docmemo.span_tokens(sent):
            if verb.lemma_.lower() not in self.grammar.penalty_verbs:
                continue  # the cheap test first: most words are no penalty verb
            gov = verb.head
            subj = child(verb, "nsubj")
            # the that-clause, or a clause with its own subject the parser hung beside the vow
            clause = verb.dep_ == "ccomp" or (verb.dep_ == "conj" and subj is not None)
            if (not clause or verb.lemma_.lower() not in self.grammar.penalty_verbs
                    or gov.lemma_.lower() not in self.grammar.vowing_verbs):
                continue
            if not any(c.dep_ == "dobj" and c.lemma_.lower() in self.grammar.consequence_words for c in verb.children):
                continue  # "vowed that Iran would pay its debts"
            if not any(c.dep_ == "aux" and c.lower_ in self.grammar.future_aux | {"would"} for c in verb.children):
                continue
            targets = [t for t in conjuncts(subj) if t.i in actors] if subj is not None else []
            status = status_of(gov, self.grammar)
            for s in (s for s in self._subjects(gov) if s.i in actors):
                for t in targets:
                    if actors[s.i].country != actors[t.i].country:  # a penalty for its own side is no threat
                        out.append(CodedEvent(gov, gov.i + 1, _THREAT_CODE, actors[s.i], actors[t.i], status, None,
                                              "grammar: vow + penalty for another", 0.7))
        return out

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
        return any(m.trigger.i == head.i and m.pattern.code[:2] == _PROTEST_ROOT for m in matches)

    def _governed_by_event(self, trig: Token, triggers: dict[int, str]) -> bool:
        """A complement of another event's trigger ("agreed to lift", "urged X to support",
        "reiterated its demand that Israel ease"); a plain report ("said X attacked") is no governor."""
        t = trig
        for _ in range(5):
            if t.dep_ in {"xcomp", "ccomp", "pcomp", "pobj", "prep"} or (t.dep_ == "dobj" and t.pos_ in _NOUN_TAGS):
                if t.dep_ == "prep" and t.lower_ in self.grammar.adverbial_preps:
                    return False  # "threatened strikes after blaming Assad": a time, not a complement
                link = t.dep_
                t = t.head  # up through complements, prepositions and object nouns ("rejected an appeal for")
            else:
                return False
            # a speech verb governs what hangs off its preposition ("warned Iran against attacking"),
            # not the clause it reports ("warned that rebels attacked")
            if t.i in triggers and (t.lemma_.lower() not in self.grammar.speech_verbs
                                    or triggers[t.i][:2] in _DEMAND_ROOTS or link == "prep"):
                return True
        return False

    def _idle_warning(self, m: Match, actors: dict[int, Actor]) -> bool:
        """A bare "warned" whose that-clause tells a fact or someone else's deed with no penalty named
        ("warned Greece that its debt was unsustainable"): a statement, not a threat (PLOVER THREATEN
        needs a consequence the source would bring about)."""
        trig = m.trigger
        if m.words or m.pattern.code[:2] != _THREAT_ROOT or trig.lemma_.lower() not in self.grammar.warning_verbs:
            return False
        own_side = {actors[s.i].country for s in self._subjects(trig) if s.i in actors} - {None}
        for comp in children(trig, "ccomp"):
            subj = child(comp, "nsubj", "nsubjpass")
            # "warned that Iran would face sanctions"; not "warned that sanctions could cause a disaster",
            # where the consequence is the subject of a prediction
            actor = child(comp, "nsubj")  # a passive subject is what is done: "sanctions would be imposed"
            said_of = set(comp.subtree) - (set(actor.subtree) if actor is not None else set())
            if any(self._penalty(t, actors, own_side) for t in said_of):
                return False
            aux = {c.lower_ for c in comp.children if c.dep_ == "aux"}
            if subj is None or not aux & (self.grammar.future_aux | {"would"}):
                return True
            # "warned that it would ...", "Obama warned that the United States would ...": the warner's own act
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


def _reduced_passive(verb: Token) -> Token | None:
    """ "Soldiers killed or wounded in the attacks will receive medals": the parser makes the participle
    the main verb and "will receive" its conjunct; a participle with a subject, no auxiliary and no
    object, joined to a later verb with an auxiliary of its own, is a passive whose subject underwent
    it. (A bare "criticized Japan" tagged as a participle is still active.) Returns the verb that
    holds the subject (the first of joined participles), else None."""
    first = verb.head if verb.dep_ == "conj" and verb.head.tag_ == "VBN" else verb
    if verb.tag_ != "VBN" or first.tag_ != "VBN" or child(first, "nsubj") is None:
        return None
    if any(c.dep_ in {"aux", "auxpass", "dobj"} for v in (verb, first) for c in v.children):
        return None
    joined = [*first.children, *(first.head.children if first.dep_ in {"ccomp", "conj"} else [])]
    predicate = [c for c in joined if c.dep_ in {"conj", "ccomp"} and c.i > verb.i and c.pos_ in {"VERB", "AUX"}
                 and any(a.dep_ in {"aux", "auxpass"} for a in c.children) and child(c, "nsubj") is None]
    return first if predicate else None


def _joined_passive(verb: Token) -> Token | None:
    """ "was arrested and sentenced to ten days", "were detained and charged": a participle joined to a
    passive verb, with no subject, auxiliary or object of its own, is passive too and shares the first
    verb's subject. Returns that first verb, else None."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or verb.head.pos_ != "VERB":
        return None
    head = verb.head
    if not (child(head, "auxpass") is not None and child(head, "nsubjpass") is not None):
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "dobj"} for c in verb.children):
        return None
    return head


def _shared_object(verb: Token) -> list[Token]:
    """The object of the next coordinated verb, when this verb has none of its own."""
    if child(verb, "dobj", "dative", "ccomp", "xcomp") is not None:
        return []
    for conj in children(verb, "conj"):
        if conj.pos_ == "VERB" and child(conj, "nsubj", "nsubjpass") is None:
            obj = child(conj, "dobj")
            return conjuncts(obj) if obj is not None else []
    return []


def _owned_by(noun: Token, sources: list[Token], actors: dict[int, Actor]) -> bool:
    """ "its troops", "his government": a noun owned by a pronoun, of the source's own country."""
    if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
        return False
    return actors[noun.i].country in {actors[s.i].country for s in sources}


def _object_of_verb(verb: Token) -> list[Token]:
    """The direct objects of a verb, or none."""
    obj = child(verb, "dobj") if verb.pos_ == "VERB" else None
    return conjuncts(obj) if obj is not None else []


def _agents(verb: Token) -> list[Token]:
    """The "by" agents of a passive verb, or none."""
    agent = child(verb, "agent")
    by = child(agent, "pobj") if agent is not None else None
    return conjuncts(by) if by is not None else []


def _named_modifier(noun: Token) -> Token | None:
    """A name or nationality before a noun ("the U.S. decision", "the Russian plan"), or none."""
    return next((c for c in noun.lefts if c.dep_ in {"amod", "compound"} and c.pos_ in {"PROPN", "ADJ"}
                 and c.ent_type_ in {"GPE", "NORP", "ORG"}), None)


def _owned_by_name(noun: Token) -> bool:
    """ "Japan's army", "the BLA's fighters": a noun owned by a name stands for its owner."""
    return any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children)


def _count(tokens: list[Token], mentions: Mentions) -> int:
    """How many actors the tokens stand for ("the two leaders" counts two)."""
    return sum(len(mentions.group(t.i)) or 1 for t in tokens)


def _expletive_subject(trig: Token, grammar: Grammar) -> bool:
    t = trig if trig.pos_ in {"VERB", "AUX"} else trig.head
    subj = child(t, "nsubj")
    return subj is not None and _is_expletive(subj, grammar)


def _is_expletive(subj: Token, grammar: Grammar) -> bool:
    """ "it" that stands for a clause ("it was up to the US to ...", "it is reported that ..."),
    not for an actor ("Chad says it is ready to pull out")."""
    if subj.lower_ == "there":
        return True
    if subj.lower_ not in grammar.expletives or subj.pos_ != "PRON":
        return False
    verb = subj.head
    if verb.lemma_ != "be" and not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    for c in verb.children:
        if c.dep_ == "acomp" and c.lemma_.lower() in grammar.intent_governors | grammar.future_verbs:
            return False  # "it is willing to ...": the subject controls the complement
    return any(c.dep_ in {"ccomp", "xcomp", "csubj"} or (c.dep_ == "prep" and c.lower_ == "up")
               or (c.dep_ == "acomp" and any(g.dep_ in {"xcomp", "ccomp"} for g in c.children))
               for c in verb.children)


_Party = tuple[int, Actor | None]  # (doc index of the mention, its actor)
# A pronoun here is its verb's object: it never means the verb's own subject ("he attacked him").
_OBJECT_DEPS = frozenset({"dobj", "dative", "pobj"})


def _one_person(noun: Token) -> bool:
    """A singular noun with no number of its own: "the minister", not "ministers" or "33 fighters"."""
    return noun.tag_ not in ("NNS", "NNPS") and not any(c.dep_ == "nummod" for c in noun.children)


def _pairs(sources: Sequence[_Party], targets: Sequence[_Party], *, symmetric: bool) -> list[tuple[_Party, _Party]]:
    """Source-target pairs: each source with each target; "A and B met" gives A->B and B->A."""
    none: _Party = (-1, None)
    if sources and targets:
        return [(s, t) for s in sources for t in targets]
    if len(sources) > 1 and symmetric:
        return [(s, t) for s in sources for t in sources if s != t]
    if sources:
        return [(s, none) for s in sources]
    return [(none, t) for t in targets]


def _with_criticism(events: list[CodedEvent], criticism: list[CodedEvent]) -> list[CodedEvent]:
    """Criticism read off a judgement, unless a pattern already coded an accusation at its verb; it
    replaces a plain statement there ("expressed concern" alone is CAMEO 012, a pessimistic comment)."""
    accused = {e.trigger.i for e in events if e.code[:2] == _ACCUSE_ROOT}
    criticism = [c for c in criticism if c.trigger.i not in accused]
    judged = {c.trigger.i for c in criticism}
    return [e for e in events if not (e.trigger.i in judged and e.code[:2] == _STATEMENT_ROOT)] + criticism


def _done(verb: Token) -> bool:
    """An active verb in the simple past or the present perfect ("sealed", "have rocked")."""
    if verb.pos_ != "VERB" or is_passive(verb):
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have"
                                                               for c in verb.children))


def _with_threats(events: list[CodedEvent], threats: list[CodedEvent]) -> list[CodedEvent]:
    """Threats read off a vowed penalty replace the statement or promise coded at the same verb."""
    vowed = {t.trigger.i for t in threats}
    return [e for e in events if not (e.trigger.i in vowed and e.code[:2] in _VOW_ROOTS)] + threats


def _dedupe(events: list[CodedEvent]) -> list[CodedEvent]:
    """One event per trigger and actor pair: the first (most specific) reading wins."""
    seen: set[tuple[int, str, str]] = set()
    out = []
    for e in events:
        key = (e.trigger.i, e.source.code if e.source else "", e.target.code if e.target else "")
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


_NP_MODIFIERS = frozenset({"det", "nummod", "amod", "compound", "quantmod", "poss", "case", "nmod"})


def _noun_after(prep: Token) -> Token | None:
    """The noun phrase right after a preposition the parser left without an object."""
    for tok in prep.doc[prep.i + 1: prep.sent.end]:
        if tok.pos_ in _NOUN_TAGS and tok.dep_ not in _NP_MODIFIERS:
            return tok
        if tok.dep_ not in _NP_MODIFIERS:
            return None
    return None


def _up_to_object(verb: Token) -> Token | None:
    """ "kidnapped up to 16 advisers": the parser reads "up" as a particle and the object as "to"'s."""
    for up in verb.children:
        if up.lower_ == "up":
            for to in up.children:
                if to.lower_ == "to":
                    return child(to, "pobj")
    return None
