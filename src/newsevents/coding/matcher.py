"""Matching one pattern against the parse around a trigger token."""

from __future__ import annotations

import calendar
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from newsevents import docmemo
from newsevents.coding.grammar import kids
from newsevents.coding.patterns import Pattern, Word
from newsevents.nlp import TIME_ENTITIES

# Dependencies a pattern's words may follow down from the trigger: particles, objects,
# prepositions and their objects, complements and their "for" ("call for X to agree").
# Not subjects (except passive ones, "sanctions were imposed"), not adverbial clauses,
# not reported speech. "intj": the "no" of "said no to the plan". A negation only where a pattern names it
# ("pleaded not guilty").
_FOLLOW = frozenset({"prt", "intj", "dobj", "prep", "pobj", "pcomp", "xcomp", "aux", "attr", "acomp", "oprd",
                     "dative", "agent", "compound", "nsubjpass", "advmod", "amod", "conj", "acl", "mark", "neg"})
_MAX_DEPTH = 4
_MAX_TRIES = 3  # candidates tried for one word before the pattern fails (bounds the search)
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "mark"})
_RELATIVE_TAGS = frozenset({"WDT", "WP"})
# Entity types that name a time: "called on Tuesday" holds a day where "called on X" holds the one asked.
# The only proper nouns that name a time; the tagger calls some countries DATE too ("out of Niger").
_CALENDAR_NAMES = frozenset(n.lower() for n in (*calendar.day_name, *calendar.month_name, *calendar.month_abbr) if n)


@dataclass(frozen=True)
class Match:
    pattern: Pattern
    trigger: Token
    words: tuple[Token, ...]  # the tokens the pattern's words matched, in pattern order
    target_anchor: Token | None  # the word after which the target slot `*` comes

    @property
    def consumed(self) -> set[int]:
        return {t.i for t in self.words} | {self.trigger.i}


def _reachable(start: Token, *, closed: bool = True) -> list[Token]:
    """Tokens below `start` along pattern-friendly dependencies, nearest first (with `closed`, not inside
    the phrases below it: see _phrase_end)."""
    shut, every = _walk(start, open_too=not closed)
    return shut if closed else every


def _walk(start: Token, *, open_too: bool) -> tuple[list[Token], list[Token]]:
    """The closed walk below `start` and, with `open_too`, the open one in the same pass (else the
    closed one twice): a phrase below the start is closed to the walk; the start's own ("in" matched by
    "interfere in election": "interfered in our 2016 election process") is not."""
    shut: list[Token] = []
    every: list[Token] = []
    queue: deque[tuple[Token, int, bool]] = deque([(start, 0, True)])
    while queue:
        tok, depth, inside = queue.popleft()  # inside: reached by the closed walk too
        if depth >= _MAX_DEPTH:
            continue
        for c in kids(tok):
            if c.dep_ not in _FOLLOW or _own_clause(tok, c):
                continue
            every.append(c)
            if inside:
                shut.append(c)
            below = inside and (depth == 0 or not _phrase_end(c))
            if below or open_too:
                queue.append((c, depth + 1, below))
    return shut, every


def _phrase_end(tok: Token) -> bool:
    """ "rallied voters with rhetoric and talk against X", "shared through intelligence channels", "sent
    cables requesting agents", "is committed to speaking up": the words inside a preposition's object (but
    "of": "the release of X") or a noun's clause belong to that phrase, not to the trigger's pattern."""
    if tok.dep_ == "acl":
        return True
    return tok.dep_ in {"pobj", "pcomp"} and tok.head.lower_ != "of"


def _own_clause(tok: Token, c: Token) -> bool:
    """ "met Macron and later spoke with Putin": a joined verb after the verb's own object is a
    clause of its own, whose words ("with Putin") are not the first verb's."""
    return (c.dep_ == "conj" and c.pos_ == "VERB" and tok.pos_ == "VERB"
            and any(o.dep_ == "dobj" for o in kids(tok)))


