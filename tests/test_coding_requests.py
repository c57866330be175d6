"""Requests, rejections and concessions as wire copy words them: an appeal joined to what the speaker said
("said the deal was unfair and urged Y to ..."), an appeal made on a trip ("flew to X to urge Y"), and a
concession refused ("will not accede to their demands" is a rejection)."""

from __future__ import annotations

import pytest

from event_summary import summarize


@pytest.mark.parametrize(("sentence", "expected"), [
    # the speaker's act joined to the reported clause (coding/repair.py)
    ("The Iranian foreign minister said the deal was unfair and urged Washington to reconsider.",
     ("IRN", "REQUEST", "USA", "asserted")),
    ("China's foreign ministry said the report was false and called on Washington to stop interfering.",
     ("CHN", "REQUEST", "USA", "asserted")),
    ("The Mexican embassy said the detention was illegal and demanded that Texas release the workers.",
     ("MEX", "REQUEST", "USA", "asserted")),
    ("Kenya's president says the vote was fair and urges the opposition to accept the result.",
     ("KEN", "REQUEST", "KEN", "asserted")),
    ("The Pakistani army said two soldiers were wounded and accused India of violating the truce.",
     ("PAK", "ACCUSE", "IND", "asserted")),
    ("The Turkish foreign ministry said the claims were baseless and rejected the Greek proposal.",
     ("TUR", "REJECT", "GRC", "asserted")),
    ("The Indian minister said both sides must settle the dispute and called on Pakistan to withdraw its troops.",
     ("IND", "REQUEST", "PAK", "asserted")),
    ("The Chilean president said peace has to come through dialogue and urged the rebels to disarm.",
     ("CHL", "REQUEST", "CHL", "asserted")),
    # "on" read as a particle with its own object still asks ("called on all those involved to ...")
    ("The Egyptian foreign minister said peace has to come through talks and called on all those involved "
     "in the conflict to \"act with restraint\".", ("EGY", "REQUEST", None, "asserted")),
    # the owner of a noun named once ("Egypt's call": the owner is no second party of its own)
    ("Egypt's call for Israel to withdraw was ignored.", ("EGY", "REQUEST", "ISR", "asserted")),
    ("Kenya's appeal for food aid went unanswered.", ("KEN", "REQUEST", None, "asserted")),
    # a refusal named by its noun
    ("Venezuela's rejection of the aid offer surprised diplomats.", ("VEN", "REJECT", None, "asserted")),
    ("The Iranian refusal to negotiate frustrated France.", ("IRN", "REJECT", None, "asserted")),
    # an appeal made on a trip taken for it
    ("The Ukrainian president flew to Berlin to urge Germany to send tanks.", ("UKR", "REQUEST", "DEU", "asserted")),
    ("The Afghan foreign minister travelled to Islamabad to press Pakistan to close the border.",
     ("AFG", "REQUEST", "PAK", "asserted")),
    # a concession refused is a rejection
    ("Beijing will not accede to the demands of the Hong Kong protesters.", ("CHN", "REJECT", "HKG", "future")),
    ("The Greek government did not bow to pressure from Germany.", ("GRC", "REJECT", "DEU", "asserted")),
])
def test_requests_wording_codes_sentence(code, sentence: str, expected: tuple[str | None, ...]) -> None:
    assert expected in summarize(code(sentence))


@pytest.mark.parametrize(("sentence", "unexpected"), [
    # the reported clause's own actor does the second act: not the speaker's
    ("The Japanese ministry said Iran had rejected the offer and demanded compensation.",
     ("JPN", "REQUEST", None, "asserted")),
    ("The Japanese ministry said Iran rejected the offer and demanded compensation.",
     ("JPN", "REQUEST", None, "asserted")),
    # a refusal's owner is one party: no event of Japan against its own premier
    ("The Japanese prime minister's refusal to apologize angered Seoul.", ("JPN", "REJECT", "JPN", "asserted")),
    # going on with one's own work asks nobody
    ("The Kenyan soldiers were pressing on with their work at the border.", ("KEN", "REQUEST", None, "asserted")),
    # a trip's aim that is no appeal stays an aim
    ("The French navy sent a frigate to deter Libyan smugglers.", ("FRA", "THREATEN", "LBY", "asserted")),
])
def test_requests_wording_leaves_others_alone(code, sentence: str, unexpected: tuple[str | None, ...]) -> None:
    assert unexpected not in summarize(code(sentence))
