"""What one document has said so far about its actors: the state coreference reads.

A ``Mentions`` is made fresh for every document (``Mentions(date=article.date)``) and
filled by the resolver in reading order. Pronouns and definite descriptions ("he",
"the country", "the two leaders", "the president") are resolved against it, and the
country the document is about ("main country") is counted here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date

from newsevents.records import Actor

# Codes that are not a state: they never make a document "about" a country.
TRANSNATIONAL = frozenset({"IGO", "NGO", "IMG", "MNC"})
# Why a bare role has the country it has when only the text's topic says so.
CONTEXT_REASON = "what the sentence and the article are about"
# How an actor's explanation opens the reason for a country taken from the dateline ("country LBN: the
# dateline ('BEIRUT')").
DATELINE_REASON = "the dateline ("
# How an actor says its country was only guessed from the text around it, not named.
GUESSES = (CONTEXT_REASON, DATELINE_REASON)
# The sector of news outlets.
_PRESS = "MED"


@dataclass
class Mention:
    start: int  # doc token index of the mention's head
    actor: Actor
    person: bool
    # False for things that only carry a country ("China's arsenal", "Israeli raids"): they give
    # a country to "the country" but are no antecedent for "they" or "it" that acts
    agent: bool = True
    subject: bool = False  # the subject of its clause: what a later "he" most likely means


@dataclass
class Mentions:
    """Resolved mentions of one document, in order, for pronouns and descriptions to refer back to."""

    date: date | None = None
    items: list[Mention] = field(default_factory=list)
    by_surname: dict[str, Actor] = field(default_factory=dict)  # "putin" -> the actor of "Vladimir Putin"
    countries: Counter[str] = field(default_factory=Counter)  # state -> mentions so far: 2 a named one, 1 a guessed one
    groups: dict[int, list[Actor]] = field(default_factory=dict)  # head -> all actors of "the two leaders"
    sentence_countries: dict[int, list[str]] = field(default_factory=dict)  # sentence start -> states named
    # sentence start -> (state, words) of the places it is set in ("in Kabul"), for bare roles' countries
    sentence_places: dict[int, list[tuple[str, str]]] = field(default_factory=dict)
    # the story's dateline ("QUETTA, Pakistan (AP) —"): its country, its words, where it ends
    dateline_country: str | None = None
    dateline_text: str | None = None
    dateline_end: int = 0  # character offset: a token before it is part of the dateline, never an actor

    def add(self, head: int, actor: Actor, person: bool, *, agent: bool = True, subject: bool = False) -> None:
        if self.items and self.items[-1].start == head:
            return
        self.items.append(Mention(head, actor, person, agent, subject))
        # a country named counts twice, one only guessed from what the story is about once: counting guesses
        # in full let a story's many bare "people" and "officials" make it more and more about its first guess;
        # a news outlet ("told Al Jazeera", "USA TODAY") reports the story and says nothing of what it is about
        if actor.country and actor.country not in TRANSNATIONAL and actor.sector != _PRESS:
            self.countries[actor.country] += 1 if any(g in (actor.how or "") for g in GUESSES) else 2

    def remember_surname(self, surname: str, actor: Actor, *, replace: bool = False) -> None:
        """A person named in full: later the surname alone means them ("Rivera"); a dictionary
        person replaces an earlier holder of the surname, an unknown one does not."""
        if replace:
            self.by_surname[surname] = actor
        else:
            self.by_surname.setdefault(surname, actor)

    def in_dateline(self, char: int) -> bool:
        return char < self.dateline_end

    def next_piece(self, length: int, keep: int = 1000) -> None:
        """The document goes on in a new Doc (a long text parsed in pieces) after ``length``
        tokens: what was said stays, at negative positions before the new Doc's tokens; only the
        last ``keep`` mentions are kept, and the caches of token positions are emptied."""
        self.items = [replace(m, start=m.start - length) for m in self.items[-keep:]]
        self.groups.clear()
        self.sentence_countries.clear()
        self.sentence_places.clear()
        self.dateline_end = 0  # the dateline opens the first piece

    def before(self, i: int) -> Iterator[Mention]:
        return (m for m in reversed(self.items) if m.start < i)

    def group(self, head: int) -> list[Actor]:
        """Every actor a plural description stands for ("the two leaders" -> both), else []."""
        return self.groups.get(head, [])

    def last_person_country(self, i: int) -> str | None:
        for m in self.before(i):
            if m.person and m.actor.country and m.actor.country not in TRANSNATIONAL:
                return m.actor.country
        return None

    def main_countries(self, sentence: list[str], exclude: frozenset[str] = frozenset()) -> list[str]:
        """States ranked by how much the document is about them: this sentence counts double a mention
        named before (four times a guessed one), ties go to the one named first in the sentence, then to the
        earlier mention."""
        order = {c: n for n, c in reversed(list(enumerate(sentence)))}
        score: Counter[str] = Counter()
        for c in sentence:
            score[c] += 4
        for c, n in self.countries.items():
            score[c] += n
        ranked = sorted(score, key=lambda c: (-score[c], order.get(c, len(order))))
        return [c for c in ranked if c not in exclude and c not in TRANSNATIONAL]
