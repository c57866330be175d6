"""Accusations told as reported speech: "X claimed that government forces carried out a gas attack",
"X alleged that Y rigged the vote", "X said Washington had violated the accord" -> X accuses Y (CAMEO 112,
PLOVER ACCUSE: allege, accuse, blame). The reported deed keeps its own event, with X as its attribution.

A verb of alleging (``allegation_verbs``, ``claiming_verbs``) accuses through any deed a pattern codes
as conflictual (CAMEO 10-20) or a wrongful one; a plain verb of saying (``plain_saying_verbs``) only
through an attack or coercion (CAMEO 17-20), a deed wrong in itself (``wrongful_deeds``) or blame ("was
responsible for"), and only when it comes before the clause ("Rebels shelled the town, police said"
names the report's source).
No accusation when the deed is negated, to come or only possible, when the speaker is the press, a
pundit or a poll, or when the doer is the speaker's own side, a thing, or the victim of a passive.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents import docmemo
from newsevents.actors.resolver import noun_phrase
from newsevents.coding.agency import Agency
from newsevents.coding.event import CodedEvent
from newsevents.coding.grammar import Grammar, child, children, conjuncts
from newsevents.coding.guards import poll_view
from newsevents.coding.modality import status_of
from newsevents.coding.ontology import ACCUSE_ROOT, COERCE_ROOT
from newsevents.coding.subjects import Subjects
from newsevents.records import Actor

ACCUSE_CODE = "112"  # CAMEO 112: accuse, not specified below
_CONFLICT_ROOTS = frozenset(f"{n:02d}" for n in range(10, 21))  # CAMEO 10-20: demands to fights
_IF_MARKS = frozenset({"if", "whether", "unless"})


class ReportedAllegations:
    def __init__(self, grammar: Grammar, subjects: Subjects, agency: Agency) -> None:
        self.grammar = grammar
        self.subjects = subjects
        self.agency = agency
        self._hostile_roots = grammar.attack_roots | {COERCE_ROOT}

    def find(self, sent: Span, actors: dict[int, Actor], events: list[CodedEvent]) -> list[CodedEvent]:
        """The accusations told by the verbs of saying of ``sent``; ``events`` are the deeds already coded."""
        g = self.grammar
        deeds = {(e.trigger.i, e.source.code, e.code[:2]) for e in events if e.source is not None}
        out = []
        lemmas = docmemo.lemmas(sent.doc)
        for verb in docmemo.span_tokens(sent):
            lemma = lemmas[verb.i]
            alleging = lemma in g.allegation_verbs or lemma in g.claiming_verbs
            if verb.pos_ != "VERB" or not (alleging or lemma in g.plain_saying_verbs) or poll_view(verb, g):
                continue
            speakers = self._speakers(verb, actors)
            for clause in self._clauses(verb, alleging) if speakers else []:
                doer = self._doer(clause, actors)
                if doer is None or not self._wrongful(clause, actors[doer.i], deeds, alleging):
                    continue
                out += self._accusations(verb, speakers, doer, actors)
        return out

    @staticmethod
    def _clauses(verb: Token, alleging: bool) -> list[Token]:
        """The clauses ``verb`` reports. A plain verb of saying after its clause is the news report's
        source ("Rebels shelled the city, police said"): the deed is the news, no one's accusation."""
        return [c for c in children(verb, "ccomp") if alleging or c.i > verb.i]

    def _speakers(self, verb: Token, actors: dict[int, Actor]) -> list[Token]:
        """The subjects of ``verb`` that are actors able to accuse: no pundit, reporter or news outlet."""
        g = self.grammar
        return [s for s in self.subjects.of(verb) if s.i in actors and self.agency.can_act(s, actors[s.i])
                and s.lemma_.lower() not in g.pundit_nouns | g.press_people
                and (actors[s.i].sector or "").lower() not in g.press_sectors]

    def _doer(self, clause: Token, actors: dict[int, Actor]) -> Token | None:
        """The actor the reported clause says did its deed, if the deed is told as done: not negated
        ("Y did not attack"), to come or only possible ("Y would/may attack"), nor under an if."""
        if clause.pos_ not in {"VERB", "AUX"} or child(clause, "neg") is not None:
            return None
        if any(c.tag_ == "MD" for c in children(clause, "aux")) or any(
                m.lower_ in _IF_MARKS for m in children(clause, "mark")):
            return None
        subj = child(clause, "nsubj") or self._agent(clause)
        if subj is None or subj.i not in actors or subj.lower_ in self.grammar.first_person:
            return None  # a thing, a passive's victim, or "we"
        if subj.lemma_.lower() in self.grammar.weapon_doers and not children(subj, "amod", "compound", "poss"):
            return None  # "officials said the missile hit the sea": what a weapon did, nobody accused
            # ("struck by Russian missiles" names its owner: an accusation)
        if subj.lower_ in self.grammar.own_side_pronouns or not self.agency.can_act(subj, actors[subj.i]):
            return None  # "Iran said it had attacked": the speaker's own deed
        if any(p.pos_ == "PRON" for p in children(subj, "poss")):
            return None  # "Russia said its forces had struck ...": the owner is most often the speaker
        return subj

    @staticmethod
    def _agent(clause: Token) -> Token | None:
        """The doer of a passive clause, named by its by-phrase ("civilians had been killed by government
        troops"); the passive's subject is the victim, never the one accused."""
        if child(clause, "nsubjpass") is None:
            return None  # "claim East Jerusalem, occupied by Israel, as ...": a participle, no clause told
        return next((o for a in children(clause, "agent") for o in children(a, "pobj")), None)

    def _wrongful(self, clause: Token, doer: Actor, deeds: set[tuple[int, str, str]], alleging: bool) -> bool:
        """The clause tells a wrong of ``doer``: an attack or coercion coded at its verb (any conflictual
        deed after a verb of alleging), a deed wrong in itself, or blame laid by a copula."""
        roots = _CONFLICT_ROOTS if alleging else self._hostile_roots
        if any((clause.i, doer.code, root) in deeds for root in roots):
            return True
        if clause.lemma_.lower() in self.grammar.wrongful_deeds and self._plain_sense(clause):
            return True
        blame = self.grammar.culpability_words
        return clause.lemma_.lower() == "be" and any(
            c.lower_ in blame for c in children(clause, "acomp", "prep", "attr"))

    @staticmethod
    def _plain_sense(verb: Token) -> bool:
        """A listed wrong in its own sense: done to something ("broke the truce") or bare ("lied"), not
        a phrasal or prepositional use ("broke into a hotel", "broke away", "lied down")."""
        return child(verb, "dobj") is not None or not children(verb, "prt", "prep")

    def _accusations(self, verb: Token, speakers: list[Token], doer: Token,
                     actors: dict[int, Actor]) -> list[CodedEvent]:
        status = status_of(verb, self.grammar)
        rule = f"grammar: '{verb.text}' + a wrong done by another (reported allegation)"
        out = []
        for s in speakers:
            for t in conjuncts(doer):
                if t.i not in actors or self._own_side(actors[s.i], actors[t.i]):
                    continue
                spans = [(noun_phrase(x).start, noun_phrase(x).end) for x in (s, t)]
                out.append(CodedEvent(verb, verb.i + 1, ACCUSE_CODE, actors[s.i], actors[t.i], status, None,
                                      rule, 0.6, spans))
        return out

    def _own_side(self, speaker: Actor, doer: Actor) -> bool:
        """The doer is the speaker, or of the speaker's own state's side (both of one country's state)."""
        if doer.code == speaker.code:
            return True
        if doer.country is None or doer.country != speaker.country:
            return False
        sides = self.grammar.own_side_sectors  # lower case, as every list of the grammar
        return all((a.sector or "gov").lower() in sides for a in (speaker, doer))


def with_allegations(events: list[CodedEvent], allegations: list[CodedEvent]) -> list[CodedEvent]:
    """Allegations join the events, unless a pattern already coded an accusation at the verb aimed at the
    same actor ("Russia alleged that Ukraine had shelled ...": the pattern's "allege *" stands); a
    pattern's accusation there with no target gives way to one aimed at someone."""
    aimed = {(e.trigger.i, e.target.code) for e in events if e.code[:2] == ACCUSE_ROOT and e.target is not None}
    fresh = [a for a in allegations if a.target is not None and (a.trigger.i, a.target.code) not in aimed]
    at = {a.trigger.i for a in fresh}
    return [e for e in events if not (e.trigger.i in at and e.code[:2] == ACCUSE_ROOT and e.target is None)] + fresh
