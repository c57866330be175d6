"""Time expressions: finding them in a sentence, and reading the date each one names.

:class:`TimeExpressions` finds a sentence's time expressions (spaCy ``DATE`` entities, times of day such as
"last night", and the bare weekdays, month days, seasons and "a while ago" the tagger missed) and resolves one
expression's text against the publication date: dateparser for ordinary dates, and rules of its own for weeks
(ISO weeks, precision "week"), weekends, seasons ("last winter" is the year it ends in), named months ("last
November"), years and ranges of days. Which expression dates which event is :mod:`newsevents.time`'s concern.
It keeps its dateparser parsers and a cache of resolved strings.
"""

from __future__ import annotations

import datetime as dt
import re

from dateparser.date import DateDataParser
from spacy.tokens import Span

from newsevents import docmemo
from newsevents.entities import sentence_ents
from newsevents.records import DatePrecision
from newsevents.timewords import TimeWords

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
MONTH_ABBR = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

#: An expression must contain one of these to name a point in time (not a duration like "two years").
ANCHOR_RE = re.compile(
    r"\b(?:" + "|".join(WEEKDAYS + MONTHS + MONTH_ABBR) + r"|\d{4}|yesterday|today|tomorrow|tonight|"
    r"ago|last|next|this|earlier|later|previous|coming)\b",
    re.IGNORECASE,
)
DECADE_RE = re.compile(r"\b(?:1[0-9]|20)\d0s\b|'\d0s\b")
YEAR_ONLY_RE = re.compile(
    r"^(?:(?:early|late|mid|the end of|the beginning of|the start of|"
    r"the middle of|end of|beginning of|start of)[\s-]+)?((?:19|20)\d{2})$"
)
THIS_PERIOD_RE = re.compile(
    r"^(?:(?:earlier|later|late|early|mid)[\s-]+)?(?:(?:the\s+)?(?:end|beginning|start|middle|rest|"
    r"remainder|first half|second half|spring|summer|autumn|fall|winter)\s+of\s+)?"
    r"(this|last|next|the coming|the current|the previous|the past)\s+(year|month)$"
)
LEADING_NOISE_RE = re.compile(
    r"^(?:(?:on|in|at|by|since|during|until|till|from|before|after|around|about|as of|between|"
    r"the|early|late|mid|earlier|later|the end of|end of|the beginning of|beginning of|"
    r"the start of|start of|the middle of|middle of)(?:\s+|-))+"
)
TRAILING_NOISE_RE = re.compile(r"\s+(?:morning|afternoon|evening|night|local time)$")
NIGHT_RE = re.compile(r"^(?:last night|overnight)$")
#: "last November", "next March", "this April": the nearest such month before, after, or in this year.
NAMED_MONTH_RE = re.compile(r"^(?:(?:early|late|mid)[\s-]+)?(last|next|this|the previous|the past|the coming) ("
    + "|".join(MONTHS) + r")$"
)
#: "Monday night", "Tuesday morning", "April 25 evening": a day with the time of day.
DAY_PART_RE = re.compile(
    r"^(?:(?:early|late|on)\s+)?(?:" + "|".join(WEEKDAYS + MONTHS) + r")\b[\w\s]*(?:morning|afternoon|evening|night)$"
)
WEEK_RE = re.compile(r"\b(?:this|last|next|the past|this past|the coming|the previous) week(?:end)?\b")
#: Weeks that lie (at least partly) before publication: "earlier this week", "earlier in the week", "last week".
PAST_WEEK_RE = re.compile(
    r"^(?:earlier|early|late|later)?\s*(?:(this|in the|last|the past|this past|the previous) week)$")
