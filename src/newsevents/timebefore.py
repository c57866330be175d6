"""Dates an event takes from another time: background and relative dates (a part of :mod:`newsevents.time`).

:class:`EarlierDates` is the part of :class:`newsevents.time.DateResolver` that dates an event no expression of its
own dates, or dates it against another event: the expressions that say only "before" ("weeks ago", "in the 1990s",
"was freed six weeks later"), a past event before a past time ("prior to the Sept. 11 attack"), a deed another act
answers or an inquiry is about ("in response to raids", "an investigation into the killing": only a date inside that
phrase dates it), a noun of an event its clause comes after and a simple past "after" clause of a present one ("talks
have stalled after the government collapsed"; the noun test, which ranking uses too, is
:class:`newsevents.timerank.ExpressionRanks`'s), the date of the saying that reports an undated past event, a named
historical event's date, and a count of days or weeks "after" or "before" another event's day ("two days after the
bombing on Monday"). It also holds the first and last days of an ISO day, week, month or year.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsevents import docmemo
from newsevents.history import named_event_date
from newsevents.parse import clause_head
from newsevents.records import DatePrecision
from newsevents.tense import PRESENT_PERFECT_AUX, is_ongoing, is_present, is_present_perfect, simple_past, verb_in
from newsevents.timeexpr import DECADE_RE
from newsevents.timerank import Candidate, ExpressionRanks

#: A past event dated at most this many days after publication is of that coming day, not of a year before.
NEAR_PAST_SLACK_DAYS = 7
#: The longest shift a count of days or weeks moves a date ("1,000 days after the war began"): a century. A
#: larger count ("99999999 days after") dates nothing, where it would run off the calendar.
_LONGEST_SHIFT_DAYS = 36_525


def first_day(iso: str) -> dt.date:
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


def last_day(iso: str) -> dt.date:
    """The last day of an ISO day, week, month or year ("2019-02" -> 2019-02-28, "2016" -> 2016-12-31,
    "2017-W22" -> its Sunday)."""
    first = first_day(iso)
    if "W" in iso:
        return first + dt.timedelta(days=6)
    if len(iso) == 4:
        return first.replace(month=12, day=31)
    if len(iso) == 7:
        return (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return first


class EarlierDates(ExpressionRanks):
    """Background and relative dates (a part of :class:`newsevents.time.DateResolver`)."""

    if TYPE_CHECKING:  # defined by the resolver, which these rules call back into
        def resolve(self, trigger: Token, publication: dt.date | None, *, future: bool = False,
                    narration_depth: int = 0) -> tuple[str | None, DatePrecision]: ...
        def parse(self, text: str, publication: dt.date,
                  direction: str = "past") -> tuple[str, DatePrecision] | None: ...

    def _undated_past(self, trigger: Token, publication: dt.date,
                      candidates: list[Candidate]) -> tuple[str | None, DatePrecision] | None:
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
            if resolved is not None and first_day(resolved[0]) < publication:
                return True
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
        start = first_day(when)
        if precision == "day" and start < publication and verb_in(reporter, self.words.speech_lemmas):
            return when, precision  # "the army said on Tuesday rebels attacked the town": not after Tuesday
        return (when, precision) if (publication - start).days > NEAR_PAST_SLACK_DAYS else None

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

    def _count_of(self, unit: Token) -> int | None:
        """The number counting a unit of time ("two days", "a week", "3 weeks"); None when none is said."""
        count = next((c for c in unit.children if c.dep_ in {"det", "nummod"}), None)
        if count is None:
            return None
        # isdecimal, not isdigit: "²" is a digit that int() cannot read
        return int(count.text) if count.text.isdecimal() else self.words.day_counts.get(count.lower_)

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
