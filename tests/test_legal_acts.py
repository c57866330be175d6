"""Investigations and the legal process, denials, and personnel acts (patterns/legal.txt); our own sentences.

Types follow the PLOVER manual and data/cameo.csv: questioning, probes and subpoenas are ACCUSE
'investigate'; indictments, arraignments, trials and impeachment ACCUSE 'allege'; a police raid COERCE;
a guilty plea CONCEDE; a denial or a not-guilty plea CAMEO 016, REJECT; an appeal against a verdict
REJECT; an official fired, ousted, removed or suspended SANCTION 'expel' (166); a resignation RETREAT.
Negated, hedged, hypothetical and figurative wordings code no counted event of the type."""

from __future__ import annotations

import pytest


def _kinds(events) -> set[str | None]:  # type: ignore[no-untyped-def]
    return {e.plover.type if e.plover else None for e in events if e.counted}


def _codes(events) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.cameo for e in events if e.counted}


INVESTIGATIONS = [
    # questioning by investigators: active, passive with and without "by", with what it is about
    "Israeli police questioned Prime Minister Benjamin Netanyahu for five hours on Monday.",
    "Benjamin Netanyahu was questioned by police over gifts from wealthy businessmen.",
    "French investigators questioned former President Nicolas Sarkozy about his campaign financing.",
    "Nicolas Sarkozy was questioned by anti-corruption investigators in Nanterre on Tuesday.",
    "South Korean prosecutors interrogated former President Park Geun-hye on Tuesday.",
    "Brazilian police questioned former President Lula da Silva as part of the corruption inquiry.",
    "The Malaysian prime minister was questioned over the 1MDB scandal.",
    "FBI agents interrogated the Russian diplomat at the airport.",
    "Israeli police summoned Prime Minister Netanyahu for questioning.",
    "Prosecutors grilled the Pakistani prime minister's sons for hours.",
    "The Senate committee questioned Secretary of State Mike Pompeo about the Ukraine affair.",
    # probes opened, in the verbs news uses
    "Brazil's attorney general launched a probe into President Michel Temer.",
    "Ukraine's prosecutor general reopened the investigation into the gas company.",
    "The South African parliament set up an inquiry into President Jacob Zuma.",
    "French prosecutors are probing former Prime Minister Francois Fillon.",
    "Israel's attorney general ordered an investigation into Netanyahu.",
    "Russian investigators opened a criminal case against opposition leader Alexei Navalny.",
    "The Egyptian prosecutor general began an investigation into the former interior minister.",
    # subpoenas
    "The House Judiciary Committee subpoenaed the Justice Department.",
    "Senate investigators issued a subpoena to the Treasury Department.",
]

CHARGES_AND_TRIALS = [
    "A federal grand jury returned an indictment against the Russian intelligence officers.",
    "Brazilian prosecutors unsealed an indictment against the former president.",
    "South Korean prosecutors indicted former President Lee Myung-bak on bribery charges.",
    "The former Egyptian president was indicted on espionage charges.",
    "The former Malaysian prime minister was arraigned in a Kuala Lumpur court on Wednesday.",
    "The House of Representatives impeached President Donald Trump.",
    "Brazil's Senate impeached President Dilma Rousseff.",
    "Egypt put former President Hosni Mubarak on trial.",
    "Former Egyptian President Hosni Mubarak went on trial in Cairo.",
    "Former Egyptian President Mohamed Morsi stood trial before a Cairo court.",
    "The former Peruvian president was tried for human rights abuses.",
    "A Thai court tried former Prime Minister Yingluck Shinawatra in absentia.",
    "Turkish prosecutors charged the American pastor with terrorism.",
    "Turkish prosecutors brought the journalists to trial in Istanbul.",
]

PLEAS = [
    ("Former Trump adviser Michael Flynn pleaded guilty to lying to the FBI.", "CONCEDE", "080"),
    ("The former Israeli prime minister pleaded guilty to corruption charges.", "CONCEDE", "080"),
    ("The former South African president pleaded not guilty to corruption charges.", "REJECT", "016"),
    ("The former Israeli prime minister pleaded not guilty on Monday.", "REJECT", "016"),
    ("The former Brazilian minister confessed to corruption.", "CONCEDE", "080"),
    ("The former Israeli prime minister admitted his guilt.", "CONCEDE", "080"),
    ("The Chinese official pleaded innocent to the bribery charges.", "REJECT", "016"),
]

