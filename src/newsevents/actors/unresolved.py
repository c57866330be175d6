"""Which noun phrases in actor position the dictionary does not know: the list to extend it from.

PETRARCH users' first question about a new corpus: "what did the coder fail to name?"
A phrase counts when it is a verb's subject or object, a passive agent, or the object of
"with", "against" or "to", and resolves to no actor. Dates, numbers and amounts never
name actors and are left out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Span, Token

from newsevents import docmemo
from newsevents.actors.lexicon import Lexicon
from newsevents.actors.resolver import ActorResolver, Mentions, noun_phrase
from newsevents.dateline import parse_dateline
from newsevents.records import Actor, Article

_SLOT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})
_ADJECTIVE_SLOTS = _SLOT_DEPS | {"pobj"}
_NOUNS = frozenset({"PROPN", "NOUN"})
_HEAD_POS = _NOUNS | {"PRON", "ADJ"}  # the parts of speech that may head a phrase (``_heads_a_phrase``)
_NOT_ACTOR_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})


def resolve_sentence(resolver: ActorResolver, sent: Span, mentions: Mentions) -> dict[int, Actor]:
    """Every noun phrase head of a sentence -> Actor, in reading order (as the coder resolves them)."""
    out: dict[int, Actor] = {}
    for tok in docmemo.span_tokens(sent):
        if tok.pos_ in _HEAD_POS and _heads_a_phrase(tok):  # most words are none of these: no call for them
            actor = resolver.resolve(tok, mentions)
            if actor is not None:
                out[tok.i] = actor
    return out


def _heads_a_phrase(tok: Token) -> bool:
    """A noun or pronoun that is no compound or pronoun possessive ("Iran's", not "its"), or a nationality
    the tagger reads as an adjective in a noun's slot ("A Palestinian threw stones")."""
    pos, dep = tok.pos_, tok.dep_  # each read builds a string: once per word
    if pos in _NOUNS:
        return dep != "compound"
    if pos == "PRON":
        return dep not in {"compound", "poss"}
    return pos == "ADJ" and dep in _ADJECTIVE_SLOTS and tok.ent_type_ == "NORP"


def in_actor_slot(tok: Token) -> bool:
    """Whether a noun stands where a source or target stands: subject, object, agent, with/against/to."""
    t = tok
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ in _SLOT_DEPS:
        return True
    return t.dep_ == "pobj" and (t.head.lower_ in Lexicon.load().slot_preps or t.head.dep_ == "agent")


def phrase_key(span: Span) -> str:
    """The phrase as listed: without leading determiners, possessive pronouns and quantifiers."""
    words = list(span)
    while words and (words[0].lower_ in Lexicon.load().listing_leading_words or words[0].pos_ in {"NUM", "PUNCT"}):
        words = words[1:]
    return " ".join(w.text for w in words)


def unresolved_phrases(nlp: Language, resolver: ActorResolver, articles: Iterable[Article],
                       batch_size: int = 16) -> Counter[str]:
    """Counts of the noun phrases in actor slots that resolve to nothing, over all articles."""
    counts: Counter[str] = Counter()
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        mentions = Mentions(date=article.date)
        resolver.dateline(parse_dateline(article.text, article.date), mentions)
        for sent in doc.sents:
            actors = resolve_sentence(resolver, sent, mentions)
            for tok in sent:
                if (tok.i in actors or mentions.in_dateline(tok.idx)
                        or tok.pos_ not in {"NOUN", "PROPN"} or tok.ent_type_ in _NOT_ACTOR_ENTS
                        or tok.dep_ in {"compound", "poss"} or not in_actor_slot(tok)):
                    continue
                key = phrase_key(noun_phrase(tok))
                if key and any(c.isalpha() for c in key):
                    counts[key] += 1
    return counts
