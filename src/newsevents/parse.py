"""Small dependency-parse helpers shared by the date rules (time.py) and the place rules (places/)."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

#: Dependencies that start a clause of their own (the event's clause ends where one begins).
CLAUSE_DEPS = frozenset(
    {"ROOT", "ccomp", "xcomp", "advcl", "relcl", "csubj", "csubjpass", "parataxis", "acl", "conj", "pcomp", "dep"}
)

#: The link of a verb joined by "and" to the one before it ("met and agreed"): the same clause's rank.
_JOINED = frozenset({"conj"})


def main_clause_of(verb: Token, through: Collection[str] = _JOINED) -> Token:
    """The verb ``verb`` hangs from, climbing the links in ``through`` (by default only "and": "met and
    agreed"); the sentence's main verb when its dependency is ROOT."""
    while verb.dep_ in through and verb.head.i != verb.i:
        verb = verb.head
    return verb


def clause_head(token: Token) -> Token:
    """The verb heading the clause that ``token`` is in (the sentence root if none)."""
    current = token
    while True:
        if current.dep_ == "ROOT" or current.head.i == current.i:
            return current
        if current.pos_ in {"VERB", "AUX"} and current.dep_ in CLAUSE_DEPS:
            return current
        current = current.head
