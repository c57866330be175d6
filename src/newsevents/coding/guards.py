"""Wordings that look like an event but name no act of one actor on another (PLOVER codes acts).

A pattern can match a word in a sense the codebook does not code: a press question is no
request ("asked whether ..."), a wish is no demand ("wanted a new deal"), a reaction is no
meeting ("was met with scepticism"), a name given is no appeal ("called the deal a good one"),
an admission is no recognition ("recognized that mistakes were made"), and a habit is no act
at a time ("rarely criticizes Russia"). Each check reads the parse around the trigger; the
words they know are lists in ``data/grammar.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.coding.grammar import Grammar, child, children
from newsevents.coding.matcher import Match

_REQUEST_ROOT = "02"
_DEMAND_ROOT = "10"


def not_an_act(m: Match, grammar: Grammar) -> bool:
    """Whether the match names no coded act (see the module docstring)."""
    return (_question(m, grammar) or _desire(m, grammar) or _reaction(m, grammar) or _naming(m, grammar)
            or _acknowledgement(m, grammar) or _habit(m, grammar))


def _question(m: Match, grammar: Grammar) -> bool:
    """ "asked whether Germany would send troops", "asked about the report", "a request for comment",
    "asked not to be named": a question or a reporter's request, not an appeal for an act (CAMEO 02)."""
    trig = m.trigger
    if m.pattern.code[:2] != _REQUEST_ROOT or trig.lemma_.lower() not in grammar.asking_words:
        return False
    for c in trig.children:
        if c.dep_ in {"ccomp", "advcl", "xcomp"} and _asks_a_question(c, grammar):
            return True
        if c.dep_ == "xcomp" and c.lemma_.lower() in grammar.anonymity_verbs:
            return True  # "asked not to be named"
        if c.dep_ == "prep" and c.lower_ == "about" and child(trig, "xcomp") is None:
            return True
        if c.dep_ == "prep" and c.lower_ == "for":
            obj = child(c, "pobj")
            if obj is not None and obj.lemma_.lower() in grammar.press_words:
                return True
    return False


def _asks_a_question(clause: Token, grammar: Grammar) -> bool:
    """The clause is an indirect question: "whether ...", "what ...", "why ..."."""
    if any(c.dep_ == "mark" and c.lower_ in grammar.question_marks for c in clause.children):
        return True
    first = min(clause.subtree, key=lambda t: t.i)
    return first.tag_ in {"WDT", "WP", "WP$", "WRB"}


def _desire(m: Match, grammar: Grammar) -> bool:
    """ "the president wanted a new trade deal", "he wants to take on the conflict": a wish for a thing or
    for an act of one's own, not a demand; "wants Iran to stop the tests" (someone else to act) stays one."""
    trig = m.trigger
    if m.pattern.code[:2] != _DEMAND_ROOT or trig.lemma_.lower() not in grammar.desire_verbs:
        return False
    if children(trig, "ccomp"):
        return False
    return child(trig, "dobj") is None or not children(trig, "xcomp")


def _reaction(m: Match, grammar: Grammar) -> bool:
    """ "the plan was met with scepticism", "any tariffs would be met with a response": the passive
    with "with" and no "by" names a reaction to a thing, not a meeting or a host's reception."""
    trig = m.trigger
    if trig.lemma_.lower() not in grammar.reception_verbs or child(trig, "auxpass") is None:
        return False
    return child(trig, "agent") is None and any(p.lower_ == "with" for p in children(trig, "prep"))


def _naming(m: Match, grammar: Grammar) -> bool:
    """ "called the Iran agreement a good deal on television": calling a thing a name calls on nobody."""
    trig = m.trigger
    if m.pattern.code[:2] != _REQUEST_ROOT or trig.lemma_.lower() not in grammar.naming_verbs:
        return False
    name = child(trig, "oprd")  # a day the parser hung there ("called Thursday on Arabs to ...") is no name
    return child(trig, "dobj") is not None and name is not None and name.ent_type_ not in {"DATE", "TIME"}


def _acknowledgement(m: Match, grammar: Grammar) -> bool:
    """ "recognized that mistakes were made", "accepted that the plan had failed": a that-clause makes the
    verb an admission (a statement), not recognition, acceptance or a concession to another actor."""
    trig = m.trigger
    if m.words or trig.lemma_.lower() not in grammar.acknowledging_verbs or child(trig, "dobj") is not None:
        return False
    # a finite clause, not an infinitive the parser hung there ("allowed inspectors to return")
    return any(c.dep_ == "ccomp" and not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in trig.children)


def _habit(m: Match, grammar: Grammar) -> bool:
    """ "India rarely criticizes Russia", "the two countries have long cooperated": a habit or a standing
    relation, not an act at a time. Violence and repression stay events ("soldiers routinely beat up
    detainees" reports beatings)."""
    if m.pattern.code[:2] in grammar.habitual_deed_roots:
        return False
    return any(c.dep_ == "advmod" and c.lower_ in grammar.habitual_adverbs for c in m.trigger.children)
