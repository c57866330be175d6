"""Paragraph breaks: a spaCy pipeline component that starts a sentence after a blank line.

News text puts a byline, an agency name, a photo caption or a heading on a line of its own
("John Smith\n\nUSA TODAY\n\nChina's foreign minister urged ..."). The small English model often reads
across the blank line, so the first sentence of the story gets the byline as its subject and loses its
actor. A blank line ends a paragraph, and no sentence runs across paragraphs: the token after one starts
a sentence. The parser keeps sentence starts set before it runs.

Registered as ``newsevents_paragraph_breaks``; ``Pipeline`` adds it before the parser::

    nlp.add_pipe("newsevents_paragraph_breaks", before="parser")
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "newsevents_paragraph_breaks"


@Language.component(COMPONENT)
def paragraph_breaks(doc: Doc) -> Doc:
    """Marks the first token after a blank line (a space token holding two line breaks) as a sentence start."""
    for tok in doc[:-1]:
        if tok.is_space and tok.text.count("\n") >= 2:
            doc[tok.i + 1].is_sent_start = True
    return doc


def add_paragraph_breaks(nlp: Language) -> None:
    """Add the component before the parser, which keeps the sentence starts it finds set; once (a cached
    model may already have it). A pipeline with no parser is left as it is."""
    if COMPONENT not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser")
