"""Who says a quotation: the speaker that a first-person "we" or "I" inside quotation marks stands for.

'"We urge both sides to return to talks," the chamber said': "we" is the chamber. The speaker is the
subject of a verb of saying after the quotation closes in its sentence ('," X said', '," said X');
else the subject of the nearest verb of saying before it opens in its paragraph ('X said. "We ...');
else, for a quotation that opens its paragraph, the last one of the paragraph before ('X said:').
A "we" outside quotation marks (a columnist's "we") has no speaker.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents import docmemo
from newsevents.actors.lexicon import Lexicon

_OPENING = "\u201c"
_CLOSING = "\u201d"
_STRAIGHT = '"'
_QUOTE_MARKS = frozenset({_OPENING, _CLOSING, _STRAIGHT})


def quote_speaker(pronoun: Token, words: Lexicon) -> Token | None:
    """The head of the phrase naming who says the quotation `pronoun` stands in, or None."""
    doc = pronoun.doc
    text = docmemo.text(doc)
    start = text.rfind("\n", 0, pronoun.idx) + 1
    end = text.find("\n", pronoun.idx)
    end = len(text) if end < 0 else end
    opened = _opening(text, start, pronoun.idx)
    if opened is None:
        return None
    closed = _closing(text, pronoun.idx, end)
    if closed is not None:
        after = _said_after(doc, closed, end, words)
        if after is not None:
            return after
    before = _said_before(doc, start, opened, words)
    if before is not None or opened != start or start < 2:
        return before
    previous = text.rfind("\n", 0, start - 1)
    while previous > 0 and not text[previous + 1:start].strip():
        previous = text.rfind("\n", 0, previous)  # blank lines between paragraphs
    return _said_before(doc, previous + 1, start, words)


def _opening(text: str, start: int, at: int) -> int | None:
    """Where the quotation around character `at` opens in its paragraph, or None when `at` is quoted by nobody."""
    before = text[start:at]
    curly_open, curly_close = before.rfind(_OPENING), before.rfind(_CLOSING)
    if curly_open > curly_close:
        return start + curly_open
    if curly_open < 0 and before.count(_STRAIGHT) % 2 == 1:
        return start + before.rfind(_STRAIGHT)
    return None


def _closing(text: str, at: int, end: int) -> int | None:
    """Where the quotation around `at` closes in its paragraph, or None when it runs on."""
    found = [i for i in (text.find(_CLOSING, at, end), text.find(_STRAIGHT, at, end)) if i >= 0]
    return min(found) if found else None


def _said_after(doc: Doc, closed: int, end: int, words: Lexicon) -> Token | None:
    """The subject of a verb of saying in the quotation's sentence after it closes ('," the chamber said')."""
    after = docmemo.between(doc, closed + 1, end)
    if not after:
        return None
    sent = docmemo.sentence(after[0])
    for tok in after:
        if tok.i >= sent.end or tok.text in _QUOTE_MARKS:
            return None  # the sentence ended, or another quotation opened, before any verb of saying
        speaker = _speaker_of(tok, words)
        if speaker is not None:
            return speaker
    return None


def _said_before(doc: Doc, start: int, opened: int, words: Lexicon) -> Token | None:
    """The subject of the nearest verb of saying before the quotation opens, in the paragraph from
    `start`, that is not itself inside a quotation ('Kerry said. "We hope ..."')."""
    text = docmemo.text(doc)
    before = docmemo.between(doc, start, opened)
    for tok in reversed(before):
        speaker = _speaker_of(tok, words)
        if speaker is not None and _opening(text, start, tok.idx) is None:
            return speaker
    return None


def _speaker_of(verb: Token, words: Lexicon) -> Token | None:
    """The subject of a verb of saying, or None for another word."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words.quoting_verbs:
        return None
    # '"I said so," I said' names nobody: the speaker is another first person
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in words.speaker_pronouns), None)