#: "this summer", "last winter": a season of this, last or next year.
SEASON_RE = re.compile(r"^(?:(?:early|late|mid|earlier|later)[\s-]+)?(this|last|next|the past|the coming) ([a-z]+)$")
#: A range of days in one month ("February 12-17", "12-17 February"): its first day is the date.
DAY_RANGE_RE = re.compile(r"\b(\d{1,2})\s*(?:-|–|to)\s*\d{1,2}\b(?!\s*(?:pm|am|:))")
TODAY_RE = re.compile(r"^(?:tonight|this (?:morning|afternoon|evening)|today)$")
FULL_YEAR_RE = re.compile(r"\b(?:1[89]|20)\d{2}\b")
#: "in the past year", "over the last month": a span that runs up to publication, no earlier year or month.
SPAN_TO_NOW_RE = re.compile(r"^(?:(?:in|over|during|within|for|throughout)\s+)?the (?:past|last) (?:year|month)$")
#: "march of this year", "july last year": a month of a year named relative to publication.
MONTH_OF_YEAR_RE = re.compile(r"^(" + "|".join(MONTHS) + r") (?:of )?(this|last|next) year$")
#: The article of the noun a date premodifies ("in a Nov. 25, 2008, letter"), before a month or a year.
ARTICLE_RE = re.compile(r"^an? (?=(?:" + "|".join(MONTHS + MONTH_ABBR) + r")\b|(?:19|20)\d{2}\b)")
#: "2014 and 2015", "2014-2016": years joined, dated by the first.
YEARS_RE = re.compile(r"^((?:19|20)\d{2})\s*(?:and|or|to|-|–)\s*(?:(?:19|20)?\d{2})$")  # also "2011-15"
#: Weeks ahead of a future event: "later this week", "next week".
COMING_WEEK_RE = re.compile(r"^(?:(?:later|early|late)\s+)?(?:in\s+)?(this|next|the coming) week$")
#: The story's own day, earlier or later: "had met earlier in the day", "will speak later today".
SAME_DAY_RE = re.compile(r"^(?:earlier|later) (?:in the day|today)$")
#: The days just before publication ("in recent days", "over the past few days", "in the last 48 hours"):
#: the story's own time, within the week a publication date stands for.
RECENT_DAYS_RE = re.compile(
    r"^(?:(?:in|over|during|within|for)\s+)?(?:recent (?:days|hours)|the (?:past|last|previous) "
    r"(?:(?:few|several|couple of|two|three|\d+)\s+)?(?:days|hours))$")
#: "a while ago", "a long time ago", "long ago": before publication, on no day the text says; the tagger
#: rarely calls these a date. The group is the first word of the expression.
VAGUE_AGO_RE = re.compile(r"\b((?:quite )?a (?:long )?while|(?:quite )?a long time|some time|long) ago\b")
#: "over the weekend", "last weekend": the weekend before publication.
PAST_WEEKEND_RE = re.compile(r"^(?:the|this|last|the past) weekend$")


