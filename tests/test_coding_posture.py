"""Shows of force and commitments dropped, in the wordings news uses (data/patterns/synonyms.txt): weapons
deployed or moved, troop surges, security tightened, jets scrambled, reserves called up; commitments
suspended; lobbying; an accord named by its signing."""

from __future__ import annotations

import pytest

from event_summary import summarize


@pytest.mark.parametrize(("sentence", "expected"), [
    # MOBILIZE: weapons moved into position, surges, police posture, aircraft and reserves
    ("China deployed missile batteries on the disputed islands.", ("CHN", "MOBILIZE")),
    ("Russia moved tanks to the Ukrainian border.", ("RUS", "MOBILIZE")),
    ("The Pentagon ordered a surge of troops into southern Afghanistan.", ("USA", "MOBILIZE")),
    ("France tightened security at its borders after the attacks.", ("FRA", "MOBILIZE")),
    ("India scrambled fighter jets after the incursion.", ("IND", "MOBILIZE")),
    ("Israel called up thousands of reserve soldiers.", ("ISR", "MOBILIZE")),
    # REJECT: commitments dropped
    ("Iran stopped complying with the limits of the nuclear deal.", ("IRN", "REJECT")),
    ("Iran suspended its commitments under the nuclear deal.", ("IRN", "REJECT")),
    # REQUEST: lobbying a named actor
    ("Israel lobbied the White House against the deal.", ("ISR", "REQUEST")),
])
def test_posture_wording_codes_sentence(code, sentence: str, expected: tuple[str, str]) -> None:
    counted = {(s[0], s[1]) for s in summarize(code(sentence)) if s[3] in ("asserted", "future")}
    assert expected in counted


@pytest.mark.parametrize(("sentence", "kind"), [
    ("The company moved its drones business to Texas.", "MOBILIZE"),
    ("The pipeline will boost European energy security.", "MOBILIZE"),
    ("The United States will increase security assistance to Ukraine.", "MOBILIZE"),
    ("Iran is sending missiles to the Houthis.", "MOBILIZE"),        # arms given to another are aid
    ("Cases surged in the Chinese capital.", "MOBILIZE"),
    ("The Kremlin welcomed Trump's promises to mend ties with Moscow.", "CONSULT"),
    ("The Saudi king was reassured by the American vote.", "AGREE"),
])
def test_posture_wording_leaves_other_senses(code, sentence: str, kind: str) -> None:
    counted = {s[1] for s in summarize(code(sentence)) if s[3] in ("asserted", "future")}
    assert kind not in counted
