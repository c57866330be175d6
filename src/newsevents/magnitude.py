"""Event magnitudes: how many were killed, injured, arrested, or took part (PLOVER's fields).

The numbers are read from the event's sentence, from the parse: a number counts for the
event when the words above it in the parse reach the event's trigger or the verb of its
clause ("A roadside bomb killed 11 coal miners": 11 -> miners -> killed). What it counts is
the first word of a kind it meets going up ("killed" -> dead, "were wounded" -> injured,
"detained" -> arrested), or the noun it counts ("11 deaths"); a number of people that no
such word governs, in the event's own clause, is the size of the group that acted
("thousands of protesters marched"). Vague quantities are ranges ("dozens" is 24 to 99),
and bounds are kept ("at least 20": 20 or more). The words come from ``data/magnitude.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from typing import Any, NamedTuple

import yaml
from spacy.tokens import Token

from newsevents import docmemo
from newsevents.parse import clause_head
from newsevents.records import Count, Magnitude

_NOT_COUNTS = frozenset({"TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"})
_NUMBER_PARTS = frozenset({"compound", "quantmod", "nummod"})
_DIGITS = re.compile(r"^\d{1,3}(,\d{3})+$|^\d+(\.\d+)?$")
_UP_STEPS = 5
#: The largest count read (also the largest the store's INTEGER columns hold): no toll, crowd or round-up reaches
#: two billion, so a larger number is an identifier or a population ("191227165836872" on a photo's caption).
_LARGEST_COUNT = 2**31 - 1


@dataclass(frozen=True)
class Kind:
    name: str
    verbs: frozenset[str]
    nouns: frozenset[str]
    subjects: frozenset[str]
    subject_modifiers: frozenset[str]


@dataclass(frozen=True)
class MagnitudeLexicon:
    kinds: tuple[Kind, ...]
    group_nouns: frozenset[str]
    group_verbs: frozenset[str]
    time_nouns: frozenset[str]
    vague: dict[str, tuple[int, int]]
    at_least: tuple[str, ...]
    at_most: tuple[str, ...]
    about: tuple[str, ...]
    units: dict[str, int]
    scales: dict[str, int]

    @classmethod
    def load(cls) -> MagnitudeLexicon:
        text = (resources.files("newsevents") / "data" / "magnitude.yaml").read_text(encoding="utf-8")
        data: dict[str, Any] = yaml.safe_load(text)
        kinds = tuple(Kind(name, *(frozenset(spec.get(key, [])) for key in
                                   ("verbs", "nouns", "subjects", "subject_modifiers")))
                      for name, spec in data["kinds"].items())
        return cls(kinds=kinds, group_nouns=frozenset(data["group_nouns"]),
                   group_verbs=frozenset(data["group_verbs"]), time_nouns=frozenset(data["time_nouns"]),
                   vague={k: (int(v[0]), int(v[1])) for k, v in data["vague"].items()},
                   at_least=tuple(data["at_least"]), at_most=tuple(data["at_most"]), about=tuple(data["about"]),
                   units={str(k): int(v) for k, v in data["units"].items()},
                   scales={str(k): int(v) for k, v in data["scales"].items()})

    @cached_property
    def vague_words(self) -> frozenset[str]:
        """Every word of the vague quantities ("tens", "of", "several", ...)."""
        return frozenset(word for phrase in self.vague for word in phrase.split())

    def is_number_word(self, token: Token) -> bool:
        lower = token.lower_
        return bool(_DIGITS.match(lower)) or lower in self.units or lower in self.scales or lower in self.vague


class _Read(NamedTuple):
    """A number phrase read: its value or range and its tokens (``start`` to ``end``, with its bound)."""

    low: int | None
    high: int | None
    start: int
    end: int


class MagnitudeReader:
    """Reads an event's magnitude from its trigger's sentence; built once per pipeline."""

    def __init__(self, lexicon: MagnitudeLexicon | None = None) -> None:
        self.lex = lexicon or MagnitudeLexicon.load()

    def read(self, trigger: Token) -> Magnitude | None:
        """The counts of the event whose trigger is ``trigger``; None if the sentence gives none."""
        clause = clause_head(trigger)
        anchors = {trigger.i, clause.i}
        if clause.dep_ in {"advcl", "conj"}:  # "40 were killed when jets bombed the town"
            anchors.add(clause_head(clause.head).i)
        above_trigger = {a.i for a in trigger.ancestors}
        found: dict[str, Count] = {}
        for token in docmemo.span_tokens(docmemo.sentence(trigger)):
            if not self._number_head(token):
                continue
            read = self._count(token)
            if read is None:
                continue
            kind = self._kind(token, anchors, trigger, above_trigger)
            if kind is not None and kind[0] not in found:
                found[kind[0]] = Count(read.low, read.high, _words(token, read.start, read.end, kind_word=kind[1]))
        return Magnitude(**found) if found else None

    # -- what a number is ----------------------------------------------------------------------------

    def _number_head(self, token: Token) -> bool:
        """The top word of a number phrase ("1.5" of "1.5 million" is not; "million" is)."""
        if token.ent_type_ in _NOT_COUNTS or not self.lex.is_number_word(token) or token.lower_ in ("a", "an"):
            return False
        if token.ent_type_ == "DATE" or token.head.lemma_.lower() in self.lex.time_nouns:
            counted = _counted_noun(token)  # the tagger calls "Forty protesters" a date at times
            if counted is None or counted.lemma_.lower() in self.lex.time_nouns:
                return False
        head = token.head
        if head.i != token.i and token.dep_ in _NUMBER_PARTS and self.lex.is_number_word(head):
            return False
        # "thousands" in "tens of thousands" belongs to "tens"
        return not (token.dep_ == "pobj" and token.head.lower_ == "of" and self.lex.is_number_word(token.head.head))

    def _count(self, token: Token) -> _Read | None:
        """The number (or range) a number phrase names, with its bound and words."""
        vague_words = self.lex.vague_words
        parts = sorted([t for t in token.children if t.dep_ in {*_NUMBER_PARTS, "amod"} and t.i < token.i
                        and (self.lex.is_number_word(t) or t.lower_ in vague_words)] + [token], key=lambda t: t.i)
        sent = docmemo.sentence(token)
        phrase = " ".join(t.lower_ for t in parts)
        of_number = [t for t in token.children if t.lower_ == "of"]
        if of_number and any(self.lex.is_number_word(c) for c in of_number[0].children):
            inner = next(c for c in of_number[0].children if self.lex.is_number_word(c))
            phrase = f"{token.lower_} of {inner.lower_}"
            parts = [token, inner]
        value = self._value(phrase, [t.lower_ for t in parts if t.lower_ != "of"])
        if value is None:
            return None
        low: int | None = value[0]
        high: int | None = value[1]
        start = parts[0].i
        before = " ".join(t.lower_ for t in sent.doc[max(sent.start, start - 4):start])
        bound = ""
        for words, kind in ((self.lex.at_least, "least"), (self.lex.at_most, "most"), (self.lex.about, "about")):
            matched = next((w for w in words if before == w or before.endswith(" " + w)), None)
            if matched:
                bound, start = kind, start - len(matched.split())
                break
        if bound == "least":
            high = None
        elif bound == "most":
            low = None
        return _Read(low, high, start, parts[-1].i + 1)

    def _value(self, phrase: str, words: list[str]) -> tuple[int, int] | None:
        if phrase in self.lex.vague:
            return self.lex.vague[phrase]
        total, current = 0.0, 0.0
        for word in words:
            if _DIGITS.match(word):
                current += float(word.replace(",", ""))
            elif word in self.lex.units:
                current += self.lex.units[word]
            elif word in self.lex.scales:
                current = (current or 1) * self.lex.scales[word]
                if self.lex.scales[word] >= 1000:
                    total, current = total + current, 0.0
            else:
                return None
        if not 0 < total + current <= _LARGEST_COUNT:  # also an infinity, a number of 309 digits or more
            return None
        number = int(total + current)
        return (number, number) if number > 0 else None

    # -- what it counts ------------------------------------------------------------------------------

    def _kind(self, token: Token, anchors: set[int], trigger: Token,
              above_trigger: set[int]) -> tuple[str, Token | None] | None:
        """dead, injured, arrested or size: what the number counts for this event (with the word
        that says so), or None."""
        counted = _counted_noun(token)
        start = counted or token
        above = [start, *start.ancestors]
        governs = start.i in above_trigger  # "a crowd of 3,000 (that) protested"
        if not anchors & {t.i for t in above} and not governs:
            return None
        for kind in self.lex.kinds:
            said = [c for c in (*token.children, *start.children)
                    if c.dep_ in {"amod", "acl", "relcl", "appos", "conj"} and c.lemma_.lower() in kind.verbs]
            if said:
                return kind.name, said[0]
        # where the counted people stand in the clause: the noun ("11 miners"), or the number
        # itself when it heads them ("thousands of protesters")
        position = start if counted is not None and counted.i == token.head.i else token
        for step in above[1:_UP_STEPS + 1]:
            for kind in self.lex.kinds:
                if self._says(step, kind, direct=step.i == position.head.i):
                    return kind.name, step
        if counted is not None and (kind_name := self._noun_kind(counted)):
            return kind_name, counted
        return ("size", counted) if self._group(counted, position, trigger, governs) else None

    def _says(self, word: Token, kind: Kind, *, direct: bool) -> bool:
        """Whether a word above the number says it counts ``kind``: "killed", "the death toll rose to",
        and, for the verb right above it, "left 16 dead"."""
        if word.lemma_.lower() in kind.verbs:
            return True
        if word.pos_ not in {"VERB", "AUX"}:
            return False
        return _has_subject(word, kind) or (direct and any(
            c.dep_ in {"oprd", "acomp"} and c.lemma_.lower() in kind.verbs for c in word.children))

    def _noun_kind(self, noun: Token) -> str | None:
        return next((kind.name for kind in self.lex.kinds if noun.lemma_.lower() in kind.nouns), None)

    def _group(self, counted: Token | None, position: Token, trigger: Token, governs: bool) -> bool:
        """Whether the number is the size of the group that acted: the subject of the event's clause,
        or the object of a verb of deploying or gathering."""
        if counted is not None and counted.lemma_.lower() not in self.lex.group_nouns:
            return False
        if governs:
            return True
        if clause_head(position).i != clause_head(trigger).i:
            return False
        return position.dep_ in {"nsubj", "nsubjpass"} or (
            position.dep_ == "dobj" and position.head.lemma_.lower() in self.lex.group_verbs)


def _counted_noun(token: Token) -> Token | None:
    """The noun a number counts: "11 miners", "thousands of protesters", "a crowd of 5,000"."""
    if token.dep_ in {"nummod", "quantmod", "amod", "compound"} and token.head.pos_ in {"NOUN", "PROPN"}:
        return token.head
    for prep in token.children:
        if prep.lower_ == "of":
            nouns = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN"}]
            if nouns:
                return nouns[0]
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
        return token.head.head  # "a crowd of 5,000"
    return None


def _has_subject(verb: Token, kind: Kind) -> bool:
    """"The death toll rose to 30": the verb's subject says what the number counts."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in kind.subjects
               and any(m.lemma_.lower() in kind.subject_modifiers for m in c.children) for c in verb.children)


def _words(token: Token, start: int, end: int, *, kind_word: Token | None) -> str:
    """The words a count came from: its bound and number, the people it counts and the word of
    its kind, when they are near ("killed 11 coal miners", "at least 20 people were wounded")."""
    sent = docmemo.sentence(token)
    near = [t.i for t in (_counted_noun(token), kind_word) if t is not None and t.i - start >= -4 and t.i - end < 4]
    start, end = min([start, *near]), max([end, *(i + 1 for i in near)])
    return sent.doc[max(start, sent.start):min(end, sent.end)].text
