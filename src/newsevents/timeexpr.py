"""Time expressions: finding them in a sentence, and reading the date each one names.

:class:`TimeExpressions` finds a sentence's time expressions (spaCy ``DATE`` entities, times of day such as
"last night", and the bare weekdays, month days, seasons and "a while ago" the tagger missed) and resolves one
expression's text against the publication date: dateparser for ordinary dates, and rules of its own for weeks
(ISO weeks, precision "week"), weekends, seasons ("last winter" is the year it ends in), named months ("last
November"), years and ranges of days. Which expression dates which event is :mod:`newsevents.time`'s concern.
It keeps its dateparser parsers and a cache of resolved strings. The calendar's words and the patterns it matches
are those of ``data/time.yaml`` (:mod:`newsevents.timepatterns`).
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

#: A decade ("the 1990s", "the '80s"): before publication, on no day or year the text says.
DECADE_RE = re.compile(r"\b(?:1[0-9]|20)\d0s\b|'\d0s\b")
#: A year written in full ("2011"): dateparser's year must be one the text writes.
FULL_YEAR_RE = re.compile(r"\b(?:1[89]|20)\d{2}\b")


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
        pat = self.words.patterns
        spans: list[Span] = []
        covered: set[int] = set()
        doc = sent.doc
        for ent in sentence_ents(sent):
            text = ent.text.lower()
            if ent.label_ == "DATE" or (
                ent.label_ == "TIME"
                and any(r.match(text) for r in (pat.night, pat.today, pat.day_part, pat.same_day))
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
            if low in self.words.weekdays:
                spans.append(doc[tok.i : tok.i + 1])
                covered.add(tok.i)
            elif low in self.words.months and tok.i + 1 < sent.end and doc[tok.i + 1].like_num:
                if low == "may" and tok.i == sent.start:
                    continue
                spans.append(doc[tok.i : tok.i + 2])
                covered.update({tok.i, tok.i + 1})
        return spans

    def _vague_ago(self, sent: Span, covered: set[int]) -> list[Span]:
        """"(quite) a while ago", "a long time ago", "long ago" where the tagger found no date: an expression
        that says only "before publication" (``DateResolver._vague_past`` in :mod:`newsevents.time`)."""
        found: list[Span] = []
        for match in self.words.patterns.vague_ago.finditer(docmemo.span_text(sent).lower()):
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
            return not any(t.lower_ in self.words.months and t.is_title
                           for t in doc[max(ent.start - 5, 0): ent.start - 1])
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
        pat = self.words.patterns
        norm = pat.possessive.sub("", norm)  # "last week's protests", "Tuesday's attack": the date of its noun
        norm = pat.gap_lead.sub("", norm)  # "months later in march": the date the gap leads to
        norm = pat.day_range.sub(r"\1", norm)  # "february 12-17": the first day
        norm = pat.this_past.sub("last ", norm)  # "this past April": the April just gone
        norm = pat.article.sub("", norm)  # "a nov. 25, 2008 (letter)": the date of a noun it premodifies
        near = self._near_day_or_week(norm, publication, direction)
        if near is not None:
            return near
        if not pat.anchor.search(norm) or pat.week.search(norm) or pat.span_to_now.match(norm):
            return None  # a duration or an age ("two years", "66 years old"), or a week
        season = pat.season.match(norm)
        if season and season.group(2) in self.words.seasons:
            return self._season(publication, season.group(1), self.words.seasons[season.group(2)])
        this_period = pat.this_period.match(norm)
        if this_period:
            return self._period(publication, this_period.group(1), this_period.group(2))
        named_month = pat.named_month.match(norm)
        if named_month:
            return _named_month(publication, named_month.group(1), self.words.months.index(named_month.group(2)) + 1)
        stripped = pat.trailing_noise.sub("", pat.leading_noise.sub("", norm)).strip()
        month_of = pat.month_of_year.match(stripped)
        if month_of:  # "march of this year", "july last year"
            return _named_month(publication, month_of.group(2), self.words.months.index(month_of.group(1)) + 1,
                                allow_ahead=True)
        years = pat.years.match(stripped)
        if years:  # "2014 and 2015", "2014-2016": from the first year
            return years.group(1), "year"
        year_only = pat.year_only.match(stripped)
        if year_only:
            return year_only.group(1), "year"
        if not stripped:
            return None
        if stripped == self.words.weekdays[publication.weekday()]:
            return publication.isoformat(), "day"  # "on Saturday", "will meet later Saturday" in Saturday's paper
        return self._by_dateparser(stripped, publication, direction)

    def _near_day_or_week(self, norm: str, publication: dt.date, direction: str) -> tuple[str, DatePrecision] | None:
        """Last night, today, and the weeks and weekends around publication ("last week", "next week")."""
        pat = self.words.patterns
        if pat.night.match(norm):
            return (publication - dt.timedelta(days=1)).isoformat(), "day"
        if pat.today.match(norm) or pat.same_day.match(norm):
            return publication.isoformat(), "day"
        if pat.recent_days.match(norm):
            return publication.isoformat(), "publication"
        past_week = pat.past_week.match(norm)
        if past_week and direction == "past":
            return self._week(publication, past_week.group(1))
        if norm == "this weekend" and direction == "future":
            return iso_week(publication), "week"  # the weekend of the paper's week
        past_weekend = pat.past_weekend.match(norm)
        if past_weekend and direction == "past":
            return self._weekend(publication, before=past_weekend.group("before") is not None)
        coming_week = pat.coming_week.match(norm)
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
        week", on a Sunday the ISO week that ends that day), or for "this past week", the seven days up to
        publication, the week of their middle day."""
        if which == "this past":
            return iso_week(publication - dt.timedelta(days=3)), "week"
        # on a Sunday, "last week" is the week that ends that day (a newsroom's week runs from Sunday)
        step = 0 if which in {"this", "in the"} else 1 if publication.weekday() == 6 else 7
        return iso_week(publication - dt.timedelta(days=step)), "week"

    @staticmethod
    def _coming_week(publication: dt.date, following: bool) -> tuple[str, DatePrecision]:
        """The ISO week of this week ("later this week") or of the next one ("next week"). On a Sunday the
        newsroom's week has just begun, as in :meth:`_week`: "this week" is the ISO week ahead, which holds
        its working days; "next week" is seven days on, which already lands in that week."""
        sunday = 1 if publication.weekday() == 6 and not following else 0
        return iso_week(publication + dt.timedelta(days=sunday + (7 if following else 0))), "week"

    @staticmethod
    def _weekend(publication: dt.date, before: bool = False) -> tuple[str, DatePrecision]:
        """The ISO week of the last weekend on or before publication (its Saturday and Sunday share one); with
        ``before`` ("last weekend"), in a paper of a Saturday or a Sunday, the weekend a week before it."""
        back = (publication.weekday() - 5) % 7
        if before and publication.weekday() >= 5:
            back += 7
        return iso_week(publication - dt.timedelta(days=back)), "week"

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


def _named_month(publication: dt.date, which: str, month: int, allow_ahead: bool = False) -> tuple[str, DatePrecision]:
    """"last November", "next March" (``month`` is the month's number); with ``allow_ahead``, "last" is the year
    ("March of last year")."""
    year = publication.year
    which = {"the previous": "last", "the past": "last", "the coming": "next"}.get(which, which)
    if allow_ahead:
        year += {"last": -1, "next": 1}.get(which, 0)
    elif which == "last" and month >= publication.month:
        year -= 1
    elif which == "next" and month <= publication.month:
        year += 1
    return f"{year:04d}-{month:02d}", "month"
