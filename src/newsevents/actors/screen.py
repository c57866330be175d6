"""A cheap test that a common noun names no actor ("the decision", "talks", "a new road"), so the
resolver need not try its steps on it.

Coding resolves every noun of every sentence, and most common nouns name nobody; trying each step
on them (dictionary matches, role and office lookups, descriptions) is most of the resolver's time.
Every step that can give a common noun an actor needs, in the noun's own phrase, a word one of the
word lists knows, or a dependent that points at another phrase:

- a dictionary name in the phrase (the caller asks the matcher, whose matches are kept);
- a role, a title or a position ("troops", "foreign minister", "spokesman"), a description
  ("the country", "the group"), a relation ("his lawyer"), a counterpart, a pair ("the two
  leaders"), a divided half ("the North"): a lookup whose key ends in the head's word, or in that
  of a compound or a name before it ("army bulldozers"), so that word ends some key;
- an owner ("the government's troops"), an apposition, a clause that names it ("a group called
  X"), a partitive ("thousands of Kurds"), or a message's author ("a statement from the ministry").

A noun with none of these resolves to nothing, and nothing is noted about it, so skipping it
changes no output. A new step that lets a plain noun name an actor in another way must add its
words or its dependent here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from spacy.tokens import Span, Token

from newsevents import docmemo
from newsevents.actors.dictionary import ActorDictionary, _title_synonyms
from newsevents.actors.lexicon import Lexicon
from newsevents.actors.phrase import noun_phrase

# Lookups join a phrase's words with spaces or hyphens: the pieces between them are its words.
_PIECE_BREAK = re.compile(r"[\s\-]+")
_NOUNS = frozenset({"NOUN", "PROPN"})
# How many words' answers the screen keeps before it starts afresh (a long run meets ever new words).
_KNOWN_FORMS = 1 << 16


def _pieces(text: str) -> list[str]:
    return [p for p in _PIECE_BREAK.split(text.replace("’", "'").replace("‘", "'").lower()) if p]


class Screen:
    """The last words of every key a noun-level lookup of the resolver may hit, and the test built on them."""

    def __init__(self, dictionary: ActorDictionary, words: Lexicon, names_in: Callable[[Span], bool]) -> None:
        self.names_in = names_in  # whether a phrase holds a dictionary name (the matcher's, kept per Doc)
        self.may_start = dictionary.may_start
        self.partitive_preps = words.partitive_preps
        self.authored_messages = words.authored_messages
        self.author_preps = words.author_preps
        self.naming_verbs = words.naming_verbs
        keys: list[Iterable[str]] = [
            dictionary.roles, dictionary.titles, _title_synonyms(), _title_synonyms().values(), ["leader"],
            words.relation_nouns, words.staff_nouns, words.counterpart_nouns, words.pair_person_nouns,
            words.pair_party_nouns,
            words.country_descriptions, words.org_descriptions,
        ]
        # each lookup key ends in the word it is asked for: the head's, or a compound's before it
        self.last_words = frozenset(_pieces(key)[-1] for group in keys for key in group if _pieces(key))
        # "the North" after "North Korea" and "South Korea": a half is named by its first word
        self.last_words |= frozenset(p for half in words.divided_halves for p in _pieces(half))
        self._known_forms: dict[tuple[str, str], bool] = {}  # (form, lemma) -> _known: the same words recur

    def names_nobody(self, head: Token, span: Span) -> bool:
        """Whether a common noun with its phrase `span` surely resolves to no actor (see the module)."""
        if head.pos_ != "NOUN" or head.dep_ == "appos":
            return False
        if any(self._points(c) for c in head.children):
            return False
        words = docmemo.span_tokens(span)
        if any(self._known(t) for t in words if t.i == head.i or t.dep_ == "compound" or t.pos_ == "PROPN"):
            return False
        # a name starts at a word some name starts with, or a misspelt one at a proper noun; the
        # matcher's own test, the dearest, last
        return not (any(t.pos_ == "PROPN" or self.may_start(t.text) for t in words) and self.names_in(span))

    def _points(self, child: Token) -> bool:
        """Whether a dependent may give the noun the actor of another phrase: a noun's or a name's
        possessive ("the army's trucks", not "its trucks"), an apposition, a naming clause ("a group
        called X"), a partitive whose noun may name one ("thousands of Kurds", not "a lot of work")."""
        dep = child.dep_
        if dep == "poss":
            return child.pos_ in _NOUNS
        if dep == "acl":
            return child.lemma_.lower() in self.naming_verbs
        if dep == "prep" and child.lower_ in self.author_preps and child.head.lemma_.lower() in self.authored_messages:
            return True  # "a statement from the ministry": its author
        if dep == "prep" and child.lower_ in self.partitive_preps:
            return any(o.dep_ == "pobj" and o.pos_ in _NOUNS and not self.names_nobody(o, noun_phrase(o))
                       for o in child.children)
        return dep == "appos"

    def _known(self, tok: Token) -> bool:
        """Whether a word may be part of a role, title or description the resolver looks up."""
        forms = (tok.lower_, tok.lemma_)
        found = self._known_forms.get(forms)
        if found is None:
            if len(self._known_forms) >= _KNOWN_FORMS:
                self._known_forms.clear()
            lower = forms[0]  # "Gen." is looked up as "gen" too
            found = self._known_forms[forms] = any(
                pieces[-1] in self.last_words
                for form in (lower, lower.rstrip("."), forms[1]) if (pieces := _pieces(form)))
        return found
