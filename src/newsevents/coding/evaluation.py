"""Criticism without a verb of accusing: a speaker judges another actor or that actor's conduct.

CAMEO 111 ("Criticize or denounce: condemn, decry a policy or an action; criticize, defame,
denigrate responsible parties") is often said with no accusing verb at all:

- a verb of saying whose complement judges: "X said the administration's deal was fatally flawed",
  "the plan was reckless, X said", "X said Tokyo had handled the crisis badly";
- a verb that puts a judgement on its object: "X called the US sanctions illegal", "X described
  Washington's move as reckless";
- a feeling expressed at someone's conduct: "X expressed concern over airstrikes by the coalition"
  (CAMEO 110), "X voiced dismay at Y's decision" (111).

The judgement is a word of ``data/evaluation.yaml``. What is judged must be an actor, or a deed,
decision or statement (``conduct_nouns``) whose owner is named: a judgement of the weather or
the economy criticizes no one. Negated, hedged and conditional judgements give nothing; so does
a speaker criticizing "our" policy. The coder pairs each judgement with its speaker.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from importlib import resources

import yaml
from spacy.tokens import Span, Token

from newsevents import docmemo
from newsevents.actors.resolver import ActorResolver, Mentions
from newsevents.coding.grammar import Grammar, child, children, conjuncts
from newsevents.coding.modality import status_of
from newsevents.errors import DataFileError
from newsevents.records import Actor

CRITICIZE_CODE = "111"
DISAPPROVE_CODE = "110"
_CLAUSE_MARKS = frozenset({"whether", "if"})  # "asked whether the deal was flawed": a question
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_STAND_INS = frozenset({"it", "this", "that"})  # "it was a reckless move by X": the predicate names the deed


@dataclass(frozen=True)
class EvaluationLexicon:
    """The word lists of ``data/evaluation.yaml`` (each documented there)."""

    negative_words: frozenset[str]
    negative_manner: frozenset[str]
    critical_adjectives: frozenset[str]
    evaluation_verbs: frozenset[str]
    extra_speech_verbs: frozenset[str]
    linking_verbs: frozenset[str]
    feeling_verbs: frozenset[str]
    disapproval_nouns: frozenset[str]
    concern_nouns: frozenset[str]
    feeling_preps: frozenset[str]
    conduct_nouns: frozenset[str]
    shared_nouns: frozenset[str]
    victim_sectors: frozenset[str]
    self_words: frozenset[str]

    @classmethod
    def load(cls) -> EvaluationLexicon:
        src = resources.files("newsevents") / "data" / "evaluation.yaml"
        data = yaml.safe_load(src.read_text(encoding="utf-8")) or {}
        names = [f.name for f in fields(cls)]
        missing = [n for n in names if n not in data]
        if missing:
            raise DataFileError("evaluation.yaml", None, f"missing lists: {', '.join(missing)}")
        cased = {"victim_sectors"}  # actor codes are upper case
        return cls(**{n: frozenset(str(w) if n in cased else str(w).lower() for w in data[n]) for n in names})


@dataclass(frozen=True)
class Evaluation:
    """One negative judgement: the verb that reports it (the event's trigger), the judging word, the
    CAMEO code, and the actors judged (empty: a deed judged whose doer the sentence does not name)."""

    verb: Token
    word: Token
    code: str
    targets: tuple[Token, ...]


class EvaluationFinder:
    def __init__(self, lexicon: EvaluationLexicon, grammar: Grammar, resolver: ActorResolver) -> None:
        self.words = lexicon
        self.grammar = grammar
        self.resolver = resolver
        self.speech_verbs = grammar.speech_verbs | lexicon.extra_speech_verbs

    def find(self, sent: Span, actors: dict[int, Actor], mentions: Mentions) -> list[Evaluation]:
        """The negative judgements reported in a sentence, each with the actors it judges."""
        out: list[Evaluation] = []
        for verb in docmemo.span_tokens(sent):
            lemma = verb.lemma_.lower()
            found: list[tuple[Token, Token, str]] = []  # (judging word, what is judged, code)
            if (lemma in self.words.critical_adjectives and verb.dep_ == "acomp" and not self._denied(verb.head)
                    and not self._held(verb.head)):
                found += [(verb, o, CRITICIZE_CODE) for p in children(verb, "prep") if p.lower_ in {"of", "about"}
                          for o in children(p, "pobj")]  # "were critical of Obama's efforts"
            self._add(out, verb, found, actors, mentions)
            found = []
            if verb.pos_ != "VERB" or self._denied(verb):
                continue
            if lemma in self.speech_verbs:
                found += [(w, j, CRITICIZE_CODE) for clause in self._reported(verb)
                          if (judged := self._predicate(clause)) and self._asserted(clause) for w, j in judged]
            if lemma in self.words.evaluation_verbs:
                found += [(w, j, CRITICIZE_CODE) for w, j in self._called(verb)]
            if lemma in self.words.feeling_verbs:
                found += self._felt(verb)
            self._add(out, verb, found, actors, mentions)
        return out

    def _add(self, out: list[Evaluation], verb: Token, found: list[tuple[Token, Token, str]],
             actors: dict[int, Actor], mentions: Mentions) -> None:
        """Each judgement whose object is an actor or an actor's conduct, reported at the word's verb."""
        for word, judged, code in found:
            owners = self._owners(judged, actors, mentions)
            if owners is not None:
                out.append(Evaluation(verb, word, code, tuple(owners)))

    # -- where the judgement is -------------------------------------------------------------------

    def _reported(self, verb: Token) -> list[Token]:
        """The clauses a verb of saying reports: its that-clauses (and their conjuncts), or the clause
        it is hung on ("The plan is reckless, the senator said" parsed with "said" as parataxis); whether each
        is asserted is asked only of those that hold a judgement (``_asserted`` is the costly part)."""
        clauses = children(verb, "ccomp")
        if verb.dep_ == "parataxis":
            clauses.append(verb.head)
        return clauses + [c for cl in clauses for c in children(cl, "conj") if child(c, *_SUBJECT_DEPS) is not None]

    def _asserted(self, clause: Token) -> bool:
        """A judgement stated as fact: not negated, hedged, conditional, future, or a question."""
        if any(c.dep_ == "mark" and c.lower_ in _CLAUSE_MARKS for c in clause.children):
            return False
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in self.grammar.condition_marks
                                         for m in c.children) for c in clause.children):
            return False  # "if Hamas thinks it has won, it is wrong"
        return status_of(clause, self.grammar) == "asserted"

    def _predicate(self, clause: Token) -> list[tuple[Token, Token]]:
        """(judging word, what is judged) in a reported clause: "the deal was (a) flawed (one)", "the
        deal is flawed" read as a passive, "Tokyo handled the crisis badly"."""
        subjects = [s for subj in children(clause, *_SUBJECT_DEPS) for s in conjuncts(subj)]
        if not subjects:
            return []
        if clause.lemma_.lower() in self.words.linking_verbs:
            for pred in children(clause, "acomp", "attr"):
                word = self._judging(pred)
                if word is not None:
                    judged = [pred] if subjects[0].lower_ in _STAND_INS and pred.pos_ == "NOUN" else subjects
                    return [(word, j) for j in judged]
            return []
        if self._negative(clause) and not self._denied(clause):
            return [(clause, s) for s in subjects]  # "the deal is flawed": a passive participle
        manner = [c for c in clause.children if c.dep_ == "advmod" and c.lower_ in self.words.negative_manner]
        return [(manner[0], s) for s in subjects] if manner else []

    def _called(self, verb: Token) -> list[tuple[Token, Token]]:
        """ "called the sanctions illegal", "described the move as reckless", "called the deal a
        mistake" (parsed as a clause whose subject is the deal)."""
        obj = child(verb, "dobj")
        preds = children(verb, "oprd")
        for prep in children(verb, "prep"):
            if prep.lower_ == "as":
                preds += [c for c in prep.children if c.dep_ in {"pobj", "amod", "acomp", "attr"}]
        if obj is None:
            for clause in children(verb, "ccomp", "xcomp"):
                subj = child(clause, "nsubj")
                if subj is not None and self._asserted(clause):
                    obj, preds = subj, [clause, *children(clause, "attr", "acomp", "oprd")]
        if obj is None:
            return []
        for pred in preds:
            word = self._judging(pred)
            if word is not None and obj.lower_ in _STAND_INS and pred.pos_ == "NOUN":
                return [(word, pred)]  # "called it a hostile act by Iran": the act is judged
            if word is not None:
                return [(word, o) for o in conjuncts(obj)]
        return []

    def _felt(self, verb: Token) -> list[tuple[Token, Token, str]]:
        """ "expressed concern over X's strikes", "voiced opposition to X's plan", "expressed dismay
        that X had ...": the feeling's object, or the subject of its that-clause."""
        out: list[tuple[Token, Token, str]] = []
        for noun in children(verb, "dobj"):
            lemma = noun.lemma_.lower()
            if lemma in self.words.disapproval_nouns:
                code = CRITICIZE_CODE
            elif lemma in self.words.concern_nouns:
                code = DISAPPROVE_CODE
            else:
                continue
            if self._denied(noun):
                continue  # "expressed no concern"
            for prep in [*children(noun, "prep"), *children(verb, "prep")]:
                obj = child(prep, "pobj")
                if prep.lower_ in self.words.feeling_preps and obj is not None:
                    out += [(noun, o, code) for o in conjuncts(obj)]
            for clause in children(noun, "acl", "ccomp"):
                subj = child(clause, *_SUBJECT_DEPS)
                if subj is not None and self._asserted(clause):
                    out.append((noun, subj, code))
        return out

    # -- the judging word -----------------------------------------------------------------------

    def _judging(self, pred: Token) -> Token | None:
        """The negative word of a predicate: the word itself ("reckless", "a mistake") or its
        adjective ("a reckless move"), unless negated ("not reckless", "no mistake")."""
        if self._denied(pred):
            return None
        if self._negative(pred):
            return pred
        for c in children(pred, "amod", "conj"):
            if self._negative(c) and not self._denied(c):
                return c
        return None

    def _held(self, copula: Token) -> bool:
        """ "the senator is sharply critical of the plan": a stance held; "were critical of his efforts",
        "has been critical of Washington in recent weeks" and "Russia is critical of the sanctions, Lavrov told
        reporters" report criticism voiced."""
        return copula.tag_ in {"VBZ", "VBP"} and self.grammar.speech_head(copula) is None

    def _negative(self, tok: Token) -> bool:
        return tok.lemma_.lower() in self.words.negative_words or tok.lower_ in self.words.negative_words

    def _denied(self, tok: Token) -> bool:
        negators = self.grammar.negators
        return any(c.dep_ == "neg" or c.lower_ in negators for c in children(tok, "neg", "advmod", "det"))

    # -- who is judged ----------------------------------------------------------------------------

    def _owners(self, judged: Token, actors: dict[int, Actor], mentions: Mentions,
                depth: int = 0) -> list[Token] | None:
        """The actors a judgement falls on: the judged phrase itself when it names an actor; else,
        for a deed, decision or statement, its owner ("X's deal", "Russian aggression", "strikes by
        X"). [] : a deed whose doer goes unnamed; None: nothing an actor did (or the speaker's own)."""
        lemma = judged.lemma_.lower()
        if judged.lower_ in self.words.self_words:
            return None
        conduct = lemma in self.words.conduct_nouns
        actor = actors.get(judged.i)
        if actor is not None and not conduct and self._judgeable(judged, actor):
            return [judged]
        owner = child(judged, "poss")
        if owner is not None:
            found = actors.get(owner.i)
            return [owner] if found is not None and self._judgeable(owner, found) else None  # "his", "our"
        for by in self._agents(judged):
            deeper = self._owners(by, actors, mentions, depth + 1) if depth < 2 else None
            if deeper:
                return deeper
        if not conduct:
            return None
        found_in = self._modifiers(judged, actors, mentions) or self._of_with(judged, actors, mentions, depth)
        return found_in or []

    def _agents(self, noun: Token) -> list[Token]:
        """ "strikes by the coalition", "deaths caused by coalition airstrikes", "donations coming from
        Gulf states": who did it."""
        out = [o for p in children(noun, "prep") if p.lower_ in {"by", "from"} for o in children(p, "pobj")]
        for acl in children(noun, "acl"):
            agent = child(acl, "agent")
            out += children(agent, "pobj") if agent is not None else []
            out += [o for p in children(acl, "prep") if p.lower_ == "from" for o in children(p, "pobj")]
        return out

    def _modifiers(self, noun: Token, actors: dict[int, Actor], mentions: Mentions) -> list[Token]:
        """ "Russian aggression", "US sanctions": the actor named in front of a deed; not in front of an
        agreement ("the Iran deal" is someone else's deal with Iran)."""
        if noun.lemma_.lower() in self.words.shared_nouns:
            return []
        for mod in children(noun, "amod", "compound"):
            actor = actors.get(mod.i) or self.resolver.resolve(mod, Mentions(date=mentions.date))
            if actor is not None and self._judgeable(mod, actor):
                actors[mod.i] = actor
                return [mod]
        return []

    def _of_with(self, noun: Token, actors: dict[int, Actor], mentions: Mentions, depth: int) -> list[Token]:
        """ "the conduct of the Chinese navy", "the encounter with the Iranian boats"."""
        for prep in children(noun, "prep"):
            if prep.lower_ not in {"of", "with"} or depth >= 2:
                continue
            for obj in children(prep, "pobj"):
                actor = actors.get(obj.i)
                if actor is not None and self._judgeable(obj, actor):
                    return conjuncts(obj)
                inner = self._modifiers(obj, actors, mentions)  # "with the Iranian boats"
                if inner:
                    return inner
        return []

    def _judgeable(self, tok: Token, actor: Actor) -> bool:
        """An actor an evaluation can fall on: not a victim group, not the speaker's "we"."""
        if tok.lower_ in self.words.self_words:
            return False
        sector = actor.code[3:6] if actor.code and len(actor.code) >= 6 else ""
        return sector not in self.words.victim_sectors
