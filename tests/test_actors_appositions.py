"""People the text describes beside their name: an apposition ("X, the head of Gazprom"), a relative
clause ("X, who heads the central bank") or an office the dictionary does not date to the article's day.
Sentences of our own, coded end to end: the exact source and target codes."""

from __future__ import annotations

from datetime import date

import pytest

from event_summary import asserted_pairs

CASES = [
    # the body of an apposition's "head of", "member of", "chief of"
    (date(2019, 5, 1), "Tomas Orloff, the head of Gazprom, criticized Chinese officials on Tuesday.", "RUSBUS",
     "CHNGOV"),
    (date(2019, 5, 1), "Lena Varga, a member of the Hungarian parliament, accused the European Commission of bias.",
     "HUNLEG", "IGOEECCOM"),
    (date(2019, 5, 1), "Piotr Zalewski, chief of the Polish army, praised American troops.", "POLMIL", "USAMIL"),
    (date(2019, 5, 1), "Sami Haddad, the leader of Hezbollah's parliamentary bloc, condemned Israel.", "LBNREB", "ISR"),
    # a relative clause that places the person in a body
    (date(2019, 5, 1), "Tomas Orloff, who heads the Russian central bank, criticized Chinese officials.", "RUSGOV",
     "CHNGOV"),
    (date(2019, 5, 1), "Amira Nasser, who is the head of the Egyptian army, met Sudanese officials in Cairo.",
     "EGYMIL", "SDNGOV"),
    (date(2019, 5, 1), "Raul Ortega, who leads the Cuban Communist Party, praised Venezuelan officials.", "CUBGOV",
     "VENGOV"),
    # an apposition's office wins over the dictionary on a day it dates none of the person's offices
    (date(2019, 5, 1), "Ali Bagheri, Iran's deputy foreign minister, criticized European diplomats.", "IRNGOV", "EUR"),
    (date(2019, 5, 1), "Tony Blair, the former British prime minister, criticized Iranian officials.", "GBRELI",
     "IRNGOV"),
    # an apposition that is an office's or a body's whole name
    (date(2018, 7, 16), "HELSINKI, Finland (AP) — Dan Reese, the Director of National Intelligence, warned Russia.",
     "USASPY", "RUS"),
    # in office on the day: the dictionary's office stands, whatever the apposition adds
    (date(2019, 5, 1), "John Bolton, a longtime hawk, criticized Iranian officials.", "USAGOV", "IRNGOV"),
]


@pytest.mark.parametrize(("when", "text", "source", "target"), CASES, ids=[c[1][:40] for c in CASES])
def test_actors_described_beside_the_name(code, when: date, text: str, source: str, target: str | None) -> None:
    assert (source, target) in asserted_pairs(code(text, when))


def test_actors_a_relative_clause_about_something_else_names_no_body(code) -> None:
    # "who visited the central bank" does not make her part of it
    events = [e for e in code("Ana Ruiz, who visited the Russian central bank, criticized Chinese officials.",
                              date(2019, 5, 1)) if e.status == "asserted"]
    assert all(e.source is None or e.source.code != "RUSGOV" for e in events)


def test_actors_an_apposition_naming_no_state_takes_none_from_the_context(code) -> None:
    # a dictionary person out of office on the day, described without a state of the description's own
    events = [e for e in code("Tony Blair, a veteran leader, criticized French officials in Paris.", date(2019, 5, 1))
              if e.status == "asserted"]
    assert events and all(e.source is not None and not e.source.code.startswith("FRA") for e in events)
