"""What a public thinks is no act (coding/guards.py ``standing_attitude``, coding/evaluation.py ``_held``):
a verb of judging with a quantified subject in the present or a poll's share ("many Europeans blame
Washington", "sixty percent of voters blamed the president"), and a view that changed ("have grown
increasingly critical of"), give no ACCUSE or SUPPORT; an actor blaming, criticizing or judging, in any
tense, still does. Our own sentences."""

from __future__ import annotations

import pytest

_STANCES = {"ACCUSE", "SUPPORT", "REJECT", "REQUEST"}


def _judgements(events) -> set[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return {(e.plover.type, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in events if e.counted and e.plover and e.plover.type in _STANCES}


@pytest.mark.parametrize("sentence", [
    # a quantified public, in the present
    "Many Americans blame China for the pandemic.",
    "Most Germans blame the government for the energy crisis.",
    "Some analysts blame the central bank for the slump.",
    "Much of the country is blaming the army for the massacre.",
    "Much of the world is blaming Russia for the rise in grain prices.",
    "Many Europeans blame Washington for the collapse of the deal.",
    "Many Iraqis credit the militias with defeating the Islamic State.",
    "Most Palestinians condemn the normalisation deals.",
    "Many Syrians fault the opposition for the defeat.",
    "The senator said many Americans blame Russia for the hack.",
    # a poll's share, in any tense
    "Sixty percent of voters blamed the president for the shutdown.",
    "A majority of Britons blamed the government for the delays, the survey found.",
    "Half of all respondents praise the prime minister's handling of the crisis.",
    "Fifty-five percent of voters disapprove of the way the president handles trade.",
    "Most Kenyans disapprove of the new tax.",
    # a view that changed
    "Rank-and-file Republicans have grown increasingly critical of the Chinese government.",
    "Young voters have become more critical of the president's trade policy.",
    "Young Americans have grown more critical of the war.",
    "Arab publics have become increasingly critical of Washington.",
    "Farmers have turned critical of the government's trade policy.",
    "Voters have grown more supportive of the union.",
    # opinions of a writer or a speaker about what a people should do, and judgements with no actor voicing them
    "The Syrian people should decide their own future.",
    '"The people of Taiwan should choose their own leaders," he said.',
    "Voters should be able to elect their own mayor, Chen told the newspaper.",
    "The policy is a disaster for farmers.",
    "The government's handling of the crisis has been a disaster.",
    "This agreement is a betrayal of the workers who elected him.",
    "Opposition voters increasingly distrust the electoral commission.",
    "The Kurdish public largely supports the referendum.",
])
def test_public_opinion_is_no_act(code, sentence: str) -> None:
    assert not _judgements(code(sentence))


@pytest.mark.parametrize(("sentence", "expected"), [
    # a named actor judges, in any tense
    ("Russia blames Ukraine for the attack on the bridge.", ("ACCUSE", "RUS", "UKR")),
    ("Afghan officials blamed Pakistan for the attack.", ("ACCUSE", "AFGGOV", "PAK")),
    ("The Chinese ambassador blamed Washington for the tension.", ("ACCUSE", "CHNGOV", "USAGOV")),
    ("Iran's foreign minister is blaming Israel for the blast.", ("ACCUSE", "IRNGOV", "ISR")),
    # a share named in a clause on the subject makes no poll
    ("The German chancellor, whose party lost its majority last year, blamed Russia for the attack.",
     ("ACCUSE", "DEUGOV", "RUS")),
    ("Russia blamed Washington for the collapse of the deal.", ("ACCUSE", "RUS", "USAGOV")),
    ("Japan condemns North Korea's missile launch.", ("ACCUSE", "JPN", "PRKMIL")),
    ("Japan criticised China's military drills near the islands.", ("ACCUSE", "JPN", "CHN")),
    # criticism voiced: a past copula, a span of time, or a report
    ("The White House has been critical of Beijing in recent weeks.", ("ACCUSE", "USAGOV", "CHNGOV")),
    ("European leaders have grown increasingly critical of Moscow, officials said.", ("ACCUSE", "EUR", "RUSGOV")),
    ("The Chinese foreign ministry called the sanctions illegal.", ("ACCUSE", "CHNGOV", None)),
    # a demand and a rejection by actors
    ("The president urged Congress to pass the bill.", ("REQUEST", "USAGOV", "USALEG")),
    ('"Iran should release the prisoners immediately," the French foreign minister said.',
     ("REQUEST", "FRAGOV", "IRN")),
    ("Protesters in Nairobi rejected the new tax on Tuesday.", ("REJECT", "KENCVL", None)),
])
def test_actor_judgement_stays(code, sentence: str, expected: tuple[str, str | None, str | None]) -> None:
    assert expected in _judgements(code(sentence))


@pytest.mark.parametrize("sentence", [
    # bodies and officeholders that act by speaking: a round of statements, not a view
    "Several governments condemn the coup in Niger.",
    "Many Arab states condemn the Israeli strikes on Gaza.",
    "Several US lawmakers are criticizing the deal with Iran.",
    "Many European leaders praise the ceasefire in Yemen.",
])
def test_bodies_judging_in_the_present_act(code, sentence: str) -> None:
    assert any(j[0] in {"ACCUSE", "SUPPORT"} for j in _judgements(code(sentence)))
