"""Finding an event's target when the pattern's slot does not name an actor directly.

News rarely puts the target where a simple subject-verb-object reading expects it:

- as the one asked in a for-to clause: "called for *the army* to oust Maduro" (not Maduro);
- after the pattern's own preposition: "stood by *Maduro*";
- inside a complement: "threatened to break relations *with Russia*";
- inside the object: "called for the pullout *of Rwandan troops*", "rejected an offer
  *from Afghanistan*", "imposed restrictions against *German* goods";
- as the place of a domestic event: "lifted a curfew *in Montenegro*" (PLOVER codes the
  place's country as the target; a protest's place, the government there).

Each step is tried in that order; the first that finds an actor wins. Never the source's own state: not
the troops it sends, nor itself as the subject of what it says it will do.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Token

from newsevents.actors.resolver import ActorResolver, Mentions
from newsevents.coding.grammar import Grammar, child, children, conjuncts, kids, lost_object
from newsevents.records import Actor

# Inside an object noun, these prepositions introduce the party the object is about.
_MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
_VERBAL = frozenset({"VERB", "AUX", "ADJ"})


@dataclass(frozen=True)
class Own:
    """The source's own actors, which no target found inside an object may be: its codes, and the names of
    its named actors. "Kim ... abandon his weapons" is not aimed at Kim; but "Pelosi attacked McConnell's
    plan" is aimed at McConnell, another named actor of the same code."""

    codes: frozenset[str] = frozenset()
    people: frozenset[tuple[str, str]] = frozenset()  # (code, name) of each source that is a named person
    others: frozenset[str] = frozenset()  # codes of the other sources

    @classmethod
    def of(cls, sources: Iterable[Actor]) -> Own:
        sources = list(sources)
        return cls(frozenset(a.code for a in sources), frozenset((a.code, a.name or "") for a in sources if _person(a)),
                   frozenset(a.code for a in sources if not _person(a)))

    def __contains__(self, actor: object) -> bool:
        """Whether an actor is the source's own: of its code, unless both are named people and the names differ
        (not a group and its leader: "Fatah members paraded with pictures of Arafat")."""
        if not isinstance(actor, Actor) or actor.code not in self.codes:
            return False
        return not _person(actor) or actor.code in self.others or (actor.code, actor.name or "") in self.people


def _person(actor: Actor) -> bool:
    """Whether the resolver named a person (from the people lists, or a pronoun standing for one)."""
    return actor.name is not None and "person" in (actor.how or "")


