"""Whether a person in the dictionary is the person a text names.

A dictionary person is taken only when no part of the name in the text contradicts the
entry ("Abbas Mousavi" is not Mahmoud Abbas, "Irineo Mujica" is not José Mujica), and a bare
surname only when it cannot be someone else: the article named that person before, or the
entry is the one person of that name who held an office on the article's date.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date

from spacy.tokens import Span, Token

from newsevents.actors.dictionary import Entry
from newsevents.actors.lexicon import Lexicon

# Two spellings of one given name share at least their first letters ("Aleksei", "Alexei").
_SAME_START = 3


def fold(text: str) -> str:
    """Lower case without accents or dots: "José" -> "jose", "V." -> "v"."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return plain.lower().replace(".", "")


def _name_words(entry: Entry) -> set[str]:
    return {fold(w) for w in entry.name.replace("-", " ").split()}


def name_tokens(sub: Span, is_title: Callable[[str], bool]) -> list[Token]:
    """The words of the personal name a dictionary match sits in: the PERSON entity that holds
    it, else the proper nouns next to it; titles and honorifics ("President", "Mr.") left out."""
    doc = sub.doc
    start, end = sub.start, sub.end
    ent_label = doc[sub.start].ent_type_
    if ent_label == "PERSON":
        def goes_on(t: Token) -> bool:
            return t.ent_type_ == "PERSON" and t.ent_iob_ == "I"
    else:
        def goes_on(t: Token) -> bool:
            return t.pos_ == "PROPN" and t.ent_type_ in {"", "PERSON"}
    while start > 0 and goes_on(doc[start]) and _joined(doc[start - 1]) and (
            ent_label == "PERSON" or goes_on(doc[start - 1])):
        start -= 1
    while end < len(doc) and goes_on(doc[end]) and _joined(doc[end - 1]):
        end += 1
    lex = Lexicon.load()
    # a generational suffix stays: "Donald Trump Jr." is not Donald Trump
    return [t for t in doc[start:end] if fold(t.text) in lex.name_suffixes
            or (t.is_alpha and t.lower_ not in lex.honorifics and not is_title(t.lower_))]


def _joined(token: Token) -> bool:
    """Whether a name may go on after this token: not across a line break (a caption, a byline)."""
    return not token.is_space and "\n" not in token.whitespace_


def contradicts(entry: Entry, sub: Span, words: list[Token]) -> str | None:
    """The name part that says the text means someone else ("Irineo" for José Mujica), else None.
    A spelling of the same name ("Aleksei" for Alexei) begins as one of the entry's words does."""
    own = _name_words(entry)
    for t in words:
        if sub.start <= t.i < sub.end:
            continue
        word = fold(t.text)
        if word not in own and not any(w[:_SAME_START] == word[:_SAME_START] for w in own):
            return t.text
    return None


def bare_surname(entry: Entry, sub: Span, words: list[Token]) -> bool:
    """Whether the text names the person by one word that is not their whole name ("Putin")."""
    return len(sub) == 1 and all(sub.start <= t.i < sub.end for t in words) and fold(sub.text) != fold(entry.name)


def surname_fits(entry: Entry, rivals: list[Entry], on: date | None, titled: bool) -> bool:
    """A bare surname nobody named before: the person must be the only one of that name in office
    on the article's date; when none is in office, every person of that name must be of one
    country ("the Bush administration" in 2000). A title before it ("former President Mujica")
    is enough on its own."""
    if on is None or not entry.roles or titled:
        return True
    people = [e for e in rivals if e.kind == "person" and e.roles]
    active = [e for e in people if e.active_on(on)]
    if active:
        return active == [entry]
    return len({e.code[:3] for e in people}) == 1
