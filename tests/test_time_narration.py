"""Dates of events a story goes on telling after a dated sentence, and of vague spans of time (issue #12):
"On April 6, militants killed ... The soldiers were killed when ..." takes April 6; "a while ago" and "over
the last few months" say only "before"; "in recent days" and "earlier in the day" are the story's own time.
Sentences are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.pipeline import Pipeline

PUB = dt.date(2019, 6, 12)  # a Wednesday
TODAY = ("2019-06-12", "publication")
BEFORE = (None, "before")


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # an undated simple past goes on telling the dated event of the sentence before it
        ("On April 6, rebels ambushed a convoy near the border. Four soldiers were killed in the attack.",
         "killed", ("2019-04-06", "day")),
        ("In March 2017, the court jailed the mayor. Protesters clashed with police outside the building.",
         "clashed", ("2017-03", "month")),
        ("The two armies fought a brief war in 2008. Russian jets bombed the port, and tanks seized the town.",
         "seized", ("2008", "year")),
        # ... and the sentence after that one, while the paragraph goes on
        ("On April 6, rebels ambushed a convoy. Four soldiers were killed. A fifth was wounded by a sniper.",
         "wounded", ("2019-04-06", "day")),
        # not across a paragraph, nor after a sentence of the story's own time or of a period up to it
        ("On April 6, rebels ambushed a convoy.\n\nPolice arrested three suspects.", "arrested", TODAY),
        ("On Monday, rebels ambushed a convoy. Police arrested three suspects.", "arrested", TODAY),
        ("Earlier this month, the court jailed the mayor. The governor condemned the verdict.", "condemned", TODAY),
        # not the present, the present perfect, nor a quotation
        ("On April 6, rebels ambushed a convoy. The army has vowed to punish them.", "vowed", TODAY),
        ('On April 6, rebels ambushed a convoy. "We condemned it at once," the minister said.', "condemned",
         TODAY),
    ],
)
def test_time_narration_runs_on(date_of, text: str, word: str,
                                expected: tuple[str | None, str]) -> None:
    assert date_of(text, word, PUB) == expected


def test_time_narration_goes_back_a_bounded_number_of_sentences(pipeline: Pipeline) -> None:
    """Each undated sentence dates the next, so a long paragraph is read back only so far: the 30th sentence
    after the dated one keeps the publication date (and no chain recurses down the whole paragraph)."""
    text = "On April 6, rebels ambushed a convoy. " + " ".join(["Soldiers fought the rebels."] * 30)
    doc = pipeline.nlp(text)
    fought = [t for t in doc if t.text == "fought"]
    assert pipeline.dates.resolve(fought[0], PUB) == ("2019-04-06", "day")
    assert pipeline.dates.resolve(fought[-1], PUB) == TODAY




@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # "a while ago", "long ago": before, on an unsaid day
        ("The minister said he gave that plan up quite a while ago.", "gave", BEFORE),
        ("The two countries fought a war a long time ago.", "fought", BEFORE),
        ("Rebels attacked the base some time ago.", "attacked", BEFORE),
        # a simple past over months or years up to now is background; the present perfect reaches up to now
        ("The envoy met the rebel leaders several times over the last few months.", "met", BEFORE),
        ("The army shelled the villages repeatedly in the past two years.", "shelled", BEFORE),
        ("The militia raided the border towns twice over the past decade.", "raided", BEFORE),
        ("The envoy has met the rebel leaders several times over the past year.", "met", TODAY),
        # the days just before publication are the story's own time
        ("The senators spoke with the nominee privately in recent days.", "spoke", TODAY),
        ("The army shelled the villages over the past few days.", "shelled", TODAY),
        # the story's own day, also for a past perfect that a saying reports
        ("The general said he had met the ambassador earlier in the day.", "met", ("2019-06-12", "day")),
        ('"We met the envoy earlier today," the minister said on Monday.', "met", ("2019-06-10", "day")),
        # a tweet is a saying: it dates the past perfect it reports
        ("On Sunday, the president tweeted that China had agreed to cut tariffs.", "agreed", ("2019-06-09", "day")),
    ],
)
def test_time_vague_and_recent_spans(date_of, text: str, word: str,
                                     expected: tuple[str | None, str]) -> None:
    assert date_of(text, word, PUB) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # in a story that names a person May, a bare "May" is the month only after a word of time
        ("Prime Minister Theresa May condemned the raid. A former aide to May criticized the envoy.", "criticized",
         TODAY),
        ("Prime Minister Theresa May condemned the raid. The talks collapsed in May.", "collapsed",
         ("2019-05", "month")),
        # a verb coordinated with a present perfect reaches up to now too
        ("In the past year, the government has left the council, cut its funding and expelled two envoys.", "expelled",
         TODAY),
    ],
)
def test_time_may_and_coordinated_perfect(date_of, text: str, word: str,
                                          expected: tuple[str | None, str]) -> None:
    assert date_of(text, word, PUB) == expected