def described_noun(trigger: Token) -> list[Token]:
    """ "the sanctions imposed on Russia", "troops sent to the border": a past participle that describes a
    noun is a passive whose subject is that noun, so the noun may stand for the pattern's object word
    ("impose sanction"). Returns [the noun], else []."""
    head = trigger.head
    if trigger.dep_ != "acl" or trigger.tag_ != "VBN" or head.pos_ not in {"NOUN", "PROPN"} or head.i > trigger.i:
        return []
    if any(c.dep_ in _OWN_CLAUSE_DEPS for c in kids(trigger)):
        return []  # "the news that police have captured the suspect": a clause of its own, active
    return [head]


def _reads_above(pattern: Pattern) -> bool:
    """Whether a pattern may find its object word in the noun above its trigger (see best_match)."""
    return pattern.layer == 0 and not pattern.undergone


def _object_above(trigger: Token) -> list[Token]:
    """The noun above the trigger that is its object: what a participle or a relative clause describes."""
    return described_noun(trigger) or gapped_object(trigger)


def gapped_object(trigger: Token) -> list[Token]:
    """ "the tariffs it imposed last year", "the deal that Iran signed": a relative clause whose subject is
    its own and whose object is the noun it describes (gapped, or a relative pronoun). Returns [the noun]."""
    head = trigger.head
    if trigger.dep_ != "relcl" or trigger.pos_ != "VERB" or head.pos_ != "NOUN":
        return []
    subject = next((c for c in kids(trigger) if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ in _RELATIVE_TAGS or any(c.dep_ in {"auxpass", "nsubjpass"}
                                                                 for c in kids(trigger)):
        return []
    objects = [c for c in kids(trigger) if c.dep_ in {"dobj", "ccomp", "xcomp"}]
    return [head] if all(o.tag_ in _RELATIVE_TAGS for o in objects) else []


def _subject_is(word: Word, trigger: Token) -> bool:
    """Whether the trigger's subject (or a word modifying it) is one of `word`'s options."""
    verb = trigger
    while verb.dep_ == "conj" and not any(c.dep_ in _SUBJECT_DEPS for c in kids(verb)):
        verb = verb.head  # "arrived and took up positions": the first verb's subject
    heads = [c for c in kids(verb) if c.dep_ in _SUBJECT_DEPS]
    heads += [c for h in heads for c in kids(h) if c.dep_ == "conj"]  # "the carrier and two warships were joined"
    # "the first contingent of peacekeepers arrived": the noun after "of" is who arrived
    heads += [o for h in heads for p in kids(h) if p.dep_ == "prep" and p.lower_ == "of"
              for o in kids(p) if o.dep_ == "pobj"]
    for subj in heads:
        for tok in (subj, *(c for c in kids(subj) if c.dep_ in {"compound", "amod"})):
            if word.accepts(tok.lemma_.lower(), tok.lower_):
                return True
    return False


def match(pattern: Pattern, trigger: Token, everything: list[Token] | None = None,
          words_below: frozenset[str] | None = None) -> Match | None:
    """`pattern` at `trigger`, or None. `everything` (the tokens below the trigger) and `words_below`
    (their lemmas and forms) may be passed in when many patterns are tried at one trigger."""
    if everything is None:
        everything = [*(_object_above(trigger) if _reads_above(pattern) else []), *_reachable(trigger)]
    if words_below is not None:
        for options in pattern.required:
            if options.isdisjoint(words_below):
                return None  # a required word is nowhere below the trigger
    if pattern.subject is not None and not _subject_is(pattern.subject, trigger):
        return None
    slot = -1 if pattern.target_after is None else pattern.target_after
    matched = _match_words(pattern.words, trigger, trigger, {trigger.i}, everything, slot)
    if matched is None:
        return None
    target_anchor: Token | None = None
    if pattern.target_after is not None:
        target_anchor = trigger
        for maybe in matched[: pattern.target_after + 1]:
            if maybe is not None:
                target_anchor = maybe
    return Match(pattern, trigger, tuple(t for t in matched if t is not None), target_anchor)


def _holds_a_time(prep: Token) -> bool:
    """The word before a target slot governs only a time ("on Tuesday", "at noon")."""
    objects = [c for c in kids(prep) if c.dep_ == "pobj"]
    return bool(objects) and all(_a_time(o) for o in objects)


def _a_time(noun: Token) -> bool:
    if noun.ent_type_ not in TIME_ENTITIES:
        return False
    return noun.pos_ != "PROPN" or noun.lower_.rstrip(".") in _CALENDAR_NAMES


def _candidates(word: Word, anchor: Token, trigger: Token, used: set[int], everything: list[Token],
                before_slot: bool = False) -> list[Token]:
    """Tokens that can stand for `word`, nearest the previous word first. The word before a target
    slot is never a preposition that holds only a time: "called on Wednesday on X to" asks X; nor an
    infinitive's "to"."""
    pool = [*_reachable(anchor), *everything] if anchor is not trigger else everything
    out: list[Token] = []
    for tok in pool:
        if tok.i in used or not word.accepts(tok.lemma_.lower(), tok.lower_) or tok in out:
            continue
        if before_slot and (_holds_a_time(tok) or tok.tag_ == "TO"):
            continue  # an infinitive's "to" ("made a call to train rebels") has no object to be the target
        if tok.dep_ == "prt" and tok.head.i not in used:
            continue  # a particle is its own verb's: "called for attacks, and the idea has won out"
        if tok.tag_ == "TO" and tok.head.i == trigger.i:
            continue  # the trigger's own infinitive ("the power to order strikes") is not its complement's "to"
        if tok.lower_ == "to" and tok.dep_ == "prep" and tok.head.i not in used:
            continue  # "According to X, he told Y that ...", "on trips to Baghdad": another word's "to"
        # the object of a preposition counts only through that preposition ("talks with *") or
        # "of" ("10 days of war games"), not from any phrase below the verb ("a stop during the trip")
        if tok.dep_ != "pobj" or tok.head.i in used or tok.head.lower_ == "of" or tok.i == trigger.head.i:
            out.append(tok)
    # a preposition after the trigger before one that opens the sentence: in "With much fanfare, Trump
    # held two summits with Kim" the talks are with Kim
    out.sort(key=lambda t: t.pos_ == "ADP" and t.i < trigger.i)
    return out


def _match_words(words: tuple[Word, ...], trigger: Token, anchor: Token, used: set[int],
                 everything: list[Token], slot: int = -1) -> list[Token | None] | None:
    """The tokens for `words` in order, trying the next candidate when a later word fails
    ("On 4 May, workers went on strike": the date's "On" is not the strike's). `slot`: the index
    of the word the target slot follows, counted from `words[0]`."""
    if not words:
        return []
    word, rest = words[0], words[1:]
    for tok in _candidates(word, anchor, trigger, used, everything, before_slot=slot == 0)[:_MAX_TRIES]:
        tail = _match_words(rest, trigger, tok, used | {tok.i}, everything, slot - 1)
        if tail is not None:
            return [tok, *tail]
    if word.optional:
        tail = _match_words(rest, trigger, anchor, used, everything, slot - 1)
        if tail is not None:
            return [None, *tail]
    return None


def best_match(patterns: Sequence[Pattern], trigger: Token) -> Match | None:
    """The first (most specific) pattern that matches."""
    # the words a pattern may still find through a preposition it matches: "interfere in election"
    everything, below = _walk(trigger, open_too=True)
    lemmas, lowers = docmemo.lemmas(trigger.doc), docmemo.lowers(trigger.doc)  # decoded once per Doc
    words_below = frozenset([lemmas[t.i] for t in below] + [lowers[t.i] for t in below])
    # our own patterns may find their object in the noun a participle or relative clause describes
    # ("sanctions imposed on Iran", "the tariffs it imposed"); the imported dictionary's wordings
    # ("aim &WEAPON", "lead mission") read it in too many senses, and "the criticism he received from X"
    # (a `~` pattern) only names the criticism that a later act answers
    above = _object_above(trigger)
    ours = ([*above, *everything], words_below | {w for t in above for w in (lemmas[t.i], lowers[t.i])})
    for p in patterns:
        m = match(p, trigger, *ours) if _reads_above(p) else match(p, trigger, everything, words_below)
        if m is not None:
            return m
    return None
