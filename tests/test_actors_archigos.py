"""scripts/archigos_leaders.py: reading Archigos' annual file and comparing its leaders with ours."""

from __future__ import annotations

import csv
import importlib.util
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "archigos_leaders.py"
# Made-up leaders in Archigos' annual format (tests/data/archigos_sample.tsv), and our side of them.
SAMPLE = ROOT / "tests" / "data" / "archigos_sample.tsv"
OURS = """\
- name: Ana Exemplo
  roles:
    - {code: PRTGOV, title: Prime Minister, start: 2001-03-01, end: 2005-06-30}
- name: Bram Voorbeeld
  aliases: [Voorbeeld]
  roles:
    - {code: NLDGOV, title: Prime Minister, start: 1999-01-12, end: 2002-05-01}
- name: Carla Muster
  roles:
    - {code: AUTGOV, title: Foreign Minister, start: 1980-05-01, end: 1983-02-01}
- name: Dario Esempio
  roles:
    - {code: ITAGOV, title: Foreign Minister, start: 2013-01-01, end: null}
- name: Eva Exempel
  roles:
    - {code: SWEGOV, title: Prime Minister, start: 1990-01-01, end: 1990-06-30}
    - {code: SWEGOV, title: President, start: 1990-07-03, end: 1991-01-01}
"""


@pytest.fixture(scope="module")
def archigos() -> ModuleType:
    spec = importlib.util.spec_from_file_location("archigos_leaders", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["archigos_leaders"] = module
    spec.loader.exec_module(module)
    return module


def test_actors_archigos_joins_yearly_rows(archigos: ModuleType) -> None:
    tenures = archigos.read_tenures(SAMPLE.read_text(encoding="utf-8"), {"POR": "PRT", "ITA": "ITA"})
    by_id = {t.obsid: t for t in tenures}
    assert set(by_id) == {"POR-2001", "ITA-2014"}  # states missing from the table are skipped
    portugal = by_id["POR-2001"]
    assert (portugal.start, portugal.end) == (date(2001, 3, 1), date(2004, 6, 30))
    assert portugal.full == "Ana Exemplo"  # from the DBpedia address, "(politician)" dropped
    assert by_id["ITA-2014"].end is None  # still in office when the data end


def test_actors_archigos_reports_planted_disagreements(archigos: ModuleType, tmp_path: Path) -> None:
    people = tmp_path / "people"
    people.mkdir()
    (people / "sample.yaml").write_text(OURS, encoding="utf-8")
    report = tmp_path / "report.tsv"
    assert archigos.main(["--file", str(SAMPLE), "--people", str(people), "--report", str(report)]) == 0
    lines = report.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# source") and "sha256" in lines[0]
    assert "our people compared: 5" in lines[1]
    rows = {(r["kind"], r["our_name"] or r["their_name"]) for r in csv.DictReader(lines[2:], delimiter="\t")}
    assert rows == {
        ("end", "Ana Exemplo"),  # ours ends a year later than theirs
        ("country", "Carla Muster"),  # we have her in another country
        ("office", "Dario Esempio"),  # we have him in another office then
        ("lacking", "Vanha"),  # no one of ours by that name
    }  # Voorbeeld's start is within the slack; Exempel's two offices are one spell
