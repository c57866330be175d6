"""Where someone is said to be for a while: "Trump arrived in Buenos Aires for the G20", "the envoy,
visiting Tokyo, ...", "at the summit in Hanoi". The event placer carries such a place (:mod:`.carry`) to the traveller's
later events and to talks between two countries told in the next sentences, whose own sentences
name no place ("Trump met Xi on Saturday")."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from newsevents import docmemo
from newsevents.parse import clause_head
from newsevents.places.resolver import PlaceResolver, is_word
from newsevents.records import Location

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: How a noun of a gathering says someone is there: "(gathered) for a summit in", "at talks in", "opened talks".
_GATHERING_HEADS = frozenset({"for", "at"})
_GATHERING_DEPS = frozenset({"dobj", "nsubj"})
#: Prepositions of how a word act was done: "by phone", "in a phone call", "over a video link".
_REMOTE_PREPS = frozenset({"by", "in", "over", "via", "during"})
#: Entity types of a named person (the tagger often leaves a lone surname untyped: "Merkel was in Beijing").
_PERSON_TYPES = frozenset({"PERSON", ""})
#: Clauses walked up from a word of staying to find its traveller ("After meeting X in Y, Trump said").
_TRAVELLER_STEPS = 3


@dataclass(frozen=True)
class Stay:
    """A place someone is at from one sentence on; ``who``: the traveller's word, if said; ``at``: the
    index of the word of staying in its Doc (to date the stay)."""

    sentence: int
    who: str | None
    where: Location
    at: int


def stay_in(resolver: PlaceResolver, sent: Span, index: int, countries: Collection[str],
            dateline: Location | None = None) -> Stay | None:
    """The first place of a stay the sentence attaches to a word of staying ("arrived in", "summit in").
    A country is a stay only for a named traveller ("Trump opened a state visit to Japan"; "Middle East
    peace talks" name no place to be at), and is the dateline's town when in the dateline's country
    ("TOKYO (AP) -- Trump opened a state visit to Japan": the reporter is with him)."""
    either = resolver.words.being_verbs | resolver.words.stay_words  # most words are neither: one test
    for token in docmemo.span_tokens(sent):
        if not is_word(token, either):
            continue
        being = _being_there(token, resolver)
        if not being and not (is_word(token, resolver.words.stay_words) and _staying(token)):
            continue
        where = resolver.locate(token, doc_countries=countries, sent=sent)
        if where is None or where.source != "clause" or not where.country:
            continue
        who = _traveller(token)
        if being and who is None:
            continue
        if where.precision == "country":
            if who is None:
                continue
            if dateline is not None and dateline.country == where.country:
                where = replace(dateline, source="clause")
        return Stay(index, who, where, token.i)
    return None


def venues_in(resolver: PlaceResolver, sent: Span, index: int, countries: Collection[str]) -> list[Stay]:
    """The places the sentence gives a gathering held ("the Hanoi meeting", "a press conference in Hanoi",
    "at their meeting in Singapore"), not one still to come ("ahead of his summit in Singapore"); as stays
    of no one named, at the gathering's word (to date it)."""
    venues = []
    for token in docmemo.span_tokens(sent):
        if token.pos_ not in {"NOUN", "PROPN"} or not is_word(token, resolver.words.gathering_nouns):
            continue
        where = resolver.locate(token, doc_countries=countries, sent=sent)
        if (where is not None and where.source == "clause" and where.country and _held_at(token, where, resolver)
                and not _unheld(token, resolver)):
            venues.append(Stay(index, None, where, token.i))
    return venues


def _held_at(noun: Token, where: Location, resolver: PlaceResolver) -> bool:
    """The place names the gathering itself ("the Hanoi meeting", "a news conference in Hanoi"), not a
    topic of it ("discussed the conflicts in Afghanistan in their meeting")."""
    words = resolver.words.where_preps
    near = [c for c in noun.children if c.dep_ == "compound"
            or (c.dep_ == "prep" and c.lower_ in words)]
    return any(where.name in " ".join(t.text for t in c.subtree) for c in near)


def _unheld(noun: Token, resolver: PlaceResolver) -> bool:
    """The gathering is not the story's scene: an upcoming one, one to attend, one ahead, one left
    ("en route home from a summit in Laos"; ``unheld_words``); "the end to the meeting" is no infinitive.
    Only the words of the noun's own clause count, up through infinitives it hangs on ("plans to host a summit
    in Hanoi"): "He will say the summit in Hanoi went well" held it."""
    words = resolver.words.unheld_words
    governors = _own_clause(noun)
    near = [*noun.children, *(a for a in governors if a.dep_ != "prep" or a.lower_ != "to")]
    near += [c for a in governors for c in a.children if c.dep_ in {"aux", "auxpass"}]
    return any(is_word(t, words) for t in near)


def _own_clause(token: Token) -> list[Token]:
    """The words above ``token`` up to its clause's verb, and on up through the verbs an infinitive or a
    participle of that clause hangs on ("plans to host a summit")."""
    governors: list[Token] = []
    for head in token.ancestors:
        governors.append(head)
        if head.pos_ in {"VERB", "AUX"} and head.dep_ not in {"xcomp", "acl", "pcomp"}:
            break
    return governors


def leaving(resolver: PlaceResolver, sent: Span) -> str | None:
    """The named traveller a sentence says leaves or went back ("Trump returned to Washington on Wednesday",
    "Kerry left Vienna"): a stay told before is over for that traveller. Not a leaving to do ("plans to
    leave Hanoi")."""
    for token in docmemo.span_tokens(sent):
        if token.pos_ == "VERB" and is_word(token, resolver.words.leaving_lemmas) and _staying(token):
            who = _traveller(token)
            if who is not None:
                return who
    return None


def _being_there(token: Token, resolver: PlaceResolver) -> bool:
    """A named person said to be somewhere: "Obama is in Paris for the climate talks" (the verb "be" of a
    main clause with a place after one of ``where_preps``; "The embassy is in Jerusalem" is no stay)."""
    if not is_word(token, resolver.words.being_verbs) or token.dep_ not in {"ROOT", "conj"}:
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return (subject is not None and subject.pos_ == "PROPN" and subject.ent_type_ in _PERSON_TYPES
            and any(c.dep_ == "prep" and c.lower_ in resolver.words.where_preps for c in token.children))


def _staying(token: Token) -> bool:
    """A verb of staying done, not one to do ("invited Putin to visit Washington"); a noun of a gathering
    that someone is at ("arrived for the summit in Hanoi"), not one named in passing ("in the aftermath
    of the summit in Helsinki")."""
    if token.pos_ in {"VERB", "AUX"}:
        return not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    return token.dep_ in _GATHERING_DEPS or (token.dep_ == "pobj" and token.head.lower_ in _GATHERING_HEADS)


def _traveller(token: Token) -> str | None:
    """The subject of the word's clause ("Trump arrived"), or of the clause it modifies ("Trump, visiting
    Tokyo, said", "After meeting Putin in Helsinki, Trump said")."""
    head = clause_head(token)
    for _ in range(_TRAVELLER_STEPS):
        subject = next((c for c in head.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is not None:
            return subject.text if subject.pos_ == "PROPN" else None
        if head.head.i == head.i:
            return None
        head = clause_head(head.head)
    return None


def by_phone(trigger: Token, remote_words: frozenset[str]) -> bool:
    """The event is a call by phone or video: "phoned", "spoke by phone with", "in a telephone call",
    "held a video conference with" (the trigger, its object, or a phrase of how it was done)."""
    near = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    near += [g for c in trigger.children if c.dep_ in {"prep", "agent"} and c.lower_ in _REMOTE_PREPS
             for g in c.children if g.dep_ == "pobj"]
    near += [g for c in near[1:] for g in c.children if g.dep_ in {"compound", "amod"}]
    return any(is_word(t, remote_words) for t in near)
