"""Matching one pattern against the parse around a trigger token."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents.coding.patterns import Pattern, Word

# Dependencies a pattern's words may follow down from the trigger: particles, objects,
# prepositions and their objects, complements and their "for" ("call for X to agree").
# Not subjects (except passive ones, "sanctions were imposed"), not adverbial clauses,
# not reported speech.
_FOLLOW = frozenset({"prt", "dobj", "prep", "pobj", "pcomp", "xcomp", "aux", "attr", "acomp", "oprd",
                     "dative", "agent", "compound", "nsubjpass", "advmod", "amod", "conj", "acl", "mark"})
_MAX_DEPTH = 4
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


@dataclass(frozen=True)
class Match:
    pattern: Pattern
    trigger: Token
    words: tuple[Token, ...]  # the tokens the pattern's words matched, in pattern order
    target_anchor: Token | None  # the word after which the target slot `*` comes

    @property
    def consumed(self) -> set[int]:
        return {t.i for t in self.words} | {self.trigger.i}


def _reachable(start: Token) -> list[Token]:
    """Tokens below `start` along pattern-friendly dependencies, nearest first."""
    out: list[Token] = []
    queue: deque[tuple[Token, int]] = deque([(start, 0)])
    while queue:
        tok, depth = queue.popleft()
        if depth >= _MAX_DEPTH:
            continue
        for c in tok.children:
            if c.dep_ in _FOLLOW:
                out.append(c)
                queue.append((c, depth + 1))
    return out


def _subject_is(word: Word, trigger: Token) -> bool:
    """Whether the trigger's subject (or a word modifying it) is one of `word`'s options."""
    verb = trigger
    while verb.dep_ == "conj" and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        verb = verb.head  # "arrived and took up positions": the first verb's subject
    heads = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    # "the first contingent of peacekeepers arrived": the noun after "of" is who arrived
    heads += [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj"]
    for subj in heads:
        for tok in (subj, *(c for c in subj.children if c.dep_ in {"compound", "amod"})):
            if word.accepts(tok.lemma_.lower(), tok.lower_):
                return True
    return False


def match(pattern: Pattern, trigger: Token) -> Match | None:
    if pattern.subject is not None and not _subject_is(pattern.subject, trigger):
        return None
    matched: list[Token | None] = []
    used = {trigger.i}
    anchor = trigger
    everything = _reachable(trigger)
    for word in pattern.words:
        found = None
        for tok in [*_reachable(anchor), *everything] if anchor is not trigger else everything:
            if tok.i in used or not word.accepts(tok.lemma_.lower(), tok.lower_):
                continue
            # the object of a preposition counts only through that preposition ("talks with *") or
            # "of" ("10 days of war games"), not from any phrase below the verb ("a stop during the trip")
            if tok.dep_ != "pobj" or tok.head.i in used or tok.head.lower_ == "of":
                found = tok
                break
        if found is None:
            if not word.optional:
                return None
            matched.append(None)
            continue
        used.add(found.i)
        matched.append(found)
        anchor = found
    target_anchor: Token | None = None
    if pattern.target_after is not None:
        target_anchor = trigger
        for maybe in matched[: pattern.target_after + 1]:
            if maybe is not None:
                target_anchor = maybe
    return Match(pattern, trigger, tuple(t for t in matched if t is not None), target_anchor)


def best_match(patterns: list[Pattern], trigger: Token) -> Match | None:
    """The first (most specific) pattern that matches."""
    for p in patterns:
        m = match(p, trigger)
        if m is not None:
            return m
    return None
