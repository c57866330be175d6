"""Wordings that mark an act as not done, beyond those that ``modality.py`` reads on its own verb.

PLOVER codes what was done. "Nobody at the ministry was charged", "left without demanding anything", "I
don't hear them complaining", "the militia does not have designs on raiding the port", "the senator did not
go out and condemn Moscow" name an act that did not happen; "for the army to use gas would alter
everything", "it would be useless for the governor to sit with them", "potential airstrikes", "future
attempts to free the captives", "left it vulnerable to airstrikes", "a missile capable of striking the US" name
one imagined or possible; "sought to
rebut the claims", "tried to close the border", "had intended to attend the rally", "joined NATO hoping to
bolster ties" name one aimed at, not known to be done; "looks forward to meeting the president" one
awaited, "would rather trade with China" one preferred. The words are lists in ``data/grammar.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.coding.grammar import Grammar, child, complement_heads, is_denied, is_infinitive, nobody_did
from newsevents.records import Status


def unrealized(trigger: Token, verb: Token, grammar: Grammar) -> Status | None:
    """The status the wording around ``trigger`` gives its event (``verb``: the trigger or the light verb
    of a nominal event), or None when it says nothing."""
    if nobody_did(verb, grammar) or _unseen(verb, grammar) or _no_designs(trigger, grammar):
        return "negated"
    if _joined_to_denied(verb, grammar):
        return "negated"
    if (_for_to(verb) or _possible(trigger, grammar) or _capable_of(trigger, grammar) or _awaited(verb)
            or _preferred(verb, grammar)):
        return "hypothetical"
    return None


def _unseen(verb: Token, grammar: Grammar) -> bool:
    """ "I don't hear Europeans complaining", "nobody saw the army attacking the town": an act that a
    denied perception would have seen."""
    head = verb.head
    return (verb.dep_ in {"ccomp", "xcomp"} and head.lemma_.lower() in grammar.perception_verbs
            and is_denied(head, grammar))


def _no_designs(trigger: Token, grammar: Grammar) -> bool:
    """ "the militia does not have designs on raiding the port", "has no plans to meet him", "feels no
    urgency to make a deal": the plan or wish a subject does not have (the parser hangs the complement on
    the verb or on the noun)."""
    if trigger.dep_ == "xcomp" and _none_held(child(trigger.head, "dobj"), grammar):
        return True  # "feels no urgency to make a deal", "sees no reason to meet him"
    for t in complement_heads(trigger):
        if t.lemma_ in grammar.holding_verbs:
            return is_denied(t, grammar)
        if t.pos_ == "NOUN" and t.dep_ == "dobj" and t.head.lemma_ in grammar.holding_verbs:
            return is_denied(t.head, grammar)
    return False


def _none_held(noun: Token | None, grammar: Grammar) -> bool:
    """ "no urgency", "no reason": a want or a ground that the subject does not have."""
    return (noun is not None and noun.pos_ == "NOUN" and noun.lemma_.lower() in grammar.modal_nouns
            and any(c.dep_ in {"det", "neg"} and c.lower_ in grammar.negators for c in noun.children))


def _joined_to_denied(verb: Token, grammar: Grammar) -> bool:
    """ "did not go out and condemn Moscow": a bare verb joined to a denied one shares its "not";
    "instead of going further and asking the minister": a gerund joined to one that is marked shares the
    mark."""
    if verb.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children):
        return False
    first = verb.head
    if verb.tag_ == "VB" and first.tag_ == "VB" and is_denied(first, grammar):
        return True
    return verb.tag_ == "VBG" and first.tag_ == "VBG" and _marked(first, grammar.negating_marks)


def _marked(verb: Token, phrases: frozenset[str]) -> bool:
    """Whether the words just before the verb's clause are one of ``phrases`` ("rather than")."""
    start = min(t.i for t in verb.subtree)
    before = verb.doc[max(verb.sent.start, start - 3):start].text.lower()
    return any(before.endswith(p) for p in phrases)


