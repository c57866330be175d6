"""Dates of background events, weeks, times of day and month names (issue: background events
must never take the publication day)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.pipeline import Pipeline

PUB = dt.date(2019, 6, 12)  # a Wednesday


def _resolve(pipeline: Pipeline, sentence: str, word: str, pub: dt.date = PUB) -> tuple[str | None, str]:
    doc = pipeline.nlp(sentence)
    trigger = next(t for t in doc if t.text == word)
    return pipeline.dates.resolve(trigger, pub)


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # a background event takes its own expression ...
        ("The governor had resigned last December after the scandal.", "resigned", ("2018-12", "month")),
        ("Rebels had seized the district in 2008.", "seized", ("2008", "year")),
        ("The army had withdrawn from the valley last month.", "withdrawn", ("2019-05", "month")),
        # ... or none: before publication, day unknown, never the publication day
        ("The minister had resigned after a corruption inquiry.", "resigned", (None, "before")),
        ("The activist had been detained twice by the security services.", "detained", (None, "before")),
        ("The colonel previously commanded a brigade in the north.", "commanded", (None, "before")),
        # expressions anywhere in the clause
        ("Police arrested the suspect earlier in the week.", "arrested", ("2019-W24", "week")),
        ("On Wednesday afternoon, gunmen attacked a bus.", "attacked", ("2019-06-12", "day")),
        ("Gunmen attacked a bus on Monday evening.", "attacked", ("2019-06-10", "day")),
        # a month name: its latest occurrence on or before publication
        ("The talks collapsed in May.", "collapsed", ("2019-05", "month")),
        ("The border was closed in September.", "closed", ("2018-09", "month")),
        # an event of the day keeps the publication date
        ("Police arrested three protesters.", "arrested", ("2019-06-12", "publication")),
    ],
)
def test_time_background_and_clause_expressions(
    pipeline: Pipeline, sentence: str, word: str, expected: tuple[str | None, str]
) -> None:
    assert _resolve(pipeline, sentence, word) == expected


def test_time_background_future_month(pipeline: Pipeline) -> None:
    assert _resolve(pipeline, "The envoy will visit the capital in September.", "visit") == ("2019-09", "month")


def test_time_week_is_an_iso_week_also_across_months(pipeline: Pipeline) -> None:
    assert pipeline.dates.parse("last week", dt.date(2019, 7, 3)) == ("2019-W26", "week")  # 24-30 June
    assert pipeline.dates.parse("last week", dt.date(2019, 6, 5)) == ("2019-W22", "week")  # 27 May - 2 June
    assert pipeline.dates.parse("earlier this week", dt.date(2019, 10, 2)) == ("2019-W40", "week")  # from 30 Sept.
    assert pipeline.dates.parse("this past week", dt.date(2019, 10, 2)) == ("2019-W39", "week")  # 26 Sept.-2 Oct.
    assert pipeline.dates.parse("last week", dt.date(2021, 1, 6)) == ("2020-W53", "week")  # the year's last week


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("Police arrested two men a day after Monday's bombing in Quetta.", "arrested", ("2019-06-11", "day")),
        ("Police arrested two men two days after the bombing on June 3.", "arrested", ("2019-06-05", "day")),
        ("A day after the attack on Sunday, troops raided the village.", "raided", ("2019-06-10", "day")),
        ("Troops withdrew 3 days before the vote on June 9.", "withdrew", ("2019-06-06", "day")),
    ],
)
def test_time_days_after_a_dated_event(
    pipeline: Pipeline, sentence: str, word: str, expected: tuple[str | None, str]
) -> None:
    assert _resolve(pipeline, sentence, word) == expected


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # vague past expressions: before publication, no day
        ("Prosecutors in Lagos filed charges against the governor weeks ago.", "filed", (None, "before")),
        ("The Kenyan police recently expelled two foreign reporters.", "expelled", (None, "before")),
        ("Chilean troops withdrew from the border town several years earlier.", "withdrew", (None, "before")),
        # a "since" clause happened before the clause it depends on
        ("The test comes barely two months since the two leaders met in Hanoi.", "met", (None, "before")),
        # "the previous December" is the last December before publication
        ("Colombian rebels had seized the port the previous December.", "seized", ("2018-12", "month")),
        ("Turkey closed the crossing the past March.", "closed", ("2019-03", "month")),
        # a fronted "On Sunday" the parser hangs on the noun after it
        ("On Sunday gunmen on motorbikes killed a police officer in Peshawar.", "killed", ("2019-06-09", "day")),
        # a date of the event itself wins over "a day after" another one
        ("Indian police arrested the organiser on Tuesday, a day after the riot.", "arrested", ("2019-06-11", "day")),
        # a month named in a past sentence is its latest occurrence before publication
        ("Ukrainian forces shelled the village in August.", "shelled", ("2018-08", "month")),
    ],
)
def test_time_background_vague_and_fronted(
    pipeline: Pipeline, sentence: str, word: str, expected: tuple[str | None, str]
) -> None:
    assert _resolve(pipeline, sentence, word) == expected


def test_time_range_of_days_is_its_first_day(pipeline: Pipeline) -> None:
    sentence = "The pope will visit Brazil from February 12-17."
    assert _resolve(pipeline, sentence, "visit") == ("2020-02-12", "day")
    assert pipeline.dates.parse("February 12-17", PUB) == ("2019-02-12", "day")


def test_time_words_come_from_the_data_file() -> None:
    from newsevents.timewords import TimeWords

    words = TimeWords.load()
    assert "say" in words.speech_lemmas and words.day_counts["two"] == 2 and "since" in words.background_marks


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("On Sunday gunmen on foot killed a judge in the town of Sirte.", "killed", ("2019-06-09", "day")),
        ("Since 2017, monitors say, Venezuela has shipped oil through front companies.", "shipped", ("2017", "year")),
        ("On Monday, the minister said troops had crossed the border.", "crossed", ("2019-06-10", "day")),
    ],
)
def test_time_fronted_days_and_spans(
    pipeline: Pipeline, sentence: str, word: str, expected: tuple[str | None, str]
) -> None:
    assert _resolve(pipeline, sentence, word) == expected


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("Two weeks ago, Peruvian police freed the mayor after protesters stormed the town hall.", "stormed",
         ("2019-05-29", "day")),
        ("The minister praised the March raid that killed a rebel commander.", "killed", ("2019-03", "month")),
        ("Militants claimed the 2017 bombing of a bus that killed nine pilgrims.", "killed", ("2017", "year")),
    ],
)
def test_time_clauses_that_share_a_date(
    pipeline: Pipeline, sentence: str, word: str, expected: tuple[str | None, str]
) -> None:
    assert _resolve(pipeline, sentence, word) == expected


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # the present perfect reaches up to the story's time: the publication date (issue #12) ...
        ("Somali militants have fired dozens of mortar rounds at the airport.", "fired", ("2019-06-12", "publication")),
        ("Thousands of Egyptians have been arrested in the crackdown.", "arrested", ("2019-06-12", "publication")),
        # ... also with a duration that says the state lasts
        ("The general has ruled the Sahel state for eleven years.", "ruled", ("2019-06-12", "publication")),
        # seasons date by their year
        ("This summer, Sudanese troops crushed a revolt in Darfur.", "crushed", ("2019", "year")),
        ("Last winter, Mongolian herders blocked the highway.", "blocked", ("2019", "year")),
        ("Last summer, Greek police cleared the camp.", "cleared", ("2018", "year")),
        # a fronted participle lends its date to the clause it opens
        ("Campaigning in Porto Alegre on Monday, the senator accused the army of fraud.", "accused",
         ("2019-06-10", "day")),
    ],
)
def test_time_perfect_seasons_and_participles(
    pipeline: Pipeline, sentence: str, word: str, expected: tuple[str | None, str]
) -> None:
    assert _resolve(pipeline, sentence, word) == expected


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # weeks, months or years after an earlier event the story recounts: before publication, day unknown
        ("The militia released the reporter six weeks later.", "released", (None, "before")),
        ("Months later, the army attacked the rebel camp.", "attacked", (None, "before")),
        ("Two years later, the general resigned over the scandal.", "resigned", (None, "before")),
        # a number of days later may be the story's own week: not marked background by that alone
        ("The rebels seized the town on Monday and the army retook it two days later.", "seized",
         ("2019-06-10", "day")),
    ],
)
def test_time_background_a_gap_of_weeks_later_is_background(pipeline: Pipeline, sentence: str, word: str,
                                                            expected: tuple[str | None, str]) -> None:
    assert _resolve(pipeline, sentence, word) == expected


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # a participle of means takes the time of the verb it says how was done
        ("The rebels defied the army last year by seizing the border post.", "seizing", ("2018", "year")),
        ("Last year, the junta hinted at walking away from the ceasefire.", "walking", ("2018", "year")),
        ("The opposition had undermined the truce by shelling the port.", "shelling", (None, "before")),
        # the second of two past perfect verbs that share "had" and the subject
        ("The lawyer had initially represented the mayor and refused to cooperate with prosecutors.", "refused",
         (None, "before")),
        ("The army had already sealed the border and arrested dozens of smugglers.", "arrested",
         (None, "before")),
        # a simple past reported by a past perfect saying is as early as the saying
        ("The minister had told reporters he discussed the dam with his Ethiopian counterpart.", "discussed",
         (None, "before")),
        # before a time that is itself past: before publication, day unknown; not that time
        ("Prior to the Sept. 11 attack, the consulate made repeated requests for more guards.", "made",
         (None, "before")),
        ("Before the March 3 election, the party accused the commission of fraud.", "accused", (None, "before")),
        # a time read as a year only ("before 2016")
        ("Before 2016, the ministry rejected every request for an inquiry.", "rejected", (None, "before")),
        # "when X was president": an office held then
        ("When Santos was president, he signed a peace deal with the guerrillas.", "signed", (None, "before")),
        ("While she was governor, the senator vetoed the mining bill.", "vetoed", (None, "before")),
        # a dated writing or meeting dates what was said or done in it
        ("In a 2007 essay, the diplomat warned against breaking with allies.", "warned", ("2007", "year")),
        ("At the May 2 meeting, the envoy proposed a prisoner swap.", "proposed", ("2019-05-02", "day")),
        # events of the story's day keep the publication date
        ("Police dispersed the march by firing tear gas.", "firing", ("2019-06-12", "publication")),
        ("Protesters blocked the road before dawn.", "blocked", ("2019-06-12", "publication")),
    ],
)
def test_time_background_means_perfect_pairs_and_offices(pipeline: Pipeline, sentence: str, word: str,
                                                         expected: tuple[str | None, str]) -> None:
    assert _resolve(pipeline, sentence, word) == expected