class TargetFinder:
    def __init__(self, resolver: ActorResolver, grammar: Grammar) -> None:
        self.resolver = resolver
        self.grammar = grammar

    def heads(self, trigger: Token, words: Iterable[Token]) -> list[Token]:
        """The trigger and the verbs of its complements ("threatened to *ban*")."""
        out = [trigger]
        for w in words:
            if w.pos_ in _VERBAL and w.i != trigger.i:
                out.append(w)
        for c in trigger.children:
            if _for_clause(c):
                continue  # "called for the army to oust Maduro": what the army is asked to do acts on no target
            if c.dep_ == "xcomp" and c not in out:
                out.append(c)
            elif c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                out.append(c)  # a purpose: "blocked roads to press their demands on the government"
        return out

    @staticmethod
    def asked(trigger: Token, consumed: set[int], actors: dict[int, Actor]) -> list[Token]:
        """ "called for the military to oust Maduro", "pressed for Iran to free them": the subject of a
        for-to clause whose "for" the pattern names is whom the act is aimed at, not the party that
        clause acts on (but "it is no use, she told them, for Democrats to say no")."""
        for c in kids(trigger):  # the clause test first, the dearer look at its marks only then
            named = _for_clause(c) and any(m.i in consumed for m in children(c, "mark"))
            subj = child(c, "nsubj") if named else None
            if subj is not None and subj.i in actors:
                return [t for t in conjuncts(subj) if t.i in actors]
        return []

    def condition(self, trigger: Token, actors: dict[int, Actor]) -> list[Token]:
        """The actor a threat or a refusal is aimed at: the subject of its condition ("... if the United States
        deploys", "... if the Saudis are found to be behind it", "warned that he would be killed unless
        France halted its strikes")."""
        for h in (trigger, *[c for c in trigger.children if c.dep_ in {"xcomp", "ccomp"}]):
            for c in h.children:
                marks = {m.lower_ for m in c.children if m.dep_ == "mark"}
                if c.dep_ == "advcl" and marks & self.grammar.condition_marks:
                    subj = child(c, "nsubj", "nsubjpass")
                    if subj is not None and subj.i in actors:
                        return conjuncts(subj)
        return []

    def direct(self, heads: list[Token], consumed: set[int], actors: dict[int, Actor]) -> list[Token]:
        """An actor as object, or after a target preposition, of the trigger or its complements."""
        for h in heads:
            lost = lost_object(h)  # "berating the host, Prime Minister Justin Trudeau"
            objects = [c for c in h.children if c.dep_ in {"dobj", "dative"}] + ([lost] if lost is not None else [])
            for c in objects:
                if c.i not in consumed and c.i in actors:
                    return conjuncts(c)
        for w in sorted(consumed):  # "stood by Maduro": the pattern's own preposition names the target
            prep = heads[0].doc[w]
            own = prep.dep_ == "prep" and prep.lower_ in self.grammar.pattern_target_preps
            obj = child(prep, "pobj") if own else None
            if obj is not None and obj.i in actors:
                return conjuncts(obj)
        for h in heads:
            # "filed a complaint with the UN against Ukraine": "against" names the target first
            for c in sorted(h.children, key=lambda c: c.lower_ != "against"):
                if c.dep_ == "prep" and c.i < h.i and h.pos_ in _VERBAL:
                    continue  # "For Syria, they refused to ...": a fronted topic, not the target
                if c.dep_ in {"prep", "dative"} and c.lower_ in self.grammar.target_preps:
                    obj = child(c, "pobj")
                    if obj is not None and obj.i in actors:
                        return conjuncts(obj)
        for w in consumed:
            tok = heads[0].doc[w]
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in self.grammar.target_preps:
                    obj = child(c, "pobj")
                    if obj is not None and obj.i in actors:
                        return conjuncts(obj)
        return []

    def own_forces(self, tok: Token, code: str, sources: list[Token], actors: dict[int, Actor]) -> bool:
        """ "The U.S. deployed 200 military advisers to Iraq": in a show of force, a body of the source's own
        state is what it moves, not whom the show is aimed at."""
        actor = actors[tok.i]
        return (code[:2] in self.grammar.force_roots and actor.name is None and self._own_state(tok, sources, actors)
                and actor.sector is not None)

    def past_own_state(self, trigger: Token, sources: list[Token], targets: list[Token],
                       actors: dict[int, Actor]) -> list[Token]:
        """ "Pompeo warned that the United States would respond against Iran": the speaker's own state as
        the subject of the clause said is who would act; the party that clause acts on is the target."""
        if not sources or not targets or not all(self._own_state(t, sources, actors) for t in targets + sources):
            return targets  # not "protesters demanded that the president resign": only a state's own voice
        if not all(self._speaker_itself(t, sources, actors) for t in targets):
            return targets  # "the senator complained that the government's decision was rash": another body
        clause = targets[0].head
        if targets[0].dep_ != "nsubj" or clause.dep_ != "ccomp" or clause.head.i != trigger.i:
            return targets
        return [t for t in self.direct([clause], {t.i for t in targets}, actors) if t.i in actors]

    @staticmethod
    def _speaker_itself(tok: Token, sources: list[Token], actors: dict[int, Actor]) -> bool:
        """Whether a party is the state a source speaks for as a whole, or the source's own body."""
        actor = actors[tok.i]
        return actor.sector is None or actor.code in {actors[s.i].code for s in sources}

    def _own_state(self, tok: Token, sources: list[Token], actors: dict[int, Actor]) -> bool:
        """Whether a party is the sources' own state (the country, its government, army or other state body)."""
        actor = actors[tok.i]
        own = {actors[s.i].country for s in sources}
        return actor.country in own and (actor.sector is None or actor.sector.lower() in self.grammar.state_sectors)

    def given_to(self, heads: list[Token], actors: dict[int, Actor]) -> list[Token]:
        """Whom something is given to: the party after "to" or the indirect object."""
        for h in heads:
            for c in h.children:
                obj = c if c.dep_ == "dative" and c.pos_ != "ADP" else None
                if c.dep_ in {"prep", "dative"} and c.lower_ == "to":
                    obj = child(c, "pobj")
                if obj is not None and obj.i in actors:
                    return [t for t in conjuncts(obj) if t.i in actors]
        return []

    def reported(self, trigger: Token, actors: dict[int, Actor]) -> list[Token]:
        """ "prosecutors alleged that the aide lied", "the aide lied, prosecutors alleged": an accusation told
        with the deed it blames is aimed at the subject of that deed's clause (not a first-person "we")."""
        if child(trigger, "dobj") is not None:
            return []  # "alleged discrimination": what is alleged is the object, not a clause beside it
        told = list(children(trigger, "ccomp"))
        if (trigger.dep_ in {"advcl", "parataxis"} and trigger.i > trigger.head.i and child(trigger, "mark") is None
                and child(trigger, "nsubj") is not None):
            told.append(trigger.head)  # the parser hangs a trailing "prosecutors alleged" on what they allege
        for c in told:  # not "Trump apologized, blaming the press": a participle's own doer is no clause said
            subj = child(c, "nsubj", "nsubjpass")
            if subj is not None and subj.i in actors and subj.lower_ not in self.grammar.first_person:
                return [t for t in conjuncts(subj) if t.i in actors]
        return []

    def between(self, heads: list[Token], actors: dict[int, Actor]) -> list[Token]:
        """The parties a go-between acts between ("mediate between Iran and the United States")."""
        for h in heads:
            for c in h.children:
                obj = child(c, "pobj") if c.dep_ == "prep" and c.lower_ in self.grammar.between_preps else None
                if obj is not None:
                    return [t for t in conjuncts(obj) if t.i in actors]
        return []

    def inside(self, nouns: Iterable[Token], actors: dict[int, Actor], exclude: Own,
               on: date | None = None, skip: frozenset[int] = frozenset()) -> list[Token]:
        """An actor named inside object nouns: modifiers ("German goods") or of/from/by phrases.
        `exclude` holds the source's own actors ("Kim ... abandon his weapons" is not aimed at Kim);
        `skip` the tokens of the source's own phrase ("Iranian" in "Iranian-backed rebels")."""
        nouns = list(nouns)
        found = self._after_noun_prep(nouns, actors, exclude, skip)
        if found:
            return found
        fallback: list[Token] = []
        for noun in nouns:
            found = self._holder(noun, actors, exclude)  # "the demonstration staged by students"
            if found:
                return found
            found, weak = self._in_phrase(noun, actors, exclude, on, skip)
            if found:
                return found
            fallback = fallback or weak
        return fallback

    def _after_noun_prep(self, nouns: list[Token], actors: dict[int, Actor], exclude: Own,
                         skip: frozenset[int]) -> list[Token]:
        """ "strikes against Kurdish rebels": the party after a noun's preposition comes first."""
        for noun in nouns:
            for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in self.grammar.noun_target_preps):
                obj = child(prep, "pobj")
                if obj is not None and obj.i in actors and obj.i not in skip and actors[obj.i] not in exclude:
                    return [c for c in conjuncts(obj) if c.i in actors]  # "the attack on Syria and Iraq"
        return []

    def _in_phrase(self, noun: Token, actors: dict[int, Actor], exclude: Own, on: date | None,
                   skip: frozenset[int]) -> tuple[list[Token], list[Token]]:
        """A party among a noun's modifiers and of/by phrases, and else the first role word alone there
        (a weaker candidate: "army training funds for Chad" is aimed at Chad if the phrase names it)."""
        weak: list[Token] = []
        for tok in _phrase(noun):
            if tok.i == noun.i or tok.i in skip:
                continue
            holder = self.holder(tok, actors, exclude, on)  # "shelled rebel-held villages": the rebels
            if holder:
                return holder, weak
            head = tok.head
            if (tok.dep_ in {"amod", "compound"} and head.i != noun.i and head.i not in skip and head.dep_ == "pobj"
                    and head.head.lower_ in self.grammar.object_preps and self._party(head, actors, exclude)):
                return [head], weak  # "by Turkish troops": the troops, not only their country
            of_phrase = tok.dep_ == "pobj" and tok.head.lower_ in self.grammar.object_preps
            if tok.dep_ not in _MODIFIER_DEPS and not of_phrase:
                continue
            held = self._holder(tok, actors, exclude)  # "the release of ships seized by Britain"
            if held:
                return held, weak
            actor = self._modifier_actor(tok, actors, on)
            if actor is None or actor in exclude:
                continue
            if tok.dep_ in {"amod", "compound"} and not self.resolver.matches_in(tok.doc[tok.i:tok.i + 1]):
                weak = weak or [tok]  # a role word alone is a topic; a party named later in the phrase comes first
                continue
            return [tok], weak
        return [], weak

    def affair(self, tok: Token) -> bool:
        """ "wanted the Russia investigation ended": an affair named after a country by a name before it, whose
        actor is only that name's (not "Iran's inquiry", nor "the Chinese probe")."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in self.grammar.affair_nouns:
            return False
        if any(c.dep_ == "poss" for c in tok.children):
            return False
        return any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i for c in tok.children)

    def holder(self, tok: Token, actors: dict[int, Actor], exclude: Own, on: date | None) -> list[Token]:
        """ "rebel-held villages", "Kurdish-controlled towns": the word before a participle of holding names
        who holds the place, and that party is what an act on the place is aimed at."""
        verb = tok.head
        if (tok.dep_ not in {"npadvmod", "compound", "amod", "nmod"} or verb.dep_ != "amod" or tok.i > verb.i
                or verb.lemma_.lower() not in self.grammar.holding_participles):
            return []
        actor = actors.get(tok.i) or self.resolver.resolve(tok, Mentions(date=on))
        if actor is None or actor in exclude:
            return []
        actors[tok.i] = actor
        return [tok]

    def _modifier_actor(self, tok: Token, actors: dict[int, Actor], on: date | None) -> Actor | None:
        """The actor a modifier or of-phrase names; "fighter" in "fighter jets" names what the head is, no one."""
        actor = actors.get(tok.i)
        if actor is None and tok.dep_ == "compound" and self._role_head(tok):
            return None
        if actor is None and tok.dep_ in {"amod", "compound"}:
            actor = self.resolver.resolve(tok, Mentions(date=on))  # people by the article date
            if actor is not None:
                actors[tok.i] = actor
        return actor

    @staticmethod
    def _party(tok: Token, actors: dict[int, Actor], exclude: Own) -> bool:
        return tok.i in actors and actors[tok.i] not in exclude

    def _role_head(self, tok: Token) -> bool:
        """Whether a modifier and its head noun name a weapon together ("fighter jets"): then the
        modifier says what the thing is, not who owns it."""
        head = tok.head
        return head.pos_ == "NOUN" and f"{tok.lower_} {head.lemma_.lower()}" in self.resolver.dictionary.needs_country

    @staticmethod
    def _holder(tok: Token, actors: dict[int, Actor], exclude: Own) -> list[Token]:
        """ "the release of its citizens held by Somalia": who holds what the act is about is its target; so is
        where the thing comes from ("tariffs on goods imported from the United States", "steel coming from
        Turkey")."""
        for acl in (c for c in tok.children if c.dep_ == "acl" and c.tag_ in {"VBN", "VBG"}):
            by = child(acl, "agent") if acl.tag_ == "VBN" else None
            by = by or next((p for p in children(acl, "prep") if p.lower_ == "from"), None)
            obj = child(by, "pobj") if by is not None else None
            if obj is not None and obj.i in actors and actors[obj.i] not in exclude:
                return [obj]
        return []

    def place(self, heads: list[Token], actors: dict[int, Actor], sector: str | None = None) -> list[Token]:
        """The country of the place where a domestic event happens ("lifted the curfew in Montenegro"),
        or the government there (`sector`, "protests in Ukraine")."""
        for h in heads:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ in self.grammar.place_preps:
                    obj = child(c, "pobj")
                    if obj is None:
                        continue
                    for tok in (obj, *[t for t in obj.subtree if t.dep_ == "pobj" and t.head.lower_ == "of"]):
                        actor = actors.get(tok.i)
                        if actor is not None and actor.country:
                            how = f"the place of the event: {actor.country}" + (f", its {sector}" if sector else "")
                            actors[tok.i] = Actor(actor.text, actor.country + (sector or ""), actor.country, sector,
                                                  None, how)
                            return [tok]
        return []


def _for_clause(clause: Token) -> bool:
    """Whether a verb's clause is a for-to clause with a subject of its own ("for the army to act")."""
    return (clause.dep_ in {"advcl", "ccomp", "xcomp"} and child(clause, "nsubj") is not None
            and any(m.lower_ == "for" for m in children(clause, "mark")))


def antecedent(pronoun: Token) -> Token | None:
    """The noun a thing-pronoun stands for, in the same sentence ("the talks ... dropping them")."""
    if pronoun.pos_ != "PRON" or pronoun.lower_ not in {"it", "them", "this"}:
        return None
    plural = pronoun.lower_ == "them"
    for tok in reversed(pronoun.doc[pronoun.sent.start:pronoun.i]):
        if (tok.pos_ == "NOUN" and tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}
                and (tok.tag_ == "NNS") == plural):
            return tok
    return None


def _phrase(noun: Token) -> list[Token]:
    """A noun's own phrase: its modifiers and prepositional phrases, not its clauses."""
    out = []
    stack = [noun]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            if c.dep_ in {"relcl", "acl", "advcl", "ccomp", "xcomp", "appos", "conj", "cc", "punct"}:
                continue
            stack.append(c)
    return sorted(out, key=lambda t: t.i)