def _for_to(verb: Token) -> bool:
    """ "for the army to use gas would alter everything", "it would be useless for the governor to sit with
    them": an infinitive with its subject after "for" names an act as a thought, not a deed."""
    return is_infinitive(verb) and any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)


def _possible(trigger: Token, grammar: Grammar) -> bool:
    """ "potential airstrikes", "possible sanctions", "future attempts to free the captives": a noun said to
    be possible or to come, or the act such a noun is an attempt at; "vulnerable to airstrikes": one that
    something is exposed to."""
    noun = trigger.head if trigger.dep_ == "acl" and trigger.head.pos_ == "NOUN" else trigger
    if noun.pos_ != "NOUN":
        return False
    if _exposed_to(noun, grammar):
        return True
    return any(c.dep_ == "amod" and c.lower_ in grammar.unrealized_adjectives for c in noun.children)


def _capable_of(trigger: Token, grammar: Grammar) -> bool:
    """ "a missile capable of striking the US", "weapons capable of reaching Tokyo": what a thing could do."""
    prep = trigger.head
    return (trigger.dep_ == "pcomp" and prep.lower_ == "of" and prep.head.i != prep.i
            and prep.head.lower_ in grammar.capability_adjectives)


def _awaited(verb: Token) -> bool:
    """ "looks forward to meeting the Sudanese president", "I look forward to receiving a nomination": an act
    looked forward to has not happened."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "to" or prep.head.i == prep.i:
        return False
    holder = prep.head
    return holder.lower_ == "forward" or any(c.dep_ in {"advmod", "prt"} and c.lower_ == "forward"
                                             for c in holder.children)


def _preferred(verb: Token, grammar: Grammar) -> bool:
    """ "would rather trade with China than receive aid": a preference between acts, neither done."""
    return (any(c.dep_ == "advmod" and c.lower_ == "rather" for c in verb.children)
            and any(c.dep_ == "aux" and c.lower_ in grammar.conditional_aux | grammar.conditional_contractions
                    for c in verb.children))


def _exposed_to(noun: Token, grammar: Grammar) -> bool:
    """ "left the rebels vulnerable to airstrikes", "a region prone to attacks": the noun after "to" of an
    adjective of exposure."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "to" or prep.head.i == prep.i:
        return False
    return prep.head.pos_ == "ADJ" and prep.head.lower_ in grammar.exposure_adjectives


def aimed_at(verb: Token, grammar: Grammar) -> bool:
    """ "sought to rebut the claims", "tried to get him to agree", "had intended to attend rallies", "hoping to
    bolster ties": an act that a verb of trying governs, or one of hoping or intending in the past or as a bare
    participle, is aimed at and not known to be done (the caller keeps attempted attacks)."""
    t = verb
    for _ in range(3):
        # "tried to get Hungary to agree": an infinitive with its own subject hangs as a ccomp
        if not (t.dep_ == "xcomp" or (t.dep_ == "ccomp" and is_infinitive(t))) or t.head.i == t.i:
            return False
        t = t.head
        forms = _forms(t)
        if forms & grammar.attempt_verbs:
            return True
        if forms & grammar.wish_verbs and (_bygone(t) or _bare_participle(t)):
            return True
    return False



def _forms(verb: Token) -> set[str]:
    """The lemma and the word less its ending, for lemmas the tagger gets wrong ("hoping" -> "hop")."""
    word = verb.lower_
    return {verb.lemma_.lower(), word, word[:-1], word[:-2], word[:-3], word[:-3] + "e"}


def _bygone(verb: Token) -> bool:
    """ "hoped", "had intended", "was hoping": past, so the hope is not an announced intent."""
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return ((verb.tag_ == "VBD" and not aux) or (verb.tag_ == "VBN" and "had" in aux)
            or (verb.tag_ == "VBG" and bool(aux & {"was", "were"})))


def _bare_participle(verb: Token) -> bool:
    """ "joined NATO, hoping to bolster ties": a participle with no subject or auxiliary beside a clause."""
    return verb.tag_ == "VBG" and verb.dep_ in {"advcl", "conj"} and not any(
        c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children)
