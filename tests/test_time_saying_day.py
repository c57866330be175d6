"""The day of a saying and the day of what it reports (issue 12): a day written between a verb of saying and the
clause it reports ("said on Thursday she would meet ...") is the saying's, whatever the parser hangs it on, so a
future act reported there takes no day from it; a past act reported by a saying dated to a day before
publication is not after that day. Also background deeds, which keep their own date or "before", and the
calendar words of the time patterns. Sentences are ours."""

from __future__ import annotations

import datetime as dt

import pytest

PUB = dt.date(2019, 4, 27)  # a Saturday
TODAY = ("2019-04-27", "publication")
BEFORE = (None, "before")
THURSDAY = ("2019-04-25", "day")
MONDAY = ("2019-04-22", "day")
TUESDAY = ("2019-04-23", "day")


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # the saying keeps its day ...
        ("Merkel said on Thursday she would meet Putin in Moscow.", "said", THURSDAY),
        ("The minister said Thursday that he will travel to Paris.", "said", THURSDAY),
        ("Iran announced on Monday it would resume enrichment.", "announced", MONDAY),
        ("The general told reporters on Tuesday that the army would withdraw.", "told", TUESDAY),
        ("Officials stated on Monday that the border would reopen.", "stated", MONDAY),
        # ... and what it reports as ahead takes none of it
        ("Merkel said on Thursday she would meet Putin in Moscow.", "meet", TODAY),
        ("The minister said Thursday that he will travel to Paris.", "travel", TODAY),
        ("Iran announced on Monday it would resume enrichment.", "resume", TODAY),
        ("Officials stated on Monday that the border would reopen.", "reopen", TODAY),
        ("The premier said on Tuesday the cabinet would resign.", "resign", TODAY),
        # its own day or week is still its own
        ("Merkel said she will meet Putin on Thursday.", "meet", ("2019-05-02", "day")),
        ("The foreign minister said on Friday that he will visit Beijing next week.", "visit", ("2019-W18", "week")),
        ("The premier said on Tuesday the cabinet will resign in June.", "resign", ("2019-06", "month")),
        # a day premodifying a noun of the reported clause is that noun's
        ("He said Friday's attack was a crime.", "attack", ("2019-04-26", "day")),
        # a past act reported by a saying of a day before publication is not after that day
        ("The army said on Tuesday rebels attacked the town.", "attacked", TUESDAY),
        ("Police said on Monday that gunmen killed two guards.", "killed", MONDAY),
        ("The ministry said Thursday the envoy met the rebels.", "met", THURSDAY),
        ("The army said on Tuesday it had seized the town.", "seized", TUESDAY),
        # ... but a present or undated saying says nothing of the day
        ("The army says rebels attacked the town.", "attacked", TODAY),
        ("The army said rebels attacked the town.", "attacked", TODAY),
    ],
)
def test_time_saying_day_of_the_saying_and_of_what_it_reports(date_of, sentence, word, expected) -> None:  # type: ignore[no-untyped-def]
    assert date_of(sentence, word, PUB) == expected


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # history keeps its own date ...
        ("In 2014 Russia annexed Crimea.", "annexed", ("2014", "year")),
        ("Russia, which annexed Crimea in 2014, denied the charge.", "annexed", ("2014", "year")),
        ("Relations soured after Russia annexed Crimea in 2014.", "annexed", ("2014", "year")),
        ("Ties have been strained since the United States invaded Iraq in 2003.", "invaded", ("2003", "year")),
        ("Moscow annexed Crimea in 2014, prompting Western sanctions.", "prompting", ("2014", "year")),
        ("Rwanda has been calm since the 1994 genocide, in which militias killed thousands.", "killed",
         ("1994", "year")),
        ("Rwanda has rebuilt since the 1994 genocide.", "genocide", ("1994", "year")),
        # ... or is before, on a day the text does not say
        ("Since Israel withdrew from Gaza, Hamas has fired rockets.", "withdrew", BEFORE),
        ("Sanctions imposed on Russia after the annexation of Crimea remain in place.", "imposed", BEFORE),
        ("The rebels had seized the port years earlier.", "seized", BEFORE),
    ],
)
def test_time_saying_day_background_never_takes_the_publication_day(date_of, sentence, word, expected) -> None:  # type: ignore[no-untyped-def]
    assert date_of(sentence, word, PUB) == expected
