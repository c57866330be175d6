"""The parse repair: a spaCy pipeline component that relabels parse errors the coding rules depend on.

The small English model often attaches the infinitive of "vowed to fight", "refused to meet"
or "called for Russia to agree" as an adverbial clause (purpose) instead of a complement.
After verbs of intent and refusal, and with "for" before its subject, a to-infinitive is a
complement, so it is relabelled ``xcomp``. After a noun of request, aim or refusal ("renewed
calls to impose sanctions") it is that noun's content and is re-attached to it (``acl``).
In "X said the deal was unfair and urged Y to ...", the model joins the speaker's second act to the
reported clause; when that clause only describes (a verb of being or a passive) and the act is one a
speaker does (``speaker_acts``), the act is re-attached to the speech verb, whose subject does it.
In a sentence the model reads as one long noun phrase ("U.S. airstrikes killed 14 militants" as airstrikes
that were killed), a participle after the root noun that has an object of its own is the main verb, and
the noun its subject. In "called the vote of the assembly on the budget “absurd”", the model hangs the quoted
adjective on the nearest noun before it, where no English adjective stands; after a verb of naming it is
the name given, the verb's object predicate (``oprd``).

Registered as ``newsevents_parse_repair``; ``Pipeline`` adds it last, after the parser and the lemmatizer it reads::

    nlp.add_pipe("newsevents_parse_repair")

The word lists come from ``data/grammar.yaml`` (``future_verbs``, ``intent_governors``,
``negating_verbs``, ``request_nouns``, ``purpose_nouns``, ``negating_nouns``, ``speech_verbs``,
``speaker_acts``, ``stative_verbs``, ``naming_verbs``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsevents import docmemo
from newsevents.coding.grammar import Grammar, is_passive

COMPONENT = "newsevents_parse_repair"


class ParseRepair:
    """Relabels to-infinitives misread as purpose clauses; one pass over the Doc's tokens."""

    def __init__(self, grammar: Grammar) -> None:
        self.complement_takers = grammar.future_verbs | grammar.intent_governors | grammar.negating_verbs
        self.content_nouns = grammar.request_nouns | grammar.purpose_nouns | grammar.negating_nouns
        self.speech_verbs = grammar.speech_verbs
        self.speaker_acts = grammar.speaker_acts
        self.stative_verbs = grammar.stative_verbs
        self.modals = grammar.hypothetical_aux | grammar.future_aux | grammar.conditional_aux
        self.naming_verbs = grammar.naming_verbs

    def __call__(self, doc: Doc) -> Doc:
        """Relabels the Doc in place. It changes heads, so never call child/children/kids here (their memo
        would keep the old tree); any memo built here is dropped before the Doc is handed on."""
        for tok in doc:
            if self.verbless_main_verb(tok):
                self.make_main_verb(tok)  # "U.S. airstrikes killed 14 militants": airstrikes killed
            said = self.speech_of_speaker_act(tok)
            if said is not None:
                self.rehang_conjunct(tok, said)  # "said the deal was unfair and urged Y": the speaker urged
            noun = self.noun_before_infinitive(tok)
            if noun is not None:
                tok.head, tok.dep_ = noun, "acl"  # "renewed calls to impose sanctions": the calls' content
            elif self.is_complement(tok):
                tok.dep_ = "xcomp"  # "vowed to fight", "called for Russia to reciprocate"
            namer = self.naming_verb_of_quoted_adjective(tok)
            if namer is not None:
                tok.head, tok.dep_ = namer, "oprd"  # "called the vote of X “absurd”": the name given
        docmemo.forget(doc)  # no memo built on the tree as it was before the repair survives it
        return doc

    @staticmethod
    def verbless_main_verb(tok: Token) -> bool:
        """A past form hung as a clause on the root noun of a sentence with no verb above it, with an object
        of its own and no auxiliary or "by" agent: "Israeli airstrikes killed three fighters", not "the
        sanctions imposed on Iran" (no object) nor "the man arrested by police"."""
        noun = tok.head
        if tok.dep_ != "acl" or tok.tag_ not in {"VBN", "VBD"} or noun.dep_ != "ROOT" or noun.i > tok.i:
            return False
        if noun.pos_ not in {"NOUN", "PROPN"} or any(c.dep_ in {"aux", "auxpass", "agent"} for c in tok.children):
            return False
        return any(c.dep_ == "dobj" for c in tok.children)

    @staticmethod
    def make_main_verb(verb: Token) -> None:
        """Make `verb` the root, in the past tense, with the noun it hung on as its subject; what followed
        the verb in the noun's phrase (the final stop) goes with it."""
        noun = verb.head
        after = [c for c in noun.rights if c.i > verb.i]
        verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
        noun.head, noun.dep_ = verb, "nsubj"
        for c in after:
            c.head = verb

    def is_complement(self, tok: Token) -> bool:
        """A to-infinitive read as a purpose clause after a verb that takes a complement, or with "for"."""
        return (tok.dep_ == "advcl" and tok.pos_ in {"VERB", "AUX"} and tok.i > tok.head.i
                and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)
                and (tok.head.lemma_.lower() in self.complement_takers
                     or any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children)))

    def speech_of_speaker_act(self, verb: Token) -> Token | None:
        """The speech verb of "X said the deal was unfair and urged Y to ..." when the parser joined the
        speaker's act ("urged") to the reported clause ("was unfair"): the act has no subject or auxiliary of
        its own and the tense of the speech verb, and the clause only describes or prescribes (a verb of
        being, a passive, a modal: "said talks must resume and called on ..."). Not "said Iran rejected the
        offer and demanded compensation", nor "said Iran had rejected ... and demanded": Iran demanded."""
        if verb.dep_ != "conj" or verb.lemma_.lower() not in self.speaker_acts:
            return None
        clause = verb.head
        while clause.dep_ == "xcomp" and clause.head != clause:
            clause = clause.head  # "said the solution has to come through talks and called on ..."
        said = clause.head
        if clause.dep_ != "ccomp" or said.lemma_.lower() not in self.speech_verbs:
            return None
        if verb.tag_ not in {"VBD", "VBZ"} or verb.tag_ != said.tag_:
            return None
        if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children):
            return None
        auxes = {c.lower_ for c in clause.children if c.dep_ == "aux"}
        if any(c.dep_ == "aux" and c.lemma_ in {"have", "be"} for c in clause.children):
            return None  # "said Iran had rejected the offer and demanded ...": the auxiliary is shared
        describes = clause.lemma_.lower() in self.stative_verbs or is_passive(clause) or bool(auxes & self.modals)
        return said if describes else None

    @staticmethod
    def rehang_conjunct(verb: Token, said: Token) -> None:
        """Join `verb` (and its "and") to the speech verb as a conjunct."""
        for c in list(verb.head.children):
            if c.dep_ == "cc" and c.i == verb.i - 1:
                c.head = said
        verb.head = said

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

    def naming_verb_of_quoted_adjective(self, adj: Token) -> Token | None:
        """The verb of naming whose object a quoted adjective was hung on: "called the vote of the assembly on
        the budget “absurd, cynical”" (the adjective follows its noun, after an opening quote)."""
        if adj.pos_ != "ADJ" or adj.dep_ != "amod" or adj.head.i >= adj.i or not adj.nbor(-1).is_quote:
            return None
        t = adj.head
        for _ in range(6):  # up from the noun through "of", "onto", ... to the verb that names the object
            if t.dep_ not in {"dobj", "pobj", "prep"} or t.head.i == t.i:
                return None
            t = t.head
            if t.pos_ == "VERB":
                named = t.lemma_.lower() in self.naming_verbs and any(c.dep_ == "dobj" for c in t.children)
                return t if named else None
        return None


@Language.factory(COMPONENT)
def make_parse_repair(nlp: Language, name: str) -> ParseRepair:
    """The factory only builds the component (spaCy's convention); the word lists are packaged data."""
    return ParseRepair(Grammar.load())


def add_parse_repair(nlp: Language) -> None:
    """Add the repair last, after the parser and the lemmatizer whose output it reads; once (a cached
    model may already have it)."""
    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, last=True)