def iso_week(day: dt.date) -> str:
    """The ISO 8601 week of ``day``, the date of an event of precision "week" ("2019-W17")."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


class TimeExpressions:
    """Finds the time expressions of a sentence and resolves one against the publication date."""

    def __init__(self, words: TimeWords, max_cache: int = 100_000) -> None:
        self.words = words
        self._parsers: dict[tuple[dt.date, str], DateDataParser] = {}
        self._cache: dict[tuple[str, dt.date, str], tuple[str, DatePrecision] | None] = {}
        self._max_cache = max_cache

    def parse(
        self, text: str, publication: dt.date, direction: str = "past"
    ) -> tuple[str, DatePrecision] | None:
        """Resolve one time expression against the publication date; None if it names no date."""
        key = (text, publication, direction)
        if key in self._cache:
            return self._cache[key]
        result = self._parse_uncached(text, publication, direction)
        if len(self._cache) >= self._max_cache:
            self._cache.clear()
        self._cache[key] = result
        return result

    # ------------------------------------------------------------------ finding
    def spans(self, sent: Span) -> list[Span]:
        """The time expressions of a sentence: the tagger's dates and times of day, and the weekdays, month
        days, seasons and vague "ago" phrases it missed. Found once per sentence, however many events
        it holds (callers only read the list)."""
        memo = docmemo.table(sent.doc, "time expressions")
        key = (sent.start, sent.end)
        found = memo.get(key)
        if found is None:
            found = memo[key] = self._find_spans(sent)
        return found

    def _find_spans(self, sent: Span) -> list[Span]:
        spans: list[Span] = []
        covered: set[int] = set()
        doc = sent.doc
        for ent in sentence_ents(sent):
            text = ent.text.lower()
            if ent.label_ == "DATE" or (
                ent.label_ == "TIME"
                and any(r.match(text) for r in (NIGHT_RE, TODAY_RE, DAY_PART_RE, SAME_DAY_RE))
            ):
                if self._may_the_name(ent):
                    continue
                start, end = ent.start, ent.end
                if len(ent) > 1 and ent[0].lower_ == "may" and not ent[1].like_num and (
                        ent[1].pos_ == "ADP" or self._may_the_name(ent[:1])):
                    start += 1  # "apologized to May on Friday": the name, then the day (no month is "on Friday")
                if len(ent) > 2 and ent[-1].lower_ == "may" and ent[-2].text == ",":
                    end -= 2  # "Speaking on Monday, May blamed ...": the name after the day
                if ent.label_ == "DATE" and end < sent.end and doc[end].lower_ in self.words.day_parts:
                    end += 1  # "Wednesday afternoon": one expression, not the date of the noun "afternoon"
                if start < end:
                    spans.append(doc[start:end])
                    covered.update(range(start, end))
        spans.extend(self._vague_ago(sent, covered))
        for tok in docmemo.span_tokens(sent):
            if (tok.i not in covered and (tok.lower_ in self.words.seasons or tok.lower_ in self.words.calendar_units)
                    and tok.i > sent.start and doc[tok.i - 1].lower_ in {"this", "last", "next"}):
                # "this summer": the tagger rarely calls it a date; "Last month, ..." it misses at times
                spans.append(doc[tok.i - 1 : tok.i + 1])
                covered.update({tok.i - 1, tok.i})
                continue
            if tok.i in covered or not tok.is_title:
                continue
            low = tok.lower_
            if low in WEEKDAYS:
                spans.append(doc[tok.i : tok.i + 1])
                covered.add(tok.i)
            elif low in MONTHS and tok.i + 1 < sent.end and doc[tok.i + 1].like_num:
                if low == "may" and tok.i == sent.start:
                    continue
                spans.append(doc[tok.i : tok.i + 2])
                covered.update({tok.i, tok.i + 1})
        return spans

    @staticmethod
    def _vague_ago(sent: Span, covered: set[int]) -> list[Span]:
        """"(quite) a while ago", "a long time ago", "long ago" where the tagger found no date: an expression
        that says only "before publication" (``DateResolver._vague_past`` in :mod:`newsevents.time`)."""
        found: list[Span] = []
        for match in VAGUE_AGO_RE.finditer(docmemo.span_text(sent).lower()):
            span = sent.char_span(match.start(), match.end())
            if span is not None and not covered.intersection(range(span.start, span.end)):
                found.append(span)
                covered.update(range(span.start, span.end))
        return found

    def _may_the_name(self, ent: Span) -> bool:
        """A bare "May" that is a name, not the month ("May's government", "May said", "Theresa
        May"): the month needs a word of time before it ("in May", "since May", "last May", "early May")."""
        words = [t for t in ent if t.lower_ not in {"'s", "’s"}]
        if len(words) != 1 or words[0].lower_ != "may":
            return False
        doc = ent.doc
        after = doc[words[0].i + 1].lower_ if words[0].i + 1 < len(doc) else ""
        before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if (after in {"'s", "’s"} or before not in self.words.month_time_words) and any(
                e.label_ == "PERSON" and e[-1].lower_ == "may" for e in doc.ents):
            return True  # "confidence in May's government", "a former aide to May" in a story about Theresa May
        if before in self.words.month_range_words:  # "from April to May", not "apologized to May"
            return not any(t.lower_ in MONTHS and t.is_title for t in doc[max(ent.start - 5, 0): ent.start - 1])
        return before not in self.words.month_words

    # ------------------------------------------------------------------ parsing
    def _parser(self, publication: dt.date, direction: str) -> DateDataParser:
        key = (publication, direction)
        parser = self._parsers.get(key)
        if parser is None:
            base = dt.datetime(publication.year, publication.month, publication.day, 12, 0)
            parser = DateDataParser(
                languages=["en"],
                settings={
                    "PREFER_DATES_FROM": direction,
                    "RELATIVE_BASE": base,
                    "RETURN_TIME_AS_PERIOD": False,
                    "STRICT_PARSING": False,
                },
            )
            self._parsers[key] = parser
        return parser

    def _parse_uncached(
        self, text: str, publication: dt.date, direction: str
    ) -> tuple[str, DatePrecision] | None:
        norm = " ".join(text.lower().replace("’", "'").split()).strip(" ,.")
        if not norm or DECADE_RE.search(norm):
            return None
        norm = DAY_RANGE_RE.sub(r"\1", norm)  # "february 12-17": the first day
        norm = ARTICLE_RE.sub("", norm)  # "a nov. 25, 2008 (letter)": the date of a noun it premodifies
        near = self._near_day_or_week(norm, publication, direction)
        if near is not None:
            return near
        if not ANCHOR_RE.search(norm) or WEEK_RE.search(norm) or SPAN_TO_NOW_RE.match(norm):
            return None  # a duration or an age ("two years", "66 years old"), or a week
        season = SEASON_RE.match(norm)
        if season and season.group(2) in self.words.seasons:
            return self._season(publication, season.group(1), self.words.seasons[season.group(2)])
        this_period = THIS_PERIOD_RE.match(norm)
        if this_period:
            return self._period(publication, this_period.group(1), this_period.group(2))
        named_month = NAMED_MONTH_RE.match(norm)
        if named_month:
            return self._named_month(publication, named_month.group(1), named_month.group(2))
        stripped = TRAILING_NOISE_RE.sub("", LEADING_NOISE_RE.sub("", norm)).strip()
        month_of = MONTH_OF_YEAR_RE.match(stripped)
        if month_of:  # "march of this year", "july last year"
            return self._named_month(publication, month_of.group(2), month_of.group(1), allow_ahead=True)
        years = YEARS_RE.match(stripped)
        if years:  # "2014 and 2015", "2014-2016": from the first year
            return years.group(1), "year"
        year_only = YEAR_ONLY_RE.match(stripped)
        if year_only:
            return year_only.group(1), "year"
        if not stripped:
            return None
        if stripped == WEEKDAYS[publication.weekday()]:
            return publication.isoformat(), "day"  # "on Saturday", "will meet later Saturday" in Saturday's paper
        return self._by_dateparser(stripped, publication, direction)

    def _near_day_or_week(self, norm: str, publication: dt.date, direction: str) -> tuple[str, DatePrecision] | None:
        """Last night, today, and the weeks and weekends around publication ("last week", "next week")."""
        if NIGHT_RE.match(norm):
            return (publication - dt.timedelta(days=1)).isoformat(), "day"
        if TODAY_RE.match(norm) or SAME_DAY_RE.match(norm):
            return publication.isoformat(), "day"
        if RECENT_DAYS_RE.match(norm):
            return publication.isoformat(), "publication"
        past_week = PAST_WEEK_RE.match(norm)
        if past_week and direction == "past":
            return self._week(publication, past_week.group(1))
        if norm == "this weekend" and direction == "future":
            return iso_week(publication), "week"  # the weekend of the paper's week
        if PAST_WEEKEND_RE.match(norm) and direction == "past":
            return self._weekend(publication)
        coming_week = COMING_WEEK_RE.match(norm)
        if coming_week and (direction == "future" or coming_week.group(1) != "this"):  # "next week": ahead, any tense
            return self._coming_week(publication, coming_week.group(1) == "next")
        return None

    def _by_dateparser(self, stripped: str, publication: dt.date, direction: str) -> tuple[str, DatePrecision] | None:
        """A date dateparser reads, at the precision it gives (a year the text writes wins over a misread one)."""
        data = self._parser(publication, direction).get_date_data(stripped)
        if data.date_obj is None:
            return None
        day = data.date_obj.date()
        written = FULL_YEAR_RE.findall(stripped)
        if written and str(day.year) not in written:
            return written[0], "year"  # "for six months in 2011": a duration read as a date; the year is said
        period = data.period or "day"
        if period == "month":
            if direction == "future" and re.fullmatch(r"[a-z]+", stripped) and day.month == publication.month:
                day = day.replace(year=publication.year)  # "in April", published in April
            return f"{day.year:04d}-{day.month:02d}", "month"
        if period == "year":
            return f"{day.year:04d}", "year"
        return day.isoformat(), "day"

    @staticmethod
    def _week(publication: dt.date, which: str) -> tuple[str, DatePrecision]:
        """The ISO week of a week before publication: this one ("earlier this week"), the one before ("last
        week"), or for "this past week", the seven days up to publication, the week of their middle day."""
        if which == "this past":
            return iso_week(publication - dt.timedelta(days=3)), "week"
        step = 0 if which in {"this", "in the"} else 7
        return iso_week(publication - dt.timedelta(days=step)), "week"

    @staticmethod
    def _coming_week(publication: dt.date, following: bool) -> tuple[str, DatePrecision]:
        """The ISO week of this week ("later this week") or of the next one ("next week")."""
        return iso_week(publication + dt.timedelta(days=7 if following else 0)), "week"

    @staticmethod
    def _weekend(publication: dt.date) -> tuple[str, DatePrecision]:
        """The ISO week of the last weekend on or before publication (its Saturday and Sunday share one)."""
        return iso_week(publication - dt.timedelta(days=(publication.weekday() - 5) % 7)), "week"

    @staticmethod
    def _season(publication: dt.date, which: str, months: tuple[int, ...]) -> tuple[str, DatePrecision]:
        """The year of "this summer", "last winter", "next spring": a season is dated by the year it ends in."""
        last = months[-1]
        ended = publication.month > last and not (months[0] > last and publication.month >= months[0])
        year = publication.year
        if which == "last":
            year = year if ended else year - 1
        elif which == "next":
            year = year + 1 if ended or publication.month in months else year
        return f"{year:04d}", "year"

    @staticmethod
    def _named_month(publication: dt.date, which: str, month_name: str,
                     allow_ahead: bool = False) -> tuple[str, DatePrecision]:
        """"last November", "next March"; with ``allow_ahead``, "last" is the year (``"March of last year"``)."""
        month = MONTHS.index(month_name) + 1
        year = publication.year
        which = {"the previous": "last", "the past": "last", "the coming": "next"}.get(which, which)
        if allow_ahead:
            year += {"last": -1, "next": 1}.get(which, 0)
        elif which == "last" and month >= publication.month:
            year -= 1
        elif which == "next" and month <= publication.month:
            year += 1
        return f"{year:04d}-{month:02d}", "month"

    @staticmethod
    def _period(publication: dt.date, which: str, unit: str) -> tuple[str, DatePrecision]:
        step = {
            "this": 0,
            "the current": 0,
            "last": -1,
            "the past": -1,
            "the previous": -1,
            "next": 1,
            "the coming": 1,
        }[which]
        if unit == "year":
            return f"{publication.year + step:04d}", "year"
        month_index = publication.year * 12 + publication.month - 1 + step
        return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}", "month"
