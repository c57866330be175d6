"""The U.S. cabinet since 1977 (people/us_cabinet.yaml, from FiveThirtyEight's CC BY 4.0 data): office
holders coded by the office they held on the article's day, in sentences of our own."""

from __future__ import annotations

from datetime import date
from importlib import resources

import pytest

from event_summary import asserted_pairs

CASES = [
    (date(2017, 6, 1), "Jeff Sessions criticized Mexican officials.", "USAJUD", "MEXGOV"),
    (date(2018, 5, 3), "Steven Mnuchin met Chinese officials in Beijing.", "USAGOV", "CHNGOV"),
    (date(2018, 5, 3), "Dan Coats accused Russia of interfering.", "USASPY", "RUS"),
    (date(2014, 3, 3), "Samantha Power accused Russia of violating Ukraine's sovereignty.", "USAGOV", "RUS"),
    # a former secretary of state named bare long after her office is an elite, not the government
    (date(2016, 3, 3), "Madeleine Albright criticized Russia.", "USAELI", "RUS"),
]


@pytest.mark.parametrize(("when", "text", "source", "target"), CASES, ids=[c[1][:40] for c in CASES])
def test_actors_cabinet_member_coded_by_the_office_held_that_day(code, when: date, text: str, source: str,
                                                                target: str) -> None:
    assert (source, target) in asserted_pairs(code(text, when))


def test_actors_cabinet_file_records_its_provenance() -> None:
    text = (resources.files("newsevents") / "data" / "actors" / "people" / "us_cabinet.yaml").read_text("utf-8")
    header = "".join(line for line in text.splitlines(keepends=True) if line.startswith("#"))
    assert "github.com/fivethirtyeight/data commit" in header
    assert "sha256" in header and "Creative Commons Attribution 4.0" in header
