"""Event dates: which time expression belongs to an event, and what date it names.

A :class:`DateResolver` looks for time expressions in the trigger's sentence (spaCy
``DATE`` entities, time-of-day phrases such as "last night", and bare weekday or
month-day phrases the tagger missed), ranks them by how closely they are attached to
the trigger in the dependency parse, and resolves the best one against the article's
publication date with dateparser.

Attachment ranks, best first, are :mod:`newsevents.timerank`'s (the expression modifies the trigger, a word
of its phrase, a word governing it in its clause, anything else in its clause, a coordinated clause).

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

The resolver is built once per process. Its rules are in three modules: this one (the date of an event from its
best expression, the year a day or month takes, narrated dates, a quotation's days counted from its saying),
:mod:`newsevents.timerank` (which expression dates the event) and :mod:`newsevents.timebefore` (background and
relative dates). Finding a sentence's time expressions and reading the date each names is
:mod:`newsevents.timeexpr`'s work; it keeps the dateparser parsers and a cache of resolved strings.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from newsevents import docmemo
from newsevents.narration import has_quotation, in_quotation, previous_in_paragraph
from newsevents.parse import clause_head
from newsevents.records import Article, DatePrecision
from newsevents.tense import ClauseTime, is_present, verb_in
from newsevents.timebefore import NEAR_PAST_SLACK_DAYS, EarlierDates, first_day, last_day
from newsevents.timeexpr import TimeExpressions
from newsevents.timerank import clause_chain, is_ancestor
from newsevents.timewords import TimeWords

_YEAR_RE = re.compile(r"\b(?:1[89]|20)\d{2}\b|'\d{2}\b")
#: How many sentences back a narrated date is sought: each one dates the one before it in turn, so a long
#: paragraph of undated past sentences would otherwise cost time quadratic in its length, and recurse too deep.
_NARRATION_DEPTH = 12
#: A present-tense event dated at most this many days ahead is of that coming day ("go to the polls on Jan. 20").
_NEAR_FUTURE_DAYS = 90


def story_day(article: Article) -> dt.date | None:
    """The story's own day: the dateline's ("CAIRO, March 3 (Reuters) -"), else the publication's."""
    return article.dateline.date if article.dateline is not None and article.dateline.date else article.date


def _within(phrase: Token, token: Token) -> bool:
    """``token`` is ``phrase``'s head or lies in its subtree."""
    return token.i == phrase.i or is_ancestor(phrase, token)


class DateResolver(EarlierDates):
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
        return (when, precision) if (publication - last_day(when)).days > NEAR_PAST_SLACK_DAYS else None

    def _quotes(self, verb: Token) -> bool:
        """``verb`` is a verb of saying in a sentence that quotes ("'We will fight,' he said"): the saying is
        the story's own, not the narration's."""
        return verb_in(verb, self.words.speech_lemmas) and has_quotation(docmemo.sentence(verb))

    def _saying_day(self, trigger: Token, publication: dt.date, quoted: bool = True) -> dt.date | None:
        """The day of the saying that reports the trigger's clause, when the text gives one other than publication
        ("'We spoke yesterday,' the chancellor said on Sunday": "yesterday" is the day before Sunday), in
        a direct quotation only: reported speech counts from the writer's day; with ``quoted`` False, in
        reported speech too, for a saying dated before publication (a week is the speaker's week)."""
        before = trigger.doc[trigger.sent.start: trigger.i].text
        if quoted and (before.count('"') + before.count("“") + before.count("”")) % 2 == 0:
            return None
        for clause in clause_chain(clause_head(trigger))[1:]:
            if clause.pos_ in {"VERB", "AUX"} and verb_in(clause, self.words.speech_lemmas):
                when, precision = self.resolve(clause, publication)
                if when is None or precision != "day" or (not quoted and when >= publication.isoformat()):
                    return None
                return dt.date.fromisoformat(when)
        return None


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
        gap = (first_day(ahead[0]) - publication).days
        # a month is the story's own only by its day: "were held in May" in a paper of April 27 is last May
        if (gap <= NEAR_PAST_SLACK_DAYS and resolved[1] == "day") or (present and gap <= _NEAR_FUTURE_DAYS):
            return ahead
        return resolved


    def parse(
        self, text: str, publication: dt.date, direction: str = "past"
    ) -> tuple[str, DatePrecision] | None:
        """Resolve one time expression against the publication date; None if it names no date."""
        return self.expressions.parse(text, publication, direction)


