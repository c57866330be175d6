"""Criticism told as a characterisation (coding/evaluation.py, data/evaluation.yaml): a speaker names
another actor's deed as a wrong with a verb of calling ("branded the offensive an act of aggression"), an
equating verb ("said the drilling constituted a violation"), "in breach of", or a label of contempt; and
the characterisations that criticize no one (sport, disasters, hypotheticals, a friend, an apposition).
Our own sentences."""

from __future__ import annotations

import pytest


def _accusations(events) -> set[tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in events if e.counted and e.plover and e.plover.type == "ACCUSE"}


@pytest.mark.parametrize(("sentence", "source", "target"), [
    # a second object the parser hangs on the verb or on the first object
    ('Moscow branded the Ukrainian offensive an act of aggression.', 'RUSGOV', 'UKR'),
    ('The Turkish president labelled the Greek decision a violation of the treaty.', 'TURGOV', 'GRC'),
    ('The Pakistani army dubbed the Indian strikes a cowardly act.', 'PAKMIL', 'IND'),
    ('The Syrian foreign ministry branded the American strike a flagrant aggression.', 'SYRGOV', 'USA'),
    ('President Trump called President Xi Jinping an enemy.', 'USAGOV', 'CHNGOV'),
    ('The Philippine president called the Chinese coast guard a bully.', 'PHLGOV', 'CHNMIL'),
    # "as" hung on the object
    ('The Palestinian Authority described the Israeli demolitions as ethnic cleansing.', 'PSEGOV', 'ISR'),
    ('The Serbian prime minister described the Croatian operation as ethnic cleansing.', 'SRBGOV', 'HRV'),
    # the kind of an act, a sponsor, a gang
    ("The Saudi government called Iran the world's leading sponsor of terrorism.", 'SAUGOV', 'IRN'),
    ('The Israeli prime minister called Iran a state sponsor of terrorism.', 'ISRGOV', 'IRN'),
    ('The Venezuelan foreign minister called the American blockade an act of piracy.', 'VENGOV', 'USA'),
    ('The Cuban president described the American embargo as an act of war.', 'CUBGOV', 'USA'),
    ('The Qatari emir described the Saudi blockade as a form of blackmail.', 'QATGOV', 'SAU'),
    ('The Chinese embassy said the Australian report was an example of disinformation.', 'CHNGOV', 'AUS'),
    ('The Nigerian president called Boko Haram a gang of murderers.', 'NGAGOV', 'NGAREB'),
    # equating verbs and "in breach of"
    ('The Greek foreign minister said the Turkish drilling constituted a violation of international law.',
     'GRCGOV', 'TUR'),
    ('The Iranian foreign ministry said the American move amounted to a betrayal of the deal.', 'IRNGOV', 'USA'),
    ('The German chancellor said the Iranian launch represented a dangerous provocation.', 'DEUGOV', 'IRN'),
    ('The Lithuanian president said the Russian exercises constituted a threat to the region.', 'LTUGOV', 'RUS'),
    ('The NATO chief said Russia was in breach of the missile treaty.', 'IGONAT', 'RUS'),
    ('The Ukrainian foreign minister said Moscow was in violation of the ceasefire.', 'UKRGOV', 'RUSGOV'),
    # labels of contempt and incoherence
    ('The Mexican president called the American plan incoherent.', 'MEXGOV', 'USA'),
    ('The Canadian prime minister called the American tariffs unworkable and unfriendly.', 'CANGOV', 'USA'),
    ('Russia described the American sanctions as unfriendly.', 'RUS', 'USA'),
    ('The Chinese foreign ministry described the Japanese textbook changes as imperialist propaganda.',
     'CHNGOV', 'JPN'),
    ('The German foreign minister described the Hungarian media law as an embarrassing step backwards.',
     'DEUGOV', 'HUN'),
    ('The Spanish foreign minister described the British position on Gibraltar as colonialist.', 'ESPGOV', 'GBR'),
    ('The South Korean foreign minister called the Japanese export curbs retaliatory and unjust.', 'KORGOV', 'JPN'),
    # "it is outrageous that ...": the that-clause's doer is judged
    ('The German chancellor said it was outrageous that Russia had expelled the diplomats.', 'DEUGOV', 'RUS'),
    # a policy or statement judged wanting, a deed named as a wrong
    ('The German chancellor opposed the American tariffs, which she described as protectionist and a threat to trade.',
     'DEUGOV', 'USA'),
    ('The Ethiopian prime minister described the Egyptian demands as unreasonable.', 'ETHGOV', 'EGY'),
    ('The Turkish foreign ministry called the Greek statement unfortunate.', 'TURGOV', 'GRC'),
    ('The Chinese foreign ministry called the American sanctions a gross interference in its internal affairs.',
     'CHNGOV', 'USA'),
    ('The Iranian foreign minister labelled the American sanctions economic warfare.', 'IRNGOV', 'USA'),
])
def test_characterisation_is_an_accusation(code, sentence: str, source: str, target: str) -> None:
    assert (source, target) in _accusations(code(sentence))


@pytest.mark.parametrize(("sentence", "source", "target"), [
    ('The German chancellor voiced frustration that the American president had not consulted her.',
     'DEUGOV', 'USAGOV'),
    ('The Indian foreign minister expressed anger that Pakistan did not hand over the suspects.', 'INDGOV', 'PAK'),
])
def test_anger_at_a_duty_left_undone(code, sentence: str, source: str, target: str) -> None:
    assert (source, target) in _accusations(code(sentence))


