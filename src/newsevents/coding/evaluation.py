"""Criticism without a verb of accusing: a speaker judges another actor or that actor's conduct.

CAMEO 111 ("Criticize or denounce: condemn, decry a policy or an action; criticize, defame,
denigrate responsible parties") is often said with no accusing verb at all:

- a verb of saying whose complement judges: "X said the administration's deal was fatally flawed",
  "the plan was reckless, X said", "X said Tokyo had handled the crisis badly";
- a verb that puts a judgement on its object: "X called the US sanctions illegal", "X described
  Washington's move as reckless";
- a feeling expressed at someone's conduct: "X expressed concern over airstrikes by the coalition"
  (CAMEO 110), "X voiced dismay at Y's decision" (111);
- a wrong reported as done: "X said Y had betrayed its partners", "Y made a mistake, X said";
- blame put on someone (CAMEO 112): "X said Y was behind the attack", "X said Y was to blame".

Praise (CAMEO 051, PLOVER SUPPORT) is read the same ways with the positive words: "X said Y had
done a great job", "X called Y a hero", "X expressed gratitude to Y", "X said Y was supportive of Z";
praise needs a named actor praised.

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
from newsevents.actors.resolver import ActorResolver, Mentions, noun_phrase
from newsevents.coding.grammar import PRESENT_TAGS, Grammar, child, children, conjuncts, word_in
from newsevents.coding.modality import status_of
from newsevents.coding.ontology import DENIAL_CODE
from newsevents.errors import DataFileError
from newsevents.records import Actor

CRITICIZE_CODE = "111"
DISAPPROVE_CODE = "110"
PRAISE_CODE = "051"
ACCUSE_CODE = "112"
_CLAUSE_MARKS = frozenset({"whether", "if"})  # "asked whether the deal was flawed": a question
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_APPOSITION_MARKS = frozenset({",", "(", "-", "\u2013", "\u2014", ":"})  # "Y, the envoy": a true apposition
_STAND_INS = frozenset({"it", "this", "that"})  # "it was a reckless move by X": the predicate names the deed

Judged = tuple[Token, Token, str]  # (the judging word, what it judges, the CAMEO code)


@dataclass(frozen=True)
class EvaluationLexicon:
    """The word lists of ``data/evaluation.yaml`` (each documented there)."""

    negative_words: frozenset[str]
    negative_manner: frozenset[str]
    wrong_deeds: frozenset[str]
    attempt_verbs: frozenset[str]
    guilt_adjectives: frozenset[str]
    blame_adjectives: frozenset[str]
    harm_nouns: frozenset[str]
    positive_words: frozenset[str]
    positive_manner: frozenset[str]
    deed_verbs: frozenset[str]
    deed_objects: frozenset[str]
    act_nouns: frozenset[str]
    act_kinds: frozenset[str]
    critical_adjectives: frozenset[str]
    becoming_verbs: frozenset[str]
    indignant_words: frozenset[str]
    indignant_preps: frozenset[str]
    approving_adjectives: frozenset[str]
    approval_nouns: frozenset[str]
    approval_preps: frozenset[str]
    evaluation_verbs: frozenset[str]
    extra_speech_verbs: frozenset[str]
    linking_verbs: frozenset[str]
    equating_verbs: frozenset[str]
    feeling_verbs: frozenset[str]
    disapproval_nouns: frozenset[str]
    concern_nouns: frozenset[str]
    feeling_preps: frozenset[str]
    conduct_nouns: frozenset[str]
    patient_nouns: frozenset[str]
    shared_nouns: frozenset[str]
    victim_sectors: frozenset[str]
    sports_words: frozenset[str]
    relaying_verbs: frozenset[str]
    view_verbs: frozenset[str]
    self_words: frozenset[str]
    refuted_claims: frozenset[str]
    falsity_words: frozenset[str]

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
    """One judgement, negative or (code 051) positive: the verb that reports it (the event's trigger), the
    judging word, the CAMEO code, and the actors judged (empty: a deed judged whose doer the sentence does
    not name)."""

    verb: Token
    word: Token
    code: str
    targets: tuple[Token, ...]


def _named(tok: Token) -> bool:
    """A phrase that names someone ("Saudi Arabia", "America's service members"), not a thing an actor's
    word list reads as a party ("the missile")."""
    return any(t.pos_ == "PROPN" for t in noun_phrase(tok))


class EvaluationFinder:
    def __init__(self, lexicon: EvaluationLexicon, grammar: Grammar, resolver: ActorResolver) -> None:
        self.words = lexicon
        self.grammar = grammar
        self.resolver = resolver
        self.speech_verbs = grammar.speech_verbs | lexicon.extra_speech_verbs
        # the verbs that may report a judgement: only these are tested for a denial (``find``)
        self.judging_verbs = self.speech_verbs | lexicon.evaluation_verbs | lexicon.feeling_verbs
        # the lemmas that may voice a stance (``_stance``): every word of every sentence is tested
        self.stance_lemmas = lexicon.indignant_words | lexicon.critical_adjectives | lexicon.approving_adjectives

    def find(self, sent: Span, actors: dict[int, Actor], mentions: Mentions) -> list[Evaluation]:
        """The judgements reported in a sentence, each with the actors it judges."""
        out: list[Evaluation] = []
        lemmas, lowers = docmemo.lemmas(sent.doc), docmemo.lowers(sent.doc)
        for verb in docmemo.span_tokens(sent):
            lemma = lemmas[verb.i]
            if lemma in self.stance_lemmas or lowers[verb.i] in self.words.indignant_words:
                self._add(out, verb, self._stance(verb, lemma), actors, mentions)
            if verb.pos_ != "VERB" or lemma not in self.judging_verbs or self._denied(verb):
                continue
            found: list[Judged] = []
            if lemma in self.speech_verbs:
                found += [j for clause in self._reported(verb)
                          if (judged := self._predicate(clause)) and self._asserted(clause) for j in judged]
            if lemma in self.words.evaluation_verbs:
                found += self._called(verb)
            if lemma in self.words.feeling_verbs:
                found += self._felt(verb)
            self._add(out, verb, found, actors, mentions)
        return out

    def _stance(self, adj: Token, lemma: str) -> list[Judged]:
        """ "were critical of Obama's efforts" (111), "is grateful to Tokyo" (051): a stance for or
        against someone voiced, not held (``_held``); `lemma`: the adjective's, lower-cased."""
        if lemma in self.words.indignant_words or adj.lower_ in self.words.indignant_words:
            return self._indignant(adj)
        if lemma in self.words.critical_adjectives:
            code, preps = CRITICIZE_CODE, frozenset({"of", "about"})
        elif lemma in self.words.approving_adjectives:
            code, preps = PRAISE_CODE, self.words.approval_preps
        else:
            return []
        if adj.dep_ != "acomp" or self._denied(adj.head) or self._held(adj.head):
            return []
        return [(adj, o, code) for p in children(adj, "prep") if p.lower_ in preps for o in children(p, "pobj")]

    def _indignant(self, word: Token) -> list[Judged]:
        """ "was outraged by the killing", "is furious at Washington", "were angered that Seoul had
        expelled them" (111): outrage at another's deed is criticism of its doer, in any tense (a reaction,
        not a standing view); what outrages must be a deed or an actor (``_owners``), not "the heat"."""
        copula = word.head if word.dep_ == "acomp" else word
        passive = word.tag_ == "VBN" and child(word, "auxpass") is not None
        if not (word.dep_ == "acomp" or passive) or self._denied(copula) or self._denied(word):
            return []
        preps = self.words.indignant_preps
        objects = [o for p in children(word, "prep", "agent") if p.lower_ in preps for o in children(p, "pobj")]
        out = [(word, o, CRITICIZE_CODE) for obj in objects for o in conjuncts(obj)]
        for clause in children(word, "ccomp"):  # "outraged that Seoul had expelled them": the doer, not
            subj = child(clause, "nsubj")     # the one a passive clause names ("that he was sentenced")
            if subj is not None and self._asserted(clause):
                out.append((word, subj, CRITICIZE_CODE))
        return out

    def _add(self, out: list[Evaluation], verb: Token, found: list[Judged],
             actors: dict[int, Actor], mentions: Mentions) -> None:
        """Each judgement whose object is an actor or an actor's conduct, reported at the word's verb."""
        for word, judged, code in found:
            owners = self._owners(judged, actors, mentions)
            if code == CRITICIZE_CODE and self._refuted(word, judged):
                out.append(Evaluation(verb, word, DENIAL_CODE, tuple(owners or ())))  # the charge's maker
                continue
            if owners is not None and code == PRAISE_CODE:
                owners = [o for o in owners if _named(o)]
                if not owners:
                    continue  # "called the missile a success": praise of no one named is an opinion
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
        generic = self.grammar.generic_marks
        if any(c.dep_ == "advcl" and PRESENT_TAGS & {c.tag_, clause.tag_}
               and any(m.dep_ == "advmod" and m.lower_ in generic for m in c.children) for c in clause.children):
            return False  # "when missiles hit a country, it is an act of war": a rule, no one's deed judged
        return status_of(clause, self.grammar) == "asserted"

    def _predicate(self, clause: Token) -> list[Judged]:
        """(judging word, what is judged, code) in a reported clause: "the deal was (a) flawed (one)",
        "the deal is flawed" read as a passive, "Y betrayed its allies", "Y did a great job", "Tokyo
        handled the crisis badly"."""
        subjects = [s for subj in children(clause, *_SUBJECT_DEPS) for s in conjuncts(subj)]
        if not subjects:
            return []
        lemma = clause.lemma_.lower()
        if lemma in self.words.linking_verbs or lemma in self.words.equating_verbs:
            blamed = self._blamed(clause)
            if blamed is not None:
                return [(blamed, s, ACCUSE_CODE) for s in subjects]
            for pred in self._complements(clause, lemma):
                judging = self._judging(pred)
                if judging is not None:
                    judged = [pred] if subjects[0].lower_ in _STAND_INS and pred.pos_ == "NOUN" else subjects
                    return [(judging[0], j, judging[1]) for j in self._extraposed(clause, judged)]
            return []
        if self._denied(clause):
            return []
        if word_in(clause, self.words.negative_words) or self._wrong(clause):
            return [(clause, s, CRITICIZE_CODE) for s in subjects]  # "the deal is flawed", "Y betrayed us"
        judging = self._deed(clause)
        return [(judging[0], s, judging[1]) for s in subjects] if judging else []

    def _extraposed(self, copula: Token, judged: list[Token]) -> list[Token]:
        """ "it is outrageous that Seoul expelled them": what is judged is the that-clause's doer, not "it";
        "it is unfortunate to see the talks fail" judges no one."""
        if not judged or judged[0].lower_ != "it":
            return judged
        clauses = children(copula, "ccomp", "xcomp")
        if not clauses:
            return judged
        doers = [s for c in clauses for s in children(c, *_SUBJECT_DEPS) if s.lower_ not in _STAND_INS]
        return doers if all(self._asserted(c) for c in clauses) else []

    def _complements(self, verb: Token, lemma: str) -> list[Token]:
        """What a linking verb says its subject is: "was reckless", "is a mistake", "was in breach of the
        treaty"; or an equating verb: "constituted a violation", "amounted to a betrayal"."""
        out = children(verb, "acomp", "attr")
        if lemma in self.words.equating_verbs:
            out += children(verb, "dobj")
        for prep in children(verb, "prep"):
            objects = children(prep, "pobj")
            if prep.lower_ == "to" and lemma in self.words.equating_verbs:
                out += objects
            elif prep.lower_ == "in":  # "in breach of", "in violation of": not "in a dangerous state"
                out += [o for o in objects if word_in(o, self.words.negative_words)
                        and any(p.lower_ == "of" for p in children(o, "prep"))]
        return out

    def _wrong(self, verb: Token) -> bool:
        """A wrong deed: "Y betrayed its allies", "Y was trying to destabilize Z"."""
        lemma = verb.lemma_.lower()
        if lemma in self.words.wrong_deeds:
            return True
        return lemma in self.words.attempt_verbs and any(
            x.lemma_.lower() in self.words.wrong_deeds and not self._denied(x) for x in children(verb, "xcomp"))

    def _blamed(self, copula: Token) -> Token | None:
        """The word that puts blame on the subject of "be": "was behind the attack", "were responsible for
        the bombing", "is guilty of war crimes", "was to blame"; a harm must be named after "behind",
        "responsible" and "accountable"."""
        for c in copula.children:
            lemma = c.lemma_.lower()
            if c.dep_ == "xcomp" and lemma == "blame" and any(a.lower_ == "to" for a in children(c, "aux")):
                return c  # "Y is to blame"
            if c.dep_ == "acomp" and lemma in self.words.guilt_adjectives and not self._denied(c):
                return c
            if c.dep_ == "acomp" and lemma in self.words.blame_adjectives and self._for_harm(c):
                return c
            if c.dep_ == "prep" and c.lower_ == "behind" and self._harm(child(c, "pobj")):
                return c
        return None

    def _for_harm(self, adj: Token) -> bool:
        return any(self._harm(child(p, "pobj")) for p in children(adj, "prep") if p.lower_ == "for")

    def _harm(self, noun: Token | None) -> bool:
        return noun is not None and noun.lemma_.lower() in self.words.harm_nouns

    def _deed(self, clause: Token) -> tuple[Token, str] | None:
        """How a reported deed is judged: by its manner ("handled the crisis badly", "acted wisely") or,
        after a light verb, by its object ("did a great job", "made a mistake", "showed courage")."""
        for c in children(clause, "advmod"):
            if c.lower_ in self.words.negative_manner:
                return c, CRITICIZE_CODE
            if c.lower_ in self.words.positive_manner:
                return c, PRAISE_CODE
        if clause.lemma_.lower() not in self.words.deed_verbs:
            return None
        for obj in children(clause, "dobj"):
            judging = self._judging(obj)
            if judging is not None and (obj.lemma_.lower() in self.words.deed_objects or judging[0] is obj):
                return judging
        return None

    def _called(self, verb: Token) -> list[Judged]:
        """ "called the sanctions illegal", "described the move as reckless", "called the deal a
        mistake" (parsed as a clause whose subject is the deal)."""
        if verb.dep_ == "acl" and word_in(verb.head.head, self.words.relaying_verbs):
            return []  # "retweeted a post calling Y a traitor": someone else's words passed on
        if verb.lemma_.lower() in self.words.view_verbs and self._held(verb):
            return []  # "Turkey considers the militia a terrorist group": a view held
        obj, preds = self._named(verb)
        if obj is None:
            return []
        for pred in preds:
            judging = self._judging(pred)
            if judging is not None and obj.lower_ in _STAND_INS and pred.pos_ == "NOUN":
                return [(judging[0], pred, judging[1])]  # "called it a hostile act by Iran": the act is judged
            if judging is not None:
                return [(judging[0], o, judging[1]) for o in conjuncts(obj)]
        return []

    def _named(self, verb: Token) -> tuple[Token | None, list[Token]]:
        """What a verb of calling names, and the names it gives: "called the raid a massacre", "called
        Iran a threat" also with the parser's misreadings of the two objects."""
        objects = children(verb, "dobj")
        obj = objects[0] if objects else None
        preds = [*children(verb, "oprd"), *objects[1:], *self._misparsed(obj)]
        for prep in [*children(verb, "prep"), *(children(obj, "prep") if obj is not None else [])]:
            if prep.lower_ == "as":  # "described the raids as cruel", the "as" parsed on the verb or the raids
                preds += [c for c in prep.children if c.dep_ in {"pobj", "amod", "acomp", "attr"}]
        if obj is not None and obj.tag_ == "WDT" and verb.dep_ == "relcl":
            obj = verb.head  # "the launch, which Seoul called a provocation": the noun the clause hangs on
        for pred in children(verb, "oprd") if obj is None else ():
            inner = [*children(pred, "dobj"), *self._misparsed(pred)]  # "called the Iranian deal a mistake"
            if inner:                                                   # parsed with the deal as predicate
                obj, preds = pred, inner
        if obj is None:
            for clause in children(verb, "ccomp", "xcomp"):
                subj = child(clause, "nsubj")
                if subj is not None and self._asserted(clause):
                    obj, preds = subj, [clause, *children(clause, "attr", "acomp", "oprd")]
        return obj, preds

    @staticmethod
    def _misparsed(obj: Token | None) -> list[Token]:
        """The second object of "called the strikes a cowardly act", "called Y's probe a witch hunt" when
        the parser hangs it on the first as an apposition (a comma-less apposition is this, not a name)."""
        if obj is None:
            return []
        return [a for a in children(obj, "appos") if not any(t.text in _APPOSITION_MARKS for t in obj.doc[obj.i:a.i])]

    def _felt(self, verb: Token) -> list[Judged]:
        """ "expressed concern over X's strikes", "voiced opposition to X's plan", "expressed dismay
        that X had ...", "expressed gratitude to X": the feeling's object, or the subject of its that-clause."""
        out: list[Judged] = []
        for noun in children(verb, "dobj"):
            lemma = noun.lemma_.lower()
            preps = self.words.feeling_preps
            if lemma in self.words.disapproval_nouns:
                code = CRITICIZE_CODE
            elif lemma in self.words.concern_nouns:
                code = DISAPPROVE_CODE
            elif lemma in self.words.approval_nouns:
                code, preps = PRAISE_CODE, self.words.approval_preps
            else:
                continue
            if self._denied(noun):
                continue  # "expressed no concern"
            for prep in [*children(noun, "prep"), *children(verb, "prep")]:
                obj = child(prep, "pobj")
                if prep.lower_ in preps and obj is not None:
                    out += [(noun, o, code) for o in conjuncts(obj)]
            for clause in children(noun, "acl", "ccomp"):
                subj = child(clause, *_SUBJECT_DEPS)
                if subj is None:
                    continue
                if self._asserted(clause) or (code == CRITICIZE_CODE and self._omitted(clause)):
                    out.append((noun, subj, code))
        return out

    def _omitted(self, clause: Token) -> bool:
        """ "voiced frustration that Ankara had not consulted its allies": a duty left undone is the deed
        complained of; not "would not", "might not" (a fear), nor a question."""
        if any(c.dep_ == "mark" and c.lower_ in _CLAUSE_MARKS for c in clause.children):
            return False
        auxes = children(clause, "aux")
        return (status_of(clause, self.grammar) == "negated" and bool(auxes)
                and all(a.lemma_.lower() in self.grammar.omission_aux for a in auxes))

    # -- the judging word -----------------------------------------------------------------------

    def _judging(self, pred: Token) -> tuple[Token, str] | None:
        """The judging word of a predicate and its code: the word itself ("reckless", "a mistake",
        "a hero") or its adjective ("a reckless move", "a great leader"), unless negated ("not
        reckless", "no mistake")."""
        if self._denied(pred):
            return None
        code = self._tone(pred)
        if code is not None:
            return pred, code
        kinds = [o for p in children(pred, "prep") if p.lower_ == "of" and pred.lemma_.lower() in self.words.act_nouns
                 for o in children(p, "pobj")]  # "an act of terrorism"
        for c in [*children(pred, "amod", "compound", "conj"), *kinds]:  # "a terrorist attack", "a witch hunt"
            code = self._tone(c) or (CRITICIZE_CODE if c in kinds and word_in(c, self.words.act_kinds) else None)
            if code is not None and not self._denied(c):
                return c, code
        return None

    def _tone(self, tok: Token) -> str | None:
        if word_in(tok, self.words.negative_words) or word_in(tok, self.words.falsity_words):
            return CRITICIZE_CODE
        return PRAISE_CODE if word_in(tok, self.words.positive_words) else None

    def _held(self, copula: Token) -> bool:
        """ "the senator is sharply critical of the plan": a stance held; "were critical of his efforts",
        "has been critical of Washington in recent weeks" and "Russia is critical of the sanctions, Lavrov told
        reporters" report criticism voiced; "have grown critical of Israel" tells a view that changed."""
        if self.grammar.speech_head(copula) is not None:
            return False
        # "have grown increasingly critical of Israel": a view that changed, no criticism voiced
        return copula.tag_ in PRESENT_TAGS or copula.lemma_.lower() in self.words.becoming_verbs

    def _refuted(self, word: Token, judged: Token) -> bool:
        """ "the allegations were false": a charge or report judged false, denied (016), not criticized."""
        return judged.lemma_.lower() in self.words.refuted_claims and word_in(word, self.words.falsity_words)

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
            if prep.lower_ == "of" and noun.lemma_.lower() in self.words.patient_nouns:
                continue  # "the killing of its general": the one killed, not the killer
            for obj in children(prep, "pobj"):
                actor = actors.get(obj.i)
                if actor is not None and self._judgeable(obj, actor):
                    return conjuncts(obj)
                inner = self._modifiers(obj, actors, mentions)  # "with the Iranian boats"
                if inner:
                    return inner
        return []

    def _judgeable(self, tok: Token, actor: Actor) -> bool:
        """An actor an evaluation can fall on: not a victim group, not the speaker's "we", not a side in sport."""
        if tok.lower_ in self.words.self_words:
            return False
        if any(word_in(t, self.words.sports_words) for t in noun_phrase(tok)):
            return False  # "the Pakistani cricket team was a disgrace": a game lost, no one's conduct
        sector = actor.code[3:6] if actor.code and len(actor.code) >= 6 else ""
        return sector not in self.words.victim_sectors
