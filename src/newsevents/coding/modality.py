"""Is the event asserted, negated, hypothetical or future?

Classic coders code "X denied attacking Y" as an attack. We read the clause around
the trigger: negation on the verb or on a governing verb ("denied", "failed to"),
conditions ("if", "unless"), modals ("could", "may"), questions, and future markers
("will", "plans to"). Only asserted and future events count in statistics.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Token

from newsevents.coding.grammar import Grammar
from newsevents.records import Status

_NEGATORS = frozenset({"not", "n't", "never", "no"})


def clause_path(trigger: Token) -> list[Token]:
    """The trigger and the verbs that govern it, up to the sentence root."""
    path = [trigger]
    t = trigger
    while t.head.i != t.i and len(path) < 8:
        t = t.head
        path.append(t)
    return path


def status_of(trigger: Token, grammar: Grammar, *, governor: Token | None = None) -> Status:
    """The modality of the event named by `trigger`.

    `governor` is the light verb of a nominal event ("did not hold talks"): its negation
    and modals are the event's.
    """
    heads = [trigger] if governor is None else [trigger, governor]
    for h in heads:
        if any(c.dep_ == "neg" or (c.dep_ in {"advmod", "det"} and c.lower_ in _NEGATORS) or _no_longer(c)
               for c in h.children):
            return "negated"
    path = clause_path(governor or trigger)
    # a governing verb that denies its complement: "denied attacking", "failed to reach"
    for lower, upper in pairwise(path):
        if lower.dep_ in {"xcomp", "ccomp", "pcomp", "advcl"} and upper.lemma_.lower() in grammar.negating_verbs:
            return "negated"
        if lower.dep_ == "pobj" and upper.head.lemma_.lower() in grammar.negating_verbs:
            return "negated"
        if lower.dep_ in {"acl", "xcomp"} and upper.lemma_.lower() in grammar.negating_nouns:
            return "negated"  # "its refusal to cave"
        if lower.dep_ == "acl" and upper.lemma_.lower() in grammar.request_nouns:
            return "hypothetical"  # "calls to impose sanctions": asked for, not done
        if lower.dep_ in {"xcomp", "ccomp"} and upper.lemma_.lower() in grammar.permission_verbs:
            return "hypothetical"  # "a law that allows the government to seize assets": allowed, not done
    if _marked_by(trigger, grammar.negating_marks):
        return "negated"  # "rather than cave in"
    speech = grammar.speech_head(governor or trigger)
    for t in path:
        if t is speech:
            break
        if any(c.dep_ == "mark" and c.lower_ in grammar.condition_marks for c in t.children):
            return "hypothetical"
    aux = {c.lower_ for h in heads for c in h.children if c.dep_ in {"aux", "auxpass"}}
    if aux & grammar.hypothetical_aux or _governed_by_modal(path, grammar):
        return "hypothetical"
    if "would" in aux:
        return "future" if speech is not None else "hypothetical"
    sent = trigger.sent
    if sent.text.rstrip().endswith("?") and trigger.i >= sent.root.i - 3 and speech is None:
        return "hypothetical"
    if aux & grammar.future_aux or _going_to(heads[-1]):
        return "future"
    for lower, upper in pairwise(path):
        if lower.dep_ == "xcomp" and upper.lemma_.lower() in grammar.future_verbs:
            return "future"
        if lower.dep_ == "acl" and upper.lemma_.lower() in grammar.purpose_nouns:
            return "future"  # "in a bid to strengthen ties": an aim
        if lower.dep_ != "xcomp":
            break
    return "asserted"


def _marked_by(trigger: Token, phrases: frozenset[str]) -> bool:
    """Whether the words just before the trigger's clause are one of `phrases` ("rather than")."""
    start = min(t.i for t in trigger.subtree)
    before = trigger.doc[max(trigger.sent.start, start - 3):start].text.lower()
    return any(before.endswith(p) for p in phrases)


def _going_to(verb: Token) -> bool:
    """ "is going to impose": the trigger is the xcomp of a progressive "go"."""
    h = verb.head
    return verb.dep_ == "xcomp" and h.lemma_ == "go" and h.tag_ == "VBG"


# Links inside one clause through which a governing verb's modal reaches the trigger:
# "could escalate threats by testing weapons", "may try to attack".
_MODAL_REACH = frozenset({"xcomp", "pcomp", "prep", "pobj"})


def _governed_by_modal(path: list[Token], grammar: Grammar) -> bool:
    """Whether a verb above the trigger, in the same clause, carries could/may/must."""
    for lower, upper in pairwise(path):
        if lower.dep_ not in _MODAL_REACH and not (lower.dep_ == "conj" and not _has_subject(lower)):
            return False
        if any(c.dep_ == "aux" and c.lower_ in grammar.hypothetical_aux for c in upper.children):
            return True
    return False


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _no_longer(word: Token) -> bool:
    """ "will no longer recognize": "longer" modified by "no"."""
    return word.lower_ == "longer" and any(c.lower_ == "no" for c in word.children)
