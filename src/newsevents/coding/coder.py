"""Sentence -> coded events: who did what to whom, with the rule that decided it.

For each sentence: resolve every noun phrase to an actor (in order, so pronouns can
refer back), find trigger words that a pattern matches, keep those that stand as events of
their own (``triggers.py``), then read the source and the target off the parse around the
trigger (``roles.py``, ``subjects.py``, ``parties.py``, ``agency.py``):

- verbs: the subject is the source (passive: the ``by`` agent); control verbs pass their
  subject or object down ("Kim wants to meet Putin", "urged Iran to stop"); coordinated
  subjects and objects give one event per pair (``pairing.py``);
- nouns ("the summit between A and B", "US-North Korea talks", "an attack on X"): the
  participants come from ``between``, ``with``, compounds and possessives, or from the
  subject of a light verb ("held talks");
- reported speech: in "X said Y did Z" the event is Y's and X is the attribution; a
  complement with *must* ("X said Y must do Z") is X's demand of Y (``speech.py``); a wrong of
  another told ("X claimed/said that Y had violated the accord") is X's accusation of Y (``allegations.py``).

This module assembles the events: the code after modality and the codebook's distinctions,
the status, the attribution, and one event per actor pair.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents import docmemo
from newsevents.actors.resolver import ActorResolver, Mentions, noun_phrase
from newsevents.actors.unresolved import resolve_sentence
from newsevents.coding.agency import Agency
from newsevents.coding.allegations import ReportedAllegations, with_allegations
from newsevents.coding.cautions import hostile_vow
from newsevents.coding.event import CodedEvent
from newsevents.coding.grammar import NOUN_TAGS, Grammar, child, nobody_did
from newsevents.coding.guards import in_link_run
from newsevents.coding.irrealis import stopping_denied
from newsevents.coding.matcher import Match, best_match, described_noun
from newsevents.coding.modality import conditioned, status_of
from newsevents.coding.ontology import CONSULT_ROOT, PROTEST_ROOT, THREATEN_ROOT
from newsevents.coding.pairing import Party, dedupe, distinct, lend_deed_targets, mutual_act, pairs, same_actor, unbind
from newsevents.coding.parties import PartyFinder
from newsevents.coding.patterns import NO_EVENT, PatternSet
from newsevents.coding.roles import RoleReader, Roles, joined_passive
from newsevents.coding.senses import weapons_test
from newsevents.coding.speech import SpeechEvents, with_criticism, with_threats
from newsevents.coding.subjects import Subjects
from newsevents.coding.triggers import TriggerFilter
from newsevents.coding.unrealized import aimed_at
from newsevents.records import Actor, Status

__all__ = ["CodedEvent", "Coder"]

_TRIGGER_POS = frozenset({"VERB", "NOUN", "ADJ", "AUX", "PROPN"})
_REJECT_CODE = "120"
# killings: 190 when no weapon is named (CAMEO codebook), 180 unconventional, 193 shot dead
_KILLING_CODES = frozenset({"180", "190", "193"})
_ASSASSINATE_CODE = "186"
_WEAPONS_TEST_CODE = "150"  # a weapon tested or shown: demonstrate military or police power (MOBILIZE)
_COMPLAIN_CODE = "114"  # a diplomatic protest: ACCUSE (PLOVER manual, PROTEST notes)
_THREAT_CODE = "130"  # a vow of a hostile act warns of it: THREATEN, no agreement (cautions.hostile_vow)


class Coder:
    def __init__(self, patterns: PatternSet, grammar: Grammar, resolver: ActorResolver) -> None:
        self.patterns = patterns
        self.grammar = grammar
        self.resolver = resolver
        self.subjects = Subjects(grammar, patterns)
        self.agency = Agency(grammar, resolver, self.subjects)
        self.roles = RoleReader(patterns, grammar, resolver, self.subjects)
        self.parties = PartyFinder(patterns, grammar, resolver, self.subjects, self.agency)
        self.triggers = TriggerFilter(grammar, self.subjects)
        self.speech = SpeechEvents(grammar, resolver, self.subjects, self.agency)
        self.allegations = ReportedAllegations(grammar, self.subjects, self.agency)

    # -- entry point --------------------------------------------------------------------------------

    def code_sentence(self, sent: Span, mentions: Mentions) -> list[CodedEvent]:
        actors = resolve_sentence(self.resolver, sent, mentions)
        matches = self._matches(sent)
        rivals = self.triggers.rivals(matches)
        events: list[CodedEvent] = []
        for m in matches:
            if self.triggers.stands(m, rivals, actors):
                events.extend(self._events_for(m, actors, mentions))
        events.extend(self.speech.demands(sent, actors))
        coded = {e.trigger.i for e in events}
        events.extend(e for e in self.speech.claims_answered(sent, actors) if e.trigger.i not in coded)
        events = with_threats(events, self.speech.penalties_foretold(sent, actors)
                             + self.speech.responses_foretold(sent, actors)
                             + self.speech.rights_claimed(sent, actors))
        events = with_criticism(events, self.speech.criticisms(sent, actors, mentions), self.speech.judging_verbs)
        events = with_allegations(events, self.allegations.find(sent, actors, events))
        events = lend_deed_targets(events, self.grammar)
        return [e for e in dedupe(events) if not in_link_run(e.trigger, self.grammar)]

    def _matches(self, sent: Span) -> list[Match]:
        """The best pattern match at each trigger word of the sentence, in reading order."""
        matches: list[Match] = []
        lemmas = docmemo.lemmas(sent.doc)
        for tok in docmemo.span_tokens(sent):
            if tok.pos_ not in _TRIGGER_POS:
                continue
            m = self._match_at(tok, lemmas[tok.i])
            if m is not None and not self._light_participle(m):
                matches.append(m)
        return matches

    def _match_at(self, tok: Token, lemma: str) -> Match | None:
        """The best pattern match with ``tok`` as its trigger, unless it is a no-event wording ("met with
        criticism": no meeting)."""
        patterns = self.patterns.for_token(lemma, tok.lower_, noun=tok.pos_ in NOUN_TAGS)
        m = best_match(patterns, tok) if patterns else None
        return m if m is not None and m.pattern.code != NO_EVENT else None

    def _light_participle(self, m: Match) -> bool:
        """ "the demonstration staged by students", "an assault launched by gunmen": a participle whose pattern
        reads its object in an event noun it describes only stages that event when the noun codes it (a
        pattern of the noun matches there)."""
        noun = described_noun(m.trigger)
        if not noun or noun[0] not in m.words:
            return False
        return self._match_at(noun[0], docmemo.lemmas(noun[0].doc)[noun[0].i]) is not None

    # -- one match -> events ------------------------------------------------------------------------

    def _events_for(self, m: Match, actors: dict[int, Actor], mentions: Mentions) -> list[CodedEvent]:
        trig = m.trigger
        roles = self.roles.noun_roles(m, actors) if trig.pos_ in NOUN_TAGS else self.roles.verb_roles(m, actors)
        sources, targets = self.parties.find(m, roles, actors, mentions)
        implied = None if sources else self._implied_agent(m, mentions)
        if implied is None and not self.agency.enough_parties(m, roles, sources, targets, mentions):
            return []
        attribution = self._attribution(trig, actors)
        code, status, note = self._final_code(m, self._status(trig, roles, m.pattern.code), targets, actors)
        trigger_end = max([trig.i + 1, *[w.i + 1 for w in m.words if w.dep_ == "prt"]])
        rule = f"{m.pattern.origin} {m.pattern.text}{note}"
        if not sources and not targets and implied is None:
            return [CodedEvent(trig, trigger_end, code, None, None, status, attribution,
                               rule + " (no named actor: coded without one)", 0.5)]
        # the event's actors are never its location ("Pyongyang tested ...")
        actor_spans = [(noun_phrase(t).start, noun_phrase(t).end) for t in [*sources, *targets]]
        mutual = mutual_act(m, self.grammar) or self.parties.reciprocal(trig)
        # "the two leaders" stands for each of them: one event per member
        src_list: list[Party] = [(s.i, a) for s in sources for a in (mentions.group(s.i) or [actors[s.i]])]
        if implied is not None:
            src_list = [(-1, implied)]
        tgt_list: list[Party] = [(t.i, self._place_attacked(t, a, code))
                                 for t in targets for a in (mentions.group(t.i) or [actors[t.i]])]
        if mutual and not tgt_list:
            src_list = distinct(src_list)
        out = []
        for (s_i, src), (t_i, tgt) in pairs(src_list, tgt_list, symmetric=mutual):
            if src is not None and tgt is not None and same_actor(src, tgt):
                if s_i == t_i:
                    continue
                src, tgt = unbind(trig.doc, (s_i, src), (t_i, tgt), mentions, self.resolver, self.grammar)
            if code[:2] == CONSULT_ROOT and self._press(tgt):
                continue  # "told CNN in a phone call", "spoke to the AP": an interview, no consultation
            if src is not None and tgt is not None and src.country and code[:2] in self.grammar.attack_roots:
                tgt = self.resolver.other_side(trig.doc[t_i], tgt, src.country, mentions)
            conf = 0.9 if src and tgt else 0.6
            official = self._diplomatic_protest(trig, code, s_i, src)
            note = " (a state's protest: coded as complaint 114)" if official else ""
            out.append(CodedEvent(trig, trigger_end, _COMPLAIN_CODE if official else code, src, tgt, status,
                                  attribution, rule + note, conf, actor_spans))
        return out

    def _press(self, actor: Actor | None) -> bool:
        return actor is not None and (actor.sector or "").lower() in self.grammar.press_sectors

    def _attribution(self, trig: Token, actors: dict[int, Actor]) -> Actor | None:
        """In "X said Y did Z", X: the first actor among the subjects of the speech verb, or none."""
        speech = self.grammar.speech_head(trig)
        if speech is None:
            return None
        said_by = [s for s in self.subjects.of(speech) if s.i in actors]
        return actors[said_by[0].i] if said_by else None

    def _status(self, trig: Token, roles: Roles, code: str) -> Status:
        """The event's modality: its own, or that of the light verb or the verb it is the subject of. An act
        only tried or hoped for ("sought to rebut", "tried to close the border") is hypothetical; an attempted
        attack is an attack (PLOVER counts attempted assassinations as ASSAULT), attempted talks are talks."""
        governor = roles.status_head
        if (governor is None and trig.dep_ in {"nsubj", "nsubjpass"} and trig.head.pos_ in {"VERB", "AUX"}
                and not stopping_denied(trig.head, self.grammar)):  # "talks have not collapsed": they go on
            governor = trig.head  # "fighting could resume": the event's modality is its verb's
        status = status_of(trig, self.grammar, governor=governor)
        if status == "future" and self._goes_on(trig, governor, code):
            return "asserted"
        if (status in {"asserted", "future"} and code[:2] not in self.grammar.attempted_deed_roots
                and aimed_at(governor or trig, self.grammar)):
            return "hypothetical"
        return status

    def _goes_on(self, trig: Token, governor: Token | None, code: str) -> bool:
        """ "the sit-in will continue until the troops leave", "the fighting will go on": a hostile act under way
        that is said to last is going on, not threatened (a future hostile act is coded as a threat)."""
        if governor is None or trig.head.i != governor.i or self.grammar.intent_code(code)[:2] != THREATEN_ROOT:
            return False
        return governor.lemma_.lower() in self.grammar.continuing_verbs

    def _diplomatic_protest(self, trig: Token, code: str, s_i: int, src: Actor | None) -> bool:
        """ "North Korea protested the drills", "the Chinese side protests": a state's protest is an official
        complaint, not people in the street; a demonym ("Iranians protested") stays the people."""
        if src is None or code[:2] != PROTEST_ROOT or trig.pos_ != "VERB" or s_i < 0:
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
        verb = joined_passive(trig) or trig  # "was arrested and sentenced": the first verb's auxiliary
        if not any(c.dep_ == "auxpass" and c.lower_ in self.grammar.past_passive_aux for c in verb.children):
            return None
        return self.resolver.implied_actor(trig, role, mentions)

    def _place_attacked(self, tok: Token, actor: Actor, code: str) -> Actor:
        """ "Russian missiles struck Kyiv": a capital attacked is the place and its people, the country,
        not the government it stands for when it speaks ("Kyiv said")."""
        if code[:2] not in self.grammar.attack_roots or actor.sector is None:
            return actor
        state = self.resolver.capital_named(tok)
        if state is None or state != actor.country:
            return actor
        return Actor(actor.text, state, state, None, None, f"{actor.how}; attacked as a place: the country")

    def _final_code(self, m: Match, status: Status, targets: list[Token],
                    actors: dict[int, Actor]) -> tuple[str, Status, str]:
        """The code after modality and the codebook's distinctions: a negated acceptance is a rejection,
        a future event an intent, and a killing an assassination only when its target is a named person."""
        trig = m.trigger
        code = m.pattern.code
        particle = child(trig, "prt")
        said = {trig.lemma_.lower(), f"{trig.lemma_.lower()} {particle.lower_}" if particle is not None else ""}
        if (status == "negated" and said & self.grammar.negated_acceptance  # "accept", "back down"
                and not nobody_did(trig, self.grammar)  # "nobody recognizes X": no refusal by anyone
                and not any(c.dep_ == "aux" and c.lower_ in self.grammar.advice_aux for c in trig.children)):
            # "should not accept refugees" advises; no refusal either
            # "will not accept refugees" is a rejection (in the future, if "will")
            future = any(c.dep_ == "aux" and c.lower_ in self.grammar.future_aux for c in trig.children)
            # "if the Taliban cannot agree to a ceasefire": a refusal only supposed
            refusal: Status = "hypothetical" if conditioned(trig, self.grammar) else "future" if future else "asserted"
            return _REJECT_CODE, refusal, " (negated acceptance: coded as rejection)"
        killing = trig.lemma_.lower() in self.grammar.killing_verbs or any(w.lower_ == "dead" for w in m.words)
        if code in _KILLING_CODES and killing and self._prominent(targets, actors):
            code = _ASSASSINATE_CODE  # a named person killed: a targeted killing (CAMEO 186)
            note = " (named person killed: assassination)"
        elif weapons_test(m, self.grammar, targets):
            code = _WEAPONS_TEST_CODE
            note = " (a weapon set off at nobody: a test, 150)"
        else:
            note = ""
        if hostile_vow(m, self.grammar):
            code = _THREAT_CODE  # "vowed to rejoin the fight": a threat, no agreement
            note += " (a vow of a hostile act: coded as threat)"
        if status == "future" and self.grammar.intent_code(code) != code:
            code = self.grammar.intent_code(code)
            note += f" (future: coded as intent {code})"
        return code, status, note

    def _prominent(self, targets: list[Token], actors: dict[int, Actor]) -> bool:
        """A target that is one politically significant person: named in the dictionary, or by an office.
        A counted or plural group ("33 militants", "dozens of members") is never one, whatever its name."""
        return any((actors[t.i].name or t.lemma_.lower() in self.grammar.office_nouns) and _one_person(t)
                   for t in targets)


def _one_person(noun: Token) -> bool:
    """A singular noun with no number of its own: "the minister", not "ministers" or "33 fighters"."""
    return noun.tag_ not in ("NNS", "NNPS") and not any(c.dep_ == "nummod" for c in noun.children)
