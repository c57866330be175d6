"""Dates of deeds told by the way: what an inquiry or a legal step is about, who a named person is by an earlier
deed ("X, who was ousted in a coup"), and "May" the name beside a day (issue 12: background events must not take
the publication day)."""

from __future__ import annotations

import datetime as dt

import pytest

PUB = dt.date(2019, 4, 27)  # a Saturday
BEFORE = (None, "before")


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # the deed an inquiry, a testimony or a legal step is about happened before it, on an unsaid day
        ("Agents questioned him about his phone calls with the ambassador.", "calls", BEFORE),
        ("Detectives interrogated the driver over the shooting near the border.", "shooting", BEFORE),
        ("The FBI opened an investigation into Russian meddling in the election.", "meddling", BEFORE),
        ("Parliament set up an inquiry into the killing of the reporter.", "killing", BEFORE),
        ("Prosecutors launched a probe into the bombing of the mosque.", "bombing", BEFORE),
        ("The senate probed the assassination of the governor.", "assassination", BEFORE),
        ("Investigators are examining the raid on the opposition offices.", "raid", BEFORE),
        ("The former director testified about his meetings with the president.", "meetings", BEFORE),
        ("He kept memos of his meetings with the prime minister.", "meetings", BEFORE),
        ("Police questioned the minister on Monday over the attack on the convoy.", "attack", BEFORE),
        ("A court charged three men over the abduction of the aid workers.", "abduction", BEFORE),
        ("The colonel was convicted of the massacre of villagers.", "massacre", BEFORE),
        ("The judge sentenced the militant for the bombing of a bus.", "bombing", BEFORE),
        ("Lawmakers demanded an investigation into his role in the crackdown on protesters.", "crackdown", BEFORE),
        # ... unless its own phrase dates it
        ("The court heard evidence about the 2017 bombing of the church.", "bombing", ("2017", "year")),
        ("Police opened an inquiry into the attack on Tuesday night on a police post.", "attack",
         ("2019-04-23", "day")),
        # the deed an act reacts to, named after "over" or "for", happened before it
        ("Thousands protested over the killing of a teenager by police.", "killing", BEFORE),
        ("The EU imposed sanctions over the annexation of Crimea.", "annexation", BEFORE),
        ("Britain expelled 23 diplomats over the poisoning of a former spy.", "poisoning", BEFORE),
        ("The president blamed the rebels for the bombing of the market.", "bombing", BEFORE),
        ("Outrage grew over the beheading of an aid worker.", "beheading", BEFORE),
        ("Anger grew over Friday's arrest of the opposition leader.", "arrest", ("2019-04-26", "day")),
        ("Talks over the withdrawal of troops stalled.", "withdrawal", ("2019-04-27", "publication")),
        # a question, a trial of strength or a talk about a deed is no inquiry
        ("The envoy raised the question of sanctions with the minister.", "sanctions", ("2019-04-27", "publication")),
        ("The two leaders talked about the attack on the convoy.", "attack", ("2019-04-27", "publication")),
        ("The rebels condemned the attack on the convoy.", "attack", ("2019-04-27", "publication")),
        # who a named person or an officer is, told in a past clause set off by a comma: an earlier deed
        ("The court on Monday sentenced Ahmed Salem, who was ousted in a coup, to ten years in prison.", "ousted",
         BEFORE),
        ("The envoy met Omar Bashir, who was overthrown by the army.", "overthrown", BEFORE),
        ("Protesters marched against the general, who seized power in a coup.", "seized", BEFORE),
        ("The party expelled Maria Lopez, who fled the country.", "fled", BEFORE),
        ("The king received John Doe, whom the rebels kidnapped near the border.", "kidnapped", BEFORE),
        ("Ahmed Salem, who was ousted in a coup, lives in exile.", "ousted", BEFORE),
        # ... its own date stays
        ("Police arrested the former minister Ali Reza, who resigned in March amid a scandal.", "resigned",
         ("2019-03", "month")),
        ("The minister, who visited Moscow last year, criticized the plan on Friday.", "visited", ("2018", "year")),
        # not a named person, nor a clause without a comma, nor another tense
        ("Police arrested the protesters who threw stones at the embassy.", "threw", ("2019-04-27", "publication")),
        ("The president sacked the minister who criticized him.", "criticized", ("2019-04-27", "publication")),
        ("The army attacked the rebels, who fled into the hills.", "fled", ("2019-04-27", "publication")),
        ("The army shelled the town of Kaya, which the rebels hold.", "hold", ("2019-04-27", "publication")),
        # nor a word act, as often the story's own news
        ("Obama spoke to Prime Minister Ali Reza, who called the agreement a mistake.", "called",
         ("2019-04-27", "publication")),
        ("The envoy met Omar Bashir, who condemned the sanctions.", "condemned", ("2019-04-27", "publication")),
        ("The senator, who blasted the White House, met the press.", "blasted", ("2019-04-27", "publication")),
        # one done to the person is earlier
        ("Maria Lopez, who was criticized for the deal, left for Paris.", "criticized", BEFORE),
    ],
)
def test_asides_and_inquiries(date_of, sentence: str, word: str, expected: tuple[str | None, str]) -> None:
    assert date_of(sentence, word, PUB) == expected


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # "May" the person beside a day: the day dates the event
        ("Trump apologized to May on Friday for the interview.", "apologized", ("2019-04-26", "day")),
        ("Macron met May on Thursday in Brussels.", "met", ("2019-04-25", "day")),
        ("The president praised May for her efforts.", "praised", ("2019-04-27", "publication")),
        ("Talks between Macron and May broke down.", "broke", ("2019-04-27", "publication")),
        # "May" the month
        ("Elections were held in May.", "held", ("2018-05", "month")),
        ("Protests erupted in early May.", "erupted", ("2018-05", "month")),
        # a month's first days after publication are not the story's own: a past month is last year's
        ("The rebels seized the town in May.", "seized", ("2018-05", "month")),
        # ... but a day a few days after the paper's date is the story's own ("on May 1" in a paper of April 27)
        ("Police arrested him on May 1.", "arrested", ("2019-05-01", "day")),
    ],
)
def test_may_and_months(date_of, sentence: str, word: str, expected: tuple[str | None, str]) -> None:
    assert date_of(sentence, word, PUB) == expected
