"""Verbal acts said in statements and quotes: criticism, blame, praise and defence, with the
speaker as source and the actor spoken of as target (coding/evaluation.py and the 05/11
patterns of data/patterns/synonyms.txt); and opinions with no one addressed, which stay events of
no kind. Our own sentences."""

from __future__ import annotations

import pytest

_VERBAL = frozenset({"ACCUSE", "SUPPORT", "REQUEST", "THREATEN", "REJECT"})


def _verbal(events) -> set[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return {(e.plover.type, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in events if e.counted and e.plover and e.plover.type in _VERBAL}


@pytest.mark.parametrize(("sentence", "kind", "source", "target"), [
    # praise said of another actor: a positive word as predicate, a deed done well, a name given
    ('President Trump said Saudi Arabia had done a great job in the negotiations.', 'SUPPORT', 'USAGOV', 'SAU'),
    ('The German chancellor said Greece had made a courageous decision.', 'SUPPORT', 'DEUGOV', 'GRC'),
    ('President Trump called Kim Jong Un a great leader.', 'SUPPORT', 'USAGOV', 'PRKGOV'),
    ('The Indian prime minister said Japan had played a constructive role in the talks.', 'SUPPORT', 'INDGOV',
     'JPN'),
    ('"Angela Merkel is a true statesman," the French president said.', 'SUPPORT', 'FRAGOV', 'DEUGOV'),
    ('The Kenyan president said Ethiopia had acted wisely.', 'SUPPORT', 'KENGOV', 'ETH'),
    ("The Canadian prime minister said Norway's rescue teams were heroes.", 'SUPPORT', 'CANGOV', 'NOR'),
    ('The Brazilian president said Chile had shown real leadership on the climate.', 'SUPPORT', 'BRAGOV', 'CHL'),
    ('The Palestinian president expressed gratitude to Egypt for its mediation.', 'SUPPORT', 'PSEGOV', 'EGY'),
    ('The Afghan president said he was grateful to Pakistan for its help.', 'SUPPORT', 'AFGGOV', 'PAK'),
    # wrongs reported as done by another actor
    ('The British prime minister said Russia had betrayed the trust of its partners.', 'ACCUSE', 'GBRGOV', 'RUS'),
    ('The Turkish foreign minister said Greece had deceived the European Union.', 'ACCUSE', 'TURGOV', 'GRC'),
    ('"Iran has cheated on every deal it signed," the Israeli prime minister said.', 'ACCUSE', 'ISRGOV', 'IRN'),
    ('The Ukrainian president said Russia had made a grave mistake.', 'ACCUSE', 'UKRGOV', 'RUS'),
    ('The Georgian president said Moscow was trying to destabilize the country.', 'ACCUSE', 'GEOGOV', 'RUSGOV'),
    ('"China wants to bully its neighbours," the Philippine foreign minister said.', 'ACCUSE', 'PHLGOV', 'CHN'),
    ('President Trump called Senator Lindsey Graham a loser.', 'ACCUSE', 'USAGOV', 'USALEG'),
    # blame put on another actor by a speaker
    ('Afghan officials said the Taliban were responsible for the attack on the hospital.', 'ACCUSE', 'AFGGOV',
     'AFGREB'),
    ('The Iraqi government said Islamic State militants were behind the bombing.', 'ACCUSE', 'IRQGOV', 'IMGISI'),
    ('The Pakistani army said India was to blame for the clash.', 'ACCUSE', 'PAKMIL', 'IND'),
    ('The Ukrainian president said Russia was guilty of war crimes.', 'ACCUSE', 'UKRGOV', 'RUS'),
    # blame laid, criticism in words of the press
    ('China laid the blame squarely on the United States for the collapse of the talks.', 'ACCUSE', 'CHN', 'USA'),
    ('The Kremlin pinned the blame on Ukraine for the crash.', 'ACCUSE', 'RUSGOV', 'UKR'),
    ('President Trump hammered the Democrats over the border wall.', 'ACCUSE', 'USAGOV', 'USAPTY'),
    ('Nancy Pelosi ripped into President Trump on Sunday.', 'ACCUSE', 'USALEG', 'USAGOV'),
    ('The French president took Italy to task for its migrant policy.', 'ACCUSE', 'FRAGOV', 'ITA'),
    ('The Chinese government questioned the motives of the American senators.', 'ACCUSE', 'CHNGOV', 'USALEG'),
    # defence in words of the press
    ('Germany spoke up for Greece at the meeting in Brussels.', 'SUPPORT', 'DEU', 'GRC'),
])
def test_coding_verbal_acts_said_of_another(code, sentence: str, kind: str, source: str,
                                            target: str | None) -> None:
    assert (kind, source, target) in _verbal(code(sentence))


@pytest.mark.parametrize("sentence", [
    # opinions of a state of affairs, things, or one's own side: no one addressed
    'President Trump said the economy was doing a great job of creating jobs.',
    'The French president said the weather in Normandy was wonderful.',
    'The Japanese prime minister said the summit had been a great success.',
    'Kim Jong Un called the missile a great achievement.',
    'The Russian president said Russia had made the right decision.',
    'The American president said American workers had done a tremendous job.',
    'The German chancellor said the new agreement was excellent.',
    'The Indian prime minister said the monsoon had been generous this year.',
    'President Trump said the parade in Paris was one of the greatest he had seen.',
    'The Brazilian president said the football team played a great game.',
    # praise or wrongs denied, hedged, asked, or yet to come
    'The German chancellor did not say Greece had made a courageous decision.',
    'The Kenyan president said Ethiopia might act wisely.',
    'The British prime minister asked whether Russia had betrayed its partners.',
    'The Canadian prime minister said Norway would be a great partner if it joined.',
    # a duty, not blame
    'The Afghan president said the army was responsible for security in Kabul.',
    'The Iraqi prime minister said the police were behind schedule.',
    # blame cast by a poll, a thing credited
    'Despite casting blame on the tech companies, voters disagreed about who should act.',
    'The troop surge was credited with curbing the violence in Iraq.',
    'The Georgian president said Moscow was not trying to destabilize the country.',
    # everyday senses of the new press words
    'The boy tore into the package on Christmas morning.',
    'Workers hammered the nails into the roof.',
    'The children sang songs of praise in the church.',
])
def test_coding_verbal_acts_opinions_are_no_events(code, sentence: str) -> None:
    assert not _verbal(code(sentence))


@pytest.mark.parametrize(("sentence", "source", "target"), [
    # a penalty said to be coming for another actor, with no threat verb (coding/speech.py)
    ('"Iran will pay a heavy price," the Israeli prime minister said on Monday.', 'ISRGOV', 'IRN'),
    ('The Saudi foreign minister said Qatar would face consequences for its support of militants.', 'SAUGOV',
     'QAT'),
    ('The Chinese foreign ministry said Washington will bear the cost of the new tariffs.', 'CHNGOV', 'USAGOV'),
    ('The Turkish president said the Netherlands would regret its decision.', 'TURGOV', 'NLD'),
    ('"Pakistan will rue the day it crossed the line," the Indian defence minister said.', 'INDGOV', 'PAK'),
    # a response of the speaker's side to another actor's deed: a conditional threat
    ('"If Iran attacks us, we will respond with force," the Israeli prime minister said.', 'ISRGOV', 'IRN'),
    ('The South Korean defence minister said that if North Korea fires a missile, we will strike back.',
     'KORGOV', 'PRK'),
    ('The Chinese foreign ministry spokeswoman said China would respond firmly if the United States imposed '
     'new tariffs.', 'CHNGOV', 'USA'),
])
def test_coding_verbal_acts_threats_said(code, sentence: str, source: str, target: str) -> None:
    assert ('THREATEN', source, target) in _verbal(code(sentence))


@pytest.mark.parametrize(("sentence", "warned", "penalized"), [
    # the one warned and the one the penalty is foretold for are two threats (coding/speech.py, with_threats)
    ('The Iranian foreign minister warned Washington that Israel would pay a heavy price for any attack.',
     'USA', 'ISR'),
    ('The Turkish president warned the European Union that the Netherlands would pay the price.', 'IGO', 'NLD'),
    ('The Russian foreign minister warned Germany that Poland would face serious consequences.', 'DEU', 'POL'),
])
def test_coding_verbal_acts_threat_to_the_one_warned_stands(code, sentence: str, warned: str,
                                                            penalized: str) -> None:
    threatened = {(k[2] or '')[:3] for k in _verbal(code(sentence)) if k[0] == 'THREATEN'}
    assert {warned, penalized} <= threatened


@pytest.mark.parametrize("sentence", [
    # predictions about a thing, one's own side, or by a forecaster; denied; no actor in the condition
    'The finance minister said the economy will pay a price for the strike.',
    'The British prime minister said Britain would pay a price for leaving the union.',
    'Analysts predicted that Iran would pay a heavy price for its isolation.',
    'The Israeli prime minister said Iran would not pay a price for the attack.',
    'The Greek prime minister said Greece would face consequences of the crisis for years.',
    '"If it rains tomorrow, we will respond to the crowd indoors," the Russian minister said.',
    'The French president said that if Iran attacks Israel, Israel will respond.',
    'The German chancellor said the farmers would regret selling their land.',
])
def test_coding_verbal_acts_predictions_are_no_threats(code, sentence: str) -> None:
    assert not {k for k in _verbal(code(sentence)) if k[0] == 'THREATEN'}


@pytest.mark.parametrize(("sentence", "kind", "source", "target"), [
    # a right granted to another actor supports it; claimed for one's own side it threatens (coding/speech.py)
    ('The Canadian prime minister said Israel has the right to defend itself against rocket attacks.', 'SUPPORT',
     'CANGOV', 'ISR'),
    ("The German chancellor affirmed Ukraine's right to defend itself.", 'SUPPORT', 'DEUGOV', 'UKR'),
    ('The Syrian government warned Israel that it has the right to respond by all available means.', 'THREATEN',
     'SYRGOV', 'ISR'),
    ('"We have the right to retaliate against any attack by Israel," the Iranian defence minister said.',
     'THREATEN', 'IRNGOV', 'ISR'),
    ("The Palestinian president questioned Israel's right to build settlements.", 'REJECT', 'PSEGOV', 'ISR'),
    # legal action pursued against another actor (data/patterns/stances.txt)
    ('Iran said it will pursue war-crimes charges against the American president.', 'ACCUSE', 'IRN', 'USAGOV'),
    ('The Ukrainian government took legal action against Russia at the international court.', 'ACCUSE', 'UKRGOV',
     'RUS'),
    # a claim rejected in the present tense is an answer given now, no standing view (guards.standing_attitude)
    ('China rejects the accusations as baseless.', 'REJECT', 'CHN', None),
    ('Iran rejects the American assertion.', 'REJECT', 'IRN', 'USA'),
    # the formula of a response at a moment of one's choosing (data/patterns/stances.txt)
    ('The Iranian foreign ministry said Tehran would retaliate at a time and place of its choosing.', 'THREATEN',
     'IRNGOV', None),
    ('"The Israeli military will respond at the right time and the right place," the officials said.', 'THREATEN',
     'ISRMIL', None),
    # an attack in words, plots named by a speaker
    ('Republican leader Mitch McConnell launched a scathing attack on President Obama over the budget.', 'ACCUSE',
     'USALEG', 'USAGOV'),
    ('American officials said al Qaeda was plotting attacks against American embassies.', 'ACCUSE', 'USAGOV',
     'IMGALQ'),
    ('The Russian foreign ministry said Washington was conspiring with the rebels to topple the Syrian president.',
     'ACCUSE', 'RUSGOV', 'USAGOV'),
])
def test_coding_verbal_acts_stances_voiced(code, sentence: str, kind: str, source: str,
                                           target: str | None) -> None:
    assert (kind, source, target) in _verbal(code(sentence))


@pytest.mark.parametrize(("sentence", "cameo", "source", "target"), [
    # offers named by what is offered are intents (CAMEO 03)
    ('South Korea offered high-level talks with North Korea on Monday.', '036', 'KOR', 'PRK'),
    ('China offered loans to Pakistan for the new port.', '0331', 'CHN', 'PAK'),
])
def test_coding_verbal_acts_offers(code, sentence: str, cameo: str, source: str, target: str) -> None:
    assert (cameo, source, target) in {(e.cameo, e.source.code if e.source else None,
                                        e.target.code if e.target else None) for e in code(sentence) if e.counted}


@pytest.mark.parametrize("sentence", [
    # one's own right, a right denied, a right to do no response: no support and no threat
    'The Iranian foreign minister affirmed his country\'s right to enrich uranium.',
    'The Iranian president said Iran has the right to enrich uranium.',
    'The Hamas leader said Israel has no right to exist.',
    'The White House said the president has the right to protect the nation from terrorism.',
    # a real attack, a name for no one, a plot denied
    'Iran denied that it had plotted attacks against Saudi Arabia.',
    'Rebels launched a fierce attack on government troops near Aleppo.',
    'Police are pursuing several leads in the case.',
    'Israeli officials said Israel was not expected to respond at this time.',
    'The lawyers sought dismissal of the charges against the Russian businessman.',
    'Economists said the perfect is the enemy of the good.',
    'The Iranian foreign minister said Iran was not conspiring with the rebels.',
])
def test_coding_verbal_acts_stances_not_voiced(code, sentence: str) -> None:
    events = code(sentence)
    assert not {k for k in _verbal(events) if k[0] in {'SUPPORT', 'THREATEN', 'ACCUSE'}}
    assert not [e for e in events if e.counted and e.cameo[:2] in {'03', '06'}]


@pytest.mark.parametrize("sentence", [
    # a view held, not an answer given: a deal opposed, a claim rejected by most of a people
    'Iran rejects the deal.',
    'Most Americans reject the accusations against the president.',
])
def test_coding_verbal_acts_standing_rejections_are_no_events(code, sentence: str) -> None:
    assert not {k for k in _verbal(code(sentence)) if k[0] == 'REJECT'}
