"""The parse repair: a spaCy pipeline component that relabels parse errors the coding rules depend on.

The small English model often attaches the infinitive of "vowed to fight", "refused to meet"
or "called for Russia to agree" as an adverbial clause (purpose) instead of a complement.
After verbs of intent and refusal, and with "for" before its subject, a to-infinitive is a
complement, so it is relabelled ``xcomp``. After a noun of request, aim or refusal ("renewed
calls to impose sanctions") it is that noun's content and is re-attached to it (``acl``).

Registered as ``newsevents_parse_repair``; ``Pipeline`` adds it last, after the parser and the lemmatizer it reads::

    nlp.add_pipe("newsevents_parse_repair")

The word lists come from ``data/grammar.yaml`` (``future_verbs``, ``intent_governors``,
``negating_verbs``, ``request_nouns``, ``purpose_nouns``, ``negating_nouns``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsevents.coding.grammar import Grammar

COMPONENT = "newsevents_parse_repair"


class ParseRepair:
    """Relabels to-infinitives misread as purpose clauses; one pass over the Doc's tokens."""

    def __init__(self, grammar: Grammar) -> None:
        self.complement_takers = grammar.future_verbs | grammar.intent_governors | grammar.negating_verbs
        self.content_nouns = grammar.request_nouns | grammar.purpose_nouns | grammar.negating_nouns

    def __call__(self, doc: Doc) -> Doc:
        for tok in doc:
            noun = self.noun_before_infinitive(tok)
            if noun is not None:
                tok.head, tok.dep_ = noun, "acl"  # "renewed calls to impose sanctions": the calls' content
            elif self.is_complement(tok):
                tok.dep_ = "xcomp"  # "vowed to fight", "called for Russia to reciprocate"
        return doc

    def is_complement(self, tok: Token) -> bool:
        """A to-infinitive read as a purpose clause after a verb that takes a complement, or with "for"."""
        return (tok.dep_ == "advcl" and tok.pos_ in {"VERB", "AUX"} and tok.i > tok.head.i
                and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)
                and (tok.head.lemma_.lower() in self.complement_takers
                     or any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children)))

    def noun_before_infinitive(self, verb: Token) -> Token | None:
        """The object noun of "renewed calls to impose" (or "renewed his call for Uganda to reopen")
        when the parser hung the infinitive on the verb."""
        if verb.dep_ not in {"advcl", "xcomp"} or verb.i < 2:
            return None
        for_mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "for"), None)
        if for_mark is not None and for_mark.i > 0:
            noun = verb.doc[for_mark.i - 1]  # "his call | for Uganda to reopen"
        elif verb.dep_ == "advcl" and verb.doc[verb.i - 1].tag_ == "TO" and verb.doc[verb.i - 1].head.i == verb.i:
            noun = verb.doc[verb.i - 2]  # "calls | to impose"
        else:
            return None
        if noun.pos_ != "NOUN" or noun.head.i != verb.head.i or noun.i == verb.head.i:
            return None
        if noun.dep_ not in {"dobj", "nsubjpass", "attr", "nsubj"}:
            return None
        return noun if noun.lemma_.lower() in self.content_nouns else None


@Language.factory(COMPONENT)
def make_parse_repair(nlp: Language, name: str) -> ParseRepair:
    """The factory only builds the component (spaCy's convention); the word lists are packaged data."""
    return ParseRepair(Grammar.load())


def add_parse_repair(nlp: Language) -> None:
    """Add the repair last, after the parser and the lemmatizer whose output it reads; once (a cached
    model may already have it)."""
    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, last=True)
