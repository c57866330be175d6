"""The name part of a noun phrase (``noun_phrase``): what the resolver reads a mention from."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents import docmemo

# Dependents that belong to a noun phrase's name ("North Korean leader Kim Jong Un").
_NP_LEFT_DEPS = frozenset({"compound", "amod", "poss", "nmod", "det", "nummod", "quantmod", "case", "npadvmod"})


def noun_phrase(token: Token) -> Span:
    """The name part of a noun phrase: the head with its left modifiers, no clauses."""
    memo = docmemo.table(token.doc, "noun_phrase")  # asked for every noun by many rules
    found = memo.get(token.i)
    if found is None:
        found = memo[token.i] = _noun_phrase(token)
    return found


def _noun_phrase(token: Token) -> Span:
    toks = docmemo.tokens(token.doc)
    start = token.i
    for child in token.lefts:
        if child.dep_ in _NP_LEFT_DEPS:
            start = min(start, child.left_edge.i)
    while start < token.i and toks[start].is_space:
        start += 1  # a blanked dateline before the first sentence's subject
    end = token.i + 1
    # A name may continue right of its syntactic head only through flat hyphen pieces.
    while end < len(toks) and toks[end].dep_ == "compound" and toks[end].head.i == token.i:
        end += 1
    if token.ent_type_ == "PERSON":
        # a name the parser broke up ("Crown Prince Mohammed | bin Salman") is still one name
        while end < len(toks) and toks[end].ent_iob_ == "I" and toks[end].ent_type_ == "PERSON":
            end += 1
    return Span(token.doc, start, end)  # as doc[start:end], which first normalises the slice in Python
