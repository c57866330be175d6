"""Everyday verbal acts of political news, by class (data/patterns/verbal.txt, the outrage and
name-giving lists of data/evaluation.yaml, negated concessions in coding/coder.py): criticism in plain
words, requests, refusals and denials, admissions, support and plans to ally; with the negated,
hypothetical and asked forms that must code nothing of the kind. Our own sentences, varying verb,
tense, voice and actor."""

from __future__ import annotations

import pytest


def _types(events) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.plover.type for e in events if e.counted and e.plover}


def _coded(events) -> set[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return {(e.plover.type, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in events if e.counted and e.plover}


_ACTS = [
    # criticism in plain words
    ('Prime Minister Boris Johnson criticised the European Union over its vaccine policy.', 'ACCUSE'),
    ('The German chancellor criticises Turkey for its offensive in Syria.', 'ACCUSE'),
    ('Iranian Interior Minister Ali Reza lashed out at the opposition on Tuesday.', 'ACCUSE'),
    ('The French president hit out at Britain over fishing rights.', 'ACCUSE'),
    ('Senator Elizabeth Warren took aim at President Trump over the tax bill.', 'ACCUSE'),
    ('Nancy Pelosi blasted President Trump for the shutdown.', 'ACCUSE'),
    ('The Chinese foreign ministry rebuked Washington for its arms sales to Taiwan.', 'ACCUSE'),
    ('Republicans assailed President Obama\'s handling of the crisis.', 'ACCUSE'),
    ('Iran denounced the American sanctions.', 'ACCUSE'),
    ('The inspector general faulted the FBI for its handling of the case.', 'ACCUSE'),
    ('President Trump was criticised by Republicans for his remarks.', 'ACCUSE'),
    ('President Trump came under fire from Democrats.', 'ACCUSE'),
    ('Iran expressed outrage at the killing of its general.', 'ACCUSE'),
    ('President Trump attacked Senator John McCain on Twitter.', 'ACCUSE'),
    ('The Brazilian president attacked the French president in a speech on Tuesday.', 'ACCUSE'),
    ('The Turkish president rounded on his European critics.', 'ACCUSE'),
    ('The Russian foreign minister poured scorn on the American plan.', 'ACCUSE'),
    ('President Trump belittled Senator Elizabeth Warren.', 'ACCUSE'),
    ('The Hungarian prime minister insulted the European Commission.', 'ACCUSE'),
    ('Chinese state media smeared the Taiwanese president.', 'ACCUSE'),
    # a violent deed or a process named as a crime or a sham
    ('The Syrian opposition called the raid a massacre.', 'ACCUSE'),
    ('The Tunisian government called the shooting a terrorist attack.', 'ACCUSE'),
    ('President Trump called the investigation a witch hunt.', 'ACCUSE'),
    ('The Armenian president called the killings a genocide.', 'ACCUSE'),
    ('Democrats called the election a farce.', 'ACCUSE'),
    ('The Turkish president described the shelling as a massacre.', 'ACCUSE'),
    # outrage voiced at a deed or an actor
    ('The Chinese government was outraged by the American decision.', 'ACCUSE'),
    ('Iran was outraged by the killing of its general.', 'ACCUSE'),
    ('The Iranian foreign minister is furious at Washington.', 'ACCUSE'),
    ('Egyptian officials were angered that Israel had closed the border.', 'ACCUSE'),
    ('The Mexican president was incensed by the American tariffs.', 'ACCUSE'),
    ('Turkey was infuriated by the Dutch decision.', 'ACCUSE'),
    ('The Indian government was appalled by the Pakistani raid.', 'ACCUSE'),
    # requests
    ('The United Nations urged Israel to halt settlement construction.', 'REQUEST'),
    ('Human rights groups called on Egypt to release the journalists.', 'REQUEST'),
    ('The United States pressed China to curb North Korea.', 'REQUEST'),
    ('The Iraqi prime minister asked the United States for more weapons.', 'REQUEST'),
    ('Amnesty International called for the release of the activist.', 'REQUEST'),
    ('Amnesty International called for clemency for the Egyptian prisoners.', 'REQUEST'),
    ('Nancy Pelosi said President Trump should resign.', 'REQUEST'),
    ('The United Nations said it is incumbent on the Iraqi government to protect civilians.', 'REQUEST'),
    ('It is incumbent upon the Afghan government to protect the voters, the UN envoy said.', 'REQUEST'),
    ('The German chancellor pressured Greece into accepting the reforms.', 'REQUEST'),
    ('The Chinese president nudged North Korea toward talks.', 'REQUEST'),
    ('The families begged the Egyptian government to release their sons.', 'REQUEST'),
    ('The French president prodded Germany to spend more.', 'REQUEST'),
    # refusals, rebuffs and denials
    ('President Trump turned down the invitation to the summit.', 'REJECT'),
    ('Iran rebuffed the American offer of talks.', 'REJECT'),
    ('North Korea rejected the proposal.', 'REJECT'),
    ('British Prime Minister Theresa May refused to resign.', 'REJECT'),
    ('Russia vetoed the resolution.', 'REJECT'),
    ('Hamas spurned the Egyptian offer.', 'REJECT'),
    ('The Kremlin dismissed the American proposal.', 'REJECT'),
    ('The Lebanese president said no to the Saudi offer.', 'REJECT'),
    ('The Greek government said no to the bailout terms.', 'REJECT'),
    ('The Kremlin dismissed the American calls for a ceasefire.', 'REJECT'),
    ('The Kremlin dismissed the accusations as nonsense.', 'REJECT'),
    ('Benjamin Netanyahu denies the allegations.', 'REJECT'),
    ('The Russian government denied any wrongdoing.', 'REJECT'),
    ('The Serbian interior minister denied having ties to Russian intelligence.', 'REJECT'),
    ('Venezuelan protesters vowed not to back down.', 'REJECT'),
    ('The Thai protesters said they would not back down.', 'REJECT'),
    ('The Greek government did not budge on the pension cuts.', 'REJECT'),
    ('The Iranian president refused to back down.', 'REJECT'),
    ('The Chinese government pushed back against the American demands.', 'REJECT'),
    ('The Kremlin brushed aside the American calls for a ceasefire.', 'REJECT'),
    ('The Iranian president would not budge on the sanctions.', 'REJECT'),
    ('Russia has denied any role in the poisoning.', 'REJECT'),
    # a claim denied in a clause or a gerund (coding/speech.py)
    ('The Brazilian president denied taking bribes.', 'REJECT'),
    ('The Russian government denied that its troops were in Ukraine.', 'REJECT'),
    ('Syria has repeatedly denied it has used chemical weapons.', 'REJECT'),
    ('The Serbian interior minister denied having ties to Russian intelligence.', 'REJECT'),
    ('The Saudi foreign minister denies that the prince ordered the killing.', 'REJECT'),
    ('The Indian army denied firing on the protesters.', 'REJECT'),
    ('The Chinese government denied any intention to invade Taiwan.', 'REJECT'),
    ('The White House spokesman pushed back against the suggestion that the deal had failed.', 'REJECT'),
    ('President Putin has allied with the Russian Orthodox Church.', 'AGREE'),
    ('The Israeli prime minister denied any knowledge of the payments.', 'REJECT'),
    # admissions and concessions
    ('The Iranian government admitted its mistake.', 'CONCEDE'),
    ('The Pentagon acknowledged errors in the raid.', 'CONCEDE'),
    ('The Iraqi prime minister conceded defeat.', 'CONCEDE'),
    ('The Iranian government yielded to American pressure.', 'CONCEDE'),
    ('The Greek government relented.', 'CONCEDE'),
    ('The Turkish government admitted failures in the rescue.', 'CONCEDE'),
    ('Obama administration officials acknowledged that their account was wrong.', 'CONCEDE'),
    ('The Iranian government admitted that its report was false.', 'CONCEDE'),
    ('The British government admitted lying about the war.', 'CONCEDE'),
    ('The Pentagon conceded that the strike was a mistake.', 'CONCEDE'),
    ('The Japanese defence ministry acknowledged that its figures were inaccurate.', 'CONCEDE'),
    # support, confidence and plans to ally
    ('President Trump praised Saudi Arabia for its help.', 'SUPPORT'),
    ('Senator Ted Cruz endorsed Donald Trump.', 'SUPPORT'),
    ('The German government backed the French plan.', 'SUPPORT'),
    ('The French president expressed confidence in his defence minister.', 'SUPPORT'),
    ('The Italian prime minister gave his finance minister a vote of confidence.', 'SUPPORT'),
    ('President Obama threw his support behind Hillary Clinton.', 'SUPPORT'),
    ('President Trump stood by his attorney general.', 'SUPPORT'),
    ('The White House defended the attorney general.', 'SUPPORT'),
    ('Germany welcomed the agreement.', 'SUPPORT'),
    ('The Dutch prime minister plans to ally with the Greens.', 'AGREE'),
    ('The Kurdish parties in Iraq agreed to work with the Iraqi government.', 'AGREE'),
    ('The Kurdish parties in Iraq formed an alliance with the Iraqi government.', 'AGREE'),
]


@pytest.mark.parametrize(("sentence", "kind"), _ACTS)
def test_verbal_act_is_coded(code, sentence: str, kind: str) -> None:
    assert kind in _types(code(sentence))


@pytest.mark.parametrize(("sentence", "coded"), [
    ('The Chinese government was outraged by the American decision.', ('ACCUSE', 'CHNGOV', 'USA')),
    ('Egyptian officials were angered that Israel had closed the border.', ('ACCUSE', 'EGYGOV', 'ISR')),
    ('The Lebanese president said no to the Saudi offer.', ('REJECT', 'LBNGOV', 'SAU')),
    ('The Kremlin dismissed the American calls for a ceasefire.', ('REJECT', 'RUSGOV', 'USA')),
    ('The Chinese president gave the North Korean leader a vote of confidence.', ('SUPPORT', 'CHNGOV', 'PRKGOV')),
    ('The United Nations said it is incumbent on the Iraqi government to protect civilians.',
     ('REQUEST', 'IGOUNO', 'IRQGOV')),
    ('It is incumbent upon the Afghan government to protect the voters, the UN envoy said.',
     ('REQUEST', 'IGOUNO', 'AFGGOV')),
    ('Iran must release the sailors, the British foreign secretary said.', ('REQUEST', 'GBRGOV', 'IRN')),
    ('The Iranian government will not yield to American pressure.', ('REJECT', 'IRNGOV', 'USA')),
    ('The Russian government denied that its troops were in Ukraine.', ('REJECT', 'RUSGOV', None)),
])
def test_verbal_act_roles(code, sentence: str, coded: tuple[str, str | None, str | None]) -> None:
    assert coded in _coded(code(sentence))


@pytest.mark.parametrize(("sentence", "kind"), [
    # negated, hypothetical or asked: no act of the kind
    ('The Chinese government was not outraged by the American decision.', 'ACCUSE'),
    ('Iranians were outraged by the heat.', 'ACCUSE'),
    ('Was the Chinese government outraged by the American decision?', 'ACCUSE'),
    ('The Iraqi prime minister did not call the operation a massacre.', 'ACCUSE'),
    ('If the talks fail, the Iranian president may call the deal a failure.', 'ACCUSE'),
    ('"No," the Iraqi prime minister said.', 'REJECT'),
    ('The Iraqi prime minister did not say no to the American offer.', 'REJECT'),
    ('Benjamin Netanyahu did not deny the allegations.', 'REJECT'),
    ('The Italian government won a vote of confidence.', 'SUPPORT'),
    ('The Iranian government did not admit any mistake.', 'CONCEDE'),
    ('The Iranian government refused to admit its mistake.', 'CONCEDE'),
    ('Will the Greek government relent?', 'CONCEDE'),
    ('The army pushed the rebels out of the city.', 'REQUEST'),
    ('Gunmen attacked the police station in a night raid.', 'ACCUSE'),
    ('Militants attacked an army post in Jolo on Sunday.', 'ACCUSE'),
    ('Militants attacked the TV station on Sunday.', 'ACCUSE'),
    ('Rebels attacked the convoy in Kabul, according to a statement.', 'ACCUSE'),
    ('Militants attacked the army column in the valley.', 'ACCUSE'),
    ('Militants attacked the army convoy on the highway.', 'ACCUSE'),
    ('The Pakistani army attacked Taliban positions on the border.', 'ACCUSE'),
    ('The Chinese government may push back against the American demands.', 'REJECT'),
    ('The Egyptian government did not relent.', 'CONCEDE'),
    ('The Brazilian president did not deny taking bribes.', 'REJECT'),
    ('Did the Brazilian president deny taking bribes?', 'REJECT'),
    ('The Kremlin may deny that its agents were involved.', 'REJECT'),
    ('Nobody denied that the talks had failed.', 'REJECT'),
    ('The British justice secretary has always denied he wants the top job.', 'REJECT'),
    ('The Iranian government acknowledged that the economy had slowed.', 'CONCEDE'),
    ('The Iranian government admitted that its report was not false.', 'CONCEDE'),
    ('If Russia attacks, the Ukrainian president said he would never yield.', 'CONCEDE'),
    ('The minister gave a speech in Cairo.', 'CONCEDE'),
    ('Rebel groups allied with al Qaeda control the town.', 'AGREE'),
    ('The Kurdish party is allied with the Syrian Kurdish militia.', 'AGREE'),
    ('The Israeli prime minister will try to form a coalition government.', 'AGREE'),
    ('The senator said the report begs the question of what the White House knew.', 'REQUEST'),
    ('The Iraqi army pushed back on Islamic State fighters in Mosul.', 'REJECT'),
    ('The Indian prime minister would not call the attack a terrorist attack.', 'ACCUSE'),
    ('The Iranian government has not given the minister a vote of confidence.', 'SUPPORT'),
    ('The Dutch prime minister may ally with the Greens.', 'SUPPORT'),
    ('The UN envoy said it is not incumbent on the Afghan government to hold the vote.', 'REQUEST'),
    ('Iran must release the sailors, the columnist wrote.', 'REQUEST'),
    ('Analysts said the Chinese central bank should cut rates.', 'REQUEST'),
    ('The Egyptian protesters backed down.', 'REJECT'),
    ('The Dutch prime minister has ruled out an alliance with the Greens.', 'AGREE'),
])
def test_no_verbal_act_of_the_kind(code, sentence: str, kind: str) -> None:
    assert kind not in _types(code(sentence))


@pytest.mark.parametrize("sentence", [
    'The Brazilian president denied taking bribes.',
    'The Russian government denied that its troops were in Ukraine.',
    'The Brazilian president denied the allegations.',
    'The Russian government denied any wrongdoing.',
])
def test_a_denial_has_one_cameo_code(code, sentence: str) -> None:
    """A denial is CAMEO 016 (PLOVER REJECT) whether the claim is a noun or a clause: one act, one code."""
    assert {e.cameo for e in code(sentence) if e.counted and e.plover and e.plover.type == "REJECT"} == {"016"}
