"""Events read off what a speaker says rather than off a trigger word.

- "X said Y must do Z": X demands of Y (CAMEO 100);
- "X vowed that Y would pay the price": X threatens Y (CAMEO 130), replacing the vow;
- "X said Y's deal was flawed": X criticizes Y (see coding/evaluation.py), replacing a plain statement;
- "X said Y had done a great job": X praises Y (CAMEO 051), the same way.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents import docmemo
from newsevents.actors.resolver import ActorResolver, Mentions, noun_phrase
from newsevents.coding.agency import Agency
from newsevents.coding.evaluation import PRAISE_CODE, Evaluation, EvaluationFinder, EvaluationLexicon
from newsevents.coding.event import CodedEvent
from newsevents.coding.grammar import Grammar, child, children, conjuncts
from newsevents.coding.guards import poll_view
from newsevents.coding.modality import status_of
from newsevents.coding.subjects import Subjects
from newsevents.records import Actor

_SAY_MUST_CODE = "100"  # CAMEO 100: demand, not specified below
_THREAT_CODE = "130"
_VOW_ROOTS = frozenset({"01", "03"})  # a statement or a promise, which a vowed penalty makes a threat
_STATEMENT_ROOT = "01"


class SpeechEvents:
    def __init__(self, grammar: Grammar, resolver: ActorResolver, subjects: Subjects, agency: Agency) -> None:
        self.grammar = grammar
        self.resolver = resolver
        self.subjects = subjects
        self.agency = agency
        self.evaluations = EvaluationFinder(EvaluationLexicon.load(), grammar, resolver)

    def demands(self, sent: Span, actors: dict[int, Actor]) -> list[CodedEvent]:
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
                sources = [s for s in self.subjects.of(verb) if s.i in actors]
                subj = child(comp, "nsubj", "nsubjpass")
                targets = [t for t in conjuncts(subj) if t.i in actors] if subj is not None else []
                status = status_of(verb, self.grammar)
                for s in sources:
                    for t in targets:
                        out.append(CodedEvent(verb, verb.i + 1, _SAY_MUST_CODE, actors[s.i], actors[t.i], status,
                                              None, "grammar: speech verb + must-complement", 0.7))
        return out

    def penalties_foretold(self, sent: Span, actors: dict[int, Actor]) -> list[CodedEvent]:
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
            for s in (s for s in self.subjects.of(gov) if s.i in actors):
                for t in targets:
                    if actors[s.i].country != actors[t.i].country:  # a penalty for its own side is no threat
                        out.append(CodedEvent(gov, gov.i + 1, _THREAT_CODE, actors[s.i], actors[t.i], status, None,
                                              "grammar: vow + penalty for another", 0.7))
        return out

    def criticisms(self, sent: Span, actors: dict[int, Actor], mentions: Mentions) -> list[CodedEvent]:
        """ "X said Y's deal was flawed", "X called the US sanctions illegal": X criticizes Y; "X said Y
        had done a great job": X praises Y (see coding/evaluation.py); the speaker must be an actor, and
        no one criticizes or praises themselves."""
        out = []
        for ev in self.evaluations.find(sent, actors, mentions):
            if status_of(ev.verb, self.grammar) != "asserted":
                continue  # "did not call the deal flawed", "may say the plan is reckless"
            sources = [s for s in self.subjects.of(ev.verb) if s.i in actors and self.agency.can_act(s, actors[s.i])]
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
        tone = "positive" if ev.code == PRAISE_CODE else "negative"
        rule = f"evaluation: '{ev.verb.text}' + {tone} '{ev.word.text}' (data/evaluation.yaml)"
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


def with_threats(events: list[CodedEvent], threats: list[CodedEvent]) -> list[CodedEvent]:
    """Threats read off a vowed penalty replace the statement or promise coded at the same verb."""
    vowed = {t.trigger.i for t in threats}
    return [e for e in events if not (e.trigger.i in vowed and e.code[:2] in _VOW_ROOTS)] + threats


def with_criticism(events: list[CodedEvent], criticism: list[CodedEvent]) -> list[CodedEvent]:
    """Criticism (or praise) read off a judgement, unless a pattern already coded an event of its kind
    at its verb (an accusation; praise or support); it replaces a plain statement there ("expressed
    concern" alone is CAMEO 012, a pessimistic comment)."""
    coded = {(e.trigger.i, e.code[:2]) for e in events}
    criticism = [c for c in criticism if (c.trigger.i, c.code[:2]) not in coded]
    judged = {c.trigger.i for c in criticism}
    return [e for e in events if not (e.trigger.i in judged and e.code[:2] == _STATEMENT_ROOT)] + criticism