@pytest.mark.parametrize("sentence", [
    'The French president expressed dismay that Britain would not join the plan.',
    'The Mexican president voiced frustration that the talks had not yet begun.',
    'The Italian prime minister expressed dismay that Austria might not reopen the border.',
])
def test_no_anger_at_a_fear_or_at_no_one(code, sentence: str) -> None:
    assert not _accusations(code(sentence))


@pytest.mark.parametrize(("sentence", "source"), [
    # the deed judged has no named doer: criticism of someone unnamed
    ('The Japanese government condemned the launch, which Tokyo called a grave provocation.', 'JPNGOV'),
    ('The Iranian president called it an "act of war."', 'IRNGOV'),
    ('The Kenyan president called the attack on the mall an act of cowardice.', 'KENGOV'),
    ('The Greek foreign minister said it was an act of war when Turkish troops crossed the border.', 'GRCGOV'),
])
def test_characterisation_of_a_deed_without_its_doer(code, sentence: str, source: str) -> None:
    assert (source, None) in _accusations(code(sentence))


@pytest.mark.parametrize(("sentence", "source", "target"), [
    ('The Iranian president issued a statement calling the American strike an act of war.', 'IRNGOV', 'USA'),
])
def test_characterisation_in_a_statement_issued(code, sentence: str, source: str, target: str) -> None:
    assert (source, target) in _accusations(code(sentence))


@pytest.mark.parametrize(("relayed", "said", "source", "target"), [
    ('The Brazilian president shared a video calling the German chancellor a traitor.',
     'The Brazilian president called the German chancellor a traitor.', 'BRAGOV', 'DEUGOV'),
])
def test_characterisation_passed_on_is_not_the_relayer(code, relayed: str, said: str, source: str,
                                                        target: str) -> None:
    # the same words said by the speaker accuse: only the relaying takes the accusation away
    assert (source, target) in _accusations(code(said))
    assert not _accusations(code(relayed))


@pytest.mark.parametrize(("sentence", "wrong", "source"), [
    # "called the visit a provocation" calls for no visit; the judgement is an accusation instead
    ('The Chinese foreign ministry called the Japanese visit a serious provocation.', "026", 'CHNGOV'),
    ('The Iranian foreign minister called the American visit a grave provocation.', "026", 'IRNGOV'),
    ('The Cuban foreign minister called the American strike an act of war.', "143", 'CUBGOV'),
])
def test_characterisation_replaces_a_call_pattern(code, sentence: str, wrong: str, source: str) -> None:
    events = code(sentence)
    assert wrong not in {e.cameo for e in events}
    assert source in {s for s, _ in _accusations(events)}


@pytest.mark.parametrize("sentence", [
    'The Kenyan president called the rebel commander, an old enemy of the government, to the peace talks.',
    'The Russian foreign minister called the American envoy, a veteran of the talks, on Tuesday.',
    'The French president said the new treaty represented a victory over terrorism.',
    'The Japanese minister said the agreement was a response to the threat from North Korea.',
    'The Greek foreign minister said any Turkish drilling would constitute a violation of international law.',
    'The British foreign secretary said the Russian move did not constitute a breach of the treaty.',
    'The Indian foreign minister asked whether the Chinese map amounted to an act of aggression.',
    'The Irish prime minister said the border plan would amount to a betrayal if it were adopted.',
    'The Dutch foreign minister said the Russian election did not represent a threat.',
    'The Egyptian president said the economy was in a dangerous state of decline.',
    'The Norwegian foreign minister said the talks were in danger of collapse.',
    'The German chancellor said the flood represented a catastrophe for the region.',
    'The Italian prime minister said the European deal amounted to a great success.',
    'The Chilean president described the earthquake as a catastrophe.',
    'The Indonesian president described the tsunami as the worst disaster in a decade.',
    "The Israeli prime minister described his own government's handling of the crisis as a failure.",
    'The Spanish prime minister called the visit by the Moroccan king a sign of friendship.',
    'The Canadian prime minister called the American president a friend.',
    'The Mexican president called the American plan a good start.',
    'The Russian foreign minister said the war in Syria was over.',
    # a general rule, not a case judged
    '"When a neighbour sends troops across the border, it is an act of war," the Greek foreign minister said.',
    '"Whenever a government starves a city it is a crime," the French president said.',
    'The Kenyan president said the drought was the worst in forty years.',
    'The United Nations called the war in Yemen the worst humanitarian crisis in the world.',
    'The Japanese prime minister said the accident at the plant was unfortunate.',
    # "it is unfortunate that ...": no actor's deed in the clause
    '"I think it is unfortunate that the press has been so focused on the risk of war," the American envoy said.',
    'The French president said it was unfortunate to see the talks fail.',
    # a poll's share, a view held
    'Most Canadians said the American tariffs were a mistake, a new survey found.',
    'Sixty percent of Germans said the Russian pipeline was a threat.',
    'Turkey considers the Kurdish militia a terrorist group.',
    'Egypt deems the Muslim Brotherhood a terrorist organisation.',
    # sport: a side judged is a verdict on a game
    'The Indian prime minister said the Pakistani cricket team was a disgrace.',
    'The Argentine president said the Brazilian football squad had been a disgrace.',
])
def test_characterisation_that_accuses_no_one(code, sentence: str) -> None:
    assert not _accusations(code(sentence))
