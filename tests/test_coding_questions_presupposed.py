"""A question that asks why or how a deed was done reports the deed (modality.py, grammar.yaml presupposing_wh);
a yes-no question or a modal one does not. Headlines on a paragraph of their own are often such questions.
Our own sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("sentence", "trigger", "status"), [
    ("Why did the US withdraw from the nuclear deal?", "withdraw", "asserted"),
    ("Why did Britain withdraw from the treaty with Spain?", "withdraw", "asserted"),
    ("Why did Germany expel the Russian diplomats?", "expel", "asserted"),
    ("How did the Kurds capture Raqqa from the Islamic State?", "capture", "asserted"),
    ("Did the US withdraw from the nuclear deal?", "withdraw", "hypothetical"),
    ("Why would Iran attack the Saudi refinery?", "attack", "hypothetical"),
])
def test_coding_question_presupposed_status(code, sentence: str, trigger: str,  # type: ignore[no-untyped-def]
                                            status: str) -> None:
    assert {e.status for e in code(sentence) if e.trigger.text == trigger} == {status}
