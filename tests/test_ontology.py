"""The packaged CAMEO/PLOVER table and its loader."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from newsevents.coding.ontology import PLOVER_TYPES, CameoCode, Ontology
from newsevents.errors import DataFileError
from newsevents.records import Plover

HEADER = "code,name,goldstein,quad_class,plover_type,plover_mode,plover_context\n"
QUAD_BY_ROOT = {f"{r:02d}": 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4 for r in range(1, 21)}
#: Children whose PLOVER type differs from their parent's, as the CAMEO->PLOVER table says.
CROSS_TYPE_CHILDREN = {"1712"}


@pytest.fixture(scope="module")
def ontology() -> Ontology:
    return Ontology.load()


def test_ontology_has_every_root_and_about_310_codes(ontology: Ontology) -> None:
    assert 300 <= len(ontology) <= 320
    assert {c.code for c in ontology if len(c.code) == 2} == set(QUAD_BY_ROOT)
    assert all(len(c.code) in (2, 3, 4) and c.code.isdigit() for c in ontology)


def test_ontology_every_code_has_valid_fields(ontology: Ontology) -> None:
    for entry in ontology:
        assert entry.name and entry.name == entry.name.strip()
        assert -10.0 <= entry.goldstein <= 10.0
        assert entry.quad_class == QUAD_BY_ROOT[entry.root], entry.code
        if entry.root == "01" and entry.code != "016":  # 016 deny responsibility: REJECT (data/cameo.csv)
            assert entry.plover_type == "" and entry.plover_mode == "" and entry.plover_context == ()
        else:
            assert entry.plover_type in PLOVER_TYPES, entry.code


def test_ontology_parent_child_consistency(ontology: Ontology) -> None:
    for entry in ontology:
        if entry.parent is None:
            continue
        parent = ontology[entry.parent]
        assert parent.quad_class == entry.quad_class
        if len(entry.code) == 4 and entry.code not in CROSS_TYPE_CHILDREN:
            assert entry.plover_type == parent.plover_type, entry.code


def test_ontology_reaches_all_16_plover_types(ontology: Ontology) -> None:
    counts = Counter(c.plover_type for c in ontology if c.plover_type)
    assert set(counts) == set(PLOVER_TYPES)


@pytest.mark.parametrize(("code", "expected"), [
    ("043", Plover("CONSULT", "visit", ())),
    ("044", Plover("CONSULT", "third-party", ())),
    ("0311", Plover("AGREE", None, ("economic",))),
    ("1053", Plover("REQUEST", "yield", ("legal",))),
    ("0841", Plover("RETREAT", "release", ("legal",))),
    ("094", Plover("ACCUSE", "investigate", ("military", "legal"))),
    ("2042", Plover("ASSAULT", "unconventional", ("cbrn",))),
    ("010", None),
    ("015", None),
    ("016", Plover("REJECT", None, ())),  # deny responsibility: REJECT, as the PLOVER manual suggests
])
def test_ontology_plover_mapping(ontology: Ontology, code: str, expected: Plover | None) -> None:
    assert ontology.plover(code) == expected


def test_ontology_lookup_api(ontology: Ontology) -> None:
    entry = ontology["0311"]
    assert isinstance(entry, CameoCode)
    assert (entry.goldstein, entry.quad_class, entry.parent, entry.root) == (5.2, 1, "031", "03")
    assert "043" in ontology and "999" not in ontology and 43 not in ontology
    assert ontology.get("999") is None
    with pytest.raises(KeyError, match="unknown CAMEO event code '43'"):
        ontology["43"]


def test_ontology_load_user_file(tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    rows = '04,Consult,1,1,CONSULT,,\n043,"Host, a visit",2.8,1,CONSULT,visit,diplomatic;economic\n'
    path.write_text("# my own table\n" + HEADER + rows, encoding="utf-8")
    ontology = Ontology.load(path)
    assert len(ontology) == 2
    assert ontology["043"].name == "Host, a visit"
    assert ontology.plover("043") == Plover("CONSULT", "visit", ("diplomatic", "economic"))


@pytest.mark.parametrize(("bad_row", "message"), [
    ("043,Host a visit,2.8,1,CONSULT,visit", "expected 7 columns"),
    ("43x,Host a visit,2.8,1,CONSULT,,", "2-4 digits"),
    ("043,,2.8,1,CONSULT,,", "empty name"),
    ("043,Host a visit,high,1,CONSULT,,", "must be a number"),
    ("043,Host a visit,12,1,CONSULT,,", "outside -10..10"),
    ("043,Host a visit,2.8,5,CONSULT,,", "not in 1..4"),
    ("043,Host a visit,2.8,1,MEET,,", "not one of the 16 PLOVER types"),
    ("043,Host a visit,2.8,1,,visit,", "without a PLOVER type"),
    ("04,Consult again,1,1,CONSULT,,", "duplicate CAMEO code"),
])
def test_ontology_malformed_row_names_file_and_line(tmp_path: Path, bad_row: str, message: str) -> None:
    path = tmp_path / "cameo.csv"
    good = "04,Consult,1,1,CONSULT,,\n\n"  # a blank line is skipped but still counted
    path.write_text("# comment\n" + HEADER + good + bad_row + "\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=message) as info:
        Ontology.load(path)
    assert f"{path}:5:" in str(info.value)


def test_ontology_wrong_header_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "cameo.csv"
    path.write_text("code,name,goldstein\n04,Consult,1\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"cameo\.csv:1: expected header"):
        Ontology.load(path)


def test_ontology_matches_reference_codebook(ontology: Ontology) -> None:
    """Every code and Goldstein value agrees with the CAMEO codebook in ../shared (when present)."""
    reference = Path(__file__).resolve().parents[2] / "shared" / "reference" / "cameo" / "cameo-codes.csv"
    if not reference.exists():
        pytest.skip(f"{reference} not available")
    with reference.open(encoding="cp1252", errors="replace", newline="") as f:
        expected = {row["code"]: float(row["goldstein"]) for row in csv.DictReader(f)}
    assert {c.code: c.goldstein for c in ontology} == expected
