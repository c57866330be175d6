"""Background deeds told by the way (issue 12: a background event must not take the publication day): a relative
clause in the present perfect ("a threat Trump has vowed to prevent"), a deed called well known ("famously
traveled"), and a "when", "as" or "after" clause of a background clause ("had resigned after the party lost the
election"). Each keeps a date of its own phrase, and the story's own news keeps the publication date. Also weeks
told on a Sunday, dates with a possessive ending ("last week's protests") and gaps that lead to a date ("months
later in March"), and the first one of a kind to do something ("In 2018 he became the first leader to visit").
Sentences are ours."""

from __future__ import annotations

import datetime as dt

import pytest

PUB = dt.date(2019, 4, 27)  # a Saturday
TODAY = ("2019-04-27", "publication")
BEFORE = (None, "before")


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # a relative clause in the present perfect tells what its noun is by what was done up to now
        ("North Korea is a threat the president has vowed to prevent.", "vowed", BEFORE),
        ("Beijing condemned the tariffs, which Washington has imposed on steel.", "imposed", BEFORE),
        ("The senator criticized Erdogan, who has jailed dozens of journalists.", "jailed", BEFORE),
        ("The envoy met Nicolas Maduro, whom Washington has sanctioned.", "sanctioned", BEFORE),
        ("Sudan is a country the United Nations has accused of genocide.", "accused", BEFORE),
        ("The rebels, who have captured several towns, attacked the base on Friday.", "captured", BEFORE),
        ("The minister toured villages that the militia has burned.", "burned", BEFORE),
        ("Police arrested Tomas Ferreira, who has threatened the mayor.", "threatened", BEFORE),
        ("The court heard the case of three reporters who have been detained by the army.", "detained", BEFORE),
        ("Zelig Amaro, who has already bashed Mexico over trade, warned China on Friday.", "bashed", BEFORE),
        ("The cleric, whom Riyadh has expelled twice, returned to Qatar.", "expelled", BEFORE),
        # ... not one of an event noun, which is that event, nor the story's own present perfect
        ("The bombing, which has killed 20 people, shocked the city.", "killed", TODAY),
        ("An attack that has wounded 12 soldiers prompted an inquiry.", "wounded", TODAY),
        ("Rebels have attacked the town that the army holds.", "attacked", TODAY),
        ("Hanoi has condemned the seizure of its fishing boats.", "condemned", TODAY),
        # ... nor a past relative clause of the story's news, nor one with its own date
        ("Police arrested the protesters who threw stones at the embassy.", "threw", TODAY),
        ("The minister, who visited Moscow last year, criticized the plan on Friday.", "visited", ("2018", "year")),
        # ... nor the reception of an act of the story's days, nor the focus of a cleft sentence
        ("The president's decision, which has drawn criticism from allies, stands.", "drawn", TODAY),
        ("The minister defended the policy shift, which has been assailed by the opposition.", "assailed", TODAY),
        ("It is only France that has considered military strikes.", "considered", TODAY),
        # "already" alone is often a tally of the story's own days ("has already killed 16"); its own date stays
        ("The army has already killed 16 fighters in the offensive.", "killed", TODAY),
        ("Police already arrested two suspects on Friday.", "arrested", ("2019-04-26", "day")),
        ("The militia had already seized the port in March.", "seized", ("2019-03", "month")),
        # a deed called well known is one of another time
        ("Nixon famously traveled to Beijing.", "traveled", BEFORE),
        ("The general notoriously jailed his critics.", "jailed", BEFORE),
        ("De Gaulle memorably vetoed British entry to the market.", "vetoed", BEFORE),
        ("The two states historically clashed over the river.", "clashed", BEFORE),
        # a "when", "as" or "after" clause of a background clause is as early as it
        ("He had resigned after the party lost the election.", "lost", BEFORE),
        # a "when" or "as" clause of a past perfect is the time it is told from: the story's own
        ("The troops had withdrawn when the rebels attacked.", "attacked", TODAY),
        ("When police arrived, the gunmen had already fled the bank.", "arrived", TODAY),
        # a tally told in the present perfect is the story's news
        ("The militants, who have killed 20 soldiers, attacked a base on Friday.", "killed", TODAY),
        ("The general, who seized power when the king fled, ruled for years.", "fled", BEFORE),
        ("Omar Bashir, who was ousted after protesters marched on the palace, went on trial.", "marched", BEFORE),
        ("The envoy had left as the shelling intensified.", "intensified", TODAY),
        ("The army had previously withdrawn after the rebels shelled the base.", "shelled", BEFORE),
        # ... not one of the story's news, nor one with its own date
        ("The army withdrew after the rebels attacked.", "attacked", TODAY),
        ("Police arrested him on Friday after he threatened a judge.", "threatened", ("2019-04-26", "day")),
        ("He had resigned after the party lost the election in March.", "lost", ("2019-03", "month")),
        ("The minister, who had resigned, spoke when reporters asked him.", "asked", TODAY),
        ("The rebels fled when the troops attacked the camp.", "attacked", TODAY),
    ],
)
def test_time_perfect_asides(date_of, sentence: str, word: str,  # type: ignore[no-untyped-def]
                             expected: tuple[str | None, str]) -> None:
    assert date_of(sentence, word, PUB) == expected


