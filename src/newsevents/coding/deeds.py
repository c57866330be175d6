"""The doer of a deed named earlier, as the target of a statement about it.

Wire stories tell a deed first and the reactions after: "North Korea fired a missile on Monday. ...
Russia condemned the launch." The reaction's object is a definite noun ("the launch", "these
tariffs", "that request") that names no actor; whom the reaction is aimed at is whoever did that
deed a few sentences before: the subject of its verb ("fired a missile"), the owner or nationality
of its noun ("Pyongyang's launches", "U.S. tariffs"), or its "by" agent.

Only the families of deed words in ``data/grammar.yaml`` (``deed_families``) are followed, and only
for the reactions whose roots ``reaction_roots`` (or codes ``reaction_codes``) list; never back to the
reaction's own side (its own actor, or any body of a reacting state's country: "Israel rejected
criticism of the strikes" by its jets).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.tokens import Token

from newsevents import docmemo
from newsevents.actors.resolver import ActorResolver, Mentions
from newsevents.coding.grammar import NOUN_TAGS, Grammar, child, children, is_passive
from newsevents.coding.subjects import Subjects
from newsevents.coding.targets import Own
from newsevents.records import Actor

# sentences: a deed told further back is no longer what "the launch" means, unless the story's lead told it
_LOOK_BACK = 8
_LEAD = 2
_MODIFIERS = frozenset({"amod", "compound"})


class EarlierDeeds:
    def __init__(self, grammar: Grammar, resolver: ActorResolver, subjects: Subjects) -> None:
        self.grammar = grammar
        self.resolver = resolver
        self.subjects = subjects
        # each word -> the words of every family it is in ("fire": a launch's and an attack's)
        self.families: dict[str, frozenset[str]] = {}
        for family in (frozenset(f.split()) for f in grammar.deed_families):
            for word in family:
                self.families[word] = self.families.get(word, frozenset()) | family

    def target(self, code: str, objects: Iterable[Token], actors: dict[int, Actor], own: Own,
               mentions: Mentions) -> list[Token]:
        """The noun among `objects` that names a deed told earlier, with the deed's doer as its actor."""
        if not self.grammar.reacts(code):
            return []
        for noun in self._deed_nouns(objects):
            family = self._family(noun)
            found = self._doer(noun, family, mentions) if family else None
            if found is None or not found[1].country or found[1] in own or found[1].country in own.codes:
                continue  # "Israel rejected criticism of the strikes": a state's own side's deed aims at no one
            deed, doer = found
            how = f"the doer of '{deed.text}' told earlier ({deed.sent.text[:40]}...): {doer.how or doer.code}"
            actors[noun.i] = replace(doer, how=how)
            return [noun]
        return []

    def _deed_nouns(self, objects: Iterable[Token]) -> Iterator[Token]:
        """Definite nouns of no owner among the objects and after their "against"/"of" ("a protest against
        the launch", "criticism of these tariffs")."""
        for obj in objects:
            about = [p for p in children(obj, "prep") if p.lower_ in self.grammar.deed_about_preps]
            for noun in (obj, *[o for p in about for o in children(p, "pobj")]):
                if noun.pos_ == "NOUN" and self._definite(noun):
                    yield noun

    def _family(self, noun: Token) -> frozenset[str]:
        return self.families.get(noun.lemma_.lower(), frozenset())

    def _doer(self, noun: Token, family: frozenset[str], mentions: Mentions) -> tuple[Token, Actor] | None:
        """The nearest earlier word of the family that names its doer, and that doer: in the few sentences
        before the noun's, then in the story's lead; else None."""
        start = docmemo.sentence(noun).start
        sents = [s for s in noun.doc.sents if s.start < start]
        window = sents[-_LOOK_BACK:]
        window = [s for s in sents[:_LEAD] if s not in window] + window
        known = {m.start: m.actor for m in mentions.items}
        for tok in (t for s in reversed(window) for t in reversed(docmemo.span_tokens(s))):
            if tok.lemma_.lower() in family and tok.pos_ in {"VERB", *NOUN_TAGS} and not tok.is_upper:  # no heading
                doer = self._doer_of(tok, known, mentions)
                if doer is not None:
                    return tok, doer
        return None

    def _definite(self, noun: Token) -> bool:
        """Whether a noun points back with a definite determiner and has no owner of its own."""
        dets = {c.lower_ for c in noun.children if c.dep_ == "det"}
        return bool(dets & self.grammar.deed_definite_dets) and child(noun, "poss") is None

    def _doer_of(self, deed: Token, known: dict[int, Actor], mentions: Mentions) -> Actor | None:
        """Who did a deed word: a verb's subject or "by" agent; a noun's owner, nationality or "by" agent, or
        the subject of the verb it is the object of ("fired a missile")."""
        if deed.pos_ == "VERB":
            agent = child(deed, "agent")
            heads = children(agent, "pobj") if agent is not None else ([] if _undergone(deed) else
                                                                         self.subjects.of(deed))
        else:  # not an "of" phrase: "the invasion of Iraq", "the beheading of a tourist" name whom it befell
            heads = [c for c in deed.children if c.dep_ == "poss" or (c.dep_ in _MODIFIERS and c.i < deed.i)]
            heads += [o for p in children(deed, "prep") if p.lower_ == "by" for o in children(p, "pobj")]
            if (deed.dep_ == "dobj" and deed.head.pos_ == "VERB" and not _undergone(deed.head)
                    and not self._definite(deed)):
                heads += self.subjects.of(deed.head)  # "fired a missile"; not "condemned the launch", a reaction
        for h in heads:
            actor = known.get(h.i)
            if actor is None and h.dep_ in _MODIFIERS:
                actor = self.resolver.resolve(h, Mentions(date=mentions.date))  # "U.S. tariffs"
            if actor is not None:
                return actor
        return None


def _undergone(verb: Token) -> bool:
    """A passive, a bare participle, or a verb joined to a passive with no subject of its own ("a tourist who
    was abducted and beheaded"): its subject underwent it."""
    has = any(a.dep_ == "aux" and a.lemma_.lower() == "have" for a in verb.children)
    if is_passive(verb) or (verb.tag_ == "VBN" and not has):
        return True
    return verb.dep_ == "conj" and child(verb, "nsubj") is None and is_passive(verb.head)