VERDICTS = [
    ("A Moscow court sentenced the Ukrainian filmmaker to 20 years in prison.", "SANCTION"),
    ("The former Egyptian president was sentenced to death.", "SANCTION"),
    ("A Chinese court convicted the human rights lawyer of subversion.", "SANCTION"),
    ("The former Brazilian president appealed his conviction.", "REJECT"),
    ("The Turkish journalist's lawyers appealed against the verdict.", "REJECT"),
    ("The Turkish newspaper filed an appeal against the ruling.", "REJECT"),
    ("A federal judge in Virginia dismissed the charges against the Russian company.", "CONCEDE"),
    ("Israeli police raided the home of Netanyahu's aide.", "COERCE"),
    ("FBI agents raided the office of Trump's lawyer Michael Cohen.", "COERCE"),
    ("The offices of the Turkish newspaper were raided by police.", "COERCE"),
]

DENIALS = [
    "Prime Minister Benjamin Netanyahu denied any wrongdoing.",
    "The Israeli prime minister has denied all the allegations against him.",
    "The Kremlin denied the accusations of election meddling.",
    "Russia denied any involvement in the poisoning.",
    "Iran denied responsibility for the attacks on the tankers.",
    "The Saudi government denied knowledge of the killing.",
    "Pakistan denied links to the militant group.",
    "North Korea denied having a role in the hacking.",
    "The Chinese foreign ministry denied the report.",
    "The Syrian government denies using chemical weapons.",
    "The Russian defence ministry denied that its jets had bombed the hospital in Idlib.",
    "Saudi Arabia rejected the accusations as baseless.",
    "The Kremlin dismissed the allegations as absurd.",
    "The Iranian foreign ministry dismissed the report as propaganda.",
    "Beijing called the accusations groundless.",
    "Netanyahu's spokesman called the report false.",
    "Moscow rejected the allegations by the British government.",
    "The Israeli army denied the Palestinian claims.",
    "The Venezuelan government refuted the charges.",
    "The Egyptian interior ministry rebutted the Amnesty report.",
    "The Israeli minister denied wrongdoing in a statement on Sunday.",
    "Two Russian military officers have denied the charges.",
    "The former French president denies the accusations.",
    "The Chinese embassy dismissed the claims as groundless.",
    "Tehran flatly denied the American accusations.",
    "The Pakistani army denied reports of civilian casualties.",
    "The Nigerian president denied rumours about his health.",
    "The Turkish president denied that his government had helped the militants.",
    "Iranian police have denied using live ammunition against the protesters.",
    # a charge said to be false is denied, not criticized
    "Netanyahu's spokesman said the allegations were absolutely false.",
    "The Kremlin said the British accusations were baseless.",
    "Moscow said the report was a fabrication.",
    "The Chinese foreign ministry said the American accusations were lies.",
    "The Iranian foreign minister said the reports were untrue.",
]

DISMISSALS = [
    "President Donald Trump fired FBI Director James Comey.",
    "President Trump fired his national security adviser on Friday.",
    "President Trump fired Homeland Security Secretary Kirstjen Nielsen.",
    "Prime Minister Theresa May sacked Defence Secretary Gavin Williamson.",
    "Turkish President Recep Tayyip Erdogan dismissed the central bank governor.",
    "Ukrainian President Volodymyr Zelensky dismissed the head of the security service.",
    "The Iraqi prime minister removed the army chief from his post.",
    "The Egyptian president removed the defence minister from office.",
    "The Nigerian army chief was relieved of his command.",
    "The Afghan police chief was suspended from duty.",
    "The ruling party expelled the Malaysian deputy prime minister from the party.",
    "The Russian president sacked the governor of the region.",
    "Venezuelan President Nicolas Maduro fired the oil minister.",
    "The Saudi king dismissed two senior officials over the killing.",
    "The Brazilian health minister was fired by President Bolsonaro.",
    "The Iraqi defense minister was fired on Monday after the fall of Mosul.",  # was a no-event line: no shots
    "The ruling party ousted the Malaysian deputy prime minister from the party.",
    "Trump forced out his chief of staff.",
    "The Kenyan president forced the interior minister to resign.",
]

RESIGNATIONS = [
    "British Prime Minister Theresa May announced her resignation on Friday.",
    "The Japanese prime minister resigned on Tuesday.",
    "The Peruvian president resigned over the vote-buying scandal.",
    "Reince Priebus resigned as White House chief of staff.",
    "The Lebanese prime minister stepped down on Tuesday.",
    "Bolivian President Evo Morales stepped down after weeks of protests.",
    "The Pakistani interior minister quit his post on Sunday.",
    "The British foreign secretary quit the cabinet over Brexit.",
    "The Iraqi prime minister submitted his resignation to parliament.",
    "The Lebanese prime minister tendered his resignation to the president.",
    "The Spanish king abdicated in 2014.",
    "The Maltese prime minister handed in his resignation.",
    "The Armenian prime minister resigned his post.",
]

