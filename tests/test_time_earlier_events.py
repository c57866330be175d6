"""Dates of events a sentence tells as earlier than its own (issue #12, round 15): a noun of an event that a clause
comes "after" or "since", a verb the parser took for an adjective after "since", an undated "after" clause, a
country's relative clause, "this past" and "last weekend" in a weekend paper, and the narration of a paragraph that
begins inside a sentence the parser ran on from a photo credit. Sentences are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.pipeline import Pipeline

PUB = dt.date(2019, 6, 12)  # a Wednesday
SATURDAY = dt.date(2019, 6, 15)
SUNDAY = dt.date(2019, 6, 16)


def _resolve(pipeline: Pipeline, sentence: str, word: str, pub: dt.date = PUB) -> tuple[str | None, str]:
    doc = pipeline.nlp(sentence)
    trigger = [t for t in doc if t.text == word][-1]
    return pipeline.dates.resolve(trigger, pub)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Washington on Monday rejected the request, amid tensions after the killing of a commander.", "killing"),
        ("The army launched an offensive on Tuesday following the bombing of a market.", "bombing"),
        ("Tensions have grown since the bombing of the embassy.", "bombing"),
        ("The two countries have traded threats since the seizure of the tanker.", "seizure"),
        ("Western governments have imposed sanctions on Moscow since Russia annexed Crimea.", "annexed"),
    ],
)
def test_time_earlier_events_a_noun_after_or_since_is_before(pipeline: Pipeline, sentence: str, word: str) -> None:
    assert _resolve(pipeline, sentence, word) == (None, "before")


def test_time_earlier_events_a_date_of_its_own_still_dates_it(pipeline: Pipeline) -> None:
    sentence = "The army launched an offensive on Tuesday after the attack on a police station on Monday."
    assert _resolve(pipeline, sentence, "attack") == ("2019-06-10", "day")


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Relations have been frozen after the talks collapsed.", "collapsed"),
        ("The capital is tense after police killed a student.", "killed"),
        ("The opposition has boycotted parliament after the court banned its leader.", "banned"),
    ],
)
def test_time_earlier_events_an_undated_after_clause_of_the_present_is_before(pipeline: Pipeline, sentence: str,
                                                               word: str) -> None:
    assert _resolve(pipeline, sentence, word) == (None, "before")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The rebels attacked the town on Monday after the army shelled their camp.", ("2019-06-10", "day")),
        ("The rebels attacked the town after the army shelled their camp.", ("2019-06-12", "publication")),
    ],
)
def test_time_earlier_events_an_after_clause_of_a_past_clause_shares_its_date(pipeline: Pipeline, sentence: str,
                                                                             expected: tuple[str, str]) -> None:
    assert _resolve(pipeline, sentence, "shelled") == expected


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The European Union criticized Russia, which annexed Crimea from Ukraine.", "annexed"),
        ("Britain on Monday criticized Russia, which seized the peninsula.", "seized"),
        ("France criticized Iran, which seized a British tanker.", "seized"),
    ],
)
def test_time_earlier_events_a_countrys_aside_is_before(pipeline: Pipeline, sentence: str, word: str) -> None:
    assert _resolve(pipeline, sentence, word) == (None, "before")


def test_time_earlier_events_a_countrys_dated_aside_keeps_its_date(pipeline: Pipeline) -> None:
    sentence = "Britain criticized Russia, which seized Crimea in 2014."
    assert _resolve(pipeline, sentence, "seized") == ("2014", "year")


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("The rebels declared independence this past April.", "declared", ("2019-04", "month")),
        ("Gunmen attacked the convoy this past Friday.", "attacked", ("2019-06-07", "day")),
        ("Police clashed with protesters this past weekend.", "clashed", ("2019-W23", "week")),
        ("The two leaders met this past week.", "met", ("2019-W23", "week")),
        ("Rebels seized three towns this past year.", "seized", ("2019-06-12", "publication")),
    ],
)
def test_time_earlier_events_this_past(pipeline: Pipeline, sentence: str, word: str,
                                       expected: tuple[str, str]) -> None:
    assert _resolve(pipeline, sentence, word) == expected


@pytest.mark.parametrize(
    ("sentence", "pub", "expected"),
    [
        ("Police clashed with protesters last weekend.", SATURDAY, ("2019-W23", "week")),
        ("Police clashed with protesters last weekend.", SUNDAY, ("2019-W23", "week")),
        ("Police clashed with protesters last weekend.", PUB, ("2019-W23", "week")),
        ("Police clashed with protesters over the weekend.", SUNDAY, ("2019-W24", "week")),
    ],
)
def test_time_earlier_events_last_weekend_in_a_weekend_paper(pipeline: Pipeline, sentence: str, pub: dt.date,
                                                             expected: tuple[str, str]) -> None:
    assert _resolve(pipeline, sentence, "clashed", pub) == expected


def test_time_earlier_events_no_narration_across_a_paragraph_break_inside_a_sentence(pipeline: Pipeline) -> None:
    text = ("FILE PHOTO: The former adviser leaves the courthouse in Washington, U.S., on March 3, 2016. "
            "Picture taken March 3, 2016. REUTERS/Jane Roe\n\nA lawyer said the prosecutors praised the adviser.")
    assert _resolve(pipeline, text, "praised") == ("2019-06-12", "publication")


def test_time_earlier_events_narration_runs_on_in_its_paragraph(pipeline: Pipeline) -> None:
    text = "On March 3, 2016, militants attacked a convoy near the border. The soldiers were killed by a bomb."
    assert _resolve(pipeline, text, "killed") == ("2016-03-03", "day")


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("The prime minister said on Monday after his talks with the president that the two agreed.", "talks",
         ("2019-06-10", "day")),
        ("The leaders shook hands on Tuesday following meetings at the palace.", "meetings", ("2019-06-11", "day")),
    ],
)
def test_time_earlier_events_a_gathering_keeps_its_clauses_date(pipeline: Pipeline, sentence: str, word: str,
                                                                expected: tuple[str, str]) -> None:
    assert _resolve(pipeline, sentence, word) == expected
