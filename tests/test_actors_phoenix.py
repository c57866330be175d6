"""scripts/phoenix_people.py: reading TABARI actor entries and comparing them with ours."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "phoenix_people.py"

# Written for this test in the format of the Phoenix files (not copied from them).
SAMPLE = """\
JANE_EXAMPLE_  # a comment
+J._EXAMPLE_
+PRESIDENT_JANE_EXAMPLE_
\t[FRAELI 700101-990809]
\t[FRAGOV 030101-030228]
\t[FRAGOV 030301-030430]
\t[FRAGOV >080508]
\t[FRAELI]
EXAMPLE_LIBERATION_FRONT_ [FRAREB]
"""


@pytest.fixture(scope="module")
def phoenix() -> ModuleType:
    spec = importlib.util.spec_from_file_location("phoenix_people", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["phoenix_people"] = module
    spec.loader.exec_module(module)
    return module


def test_actors_phoenix_reads_dated_people_only(phoenix: ModuleType) -> None:
    [person] = phoenix.parse(SAMPLE, "sample.txt", {}, {"FRA"})  # the undated front is no person
    assert person.name == "Jane Example"
    assert "J. Example" in person.aliases
    assert phoenix.Span("FRAGOV", date(2008, 5, 8), None) in person.spans


def test_actors_phoenix_joins_monthly_snapshots(phoenix: ModuleType) -> None:
    [person] = phoenix.parse(SAMPLE, "sample.txt", {}, {"FRA"})
    gov = [s for s in phoenix.merge_spans(person.spans) if s.code == "FRAGOV"]
    assert phoenix.Span("FRAGOV", date(2003, 1, 1), date(2003, 4, 30)) in gov


def test_actors_phoenix_finds_a_sector_disagreement(phoenix: ModuleType) -> None:
    [person] = phoenix.parse(SAMPLE, "sample.txt", {}, {"FRA"})
    ours = phoenix.Ours("Jane Example", "ours.yaml", (phoenix.Span("FRAOPP", date(2008, 6, 1), date(2012, 1, 1)),))
    kinds = [kind for kind, _, _ in phoenix.disagreements(ours, person)]
    assert kinds == ["sector"]


def test_actors_phoenix_maps_former_states(phoenix: ModuleType) -> None:
    text = "IVAN_EXAMPLE_\n\t[SUNGOV 850101-901231]\n"
    [person] = phoenix.parse(text, "sample.txt", {"SUN": "RUS"}, {"RUS"})
    assert person.spans[0].code == "RUSGOV"
