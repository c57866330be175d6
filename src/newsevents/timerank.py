"""Which of a sentence's time expressions dates an event (the attachment ranks of :mod:`newsevents.time`).

:class:`ExpressionRanks` is the part of :class:`newsevents.time.DateResolver` that finds the time expressions of the
trigger's sentence and ranks them by how closely the dependency parse attaches them to the trigger, best first:

0. the expression modifies the trigger itself ("the summit ... on April 25");
1. it modifies a word inside the trigger's phrase, in the trigger's clause;
2. it modifies a word that governs the trigger in the same clause (for a noun trigger
   such as "summit", its head verb: "after breakdown of the summit ... on February 28");
3. it sits elsewhere in the trigger's clause;
4. it belongs to a clause coordinated with the trigger's ("attacked and seized the town
   on Sunday").

An expression of a verb of saying, of another clause, one that premodifies another noun, or one written before a
noun of an event its clause comes after ("on Friday after the killing of a commander") is no candidate (the module
docstring of :mod:`newsevents.time` tells which).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsevents import docmemo
from newsevents.parse import clause_head
from newsevents.tense import ClauseTime, is_ongoing, is_present_perfect, verb_in
from newsevents.timeexpr import TimeExpressions
from newsevents.timewords import TimeWords

#: Clause links that keep one event's time with another ("attacked and seized ... on Sunday").
_SHARED_TIME_DEPS = frozenset({"conj", "xcomp"})
#: A time expression in one of these relations to a noun dates that noun ("the February 8 vote").
_PREMODIFIER_DEPS = frozenset({"compound", "nmod", "poss", "amod", "npadvmod", "nummod"})
#: Dependencies from a time expression up to a preposition of the time an event came before ("prior to the
#: Sept. 11 attack": nummod, compound, pobj, prep).
_BEFORE_PATH_DEPS = frozenset({"pobj", "prep", "compound", "nummod", "nmod", "amod", "poss", "npadvmod"})


@dataclass(frozen=True)
class Candidate:
    span: Span
    rank: int
    distance: int


def anchor_of_span(span: Span) -> Token:
    """The word a time expression modifies: the head of its preposition, or its own head."""
    root = span.root
    if root.dep_ == "pobj" and root.head.dep_ in {"prep", "agent"}:
        return root.head.head
    if root.dep_ == "ROOT":
        return root
    return root.head


def clause_chain(head: Token) -> list[Token]:
    """Clause heads from ``head`` up to the root, each one the clause governing the previous."""
    chain = [head]
    current = head
    while current.dep_ != "ROOT" and current.head.i != current.i:
        current = clause_head(current.head)
        chain.append(current)
    return chain


def _bare_adjunct(clause: Token, same_time: frozenset[str], means: frozenset[str] = frozenset()) -> bool:
    """A participle or ``to``-infinitive adjunct, or a clause whose conjunction keeps the time of the clause
    it depends on ("when", "as", "after"; ``same_time``), also as a preposition's participle ("said ... after
    visiting a camp"), and a participle of how the clause's act was done (``means``: "defied the army last
    year by seizing the post")."""
    if clause.dep_ == "pcomp":
        return clause.head.lower_ in same_time | means and clause.head.dep_ == "prep"
    if clause.dep_ not in {"advcl", "acl"}:
        return False
    if clause.dep_ == "acl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False  # "a journalist arrested over ...": a reduced relative clause, its own time
    # "when" joins two events at one time ("descended into chaos in 2013 when rebels seized power")
    return not any(
        c.dep_ in {"mark", "advmod"} and c.tag_ in {"IN", "WRB"} and c.lower_ not in same_time for c in clause.children
    )


