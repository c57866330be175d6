"""Per-Doc memo: results that are pure functions of a finished parse, computed once per document.

Coding resolves every noun of every sentence, and each rule walks its sentence again; spaCy
builds a new ``Token`` object on every ``doc[i]`` and on every pass over a span, and the same
noun phrases and dictionary matches are worked out many times over. The parse no longer
changes once coding starts (the repair component runs inside ``nlp``, and asks nothing of this
memo: it moves heads, which would leave kept children stale), so such results are
kept for the document's coding, in ``doc.user_data`` under two keys (the named tables, and the lists
kept whole, one entry per token): they go with the Doc and
no module holds state. ``Pipeline.code_doc`` drops them when done (``forget``), so a Doc coded
again (a benchmark's repeats) works them out afresh and a kept Doc carries nothing extra.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from spacy.tokens import Doc, Span, Token

_KEY = "newsevents.docmemo"
_LISTS_KEY = "newsevents.docmemo.lists"


def _memo(doc: Doc) -> dict[str, dict[Any, Any]]:
    """The Doc's memo tables, by name."""
    memo = doc.user_data.get(_KEY)
    if memo is None:
        memo = doc.user_data[_KEY] = {}
    return memo


def _lists(doc: Doc) -> dict[str, list[Any]]:
    """The Doc's lists kept whole (one entry per token), by name."""
    kept = doc.user_data.get(_LISTS_KEY)
    if kept is None:
        kept = doc.user_data[_LISTS_KEY] = {}
    return kept


def table(doc: Doc, name: str) -> dict[Any, Any]:
    """The Doc's memo table `name` (created empty on first use)."""
    try:  # asked several hundred thousand times per story batch: the hit takes two lookups and no call
        return doc.user_data[_KEY][name]
    except KeyError:
        found = _memo(doc)[name] = {}
        return found


def tokens(doc: Doc) -> list[Token]:
    """The Doc's tokens, each built once: ``tokens(doc)[i]`` is ``doc[i]`` without a new object."""
    try:
        return doc.user_data[_LISTS_KEY]["tokens"]
    except KeyError:
        found = _lists(doc)["tokens"] = list(doc)
        return found


def lemmas(doc: Doc) -> list[str]:
    """Every token's lemma, lower-cased: ``lemmas(doc)[i]`` is ``doc[i].lemma_.lower()``. The coder's
    passes over each sentence all read it of every word, and spaCy decodes a new string on each read."""
    try:
        return doc.user_data[_LISTS_KEY]["lemmas"]
    except KeyError:
        found = _lists(doc)["lemmas"] = [t.lemma_.lower() for t in tokens(doc)]
        return found


def lowers(doc: Doc) -> list[str]:
    """Every token's lower-cased form: ``lowers(doc)[i]`` is ``doc[i].lower_``, decoded once per Doc for
    the lookups that join a phrase's words again at every noun."""
    try:
        return doc.user_data[_LISTS_KEY]["lowers"]
    except KeyError:
        found = _lists(doc)["lowers"] = [t.lower_ for t in tokens(doc)]
        return found


def words(doc: Doc) -> list[tuple[str, str]]:
    """Every token's text and the space after it: ``words(doc)[i]`` is ``(doc[i].text, doc[i].whitespace_)``,
    decoded once per Doc for the dictionary matching that joins them again in every phrase and sentence."""
    try:
        return doc.user_data[_LISTS_KEY]["words"]
    except KeyError:
        found = _lists(doc)["words"] = [(t.text, t.whitespace_) for t in tokens(doc)]
        return found


def children(token: Token) -> list[Token]:
    """``list(token.children)``: every token's list built in one pass over the Doc's heads. spaCy scans a
    word's whole span on each call (a sentence's for its root), and the rules ask of most words."""
    doc = token.doc
    try:
        found = doc.user_data[_LISTS_KEY]["children"]
    except KeyError:
        found = _lists(doc)["children"] = _children_of_all(doc)
    return found[token.i]


def _children_of_all(doc: Doc) -> list[list[Token]]:
    """Each token's dependents, left to right, as ``Token.children`` gives them (a root is no child of itself)."""
    toks = tokens(doc)
    found: list[list[Token]] = [[] for _ in toks]
    for tok in toks:
        head = tok.head.i
        if head != tok.i:
            found[head].append(tok)
    return found


def span_tokens(span: Span) -> list[Token]:
    """A span's tokens (a sentence, a phrase) without building them again."""
    return tokens(span.doc)[span.start:span.end]


def between(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens that start at a character offset in [start, end), found by bisection over the offsets
    kept once per Doc, not by a pass over the whole Doc."""
    memo = table(doc, "offsets")
    offsets = memo.get(None)
    if offsets is None:
        offsets = memo[None] = [t.idx for t in tokens(doc)]
    return tokens(doc)[bisect_left(offsets, start):bisect_left(offsets, end)]


def text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc: spaCy joins every token's text again on each call."""
    memo = table(doc, "text")
    found = memo.get(None)
    if found is None:
        found = memo[None] = "".join([w + space for w, space in words(doc)])  # as spaCy joins each text_with_ws
    return found


def span_text(span: Span) -> str:
    """``span.text`` (a sentence's, a phrase's) cut from the Doc's text joined once, not joined again from
    the span's tokens."""
    return text(span.doc)[span.start_char:span.end_char]


def same_text(token: Token) -> list[Token]:
    """The Doc's tokens whose text is ``token``'s (itself among them), in order: the other mentions of a name
    are looked for at each unlisted person, and a pass over the Doc builds every token again."""
    memo = table(token.doc, "same_text")
    found = memo.get(None)
    if found is None:
        found = memo[None] = {}
        for t, (w, _) in zip(tokens(token.doc), words(token.doc), strict=True):
            found.setdefault(w, []).append(t)
    return found[token.text]


def sentence(token: Token) -> Span:
    """``token.sent``, found once per Doc: spaCy walks to the sentence's ends on every call."""
    doc = token.doc
    try:
        found = doc.user_data[_LISTS_KEY]["sentence"]
    except KeyError:
        found = _lists(doc)["sentence"] = [sent for sent in doc.sents for _ in range(len(sent))]
    return found[token.i]


def forget(doc: Doc) -> None:
    """Drop the Doc's memo tables and lists."""
    doc.user_data.pop(_KEY, None)
    doc.user_data.pop(_LISTS_KEY, None)
