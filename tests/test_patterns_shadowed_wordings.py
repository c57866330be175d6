"""Wordings whose duplicate lines were removed as dead (shadowed by earlier, more general lines of
measures.txt, field.txt and core.txt) still code as before; our own sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("sentence", "cameo", "kind", "rule_file"), [
    # sanctions and embargoes ended: measures.txt (core.txt's and synonyms.txt's copies were never reached)
    ("Canada lifted its sanctions on Venezuela.", "085", "RETREAT", "measures.txt"),
    ("The European Union eased the embargo on Belarus.", "085", "RETREAT", "measures.txt"),
    ("Washington rolled back sanctions on Cuba.", "085", "RETREAT", "measures.txt"),
    ("Japan waived the sanctions on Iran.", "085", "RETREAT", "measures.txt"),
    # tariffs ended with no party named: political.txt's and synonyms.txt's own lines
    ("Mexico suspended its tariffs last week.", "085", "RETREAT", "political.txt"),
    ("Beijing lifted its retaliatory tariffs on Monday.", "085", "RETREAT", "political.txt"),
    ("The European Union scrapped the tariffs.", "085", "RETREAT", "synonyms.txt"),
    # a weapons test and weapons moved into position: core.txt and field.txt
    ("The missile test by North Korea on Sunday alarmed Japan.", "150", "MOBILIZE", "core.txt"),
    ("The Russian army deployed missile launchers near the border.", "150", "MOBILIZE", "field.txt"),
])
def test_shadowed_wording_codes_by_the_line_that_wins(code, sentence: str, cameo: str, kind: str,
                                                      rule_file: str) -> None:  # type: ignore[no-untyped-def]
    found = [(e.cameo, e.plover.type if e.plover else None, e.rule.split(":")[0].split("/")[-1])
             for e in code(sentence) if e.counted]
    assert (cameo, kind, rule_file) in found, found
