"""Event dates: which time expression belongs to an event, and what date it names.

A :class:`DateResolver` looks for time expressions in the trigger's sentence (spaCy
``DATE`` entities, time-of-day phrases such as "last night", and bare weekday or
month-day phrases the tagger missed), ranks them by how closely they are attached to
the trigger in the dependency parse, and resolves the best one against the article's
publication date with dateparser.

Attachment ranks, best first:

0. the expression modifies the trigger itself ("the summit ... on April 25");
1. it modifies a word inside the trigger's phrase, in the trigger's clause;
2. it modifies a word that governs the trigger in the same clause (for a noun trigger
   such as "summit", its head verb: "after breakdown of the summit ... on February 28");
3. it sits elsewhere in the trigger's clause;
4. it belongs to a clause coordinated with the trigger's ("attacked and seized the town
   on Sunday").

Anything else in the sentence dates another event and is not used: an expression of a verb of saying ("said on
Monday" dates the saying, not the attack it reports; so does a day written between the verb and the clause it
reports, which the parser often hangs on that clause: "said on Thursday she would meet Putin"), of another clause
("a year after the Taliban returned to power in 2021", "the judge on Wednesday adjourned the case of a journalist
who criticized ..."), or one that premodifies a noun inside the trigger's phrase ("urging an investigation of the
February 8 vote", "welcomed Tuesday's announcement"). An event with no date of its own gets the publication date,
except a background event, which happened before publication on a day the text does not say: no date, precision
"before". Whether a clause is background is :mod:`newsevents.tense`'s (past perfect, "had resigned"; marked earlier,
"previously", "at first", "in the past", "during his recent visit"; an earlier period or office, "last Congress",
"then-treasurer", "When Santos was president"; a "since" clause, "two months since the leaders met"; weeks "after"
or "before" another clause; a past relative clause in a sentence told in the present; one set off after a person's
name, "Omar Bashir, who was overthrown by the army"; one in the present perfect, "a threat Trump has vowed to
prevent", "Assad, whom the U.N. has accused"; a deed called well known, "famously traveled to China"; a "when", "as"
or "after" clause of a background clause, "had resigned after the party lost"; the terms of an agreement made
before, "violated a deal in which the company agreed to pay a fine"), and so is whether it is told in the future.
This module adds the expressions that say only "before" ("weeks ago", "years earlier", "a while ago", "in the
1990s", a simple past "over the last few months", weeks or more "later" than an earlier event the story recounts:
"was freed six weeks later"), a past event before a past time ("prior to the Sept. 11 attack"), and a deed another
act answers ("in response to raids") or that an inquiry, a testimony or a legal step is about ("questioned him about
his phone calls", "an investigation into the killing", "charged over the bombing"): only a date inside that phrase
dates it. An undated event set in a well-known historical one ("during the Korean War", "since the Islamic
revolution") takes its date or "before" (:mod:`newsevents.history`). A noun of an event that its clause comes
"after", "following" or "since" ("rejected the request on Friday after the killing of a commander", "since Russia
annexed Crimea", which the parser reads as an adjective) is "before", not dated by a date written before the phrase;
so is a simple past "after" clause of a clause told in the present or the present perfect ("talks have stalled
after the government collapsed").

A past perfect that a past saying reports ("officials said on Monday the rebels had seized the town") is the
report's shift of tense: it takes the saying's date, or the publication date; so does a past perfect that a dated
finding reports ("discovered in 2010 that hackers had broken in"). A simple past reported by a saying dated more
than a week before publication ("in a March 2008 letter, he said he opposed ...") takes the saying's date, as does one
reported by a saying dated to a day before publication ("the army said on Tuesday rebels attacked the town"); one
reported by a past perfect saying ("had told reporters he discussed ...") is "before". The present perfect of a main
clause without a date ("have expressed anger", "has accused") and an ongoing state ("continues to") reach up to the
story's time: the publication date, even beside a dated past clause ("has called the deal a disaster and withdrew
from it in May 2018").

A fronted participle ("Campaigning in Tulsa on Wednesday, she blamed ...", "Upon taking office in January, he
ordered ..."), a participle of means ("defied the army last year by seizing the post") and a "when", "as" or
"after" clause share the date of the clause they belong to, and so do a clause joined by a semicolon and a
relative clause of an event its clause makes happen or happens in ("In 2006 they fought a war in which rebels
fired ...", "signed a pact on Monday under which the rebels agreed to disarm"). A "when", "as" or "while" clause
lends its date to the clause it depends on. A relative clause of an event noun dated after it takes that date ("an
attack on Friday that killed"). A date premodifying a noun dates the trigger when the noun is what the trigger
makes ("signed the 2015 deal") or the event that did it ("the 2012 attack killed four people"). "A day after the
bombing on Monday" is the day after the date the sentence gives the bombing. An expression after "until" ends a
span and dates nothing; a day that is a verb's object ("set aside Friday") dates nothing; "the first royal visit
since 1961" is not of 1961.

A month name is its latest occurrence on or before publication ("the previous December" too), unless the tense says
future; a range of days ("February 12-17") is its first day; a season ("this summer", "last winter") is the year it
ends in. A day or month without its year takes the year nearest publication that the tense allows: the coming one
for a present tense when near ("Voters go to the polls on Jan. 20"), and for a past tense a day at most a week after
the paper's date (the story's own day; a month is not: "were held in May" in a paper of April 27 is last May). Weeks
("earlier this week", "last week", "next week") and the weekend are coarser than a day: they resolve to their ISO
week ("2019-W17", precision "week"; on a Sunday "last week" is the one ending that day, and "this week" ahead the
one after it, "next week" the one after that); "this week(end)" in the present tense is the paper's own, still to
come (not on a Sunday, when it is as often the week ending that day). "Last week's protests" dates its noun like
"last week"; "months later in March" is March. A weekday appointed for an event lies ahead ("scheduled for
Thursday", "called for a day of mourning on Thursday"), and a date of a past verb looks back even for a future event
("on Tuesday vowed to block"). "Yesterday" in a direct quotation counts from the day of the saying; "in recent days"
is the story's own time and "earlier in the day" its own day. A bare "May" with no word of time before it ("May's
government", "May said", "apologized to May on Friday") is the name, not the month.

An undated simple past that goes on telling the earlier event of the sentence before it in the paragraph ("On
April 6, militants killed six soldiers. The soldiers were killed when ...") takes that sentence's date when it
ends weeks before publication (:mod:`newsevents.narration`); quoted speech does not, nor the saying of a
quotation. The English word lists and the patterns of time expressions are in ``data/time.yaml``
(:mod:`newsevents.timewords`, :mod:`newsevents.timepatterns`).

The resolver is built once per process. Finding a sentence's time expressions and reading the date each names
is :mod:`newsevents.timeexpr`'s work; it keeps the dateparser parsers and a cache of resolved strings.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsevents import docmemo
from newsevents.history import named_event_date
from newsevents.narration import has_quotation, in_quotation, previous_in_paragraph
from newsevents.parse import clause_head
from newsevents.records import Article, DatePrecision
from newsevents.tense import (
    PRESENT_PERFECT_AUX,
    ClauseTime,
    is_ongoing,
    is_present,
    is_present_perfect,
    simple_past,
    verb_in,
)
from newsevents.timeexpr import DECADE_RE, TimeExpressions
from newsevents.timewords import TimeWords

#: Clause links that keep one event's time with another ("attacked and seized ... on Sunday").
_SHARED_TIME_DEPS = frozenset({"conj", "xcomp"})
#: A time expression in one of these relations to a noun dates that noun ("the February 8 vote").
_PREMODIFIER_DEPS = frozenset({"compound", "nmod", "poss", "amod", "npadvmod", "nummod"})
#: Dependencies from a time expression up to a preposition of the time an event came before ("prior to the
#: Sept. 11 attack": nummod, compound, pobj, prep).
_BEFORE_PATH_DEPS = frozenset({"pobj", "prep", "compound", "nummod", "nmod", "amod", "poss", "npadvmod"})
_YEAR_RE = re.compile(r"\b(?:1[89]|20)\d{2}\b|'\d{2}\b")
#: A past event dated at most this many days after publication is of that coming day, not of a year before.
_NEAR_PAST_SLACK_DAYS = 7
#: How many sentences back a narrated date is sought: each one dates the one before it in turn, so a long
#: paragraph of undated past sentences would otherwise cost time quadratic in its length, and recurse too deep.
_NARRATION_DEPTH = 12
#: A present-tense event dated at most this many days ahead is of that coming day ("go to the polls on Jan. 20").
_NEAR_FUTURE_DAYS = 90
#: The longest shift a count of days or weeks moves a date ("1,000 days after the war began"): a century. A
#: larger count ("99999999 days after") dates nothing, where it would run off the calendar.
_LONGEST_SHIFT_DAYS = 36_525


@dataclass(frozen=True)
class _Candidate:
    span: Span
    rank: int
    distance: int


def _anchor(span: Span) -> Token:
    """The word a time expression modifies: the head of its preposition, or its own head."""
    root = span.root
    if root.dep_ == "pobj" and root.head.dep_ in {"prep", "agent"}:
        return root.head.head
    if root.dep_ == "ROOT":
        return root
    return root.head


def _clause_chain(head: Token) -> list[Token]:
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


def _first_day(iso: str) -> dt.date:
    """The first day of an ISO day, week, month or year ("2019-01" -> 2019-01-01, "2016" -> 2016-01-01,
    "2017-W22" -> its Monday, 2017-05-29)."""
    if "W" in iso:
        year, week = iso.split("-W")
        return dt.date.fromisocalendar(int(year), int(week), 1)
    return dt.date.fromisoformat((iso + "-01-01")[:10])


def _moved(day: str, days: int) -> tuple[str, DatePrecision] | None:
    """The ISO ``day`` moved by ``days``, at day precision; None for a shift longer than
    ``_LONGEST_SHIFT_DAYS`` or one off the calendar."""
    if abs(days) > _LONGEST_SHIFT_DAYS:
        return None
    try:
        return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat(), "day"
    except OverflowError:  # a shift from a date within a century of year 1 or 9999
        return None


def _last_day(iso: str) -> dt.date:
    """The last day of an ISO day, week, month or year ("2019-02" -> 2019-02-28, "2016" -> 2016-12-31,
    "2017-W22" -> its Sunday)."""
    first = _first_day(iso)
    if "W" in iso:
        return first + dt.timedelta(days=6)
    if len(iso) == 4:
        return first.replace(month=12, day=31)
    if len(iso) == 7:
        return (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return first


def _after_semicolon(clause: Token) -> bool:
    """A clause the parser hangs on another across a semicolon ("In 2006 they fought a war; Israel fired
    7,000 bombs"): two coordinated clauses of one time, whatever link the parser gave them."""
    if clause.dep_ not in {"ccomp", "parataxis"}:
        return False
    head = clause.head
    low, high = sorted((clause.i, head.i))
    sub = range(min(t.i for t in clause.subtree), max(t.i for t in clause.subtree) + 1)
    return any(c.text == ";" and low < c.i < high and c.i not in sub for c in head.children)


def story_day(article: Article) -> dt.date | None:
    """The story's own day: the dateline's ("CAIRO, March 3 (Reuters) -"), else the publication's."""
    return article.dateline.date if article.dateline is not None and article.dateline.date else article.date


def _is_ancestor(ancestor: Token, token: Token) -> bool:
    return any(a.i == ancestor.i for a in token.ancestors)


def _within(phrase: Token, token: Token) -> bool:
    """``token`` is ``phrase``'s head or lies in its subtree."""
    return token.i == phrase.i or _is_ancestor(phrase, token)


class DateResolver:
    """Finds and resolves the date of an event from its trigger token and the publication date."""

    def __init__(self, max_cache: int = 100_000) -> None:
        self.words = TimeWords.load()
        self.expressions = TimeExpressions(self.words, max_cache)
        self.tense = ClauseTime(self.words)

    # ------------------------------------------------------------------ public
    def resolve(
        self, trigger: Token, publication: dt.date | None, *, future: bool = False, narration_depth: int = 0
    ) -> tuple[str | None, DatePrecision]:
        """Event date for ``trigger``: (ISO date, precision); see the module docstring. ``narration_depth`` counts
        the sentences this call has gone back to date an event narrated on (:meth:`_narrated`)."""
        fallback: tuple[str | None, DatePrecision] = (
            (publication.isoformat(), "publication") if publication is not None else (None, "unknown")
        )
        if publication is None:
            return fallback
        relative = self._days_from(trigger, publication) or self._counted_back(trigger, publication)
        if relative is not None:
            return relative
        candidates = self.candidates(trigger)
        cause = self._answered(trigger) or self._inquired_into(trigger)
        if cause is not None:  # "in response to raids ...": only a date inside that phrase dates the attacks
            candidates = [c for c in candidates if _within(cause, self._anchor_of(c.span))]
        direction = "future" if future or self.tense.is_future(trigger) else "past"
        present = direction == "past" and is_present(trigger)
        for cand in candidates:
            if direction == "past" and self._weeks_later(cand.span):
                return None, "before"
            way = self._direction_of(cand.span, trigger, direction)
            base = publication
            if self.words.patterns.deictic.match(cand.span.text.lower()):
                base = self._saying_day(trigger, publication) or publication
            elif self.words.patterns.coming_week.match(cand.span.text.lower()):
                # "said on Monday that he will visit Moscow this week": the week of the saying's day
                base = self._saying_day(trigger, publication, quoted=False) or publication
            resolved = self._nearest(cand.span.text, base, way, present and way == "past")
            if resolved is not None:
                return resolved
            if cand.rank <= 1 and self.words.patterns.week.search(cand.span.text.lower()):
                break  # its own week, across two months: not the day of a weaker expression ("said Monday")
        if direction != "past":
            return fallback
        if cause is not None:
            return None, "before"
        return (self._next_step(trigger, publication) or self._undated_past(trigger, publication, candidates)
                or self._narrated(trigger, publication, narration_depth) or fallback)

    def _narrated(self, trigger: Token, publication: dt.date, depth: int) -> tuple[str, DatePrecision] | None:
        """The date of an undated simple past event that goes on telling the earlier event of the sentence
        before it in the paragraph ("On April 6, militants killed six soldiers. The soldiers were killed when
        their convoy hit a bomb."): that sentence's day, month or year, when weeks or more before publication.
        Not in quoted speech, nor after a sentence of the story's own time."""
        clause = clause_head(trigger)
        verb = clause if clause.pos_ in {"VERB", "AUX"} else clause.head
        past = verb.tag_ == "VBD" or any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children)
        if not past or in_quotation(trigger) or self._quotes(verb) or depth >= _NARRATION_DEPTH:
            return None
        before = previous_in_paragraph(docmemo.sentence(trigger), trigger.i)
        if (before is None or in_quotation(before.root) or self._quotes(before.root)
                or before.root.tag_ not in {"VBD", "VBN"}):
            return None
        when, precision = self.resolve(before.root, publication, narration_depth=depth + 1)
        if when is None or precision not in {"day", "month", "year"}:
            return None
        # "earlier this month", "this year": a period reaching up to the story's time says nothing earlier
        return (when, precision) if (publication - _last_day(when)).days > _NEAR_PAST_SLACK_DAYS else None

    def _quotes(self, verb: Token) -> bool:
        """``verb`` is a verb of saying in a sentence that quotes ("'We will fight,' he said"): the saying is
        the story's own, not the narration's."""
        return verb_in(verb, self.words.speech_lemmas) and has_quotation(docmemo.sentence(verb))

    def _count_of(self, unit: Token) -> int | None:
        """The number counting a unit of time ("two days", "a week", "3 weeks"); None when none is said."""
        count = next((c for c in unit.children if c.dep_ in {"det", "nummod"}), None)
        if count is None:
            return None
        # isdecimal, not isdigit: "²" is a digit that int() cannot read
        return int(count.text) if count.text.isdecimal() else self.words.day_counts.get(count.lower_)

    def _counted_back(self, trigger: Token, publication: dt.date) -> tuple[str, DatePrecision] | None:
        """The day of an event told in a clause "<n> days/weeks after" a clause of known day: "The remarks
        come a day after Britain expelled 23 diplomats" (the day before the remarks), "The attack came two
        weeks after Israel struck the port". Not when the event's own clause dates it, nor for a count that
        says no number ("days after")."""
        clause = clause_head(trigger)
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause_head(clause.head)  # "a day after Britain expelled 23 diplomats and suspended ..."
        mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "after"), None)
        if clause.dep_ != "advcl" or mark is None or mark.i == 0:
            return None
        unit = trigger.doc[mark.i - 1]
        days = self.words.unit_days.get(unit.lower_)
        if unit.dep_ != "npadvmod" or days is None or self.tense.is_future(trigger):
            return None
        n = self._count_of(unit)
        if n is None:
            return None
        if any(clause_head(self._anchor_of(c.span)).i == clause.i and not c.span.start <= unit.i < c.span.end
               for c in self.candidates(trigger)):
            return None  # "two days after Britain expelled them on March 4": its own date
        main = clause_head(clause.head)
        when, precision = self.resolve(main, publication)
        if when is None or precision not in {"day", "publication"} or self.tense.is_future(main):
            return None  # "the vote will come a day after the army withdraws": not the day before today
        return _moved(when, -n * days)

    def _next_step(self, trigger: Token, publication: dt.date) -> tuple[str | None, DatePrecision] | None:
        """The day of the clause that a participle of its subject's next step hangs on: "On May 8, Obama
        criticized Moscow before flying to Paris" flew on May 8; a longer period says nothing of the day
        ("was mayor in 2010 before becoming governor")."""
        prep = trigger.head
        if not (trigger.dep_ == "pcomp" and trigger.tag_ == "VBG" and prep.dep_ == "prep"
                and prep.lower_ in self.words.next_step_preps):
            return None
        when, precision = self.resolve(clause_head(prep.head), publication)
        return (when, precision) if precision == "day" else None

    def _undated_past(self, trigger: Token, publication: dt.date,
                      candidates: list[_Candidate]) -> tuple[str | None, DatePrecision] | None:
        """The date of a past event that no expression of its own dates: a named historical event's, a
        vague or earlier time's ("weeks ago", "prior to the Sept. 11 attack"), a report's, "before" for a
        background event; None for an event of the story's day (the publication date)."""
        named = named_event_date(trigger, clause_head(trigger), publication)
        if named is not None and not is_ongoing(clause_head(trigger)):  # "is investigating fraud in the 2016 ..."
            return named  # "during the Korean War", "since the Islamic revolution": the text names its time
        past_week = self.words.patterns.past_week
        if any(self._vague_past(c.span) or past_week.match(c.span.text.lower()) or DECADE_RE.search(c.span.text)
               or self._span_back(c.span, trigger) for c in candidates if c.rank <= 4):
            # "weeks ago"; "last week" across two months; "in the 1990s": before publication, on an unsaid day
            return None, "before"
        if (self._before_a_past_time(trigger, publication) or self._after_the_event(trigger)
                or self._came_first(trigger)):
            return None, "before"
        reported = self._reported(trigger, publication)
        if reported is not None:
            return reported
        if self.tense.is_background(trigger):
            return None, "before"
        return None

    def _saying_day(self, trigger: Token, publication: dt.date, quoted: bool = True) -> dt.date | None:
        """The day of the saying that reports the trigger's clause, when the text gives one other than publication
        ("'We spoke yesterday,' the chancellor said on Sunday": "yesterday" is the day before Sunday), in
        a direct quotation only: reported speech counts from the writer's day; with ``quoted`` False, in
        reported speech too, for a saying dated before publication (a week is the speaker's week)."""
        before = trigger.doc[trigger.sent.start: trigger.i].text
        if quoted and (before.count('"') + before.count("“") + before.count("”")) % 2 == 0:
            return None
        for clause in _clause_chain(clause_head(trigger))[1:]:
            if clause.pos_ in {"VERB", "AUX"} and verb_in(clause, self.words.speech_lemmas):
                when, precision = self.resolve(clause, publication)
                if when is None or precision != "day" or (not quoted and when >= publication.isoformat()):
                    return None
                return dt.date.fromisoformat(when)
        return None

    def _anchor_of(self, span: Span) -> Token:
        prep = self._dangling_prep(span)
        anchor = prep.head if prep is not None else _anchor(span)
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

    def _answered(self, trigger: Token) -> Token | None:
        """The preposition that makes the trigger's phrase what another act answers ("in response to raids by
        rebels", "revenge for a drone strike that hit the depot", "in retaliation for troops
        attacking the base"): an earlier event, on a day only that phrase may give; None if there is none."""
        tok = trigger
        while tok.dep_ in {"pobj", "pcomp", "prep", "compound", "amod", "conj", "nmod", "appos", "acl"}:
            head = tok.head
            if tok.dep_ == "prep" and head.lemma_.lower() in self.words.answering_nouns:
                return tok
            if head.i == tok.i:
                break
            tok = head
        return None

    def _inquired_into(self, trigger: Token) -> Token | None:
        """The phrase that makes a deed named by a noun what an inquiry, a testimony or a legal step is about
        ("questioned him about his phone calls with the envoy", "an investigation into the killing of X",
        "charged over the bombing", "probed the shooting"), or what an act reacts to ("protested over the
        killing", "sanctions over the annexation"): the preposition, or the noun itself as the object of an
        inquiry's verb. The deed happened before, on a day only that phrase may give; None if it is none."""
        words = self.words
        if trigger.pos_ not in {"NOUN", "PROPN"} and not (trigger.tag_ == "VBG" and trigger.dep_ in {"pobj", "dobj"}):
            return None
        tok = trigger
        for _ in range(3):  # "about his role in the attack": through one or two nouns on the way
            while tok.dep_ in {"compound", "amod", "conj", "nmod", "appos"} and tok.head.i != tok.i:
                tok = tok.head
            head = tok.head
            if tok.dep_ == "dobj" and head.pos_ == "VERB" and verb_in(head, words.inquiry_words):
                return tok  # "probed the killing of the journalist"
            if tok.dep_ != "pobj" or head.dep_ != "prep":
                return None
            if head.lower_ in words.inquiry_preps and self._inquiry(head.head, head):
                return head
            if head.lower_ in words.reaction_preps and self._reaction(head.head):
                return head  # "protested over the killing of a teenager", "sanctions over the annexation"
            tok = head.head
            if tok.pos_ != "NOUN":
                return None
        return None

    def _reaction(self, governor: Token) -> bool:
        """``governor`` is a word of reacting to a deed, or a verb whose subject or object is one ("outrage grew
        over the beheading": the parser hangs the phrase on the verb)."""
        words = self.words.reaction_words
        return verb_in(governor, words) or (governor.pos_ == "VERB" and any(
            c.dep_ in {"nsubj", "nsubjpass", "dobj"} and c.lemma_.lower() in words for c in governor.children))

    def _inquiry(self, governor: Token, prep: Token) -> bool:
        """``governor`` is an inquiry or legal word, or a verb whose object before ``prep`` is one ("opened an
        investigation into the killing": the parser hangs the phrase on the verb)."""
        lemma = governor.lemma_.lower()
        if lemma in self.words.inquiry_words:
            return governor.pos_ == "VERB" or lemma not in self.words.inquiry_verbs_only
        return governor.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in self.words.inquiry_words and c.i < prep.i
            for c in governor.children)

    def _direction_of(self, span: Span, trigger: Token, direction: str) -> str:
        """The tense a time expression is read in: the trigger's, except that a date of a past verb other than
        the trigger looks back ("on Tuesday vowed to block the nominations": the vow's Tuesday), and a weekday
        set for something arranged looks ahead ("scheduled for Thursday", "called for a vote on Thursday")."""
        anchor = self._anchor_of(span)
        if direction == "future":
            return "past" if anchor.i != trigger.i and anchor.tag_ == "VBD" else direction
        return "future" if self._is_weekday(span.text) and self._appointed(span, anchor) else direction

    def _is_weekday(self, text: str) -> bool:
        return any(day in text.lower() for day in self.words.weekdays)

    def _appointed(self, span: Span, anchor: Token) -> bool:
        """A weekday the text appoints for something: "scheduled for Thursday", "set a vote for Friday", or one
        of an event scheduled or asked for ("set the funeral on Friday", "called for a day of mourning
        on Thursday"; not "called a meeting on Wednesday", the day of the call as often as of the meeting)."""
        root = span.root
        if root.dep_ == "pobj" and (root.head.lower_ == "for" or (  # "postponed the debate to Monday"
                root.head.lower_ == "to" and verb_in(root.head.head, self.words.appointing_verbs))):
            return True
        if anchor.lemma_.lower() not in self.words.appointed_nouns:
            return False
        verb, asked = anchor, False
        while (verb.pos_ not in {"VERB", "AUX"} and verb.dep_ in {"pobj", "prep", "dobj", "conj"}
               and verb.head.i != verb.i):
            asked = asked or (verb.dep_ == "prep" and verb.lower_ == "for")  # "called for a day of mourning"
            verb = verb.head
        return verb.pos_ in {"VERB", "AUX"} and (asked or verb_in(verb, self.words.appointing_verbs))

    def _reported(self, trigger: Token, publication: dt.date) -> tuple[str | None, DatePrecision] | None:
        """The date of the saying that reports an undated past event: for the past perfect, the report's shift
        of tense ("officials said the rebels had seized the town"), always; for the simple past, when the saying
        is dated more than a week before publication ("in a March 2008 letter, he said he opposed the plan"),
        or to a day before it ("said on Tuesday rebels attacked the town"), where the publication day would be
        after the saying."""
        reporter = self._reporting_verb(trigger)
        if reporter is not None:
            return self.resolve(reporter, publication)
        reporter = self._reporting_verb(trigger, perfect=False)
        if reporter is None:
            return None
        when, precision = self.resolve(reporter, publication)
        if precision == "before":
            return None, "before"  # "had told reporters he discussed a summit": before the story's time too
        if when is None or precision not in {"day", "month", "year"}:
            return None
        start = _first_day(when)
        if precision == "day" and start < publication and verb_in(reporter, self.words.speech_lemmas):
            return when, precision  # "the army said on Tuesday rebels attacked the town": not after Tuesday
        return (when, precision) if (publication - start).days > _NEAR_PAST_SLACK_DAYS else None

    def _nearest(self, text: str, publication: dt.date, direction: str,
                 present: bool) -> tuple[str, DatePrecision] | None:
        """:meth:`parse` of a day or month without its year, in the year the tense and the distance to
        publication ask for: a present tense takes the coming date when it is near ("Voters go to the polls
        on Jan. 20", "talks, which begin Jan. 15"); a past tense takes a date a few days after publication
        rather than one nearly a year before it ("arrested him on Jan. 5" in a paper dated Jan. 3: the
        story's day is later than the paper's date says)."""
        if present and self.words.patterns.this_week.match(text.lower()) and publication.weekday() != 6:
            # "This weekend, when the president meets ...": the paper's own week, ahead; on a Sunday the present
            # is as often of the week ending that day ("follows a bombing this week") as of the one ahead
            direction = "future"
        resolved = self.parse(text, publication, direction)
        if (resolved is None or direction != "past" or resolved[1] not in {"day", "month"} or _YEAR_RE.search(text)
                or self._is_weekday(text)):
            return resolved  # a weekday is the last one before publication, whatever the tense
        ahead = self.parse(text, publication, "future")
        if ahead is None or ahead[1] != resolved[1] or ahead == resolved:
            return resolved
        gap = (_first_day(ahead[0]) - publication).days
        # a month is the story's own only by its day: "were held in May" in a paper of April 27 is last May
        if (gap <= _NEAR_PAST_SLACK_DAYS and resolved[1] == "day") or (present and gap <= _NEAR_FUTURE_DAYS):
            return ahead
        return resolved

    def candidates(self, trigger: Token) -> list[_Candidate]:
        """Time expressions of the trigger's sentence that may date it, best first."""
        sent = docmemo.sentence(trigger)
        trig_clause = clause_head(trigger)
        chain = _clause_chain(trig_clause)
        shared = self._shared_clauses(trig_clause, chain)
        found: list[_Candidate] = []
        for span in self.expressions.spans(sent):
            rank = self._rank(span, trigger, trig_clause, shared)
            if rank is None:
                continue
            distance = min(abs(span.start - trigger.i), abs(span.end - 1 - trigger.i))
            found.append(_Candidate(span, rank, distance))
        found.sort(key=lambda c: (c.rank, c.distance))
        return found

    def parse(
        self, text: str, publication: dt.date, direction: str = "past"
    ) -> tuple[str, DatePrecision] | None:
        """Resolve one time expression against the publication date; None if it names no date."""
        return self.expressions.parse(text, publication, direction)

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
            and _is_ancestor(trigger, anchor)
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
            if _is_ancestor(trigger, anchor):
                return 1
            if _is_ancestor(anchor, trigger):
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

    def _before_a_past_time(self, trigger: Token, publication: dt.date) -> bool:
        """A past event in its clause said to be before a time that is itself before publication ("Prior to
        the Sept. 11 attack, the embassy made repeated requests"): before, on a day the text does not say."""
        clause = clause_head(trigger)
        if is_present(trigger) or clause.tag_ not in {"VBD", "VBN"}:
            return False
        for span in self.expressions.spans(docmemo.sentence(trigger)):
            if clause_head(span.root).i != clause.i or not self._came_before(span):
                continue
            resolved = self.parse(span.text, publication, "past")
            if resolved is not None and _first_day(resolved[0]) < publication:
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

    def _came_first(self, trigger: Token) -> bool:
        """An undated simple past "after" clause of a clause told in the present or the present perfect ("talks
        have stalled after the government collapsed", "the city is tense after police killed a student"): it came
        before the state of the story's time that it explains, on a day the text does not say. One of a past
        clause is as often the story's news ("the army withdrew after the rebels attacked")."""
        clause = clause_head(trigger)
        if clause.dep_ != "advcl" or clause.head.i == clause.i or not simple_past(clause):
            return False
        marks = [c.lower_ for c in clause.children if c.dep_ == "mark"]
        governor = clause_head(clause.head)
        return (bool(marks) and all(m in self.words.earlier_marks for m in marks)
                and (is_present(governor) or is_present_perfect(governor)))

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

    def _reporting_verb(self, trigger: Token, perfect: bool = True) -> Token | None:
        """The past verb of saying that reports a past perfect trigger ("officials said the rebels had seized
        the town", "the army had shelled the camp, the ministry said"), or with ``perfect`` false a trigger in
        the simple past ("said he opposed the plan"); None for any other trigger."""
        head = clause_head(trigger)
        governor = self.tense.governor(head)
        if perfect and not any(self.tense.past_perfect(tok) for tok in (trigger, head, governor)):
            return None
        if not perfect and not (governor.tag_ == "VBD" or any(
                c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in governor.children)):
            return None  # "was arrested", "was arming" count; a present or future report does not
        if any(c.dep_ == "advmod" and c.lower_ in self.words.background_adverbs for c in governor.children):
            return None  # "said the police had previously arrested him": an earlier time the text marks
        clause = governor
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head  # "had stormed and looted the town"
        if clause.i != governor.i and self._past_saying(clause):
            return clause  # "the general said the army was ready and had sent troops": one report
        # a simple past reported by a past perfect saying ("had told reporters he discussed a summit") is as
        # early as the saying; a past perfect reported by one ("had said 300 had been killed") is earlier still
        saying = self._past_saying(clause.head, earlier=not perfect)
        return clause.head if clause.dep_ == "ccomp" and saying else None

    def _past_saying(self, verb: Token, earlier: bool = False) -> bool:
        """A verb of saying or of finding out in the past ("said", "discovered in 2010 that ..."); with
        ``earlier`` also in the past perfect ("had told reporters he ...")."""
        past = verb.tag_ == "VBD" or (earlier and self.tense.past_perfect(verb))
        return past and verb.pos_ in {"VERB", "AUX"} and (
            verb_in(verb, self.words.speech_lemmas) or verb_in(verb, self.words.finding_lemmas))

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
        anchor = _anchor(span)
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

    def _vague_past(self, span: Span) -> bool:
        """"weeks ago", "several years earlier", "some time before": an expression that says "before
        publication" (asked only of those that name no date: "three weeks ago" names one)."""
        after = span.doc[span.end] if span.end < len(span.doc) else None
        # "a month before that": a span before another event the text dates elsewhere, if at all
        return span[-1].lower_ in self.words.vague_past_words or (
            after is not None and after.lower_ in self.words.vague_past_words and after.dep_ in {"prep", "advmod"})

    def _span_back(self, span: Span, trigger: Token) -> bool:
        """A simple past in a span of weeks or more up to publication ("met him several times over the last few
        months"): earlier than the story's time. The present perfect ("have met over the past year", also of the
        verb a coordinated or infinitive clause hangs on) and the present reach up to it."""
        clause = clause_head(trigger)
        if not self.words.patterns.span_back.match(" ".join(span.text.lower().split())):
            return False
        for verb in (clause, *itertools.islice(clause.ancestors, 3)):  # "has left the agency, cut funding ..."
            if is_ongoing(verb) or any(c.dep_ == "aux" and c.lower_ in PRESENT_PERFECT_AUX for c in verb.children):
                return False
            if verb.dep_ not in {"conj", "xcomp", "advcl"}:
                break
        return True

    def _weeks_later(self, span: Span) -> bool:
        """"six weeks later", "months afterward": weeks or more after an earlier event that the story recounts,
        a background event on an unsaid day (not weeks after publication, as dateparser reads it)."""
        return span[-1].lower_ in self.words.gap_later_words and any(t.lower_ in self.words.gap_nouns for t in span)

    def _days_from(self, trigger: Token, publication: dt.date) -> tuple[str, DatePrecision] | None:
        """"A day after the bombing on Monday", "two days before the vote of March 3": the other event's
        day, when the sentence dates it, moved by the days said; else None."""
        clause = clause_head(trigger)
        for prep in (t for t in clause.subtree if t.lower_ in {"after", "before"} and t.dep_ == "prep"):
            near = (*prep.children, prep.head, *(c for c in prep.head.children if c.i == prep.i - 1))
            days = next((t for t in near if t.lower_ in {"day", "days"}), None)
            other = next((t for t in prep.children if t.dep_ == "pobj"), None)
            if days is None or other is None or clause_head(prep).i != clause.i:
                continue
            n = self._count_of(days)
            if n is None:
                continue
            for cand in self.candidates(other):
                if cand.span.start <= days.i < cand.span.end or cand.span.start < prep.i:
                    continue  # "arrested him on Wednesday, a day after the riot": Wednesday is the arrest's
                resolved = self.parse(cand.span.text, publication, "past")
                if resolved is not None and resolved[1] == "day":
                    return _moved(resolved[0], n if prep.lower_ == "after" else -n)
        return None
