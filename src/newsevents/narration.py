"""Where a story's narration runs on: the sentence before a sentence in the same paragraph.

A story that recounts an earlier event ("On April 6, militants killed six soldiers.") often goes on telling
it in the next sentences of the paragraph without repeating the date ("The soldiers were killed when their
convoy hit a bomb."). :mod:`newsevents.time` lets such an undated past event take the date of the
sentence before it; this module finds that sentence and says whether a token is quoted speech, which
runs on the speaker's own time, not the narration's.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsevents import docmemo

#: Quotation marks, straight and curly.
_QUOTES = ('"', "“", "”")


def previous_in_paragraph(sent: Span, upto: int | None = None) -> Span | None:
    """The sentence just before ``sent`` when no line break parts them; None at a paragraph's start. ``upto``: the
    token the question is asked for, when a line break inside ``sent`` before it may start its paragraph (a photo
    credit that the parser ran into the next paragraph's first sentence: "REUTERS/Jane Doe\n\nThe lawyer said
    ...")."""
    if sent.start == 0:
        return None
    doc = sent.doc
    before = docmemo.sentence(doc[sent.start - 1])
    end = sent.start if upto is None else max(upto, sent.start)
    return None if line_break_between(doc, before.start, end) else before


def line_break_between(doc: Doc, start: int, end: int) -> bool:
    """Whether a line break falls in or after the tokens ``start`` to ``end`` (a newline token, or one in
    the space after a token): a new paragraph, whatever sentences the parser made."""
    return any("\n" in t.text or "\n" in t.whitespace_ for t in doc[start:end])


def in_quotation(token: Token) -> bool:
    """``token`` lies inside a direct quotation opened in its sentence (not the attribution after it: in
    "'We will fight,' he said", "said" is the writer's)."""
    sent = docmemo.sentence(token)
    before = token.doc[sent.start: token.i].text
    return sum(before.count(q) for q in _QUOTES) % 2 == 1


def has_quotation(sent: Span) -> bool:
    """The sentence holds a direct quotation, or part of one."""
    text = docmemo.span_text(sent)
    return any(q in text for q in _QUOTES)
