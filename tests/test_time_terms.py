"""Dates of the terms of an agreement told in a relative clause (issue #12): "violated a deal in which the
company agreed to pay a fine" agreed before the story's time, when the deal was made; "signed a deal on Monday
under which ..." agreed on Monday. Sentences are ours."""

from __future__ import annotations

import datetime as dt

import pytest

PUB = dt.date(2019, 6, 12)  # a Wednesday
TODAY = ("2019-06-12", "publication")
BEFORE = (None, "before")


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # an agreement the sentence acts on as one made before: its terms are background
        ("Officials said the company violated a deal in which it agreed to pay a fine.", "agreed", BEFORE),
        ("The president withdrew from the nuclear accord, under which Iran agreed to cap its stockpile.", "agreed",
         BEFORE),
        ("The judge upheld the plea deal in which the aide agreed to cooperate with prosecutors.", "agreed", BEFORE),
        ("The rebels abandoned the truce that the army signed.", "signed", BEFORE),
        # ... unless a date says when it was made
        ("The rebels have violated the ceasefire that they signed in 2016.", "signed", ("2016", "year")),
        # an agreement the sentence makes: its terms are of that time
        ("The two sides reached a deal under which Iran agreed to cap its stockpile.", "agreed", TODAY),
        ("The two sides signed a pact on Monday under which the rebels agreed to disarm.", "agreed",
         ("2019-06-10", "day")),
    ],
)
def test_time_terms_of_an_agreement(date_of, text: str, word: str,
                                    expected: tuple[str | None, str]) -> None:
    assert date_of(text, word, PUB) == expected