@pytest.mark.parametrize(
    ("published", "sentence", "word", "expected"),
    [
        # on a Sunday, "last week" is the week that ends that day; on other days the week before
        (dt.date(2014, 2, 23), "Police killed 25 protesters last week.", "killed", ("2014-W08", "week")),
        (dt.date(2014, 2, 24), "Police killed 25 protesters last week.", "killed", ("2014-W08", "week")),
        (dt.date(2014, 2, 22), "Police killed 25 protesters last week.", "killed", ("2014-W07", "week")),
        (dt.date(2018, 7, 15), "Last week at a summit in Brussels, the president attacked Germany.", "attacked",
         ("2018-W28", "week")),
        (dt.date(2014, 2, 23), "The army withdrew earlier this week.", "withdrew", ("2014-W08", "week")),
        # a date with a possessive ending dates the clause that tells its noun's event
        (dt.date(2014, 2, 26), "It was a reversal from last week's protests, when 25 people were killed.", "killed",
         ("2014-W08", "week")),
        # a gap that leads to a date: the date
        (dt.date(2018, 7, 20), "Months later in March the administration slapped sanctions on the hackers.",
         "slapped", ("2018-03", "month")),
        (dt.date(2019, 6, 12), "Two weeks later, on May 5, the rebels seized the port.", "seized",
         ("2019-05-05", "day")),
        (dt.date(2019, 6, 12), "A year later, in 2015, the army retook the town.", "retook", ("2015", "year")),
        # the first, last or only one to do something did it at the time of its clause
        (dt.date(2019, 4, 27), "In 2018, Kim became the first North Korean leader to cross the border.", "cross",
         ("2018", "year")),
        (dt.date(2019, 4, 27), "Last year, she became the first woman to lead the party.", "lead", ("2018", "year")),
        (dt.date(2019, 4, 27), "In March, he was the last foreign minister to visit Kabul.", "visit",
         ("2019-03", "month")),
        (dt.date(2019, 4, 27), "In 2016, she became the youngest candidate to win the seat.", "win", ("2016", "year")),
        (dt.date(2019, 4, 27), "He is the best person to lead the party.", "lead", ("2019-04-27", "publication")),
        # ... a gap alone says only "before"
        (dt.date(2019, 6, 12), "Months later the administration slapped sanctions on the hackers.", "slapped",
         BEFORE),
    ],
)
def test_time_weeks_possessives_and_gaps(date_of, published: dt.date, sentence: str,  # type: ignore[no-untyped-def]
                                         word: str, expected: tuple[str | None, str]) -> None:
    assert date_of(sentence, word, published) == expected
