"""Dates of perfect, ongoing and self-dated events (issue #12): the present perfect and "continues to"
reach up to the story's time and keep the publication date; the past perfect stays before it; a
relative expression in the event's own clause dates it; "this past week" and a participle after
"upon" or "on" date their clause. Sentences are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.pipeline import Pipeline

PUB = dt.date(2019, 6, 12)  # a Wednesday
TODAY = ("2019-06-12", "publication")
BEFORE = (None, "before")


def _resolve(pipeline: Pipeline, sentence: str, word: str) -> tuple[str | None, str]:
    doc = pipeline.nlp(sentence)
    trigger = next(t for t in doc if t.text == word)
    return pipeline.dates.resolve(trigger, PUB)


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # the present perfect without a date of its own: up to publication
        ("Opposition parties in Lima have voiced fury at the court ruling.", "voiced", TODAY),
        ("The Kremlin has repeatedly blamed Kiev for the shelling of Donetsk.", "blamed", TODAY),
        ("Hanoi has condemned the seizure of its fishing boats.", "condemned", TODAY),
        ("Pyongyang has launched rockets toward the sea of Japan.", "launched", TODAY),
        ("Rebel leaders have so far refused the ceasefire offer.", "refused", TODAY),
        ("The Turkish navy has sent two frigates to the disputed waters.", "sent", TODAY),
        ("Farmers say the militia has threatened their villages.", "threatened", TODAY),
        ("Three reporters have been detained by the border police.", "detained", TODAY),
        # an ongoing state
        ("Ankara continues to criticize the arms embargo.", "criticize", TODAY),
        ("The union keeps protesting against the pension cuts.", "protesting", TODAY),
        # the past perfect and an adverb of the past stay before, on an unsaid day
        ("Investigators said the colonel had ordered the raid.", "ordered", TODAY),  # reported: the saying's
        ("The envoy had met the rebel commander in secret.", "met", BEFORE),
        ("Bolivia has previously expelled two American diplomats.", "expelled", BEFORE),
        ("The junta has recently arrested several union leaders.", "arrested", BEFORE),
    ],
)
def test_time_perfect_and_ongoing(pipeline: Pipeline, sentence: str, word: str,
                                  expected: tuple[str | None, str]) -> None:
    assert _resolve(pipeline, sentence, word) == expected


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # an expression in the event's own clause dates it, also before a perfect
        ("A week ago, the governor pardoned two jailed bloggers.", "pardoned", ("2019-06-05", "day")),
        ("Ten days ago, Malian soldiers freed the hostages.", "freed", ("2019-06-02", "day")),
        ("Last Monday, Kenyan police arrested the activist.", "arrested", ("2019-06-10", "day")),
        ("The ministry has on Tuesday summoned the Danish ambassador.", "summoned", ("2019-06-11", "day")),
        ("In April the militia had seized the oil port.", "seized", ("2019-04", "month")),
        # "earlier" without a date: before, on an unsaid day
        ("Two weeks earlier, the army shelled the village.", "shelled", BEFORE),
        ("The militia seized the port ten days earlier.", "seized", BEFORE),
        # the day of a report dates the reporting, and the past perfect it reports
        ("The agency reported on Monday that troops had raided a camp.", "reported", ("2019-06-10", "day")),
        ("The agency reported on Monday that troops had raided a camp.", "raided", ("2019-06-10", "day")),
        # "this past week" is the seven days up to publication
        ("The envoys traded insults this past week over the blockade.", "traded", ("2019-W23", "week")),
        # a participle after "upon" or "on" lends its date to its clause
        ("Upon taking office in late January, the president ordered a review of the strikes.", "ordered",
         ("2019-01", "month")),
        ("On arriving in Kabul on Monday, the envoy met the president.", "met", ("2019-06-10", "day")),
        ("Upon landing in Seoul on Sunday, the minister criticized the tariffs.", "criticized", ("2019-06-09", "day")),
        # a span that runs up to publication names no earlier year or month; "last year" does
        ("In the last year, the militia has fired 40 rockets at the base.", "fired", TODAY),
        ("Over the past month, students have marched through the capital daily.", "marched", TODAY),
        ("Last year, the militia fired 40 rockets at the base.", "fired", ("2018", "year")),
        # an infinitive under a past perfect is before too
        ("Officials said Beijing had tried hard to prevent a war.", "prevent", TODAY),  # reported
        ("The envoy had refused to condemn the raid.", "condemn", BEFORE),
    ],
)
def test_time_self_dated_events(pipeline: Pipeline, sentence: str, word: str,
                                expected: tuple[str | None, str]) -> None:
    assert _resolve(pipeline, sentence, word) == expected