# (sentence, a type that must not be coded as a counted event)
NOT_THESE = [
    # figurative, hedged, negated, hypothetical questioning and charges
    ("Analysts questioned the wisdom of the Russian plan.", "ACCUSE"),
    ("The market questioned the Chinese government's growth figures.", "ACCUSE"),
    ("Many Israelis questioned whether Netanyahu could survive.", "ACCUSE"),
    ("Israeli police may question Netanyahu next week.", "ACCUSE"),
    ("Israeli police did not question Netanyahu.", "ACCUSE"),
    ("Prosecutors are considering whether to indict the Israeli prime minister.", "ACCUSE"),
    ("If he is indicted, the Israeli prime minister will not resign.", "RETREAT"),
    ("The Israeli prime minister tried to calm the markets.", "ACCUSE"),
    ("Netanyahu pleaded with Trump to recognise the annexation.", "CONCEDE"),
    # "sentence" in grammar, sentences that are no court's
    ("The sentence was grammatically wrong, the French teacher said.", "SANCTION"),
    # denials negated or hedged, and "no denying"
    ("Netanyahu did not deny the allegations.", "REJECT"),
    ("The Israeli prime minister has not denied the report.", "REJECT"),
    ("Netanyahu may deny the charges.", "REJECT"),
    ("There is no denying that the Russian economy is weak.", "REJECT"),
    ("The Kremlin called the meeting productive.", "REJECT"),
    ("The senator said the report was accurate.", "REJECT"),
    ("Netanyahu's spokesman did not say the allegations were false.", "REJECT"),
    ("The Kremlin said the British sanctions were illegal.", "REJECT"),
    # weapons fired, warnings, moods: no one dismissed
    ("Israeli soldiers fired into the crowd.", "SANCTION"),
    ("Afghan gunmen fired indiscriminately at the wedding guests.", "SANCTION"),
    ("Two rockets fired from Gaza landed in southern Israel.", "SANCTION"),
    ("The American campaign to oust the Islamic State from Mosul began in October.", "SANCTION"),
    ("Israeli soldiers fired rubber bullets at the Palestinian protesters.", "SANCTION"),
    ("The Syrian army fired artillery at the rebel positions.", "SANCTION"),
    ("The Iranian navy fired warning shots at the American drone.", "SANCTION"),
    ("The Brazilian president fired up his supporters at the rally.", "SANCTION"),
    ("Trump could fire the attorney general.", "SANCTION"),
    ("Trump threatened to fire the attorney general.", "SANCTION"),
    ("The Kremlin dismissed the report as nonsense.", "SANCTION"),
    ("The Russian foreign minister dismissed the idea of new talks.", "SANCTION"),
    # resignations refused, demanded, denied, figurative
    ("The Japanese prime minister refused to resign.", "RETREAT"),
    ("The opposition called for the Japanese prime minister's resignation.", "RETREAT"),
    ("The British prime minister will not step down, her spokesman said.", "RETREAT"),
    ("Voters resigned themselves to another term of the Russian president.", "RETREAT"),
    ("The Dutch prime minister quit smoking last year.", "RETREAT"),
    ("The Chinese premier stepped down from the podium after his speech.", "RETREAT"),
]


@pytest.mark.parametrize("sentence", INVESTIGATIONS)
def test_investigation_is_accuse(code, sentence: str) -> None:  # type: ignore[no-untyped-def]
    events = code(sentence)
    assert "ACCUSE" in _kinds(events), [(e.cameo, e.status, e.rule) for e in events]


@pytest.mark.parametrize("sentence", CHARGES_AND_TRIALS)
def test_charge_or_trial_is_accuse_allege(code, sentence: str) -> None:  # type: ignore[no-untyped-def]
    events = code(sentence)
    assert "1121" in _codes(events), [(e.cameo, e.status, e.rule) for e in events]