def _after_semicolon(clause: Token) -> bool:
    """A clause the parser hangs on another across a semicolon ("In 2006 they fought a war; Israel fired
    7,000 bombs"): two coordinated clauses of one time, whatever link the parser gave them."""
    if clause.dep_ not in {"ccomp", "parataxis"}:
        return False
    head = clause.head
    low, high = sorted((clause.i, head.i))
    sub = range(min(t.i for t in clause.subtree), max(t.i for t in clause.subtree) + 1)
    return any(c.text == ";" and low < c.i < high and c.i not in sub for c in head.children)


def is_ancestor(ancestor: Token, token: Token) -> bool:
    return any(a.i == ancestor.i for a in token.ancestors)


class ExpressionRanks:
    """Finds and ranks the time expressions that may date an event (a part of :class:`newsevents.time.DateResolver`,
    which sets these attributes)."""

    words: TimeWords
    expressions: TimeExpressions
    tense: ClauseTime

    def candidates(self, trigger: Token) -> list[Candidate]:
        """Time expressions of the trigger's sentence that may date it, best first."""
        sent = docmemo.sentence(trigger)
        trig_clause = clause_head(trigger)
        chain = clause_chain(trig_clause)
        shared = self._shared_clauses(trig_clause, chain)
        found: list[Candidate] = []
        for span in self.expressions.spans(sent):
            rank = self._rank(span, trigger, trig_clause, shared)
            if rank is None:
                continue
            distance = min(abs(span.start - trigger.i), abs(span.end - 1 - trigger.i))
            found.append(Candidate(span, rank, distance))
        found.sort(key=lambda c: (c.rank, c.distance))
        return found

    def _anchor_of(self, span: Span) -> Token:
        prep = self._dangling_prep(span)
        anchor = prep.head if prep is not None else anchor_of_span(span)
        return self._saying_before(span, anchor) or anchor

    def _saying_before(self, span: Span, anchor: Token) -> Token | None:
        """The verb of saying whose date ``span`` is when the parser hung it on the head of the clause the saying
        reports, though it stands between the two, before anything else of that clause ("Merkel said on
        Thursday she would meet Putin", "announced Monday that it would withdraw"): the day of the saying, not of
        what it reports. None for any other span, and for a date premodifying a noun of the clause."""
        clause = clause_head(anchor)
        verb = clause.head
        if (anchor.i != clause.i or clause.dep_ != "ccomp" or verb.i >= span.start or verb.pos_ not in {"VERB", "AUX"}
                or not verb_in(verb, self.words.speech_lemmas)):
            return None
        root = span.root
        if root.dep_ not in {"npadvmod", "tmod"} and not (root.dep_ == "pobj" and root.head.head.i == clause.i):
            return None
        lead = root.head.i if root.dep_ == "pobj" else span.start
        rest = [t.i for t in clause.subtree if not lead <= t.i < span.end]
        return verb if rest and min(rest) >= span.end else None

    # ------------------------------------------------------------------ ranking
    def _shared_clauses(self, trig_clause: Token, chain: list[Token]) -> set[int]:
        """Clauses that share their time with the trigger's: coordinated or xcomp links, up and down.

        Upwards, a participle or purpose clause also takes the time of the clause it depends on ("voted
        on Tuesday, urging ...", "called a meeting Wednesday to discuss ..."); a clause opened by a
        conjunction ("while ...", "after ...", "because ...") does not.
        """
        shared: set[int] = set()
        for lower, upper in itertools.pairwise(chain):
            if self.tense.after_a_gap(lower) or (
                    lower.dep_ not in _SHARED_TIME_DEPS
                    and not _bare_adjunct(lower, self.words.same_time_marks, self.words.means_preps)
                    and not self._first_to_do(lower)
                    and not _after_semicolon(lower) and not self._of_a_made_event(lower)):
                break
            shared.add(upper.i)
        for child in trig_clause.children:
            if (child.dep_ in _SHARED_TIME_DEPS or _after_semicolon(child)) and child.pos_ in {"VERB", "AUX"}:
                shared.add(child.i)
            elif child.dep_ == "advcl" and any(c.dep_ in {"mark", "advmod"} and c.lower_ in self.words.at_once_marks
                                               for c in child.children):
                shared.add(child.i)  # "As talks stalled last week, the United States raised tariffs": one time
            elif child.dep_ == "prep" and child.lower_ in self.words.at_once_marks:
                # "Upon taking office in January, he ordered ...": the participle's time is the clause's
                shared.update(c.i for c in child.children if c.dep_ == "pcomp" and c.tag_ == "VBG")
            elif child.dep_ == "advcl" and child.tag_ == "VBG" and child.i < trig_clause.i and _bare_adjunct(
                    child, self.words.same_time_marks):
                shared.add(child.i)  # "Campaigning in Tulsa on Wednesday, she blamed ...": a fronted participle
        return shared

    def _first_to_do(self, clause: Token) -> bool:
        """An infinitive relative clause of the first, last or only one of a kind ("In 2018, Kim became the first
        leader to cross the border", "was the last minister to visit Kabul", "the youngest woman to win"): done at
        the time of the clause its noun belongs to."""
        return (clause.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
                and any(a.dep_ == "amod" and a.lower_ in self.words.one_of_a_kind_adjectives
                        for a in clause.head.children))

    def _rank(self, span: Span, trigger: Token, trig_clause: Token, shared: set[int]) -> int | None:
        if self._ends_a_span(span):
            return None  # "ordered the banks to stay closed until Thursday": when it stops, not when it happened
        if self._first_since(span):
            return None  # "the first royal visit since 1961": the one before, not this one
        if self._came_before(span):
            return None  # "prior to the Sept. 11 attack, the embassy made requests": before that day
        prep = self._dangling_prep(span)
        anchor = self._anchor_of(span)
        if anchor.i == trigger.i:
            return 0
        if span.start <= trigger.i < span.end:
            return None
        if span.root.dep_ == "dobj":
            return None  # "set aside Friday for cleaning": a day as the thing acted on, not the time of acting
        if trig_clause.dep_ in {"relcl", "advcl", "acl"} and span.start <= trig_clause.head.i < span.end:
            return 2  # "in 2013, when rebels seized power": a clause about the time expression itself
        if self._dates_the_noun_of(span, trig_clause) or self._dates_the_event_of(span, trig_clause):
            return 2  # "the October raid that killed ...": the relative clause happened at its noun's date
        if (
            prep is None
            and span.root.dep_ in _PREMODIFIER_DEPS
            and span.end <= anchor.i
            and anchor.pos_ in {"NOUN", "PROPN"}
            and is_ancestor(trigger, anchor)
        ):
            # "the February 8 vote", "Tuesday's announcement": that noun's date, not the trigger's
            return 1 if self._dates_its_verb(span, anchor, trigger) else None
        return self._rank_by_clause(span, anchor, trigger, trig_clause, shared)

    def _rank_by_clause(self, span: Span, anchor: Token, trigger: Token, trig_clause: Token,
                        shared: set[int]) -> int | None:
        """The rank of a time expression by where its clause stands to the trigger's: the same clause, one
        whose time it shares, or a saying's."""
        anchor_clause = clause_head(anchor)
        if anchor_clause.dep_ == "acl" and anchor_clause.head.i == trigger.i:
            return 1  # "the Hanoi summit held in February"
        same_clause = anchor_clause.i == trig_clause.i
        if same_clause:
            if is_ancestor(trigger, anchor):
                return 1
            if is_ancestor(anchor, trigger):
                # a date written before "after the killing of ..." is its clause's; one after the noun may be the
                # noun's, hung on the clause by the parser ("after breakdown of the summit ... on February 28")
                return None if span.end <= trigger.i and self._after_the_event(trigger, anchor) else 2
            return 3
        if anchor_clause.i in shared:
            # "has called the deal a disaster and withdrew from it in May 2018": the present perfect reaches
            # up to the story's time, the past tense beside it does not
            if is_present_perfect(trig_clause) and not is_present_perfect(anchor_clause):
                return None
            return 4  # "said three weeks ago after visiting a camp": an adjunct of the saying, not what it reports
        if anchor.lemma_.lower() in self.words.speech_lemmas and anchor.pos_ in {"VERB", "AUX"}:
            # "Since 2016, experts say North Korea has smuggled ...": a span of time is never a saying's
            return 4 if span.root.head.lower_ in self.words.span_preps else None
        return None

    def _first_since(self, span: Span) -> bool:
        """``span`` follows "since" on a noun that is the first or the most of its kind since then ("the first
        visit since 1961", "the worst fighting since 2014", "the highest turnout since 1990")."""
        root = span.root
        if root.dep_ != "pobj" or root.head.lower_ != "since" or root.head.dep_ != "prep":
            return False
        head = root.head.head
        # on the noun, or on the verb whose object or subject it is ("paid the first royal visit ... since 1961")
        nouns = [head] if head.pos_ not in {"VERB", "AUX"} else [
            c for c in head.children if c.dep_ in {"dobj", "attr", "nsubj", "nsubjpass"}]
        return any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in self.words.first_since_adjectives)
                   for noun in nouns for c in noun.children)

    def _came_before(self, span: Span) -> bool:
        """``span`` is in a phrase of a time the event came before ("prior to the Sept. 11 attack", "before
        the March 3 election", "before March 3"): it dates that time, not the event."""
        tok, governed = span.root, False  # "a month before that" is no time the event came before
        while tok.dep_ in _BEFORE_PATH_DEPS and tok.head.i != tok.i:
            governed = governed or tok.dep_ == "pobj"
            tok = tok.head
            if governed and tok.lower_ in self.words.before_preps and tok.dep_ in {"prep", "advmod"}:
                return True
        return False

    def _after_the_event(self, trigger: Token, above: Token | None = None) -> bool:
        """The trigger is a noun of an earlier event that its clause comes after ("rejected the request on Friday
        after the killing of a commander", "tensions have grown since the bombing"): before the clause's time,
        on a day the text does not say, unless a date of its own phrase dates it ("after breakdown of the
        summit on February 28"). ``above``: the word a date hangs from, which dates the trigger only from inside
        the phrase."""
        gatherings = self.words.gathering_nouns
        if (trigger.pos_ not in {"NOUN", "PROPN"} and trigger.dep_ != "amod") or (
                trigger.lower_ in gatherings or trigger.lemma_.lower() in gatherings):
            return False  # a verb the parser took for an adjective counts: "since Russia annexed Crimea"
        tok = trigger.head if trigger.dep_ == "amod" else trigger
        while (tok.dep_ in {"pobj", "prep", "compound", "conj", "appos"} and tok.head.i != tok.i
               and (above is None or tok.i != above.i)):
            if tok.dep_ == "pobj" and tok.head.lower_ in self.words.earlier_event_preps:
                return True
            tok = tok.head
        return False

    def _ends_a_span(self, span: Span) -> bool:
        """``span`` is the end of a span of time ("until Thursday", "till June 20"), unless a negation makes it
        the time of the event ("are not due to return until next week")."""
        root = span.root
        before = span.doc[span.start - 1] if span.start > 0 else None
        until = next((t for t in (span[0], root.head if root.dep_ == "pobj" else None, before)
                      if t is not None and t.lower_ in self.words.span_end_preps), None)
        if until is None:
            return False
        governors = [until.head, *itertools.islice(until.head.ancestors, 3)]
        return not any(c.dep_ == "neg" for t in governors for c in t.children)

    def _of_a_made_event(self, clause: Token) -> bool:
        """A relative clause of an event that its governing verb makes happen or happens in ("fought a war in
        which rebels fired 4,000 rockets", "battled in a war where ..."): it happened when that verb did."""
        noun = clause.head
        if clause.dep_ == "relcl" and noun.dep_ == "dobj" and noun.lemma_.lower() in self.words.agreement_nouns:
            return verb_in(noun.head, self.words.making_verbs)  # "signed a deal on Monday under which Iran agreed"
        if clause.dep_ != "relcl" or noun.lemma_.lower() not in self.words.event_nouns:
            return False
        if noun.dep_ == "pobj":
            return noun.head.lower_ in self.words.within_preps
        return noun.dep_ == "dobj" and verb_in(noun.head, self.words.light_verbs)

    def _dates_its_verb(self, span: Span, anchor: Token, trigger: Token) -> bool:
        """A date premodifying a noun that dates the trigger too: the object a verb makes ("signed the 2015
        deal", "carried out the Aug. 21 attack"), the event that did what the trigger says ("the 2012 attack
        killed four people"), or the event it happened in ("hosted a dinner during the 2012 campaign",
        "meddled in the 2016 election")."""
        noun = anchor
        while noun.dep_ in {"compound", "amod"} and noun.head.i > noun.i:
            noun = noun.head  # "the 2012 re-election campaign": the date is the campaign's
        event = noun.lemma_.lower() in self.words.event_nouns
        if (event and noun.dep_ == "pobj" and noun.head.lower_ in self.words.within_preps
                and noun.head.head.i == trigger.i):
            return not is_ongoing(trigger)  # "is investigating fraud in the 2016 election": now, not then
        if anchor.head.i != trigger.i:
            return False
        if anchor.dep_ == "dobj":
            return verb_in(trigger, self.words.making_verbs) or (event and verb_in(trigger, self.words.light_verbs))
        return (anchor.dep_ == "nsubj" and anchor.lemma_.lower() in self.words.event_nouns
                and trigger.tag_ == "VBD")

    @staticmethod
    def _dates_the_noun_of(span: Span, trig_clause: Token) -> bool:
        """``span`` premodifies the noun a relative clause describes ("the October raid that killed ..."),
        or the noun that noun belongs to ("the 2016 downing of a jet that killed ...")."""
        if trig_clause.dep_ not in {"relcl", "acl"}:
            return False
        noun = trig_clause.head
        nouns = {noun.i}
        if noun.dep_ == "pobj" and noun.head.lower_ == "of":
            nouns.add(noun.head.head.i)
        root = span.root
        return root.dep_ in _PREMODIFIER_DEPS and root.head.i in nouns and span.end <= root.head.i

    def _dates_the_event_of(self, span: Span, trig_clause: Token) -> bool:
        """``span`` follows and modifies the event noun a relative clause describes ("a rocket attack last
        Friday that killed ...", "a bombing at a market on Monday that wounded ..."): the clause is that event."""
        while trig_clause.dep_ == "conj" and trig_clause.head.i != trig_clause.i:
            trig_clause = trig_clause.head  # "an attack on Friday that killed one and wounded six"
        noun = trig_clause.head
        if trig_clause.dep_ != "relcl" or noun.lemma_.lower() not in self.words.event_nouns or span.start < noun.i:
            return False
        anchor = anchor_of_span(span)
        return anchor.i == noun.i or (anchor.dep_ == "pobj" and anchor.head.head.i == noun.i)

    def _dangling_prep(self, span: Span) -> Token | None:
        """The preposition of time just before ``span`` when the parser did not make ``span`` its object: in
        "On Sunday gunmen killed ...", "Sunday" is parsed as a modifier of "gunmen" and "On" hangs on the
        verb, without an object or with "gunmen" as one."""
        if span.start == 0:
            return None
        before = span.doc[span.start - 1]
        if before.lower_ not in self.words.time_preps or before.dep_ != "prep":
            return None
        if before.head.i in range(span.start, span.end):
            return None
        objects = [c for c in before.children if c.dep_ == "pobj"]
        # no object, or the noun the day was made to modify ("On [Sunday gunmen] on foot killed ...")
        if not objects or (objects[0].i == span.root.head.i and span.root.dep_ in {"compound", "nmod"}):
            return before
        return None
