"""Who held the offices news names, in every state, from 2000 on (issue: heads of state and
government, foreign and defence ministers of every country, by date)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsevents.actors.dictionary import ActorDictionary

STATES_FILE = Path(__file__).parent / "data" / "sovereign_states.txt"
SAMPLE_DAYS = [date(year, 6, 1) for year in (2002, 2006, 2010, 2014, 2018, 2022, 2025)]
# States with no defence ministry in these years: no army (Costa Rica, Panama, Iceland, the Pacific
# island states), defence kept by the head of government or another ministry (Malta, Bangladesh,
# Jordan, Caribbean states with a defence force under the prime minister or national security).
NO_DEFENCE_MINISTRY = frozenset({
    "LIE", "MCO", "AND", "SMR", "VAT", "MLT", "ISL",                                     # Europe
    "CRI", "PAN", "DMA", "GRD", "LCA", "VCT", "BLZ", "JAM", "BHS", "BRB", "ATG", "KNA", "GUY", "TTO",  # Americas
    "JOR", "PSE", "BTN", "BGD", "MUS", "SYC", "COM", "SWZ",                               # Asia, Africa
    "SLB", "VUT", "WSM", "KIR", "TUV", "NRU", "MHL", "FSM", "PLW",                        # Pacific
})
# Before statehood there is no government to hold an office.
INDEPENDENCE = {"SSD": date(2011, 7, 9), "XKX": date(2008, 2, 17), "TLS": date(2002, 5, 20)}


def _states() -> list[str]:
    lines = STATES_FILE.read_text(encoding="utf-8").splitlines()
    return [code for line in lines if line.strip() and not line.startswith("#") for code in line.split()[1:]]


@pytest.fixture(scope="module")
def dictionary() -> ActorDictionary:
    return ActorDictionary.load()


def test_offices_state_list_is_every_un_member_and_observer() -> None:
    states = _states()
    assert len(states) == len(set(states)) == 197


@pytest.mark.parametrize(("office", "share"), [
    ("leader", 0.99),
    ("foreign minister", 0.97),
    ("defence minister", 0.85),  # the rest: presidents or prime ministers holding the portfolio
])
def test_offices_have_a_holder_on_almost_every_day_sampled(dictionary: ActorDictionary, office: str,
                                                           share: float) -> None:
    states = [s for s in _states() if office != "defence minister" or s not in NO_DEFENCE_MINISTRY]
    asked = [(s, day) for s in states for day in SAMPLE_DAYS if day >= INDEPENDENCE.get(s, date.min)]
    missing = [(s, day.year) for s, day in asked if dictionary.holder(s, office, day) is None]
    assert 1 - len(missing) / len(asked) >= share, missing


@pytest.mark.parametrize(("country", "office", "on", "name"), [
    ("RUS", "foreign minister", date(2003, 1, 1), "Igor Ivanov"),
    ("RUS", "foreign minister", date(2010, 1, 1), "Sergei Lavrov"),
    ("IND", "foreign minister", date(2020, 1, 1), "Subrahmanyam Jaishankar"),
    ("NGA", "defence minister", date(2023, 12, 1), "Mohammed Badaru Abubakar"),
    ("KEN", "foreign minister", date(2019, 1, 1), "Monica Juma"),
    ("BRA", "foreign minister", date(2004, 1, 1), "Celso Amorim"),
    ("DEU", "defence minister", date(2024, 1, 1), "Boris Pistorius"),
])
def test_offices_holder_on_a_date_is_the_person_in_office(dictionary: ActorDictionary, country: str,
                                                          office: str, on: date, name: str) -> None:
    held = dictionary.holder(country, office, on)
    assert held is not None and held.name == name