@pytest.mark.parametrize(("sentence", "kind", "cameo"), PLEAS)
def test_plea(code, sentence: str, kind: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    events = code(sentence)
    assert kind in _kinds(events) and cameo in _codes(events), [(e.cameo, e.status, e.rule) for e in events]


@pytest.mark.parametrize(("sentence", "kind"), VERDICTS)
def test_verdicts_appeals_and_raids(code, sentence: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    events = code(sentence)
    assert kind in _kinds(events), [(e.cameo, e.status, e.rule) for e in events]


@pytest.mark.parametrize("sentence", DENIALS)
def test_denial_is_reject(code, sentence: str) -> None:  # type: ignore[no-untyped-def]
    events = code(sentence)
    assert "REJECT" in _kinds(events), [(e.cameo, e.status, e.rule) for e in events]


@pytest.mark.parametrize("sentence", DISMISSALS)
def test_dismissal_is_sanction(code, sentence: str) -> None:  # type: ignore[no-untyped-def]
    events = code(sentence)
    assert "SANCTION" in _kinds(events), [(e.cameo, e.status, e.rule) for e in events]


@pytest.mark.parametrize("sentence", RESIGNATIONS)
def test_resignation_is_retreat(code, sentence: str) -> None:  # type: ignore[no-untyped-def]
    events = code(sentence)
    assert "RETREAT" in _kinds(events), [(e.cameo, e.status, e.rule) for e in events]


@pytest.mark.parametrize(("sentence", "kind"), NOT_THESE)
def test_look_alikes_code_no_such_event(code, sentence: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    events = code(sentence)
    assert kind not in _kinds(events), [(e.cameo, e.status, e.rule) for e in events]


# a claim denied, disputed or rebutted is one act whatever the verb: CAMEO 016 "deny accusations or charges"
@pytest.mark.parametrize("sentence", [
    "The Kremlin disputed the British findings.",
    "The Chinese embassy denied the assertions by the American senator.",
    "The Pentagon contested the characterization of the strike.",
    "Beijing rejected the account given by the Japanese coast guard.",
    "The Egyptian army refuted the version of events told by the activists.",
    "The Kremlin denied the allegations.",
])
def test_legal_claim_denied_or_disputed_is_016(code, sentence: str) -> None:  # type: ignore[no-untyped-def]
    events = code(sentence)
    assert _codes(events) == {"016"}, [(e.cameo, e.status, e.rule) for e in events]


# charges dropped are one act whoever drops them: CAMEO 081, a legal penalty removed
@pytest.mark.parametrize("sentence", [
    "A federal judge in Virginia dismissed the charges against the Russian company.",
    "A Turkish court dropped the case against the German journalist.",
    "Kenyan prosecutors dropped the charges against the opposition leader.",
])
def test_legal_charges_dropped_is_081(code, sentence: str) -> None:  # type: ignore[no-untyped-def]
    events = code(sentence)
    assert "081" in _codes(events), [(e.cameo, e.status, e.rule) for e in events]


# one set of crimes (&CHARGES, legal.txt) serves trials, admissions and acquittals alike
@pytest.mark.parametrize(("sentence", "cameo"), [
    ("A Turkish court cleared the journalist of sedition.", "080"),
    ("The former Egyptian minister was cleared of conspiracy by a Cairo court.", "080"),
    ("The former Nigerian governor was tried for extortion.", "1121"),
    ("A Russian court tried the opposition leader for obstruction.", "1121"),
    ("The former Brazilian senator admitted perjury.", "080"),
])
def test_legal_acts_share_one_crime_set(code, sentence: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    events = code(sentence)
    assert cameo in _codes(events), [(e.cameo, e.status, e.rule) for e in events]


@pytest.mark.parametrize(("sentence", "source", "target"), [
    ("Israeli police questioned Prime Minister Benjamin Netanyahu on Monday.", "ISRCOP", "ISRGOV"),
    ("Benjamin Netanyahu was questioned by police over gifts from businessmen.", "ISRCOP", "ISRGOV"),
    ("The Kremlin denied the accusations by the British government.", "RUSGOV", "GBRGOV"),
    ("The Kremlin said the British accusations were baseless.", "RUSGOV", "GBR"),
    ("Washington has accused Beijing of hacking. China denied the accusations.", "CHN", "USAGOV"),
    ("President Donald Trump fired FBI Director James Comey.", "USAGOV", "USACOP"),
    ("Prime Minister Theresa May sacked Defence Secretary Gavin Williamson.", "GBRGOV", "GBRGOV"),
    ("Egypt put former President Mohamed Morsi on trial.", "EGY", "EGYELI"),
])
def test_legal_act_actors(code, sentence: str, source: str, target: str) -> None:  # type: ignore[no-untyped-def]
    pairs = {(e.source.code if e.source else None, e.target.code if e.target else None) for e in code(sentence)
             if e.counted}
    assert (source, target) in pairs, pairs
