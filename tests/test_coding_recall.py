"""Events named without their core verbs: criticism, investigations and charges that the subject undergoes
("drew criticism from X", "is under investigation"), praise and awards, rescues and donations, joint drills,
and extensions of a mandate or a deal (data/patterns/political.txt and synonyms.txt)."""

from __future__ import annotations

import pytest

from event_summary import summarize
from newsevents.coding.patterns import parse_line


@pytest.mark.parametrize(("sentence", "expected"), [
    # ACCUSE undergone: the subject is the target, the critic follows "from"
    ("Saudi Arabia came under fire from Amnesty International over the executions.",
     ("NGO", "ACCUSE", "SAU", "asserted")),
    ("Japan drew sharp criticism from South Korea for the new textbooks.", ("KOR", "ACCUSE", "JPN", "asserted")),
    ("The Chinese government faced a backlash from Vietnam over the oil rig.", ("VNM", "ACCUSE", "CHN", "asserted")),
    ("Israel drew condemnation from Jordan after the raid.", ("JOR", "ACCUSE", "ISR", "asserted")),
    ("Former Peruvian President Alan Garcia is under investigation for bribery.", (None, "ACCUSE", "PER", "asserted")),
    ("Former Israeli Prime Minister Ehud Olmert faces charges of fraud.", (None, "ACCUSE", "ISR", "asserted")),
    ("The Iranian newspaper likened President Trump to a gangster.", ("IRN", "ACCUSE", "USA", "asserted")),
    # shots at troops are an attack on them
    ("American troops came under fire from Taliban fighters near Kandahar.", ("AFG", "ASSAULT", "USA", "asserted")),
    ("Russian prosecutors opened a criminal case against the Ukrainian pilot.", ("RUS", "ACCUSE", "UKR", "asserted")),
    ("Iran's condemnation of the Saudi strikes came on Monday.", ("IRN", "ACCUSE", "SAU", "asserted")),
    ("The raid sparked condemnation of Israel across the region.", (None, "ACCUSE", "ISR", "asserted")),
    ("The Israeli prime minister is under fire from his coalition partners.", ("ISR", "ACCUSE", "ISR", "asserted")),
    ("American troops were under fire from Taliban fighters.", ("AFG", "ASSAULT", "USA", "asserted")),
    ("The French president took a swipe at the German chancellor over the budget.",
     ("FRA", "ACCUSE", "DEU", "asserted")),
    # SUPPORT
    ("The Polish government said it stands with Ukraine.", ("POL", "SUPPORT", "UKR", "asserted")),
    ("The Afghan president won praise from Washington for the reforms.", ("USA", "SUPPORT", "AFG", "asserted")),
    ("The Greek plan drew praise from the European Commission.", ("IGO", "SUPPORT", "GRC", "asserted")),
    ("The French president defended Germany's stance on refugees.", ("FRA", "SUPPORT", "DEU", "asserted")),
    ("Saudi Arabia rallied behind the Lebanese prime minister.", ("SAU", "SUPPORT", "LBN", "asserted")),
    ("Putin awarded Rex Tillerson the Order of Friendship in 2012.", ("RUS", "SUPPORT", "USA", "asserted")),
    ("Norway awarded the peace prize to Ethiopian Prime Minister Abiy Ahmed.", ("NOR", "SUPPORT", "ETH", "asserted")),
    ("Indian lawmakers voted for Prime Minister Narendra Modi.", ("IND", "SUPPORT", "IND", "asserted")),
    ("The Kenyan president expressed confidence in his Ugandan counterpart.", ("KEN", "SUPPORT", "UGA", "asserted")),
    ("Pakistan paid tribute to the Chinese engineers.", ("PAK", "SUPPORT", "CHN", "asserted")),
    # AID
    ("The Indian Navy launched a rescue operation off the coast of Yemen.", ("IND", "AID", "YEM", "asserted")),
    ("The government of Qatar donated $20 million to the Palestinian Authority.", ("QAT", "AID", "PSE", "asserted")),
    ("Turkey took in more than three million Syrian refugees.", ("TUR", "AID", "SYR", "asserted")),
    ("Egypt came to the aid of Sudan after the floods.", ("EGY", "AID", "SDN", "asserted")),
    ("Ukraine received military aid from the United States.", ("USA", "AID", "UKR", "asserted")),
    # COOPERATE
    ("French intelligence collaborated with Moroccan police to find the suspect.",
     ("FRA", "COOPERATE", "MAR", "asserted")),
    ("South Korean and American troops took part in joint military drills.", ("KOR", "COOPERATE", "USA", "asserted")),
    ("The Chinese and Russian navies conducted a joint patrol in the Sea of Japan.",
     ("CHN", "COOPERATE", "RUS", "asserted")),
    ("Two Japanese destroyers joined the American strike group for exercises.",
     ("JPN", "COOPERATE", "USA", "asserted")),
    ("The USS Vinson and two other American warships were joined by two Japanese destroyers.",
     ("JPN", "COOPERATE", "USA", "asserted")),
    ("The French carrier group conducted exercises with the Indian Navy last month.",
     ("FRA", "COOPERATE", "IND", "asserted")),
    ("Ukraine is working closely with NATO on cyber defence.", ("UKR", "COOPERATE", "IGO", "asserted")),
    # AGREE: a mandate or a deal extended
    ("The UN Security Council extended the mandate of its mission in South Sudan.",
     ("IGO", "AGREE", "SSD", "asserted")),
    ("President Obama plans to extend the American military role in Afghanistan.", ("USA", "AGREE", "AFG", "future")),
    # REQUEST
    ("Defense Secretary Mark Esper counseled Beijing to show restraint.", ("USA", "REQUEST", "CHN", "asserted")),
])
def test_recall_wording_codes_sentence(code, sentence: str, expected: tuple[str | None, ...]) -> None:
    assert expected in summarize(code(sentence))


@pytest.mark.parametrize("sentence", [
    "Ankara came under pressure to release the pastor.",
    "The minister expressed confidence that the economy would recover.",
    "The company faced a backlash from customers over its prices.",
    "Farmers slammed the door on the dealers.",
    "The Greek prime minister defended his decision on Friday.",
    "The Turkish president was honored to meet the Iraqi delegation.",
    "The Greek prime minister stands to be the big winner with the Turkish president.",
])
def test_recall_wordings_need_their_actors(code, sentence: str) -> None:
    counted = {s for s in summarize(code(sentence)) if s[3] in ("asserted", "future")}
    assert not any(s[1] in {"ACCUSE", "SUPPORT"} and s[2] is not None for s in counted)


def test_recall_tilde_marks_an_undergone_event() -> None:
    p = parse_line("111  draw criticism [from] * ~", "x.txt:1")
    assert p.undergone and p.target_after == 1
    assert not parse_line("111  criticize *", "x.txt:2").undergone
