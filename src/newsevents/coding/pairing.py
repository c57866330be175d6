"""Actor pairs: one event per source and target, a pair that is one actor unbound, one event per pair.

"A and B met" gives A->B and B->A; "the BLA warned it would ..." does not make the BLA its own
target; of two readings of one trigger for the same pair, the first (most specific) wins.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from newsevents.actors.resolver import ActorResolver, Mentions
from newsevents.coding.event import CodedEvent
from newsevents.coding.grammar import NOUN_TAGS, Grammar
from newsevents.coding.matcher import Match
from newsevents.records import Actor

Party = tuple[int, Actor | None]  # (doc index of the mention, its actor)
# A pronoun here is its verb's object: it never means the verb's own subject ("he attacked him").
_OBJECT_DEPS = frozenset({"dobj", "dative", "pobj"})
# Event families where "A and B did X" means A did X with B: consult, cooperate, agree.
_MUTUAL_ROOTS = frozenset({"03", "04", "05", "06"})


def mutual_act(m: Match, grammar: Grammar) -> bool:
    """Whether joint subjects act on each other: "A and B met", "the talks"; not a one-sided act of
    those families ("Canada and Britain backed the plan": neither backed the other), nor a journey
    ("Trump and his wife travelled to the resort": they travel together, neither visits the other)."""
    code = m.pattern.code
    if code[:3] in grammar.one_sided_codes or code[:3] in grammar.visit_codes:
        return False
    return m.trigger.pos_ in NOUN_TAGS or code[:2] in _MUTUAL_ROOTS


def same_actor(a: Actor, b: Actor) -> bool:
    """One actor twice: the same record, or two records with one name (a title and the name it stands for)."""
    return a == b or bool(a.name and a.name == b.name)


def distinct(parties: Sequence[Party]) -> list[Party]:
    """Joint subjects less a second mention of one actor: in "Vladimir Putin and Turkish President Recep
    Tayyip Erdogan held talks" the title and the name are one party, not a pair that meets itself."""
    out: list[Party] = []
    for i, a in parties:
        if a is None or not any(b is not None and same_actor(a, b) for _, b in out):
            out.append((i, a))
    return out


def pairs(sources: Sequence[Party], targets: Sequence[Party], *, symmetric: bool) -> list[tuple[Party, Party]]:
    """Source-target pairs: each source with each target; "A and B met" gives A->B and B->A."""
    none: Party = (-1, None)
    sources = _once(sources)  # "Egypt's call": the owner and its country modifier are one mention
    if sources and targets:
        return [(s, t) for s in sources for t in targets]
    if len(sources) > 1 and symmetric:
        return [(s, t) for s in sources for t in sources if s != t]
    if sources:
        return [(s, none) for s in sources]
    return [(none, t) for t in targets]


def lend_deed_targets(events: list[CodedEvent], grammar: Grammar) -> list[CodedEvent]:
    """ "raided the hotel, killing three militants", "blew himself up on a bus, killing 14 people": a violent
    deed whose object names no party befell those the same doer's violent participle after it acts on."""
    out: list[CodedEvent] = []
    for e in events:
        lent = [b for b in events if e.target is None and e.source is not None and b.target is not None
                and b.source == e.source and e.code[:2] in grammar.attack_roots
                and b.code[:2] in grammar.attack_roots and _participle_of(b.trigger, e.trigger)]
        out.extend(replace(e, target=b.target, confidence=b.confidence, actor_tokens=e.actor_tokens + b.actor_tokens,
                           rule=f"{e.rule} (whom '{b.trigger.text}' befell)") for b in lent)
        if not lent:
            out.append(e)
    return out


def _participle_of(part: Token, verb: Token) -> bool:
    """ "raided the hotel, killing ...", "started fighting back, launching ...": a participle after the verb that
    hangs from it, or from the verb it completes."""
    if part.dep_ not in {"advcl", "xcomp"} or part.tag_ != "VBG" or part.i < verb.i:
        return False
    if part.dep_ == "advcl" and part.head.i == verb.i:
        return True
    return verb.dep_ == "xcomp" and part.head.i == verb.head.i  # both complete "started"


def _once(parties: Sequence[Party]) -> list[Party]:
    """Each party once, in order: a mention two rules found is one party ("the two leaders" stays two)."""
    out: list[Party] = []
    for p in parties:
        if p not in out:
            out.append(p)
    return out


def dedupe(events: list[CodedEvent]) -> list[CodedEvent]:
    """One event per trigger and actor pair: the first (most specific) reading wins."""
    seen: set[tuple[int, str, str]] = set()
    out = []
    for e in events:
        key = (e.trigger.i, e.source.code if e.source else "", e.target.code if e.target else "")
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


def unbind(doc: Doc, source: Party, target: Party, mentions: Mentions, resolver: ActorResolver,
           grammar: Grammar) -> tuple[Actor | None, Actor | None]:
    """Source and target resolved to the same actor. A pronoun that is the other's subject or
    object means someone else ("Clinton, who attacked him", "he criticized Obama"); else the
    target goes: "the BLA warned it would ..." -> "it", no one acts on themselves."""
    (s_i, src), (t_i, tgt) = source, target
    assert src is not None
    if t_i >= 0 and doc[t_i].pos_ == "PRON" and doc[t_i].dep_ in _OBJECT_DEPS:
        return src, resolver.other_referent(doc[t_i], mentions, src)
    if (s_i >= 0 and doc[s_i].pos_ == "PRON" and doc[s_i].dep_ == "nsubj" and t_i >= 0
            and doc[t_i].dep_ in _OBJECT_DEPS and doc[s_i].lower_ not in grammar.first_person):
        return resolver.other_referent(doc[s_i], mentions, src), tgt
    return src, None
