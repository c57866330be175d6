"""Whose act a verb names: the subject, followed up through control, coordination and clauses.

"Kim wants to meet Putin" (Kim meets), "urged Iran to stop" (Iran stops), "Greece, which hosted
talks" (Greece hosts), "Japan's refusal to attack" (Japan refuses); a passive's subject acts only
when it controls an active complement ("Rubio is expected to meet Iwaya").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.coding.grammar import NOUN_TAGS, Grammar, child, conjuncts, is_infinitive, is_passive
from newsevents.coding.patterns import PatternSet

_FINITE = frozenset({"VBD", "VBZ", "VBP"})  # tags of a finite verb, which no infinitive is joined to
# One step up from a verb with no subject: the subjects found, or the next token and whether it was
# reached from an active clause; None when no step applies.
_Step = list[Token] | tuple[Token, bool] | None


class Subjects:
    def __init__(self, grammar: Grammar, patterns: PatternSet) -> None:
        self.grammar = grammar
        self.patterns = patterns

    def of(self, verb: Token) -> list[Token]:
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
                return self._named_subject(t, subj)
            step = self._up_from_verb(t, active_below)
            if step is None:
                step = self._up_from_clause(t, active_below)
            if step is None:
                break
            if isinstance(step, list):
                return step
            t, active_below = step
        return []

    def _named_subject(self, verb: Token, subj: Token) -> list[Token]:
        """The actors a verb's own subject stands for: none for an expletive, the antecedent of a relative."""
        if is_expletive(subj, self.grammar):
            return []
        if verb.dep_ == "relcl" and subj.lower_ in self.grammar.relative_pronouns:
            return self._antecedent(verb.head)
        return self._claimed_by(subj) or conjuncts(subj)

    def _antecedent(self, noun: Token) -> list[Token]:
        """Whose act a relative clause names: "Greece, which hosted talks" (Greece); a message speaks for
        its author: "stood by his comments that accused the Dutch" (his), "issued a statement that
        condemned the raid" (whoever issued it)."""
        if noun.lemma_.lower() not in self.grammar.message_nouns:
            return conjuncts(noun)
        owner = child(noun, "poss")
        if owner is not None and owner.pos_ != "PRON":
            return conjuncts(owner)
        verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
        if verb.pos_ != "VERB" or noun.dep_ not in {"dobj", "pobj"}:
            return conjuncts(noun)
        # "his" is the subject's own, and so is what one issues or speaks "in"
        if owner is not None or (noun.dep_ == "pobj" and noun.head.lower_ == "in") or (
                noun.dep_ == "dobj" and verb.lemma_.lower() in self.grammar.message_verbs):
            return self.of(verb)
        return conjuncts(noun)

    def _up_from_verb(self, t: Token, active_below: bool) -> _Step:
        """A verb with no subject of its own: the step up through control, purpose and coordination."""
        if t.dep_ in {"acomp", "attr"}:
            return t.head, active_below
        if t.dep_ == "xcomp":
            obj = child(t.head, "dobj")
            if obj is not None and t.head.lemma_.lower() in self.grammar.object_control_verbs:
                return conjuncts(obj)
            return t.head, True
        purpose = t.dep_ == "advcl" and is_infinitive(t)
        if (purpose or (t.dep_ == "advcl" and t.tag_ == "VBG")) and is_passive(t.head):
            return _agents(t.head)  # "churches were bombed by X, killing 45": X killed, not the churches
        if purpose or (t.dep_ in {"acl", "relcl"} and is_infinitive(t) and t.head.dep_ == "attr"):
            # "Abe flew to New York to meet Trump", "Trump became the first leader to meet Kim"
            return (t.head if purpose else t.head.head), True
        if t.dep_ == "conj" and t.tag_ in _FINITE and t.head.dep_ == "xcomp" and t.head.tag_ == "VB":
            # "urged Iran to return and criticized the US": a finite verb is no infinitive's
            return t.head.head, active_below
        if t.dep_ == "conj" and t.tag_ in _FINITE and t.head.tag_ == "VB" and is_infinitive(t.head):
            # "postponed a trip to monitor the inquiry and offered condolences": the finite verb is
            # the conjunct of the finite verb the infinitive hangs from
            above = next((a for a in t.head.ancestors if a.tag_ in _FINITE), None)
            if above is not None:
                return above, active_below
        if t.dep_ == "conj" or (t.dep_ == "advcl" and t.tag_ == "VBG"):
            return t.head, t.tag_ != "VBN" or child(t, "aux") is not None
        return None

    def _up_from_clause(self, t: Token, active_below: bool) -> _Step:
        """A clause that hangs off a noun or a preposition: the noun's antecedent or owner, or the step up."""
        if t.dep_ == "relcl":
            return conjuncts(t.head)
        if t.dep_ == "acl" and t.tag_ == "VBG":
            if t.head.lemma_.lower() in self.grammar.message_nouns and t.head.dep_ == "dobj":
                return t.head.head, active_below  # "issued a statement condemning X": whoever issued it condemns
            return conjuncts(t.head)
        if t.dep_ == "acl" and t.head.pos_ in NOUN_TAGS:
            # "Japan's refusal to attack", "Iran's plan to build", "the U.S. decision to withdraw"
            owner = child(t.head, "poss") or (_named_modifier(t.head) if is_infinitive(t) else None)
            if owner is not None:
                return conjuncts(owner)
            if is_infinitive(t):
                return self._invitee(t.head) or self._aim_doer(t.head)
        if t.dep_ in {"pcomp", "pobj"} and t.head.dep_ == "prep":
            up = t.head.head
            owner = child(up, "poss") if up.pos_ in NOUN_TAGS else None
            if owner is not None and owner.pos_ != "PRON":
                return conjuncts(owner)  # "the president's first event after arriving in Tokyo"
            if t.tag_ == "VBG" and is_passive(up) and (t.head.lower_ == "for" or (
                    t.head.lower_ == "to" and up.lemma_.lower() in self.grammar.future_verbs)):
                # "was fired by Trump for refusing to ...": the one fired refused; "Germany is committed to
                # sending troops": the one committed sends
                return up, True
            return up, active_below
        return None

    def _invitee(self, noun: Token) -> _Step:
        """ "Kim accepted an invitation to visit Moscow": whoever takes up an invitation is the one to come."""
        if noun.lemma_.lower() not in self.grammar.invitation_nouns or noun.dep_ != "dobj":
            return None
        verb = noun.head
        return (verb, False) if verb.lemma_.lower() in self.grammar.accepting_verbs else None

    def _aim_doer(self, noun: Token) -> _Step:
        """An aim with no owner is the aim of whoever does the clause it stands in: "police fired tear
        gas in an effort to disperse them", "Iran has plans to build"; not of one who only talks of
        it ("Japan criticized the plan to build"), so the noun must follow "in" or a light verb."""
        if noun.lemma_.lower() not in self.grammar.aim_nouns:
            return None
        verb = noun.head
        if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "in":
            verb = verb.head
        elif noun.dep_ != "dobj" or verb.lemma_.lower() not in self.grammar.light_verbs:
            return None
        if verb.pos_ not in {"VERB", "AUX"}:
            return None
        return _agents(verb) if is_passive(verb) else (verb, False)

    def _claimed_by(self, subj: Token) -> list[Token]:
        """ "a bomb attack claimed by Islamic State killed ...": a violent deed that is the subject was done by
        the agent of its own participle (claimed, carried out, planted by X); other subjects have none."""
        if subj.pos_ != "NOUN":
            return []
        if not self.patterns.codes_under(subj.lemma_.lower(), subj.lower_, self.grammar.attack_roots, noun=True):
            return []
        for acl in (c for c in subj.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            by = child(acl, "agent")
            obj = child(by, "pobj") if by is not None else None
            if obj is not None:
                return conjuncts(obj)
        return []


def _agents(verb: Token) -> list[Token]:
    """The "by" agents of a passive verb, or none."""
    agent = child(verb, "agent")
    by = child(agent, "pobj") if agent is not None else None
    return conjuncts(by) if by is not None else []


def _named_modifier(noun: Token) -> Token | None:
    """A name or nationality before a noun ("the U.S. decision", "the Russian plan"), or none."""
    return next((c for c in noun.lefts if c.dep_ in {"amod", "compound"} and c.pos_ in {"PROPN", "ADJ"}
                 and c.ent_type_ in {"GPE", "NORP", "ORG"}), None)


def expletive_subject(trig: Token, grammar: Grammar) -> bool:
    t = trig if trig.pos_ in {"VERB", "AUX"} else trig.head
    subj = child(t, "nsubj")
    return subj is not None and is_expletive(subj, grammar)


def is_expletive(subj: Token, grammar: Grammar) -> bool:
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

