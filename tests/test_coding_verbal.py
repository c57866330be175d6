"""Verbal and diplomatic acts of political reporting: orders given by telling, calls held with someone,
regret expressed at another's decision, warnings to defend one's interests, expulsions, penalties,
documents handed to investigators and requests filed (data/patterns/*.txt, data/evaluation.yaml)."""

from __future__ import annotations

import pytest

from event_summary import summarize


@pytest.mark.parametrize(("sentence", "expected"), [
    # REQUEST: "told X to do Y" is an order; the participle takes the clause's subject
    ("German Chancellor Angela Merkel told Russia to withdraw its troops from eastern Ukraine.",
     ("DEU", "REQUEST", "RUS", "asserted")),
    ("The Chinese ambassador told Washington to stop interfering in Hong Kong.", ("CHN", "REQUEST", "USA", "asserted")),
    ("North Korea told South Korea to back off.", ("PRK", "REQUEST", "KOR", "asserted")),
    ("The Trump administration responded by telling Mexico to stop the flow of migrants at its border.",
     ("USA", "REQUEST", "MEX", "asserted")),
    ("Peru filed a request with the World Trade Organization for consultations with Chile.",
     ("PER", "REQUEST", "IGO", "asserted")),
    # CONSULT: a call held with someone
    ("Egyptian President Abdel Fattah el-Sisi held a conference call with Saudi King Salman on Sunday.",
     ("EGY", "CONSULT", "SAU", "asserted")),
    ("The call between the American and Chinese presidents lasted an hour.", ("USA", "CONSULT", "CHN", "asserted")),
    ("Japanese officials briefed their American counterparts on the missile launch.",
     ("JPN", "CONSULT", "USA", "asserted")),
    ("The German chancellor was briefed by French President Emmanuel Macron on the Iran talks.",
     ("FRA", "CONSULT", "DEU", "asserted")),
    # ACCUSE: regret expressed at another's decision
    ("The Japanese Foreign Ministry expressed regret over South Korea's decision to end the pact.",
     ("JPN", "ACCUSE", "KOR", "asserted")),
    ("Russia expressed regret about the decision by Montenegro to join NATO.", ("RUS", "ACCUSE", "MNE", "asserted")),
    # THREATEN: defending one's interests against someone is a warning
    ("Beijing will firmly defend its interests against American bullying, the ministry said.",
     ("CHN", "THREATEN", "USA", "future")),
    # SANCTION: diplomats expelled, penalties imposed
    ("The United States moved to kick out 15 Cuban diplomats from Washington.", ("USA", "SANCTION", "CUB", "asserted")),
    ("Beijing imposed penalties on three American defense companies over the arms sale.",
     ("CHN", "SANCTION", "USA", "asserted")),
    ("Canada announced plans for duties on American steel.", ("CAN", "SANCTION", "USA", "asserted")),
    ("The Russian diplomats were declared persona non grata on Monday.", (None, "SANCTION", "RUS", "asserted")),
    # COOPERATE: records handed to investigators, cooperation stepped up
    ("The White House has turned over more than a million documents to the special counsel.",
     ("USA", "COOPERATE", "USA", "asserted")),
    ("The Jordanian government increased its cooperation with Iraqi officials on border security.",
     ("JOR", "COOPERATE", "IRQ", "asserted")),
])
def test_verbal_wording_codes_sentence(code, sentence: str, expected: tuple[str | None, ...]) -> None:
    assert expected in summarize(code(sentence))


@pytest.mark.parametrize(("sentence", "not_expected"), [
    # telling someone a fact, or what to expect, orders nothing
    ("Prime Minister Narendra Modi told reporters that India would not back down.", "REQUEST"),
    ("The American envoy told his Israeli counterpart to expect a decision soon.", "REQUEST"),
    # "to" of another phrase is not the told one's infinitive
    ("According to Saeed, the Iranian general told the Iraqi premier that Iran would keep him in power.", "REQUEST"),
    ("During his trip to Baghdad, the Iranian general told the Iraqi premier that Iran would protect him.",
     "REQUEST"),
    # backing off is a retreat in words: the order to do it is the event, no support
    ("North Korea told South Korea to back off.", "SUPPORT"),
    # a call between two leaders is a conversation, not an appeal
    ("The call between the American and Chinese presidents lasted an hour.", "REQUEST"),
    ("The Iraqi spokesman briefed reporters on Tuesday about the talks.", "CONSULT"),
    ("The Canadian company announced plans for a new factory in Ohio.", "SANCTION"),
    # regret for one's own words is an apology, not criticism
    ("The Italian minister expressed regret for his remarks about the refugees.", "ACCUSE"),
])
def test_verbal_wording_codes_no_false_event(code, sentence: str, not_expected: str) -> None:
    counted = {s for s in summarize(code(sentence)) if s[3] in ("asserted", "future")}
    assert not any(s[1] == not_expected for s in counted)
