"""The actor dictionary's data: people described in two built-in files, offices by date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsevents.actors.dictionary import ActorDictionary, Entry, _date, _merge_people, canonical_title


def test_dictionary_same_person_in_two_files_is_one_person(tmp_path: Path) -> None:
    leaders = tmp_path / "a_leaders.yaml"
    leaders.write_text("- name: Jane Example\n  aliases: [Example]\n  roles:\n"
                       "    - {code: FRAGOV, title: Prime Minister, start: 2020-01-01, end: null}\n",
                       encoding="utf-8")
    ministers = tmp_path / "b_ministers.yaml"
    ministers.write_text("- name: Jane Example\n  aliases: [J. Example, Example]\n  wikidata: Q1\n  roles:\n"
                         "    - {code: FRAGOV, title: Foreign Minister, start: 2012-01-01, end: 2016-12-31}\n",
                         encoding="utf-8")
    merged = _merge_people([leaders, ministers])
    assert len(merged) == 1
    item, where, _ = merged[0]
    assert where.endswith("a_leaders.yaml")
    assert [r["title"] for r in item["roles"]] == ["Prime Minister", "Foreign Minister"]
    assert item["wikidata"] == "Q1"
    d = ActorDictionary()
    d._add_yaml_entry(item, where, 1, None)
    assert len(d.lookup("Example")) == 1  # an alias given twice is still one entry
    assert d.holder("FRA", "foreign minister", date(2014, 5, 1)) is d.holder("FRA", "prime minister", date(2021, 1, 1))


@pytest.mark.parametrize(("title", "office"), [
    ("Acting Foreign Minister", "foreign minister"),
    ("interim President", "president"),
    ("Minister for Foreign Affairs", "foreign minister"),
    ("Secretary of War", "defence minister"),
    ("Defense Secretary", "defence minister"),
])
def test_dictionary_title_spellings_fold_to_one_office(title: str, office: str) -> None:
    assert canonical_title(title) == office


@pytest.mark.parametrize(("value", "end", "expected"), [
    ("2024", False, date(2024, 1, 1)),
    ("2024", True, date(2024, 12, 31)),
    ("2024-02", True, date(2024, 2, 29)),
    ("2024-12", True, date(2024, 12, 31)),
    ("2024-02", False, date(2024, 2, 1)),
    ("2024-02-10", True, date(2024, 2, 10)),
])
def test_dictionary_partial_dates_cover_their_whole_period(value: str, end: bool, expected: date) -> None:
    assert _date(value, "people.yaml", None, end=end) == expected


@pytest.mark.parametrize(("country", "on", "office"), [
    ("TUR", date(2010, 1, 1), "prime minister"),  # Erdogan as prime minister
    ("TUR", date(2016, 1, 1), "president"),       # Erdogan as president
    ("ARM", date(2005, 1, 1), "president"),
    ("ARM", date(2020, 1, 1), "prime minister"),
    ("DEU", date(2020, 1, 1), "chancellor"),
    ("USA", date(2020, 1, 1), "supreme leader"),  # no row: the default order, presidents come first
])
def test_dictionary_leader_offices_follow_constitutional_changes(country: str, on: date, office: str) -> None:
    assert ActorDictionary.load().leader_offices(country, on)[0] == office


@pytest.mark.parametrize(("words", "begins"), [
    ("Republic", True),  # "Republic of Freedonia"
    ("Republic of", True),
    ("Republic of Freedonia", True),  # a whole alias begins itself
    ("republic  OF", True),  # as ``lookup`` folds case and spaces
    ("Republic of Sylvania", False),
    ("Sylvania", False),
    ("The", True),  # "The Republic ..." loses its "the" when it goes on: never a stop
    ("the republic", True),
    ("FDN", True),  # a short capital alias, kept as written
    ("fdn", False),
    ("FD", True),
])
def test_dictionary_begins_an_alias_as_lookup_reads_phrases(words: str, begins: bool) -> None:
    d = ActorDictionary()
    d.add("Republic of Freedonia", Entry("country", "FDN", "Freedonia"))
    d.add("FDN", Entry("country", "FDN", "Freedonia"))
    assert d.begins_an_alias(words) is begins
    d.add("Sylvania", Entry("country", "SYL", "Sylvania"))  # a new alias is seen at once
    assert d.begins_an_alias("Sylvania")


def test_dictionary_monarchy_is_a_column_of_countries(tmp_path: Path) -> None:
    """A political scientist marks a state a monarch rules in countries.csv; a row may leave the column off."""
    src = tmp_path / "countries.csv"
    src.write_text("# a comment\ncode,name,names,adjectives,demonyms,capitals,monarchy\n"
                   "ABC,Abcland,Abcland,Abclandic,Abclanders,Abctown,yes\n"
                   "DEF,Defia,Defia,Defian,Defians,Defcity,\n"
                   "GHI,Ghiland,Ghiland,Ghilandic,Ghilanders,Ghitown\n", encoding="utf-8")
    d = ActorDictionary()
    d._load_countries(src)
    assert d.monarchies == {"ABC"}
    assert [e.code for e in d.lookup("Ghitown")] == ["GHIGOV"]  # a row without the column still loads whole


def test_dictionary_builtin_monarchies_come_from_countries_csv() -> None:
    d = ActorDictionary.load()
    assert {"SAU", "JOR", "MAR", "GBR", "JPN"} <= d.monarchies
    assert not {"USA", "FRA", "IRN", "SYR", "YEM"} & d.monarchies


@pytest.mark.parametrize(("epithet", "code", "rulers"), [
    ("Jewish state", "ISR", False),
    ("hermit kingdom", "PRK", False),
    ("Zionist regime", "ISRGOV", True),
])
def test_dictionary_epithets_are_their_own_kind(epithet: str, code: str, rulers: bool) -> None:
    """An epithet is neither a capital (no town) nor the state's name; it names the state or, with a sector, its
    rulers."""
    entries = ActorDictionary.load().lookup(epithet)
    assert [(e.kind, e.code) for e in entries] == [("epithet", code)]
    assert entries[0].names_rulers() is rulers
    assert entries[0].names_state() is not rulers


def test_dictionary_capitals_and_names_keep_their_kinds() -> None:
    d = ActorDictionary.load()
    kremlin = next(e for e in d.lookup("Kremlin") if e.kind == "capital")
    assert kremlin.names_rulers() and not kremlin.names_state()
    israel = next(e for e in d.lookup("Israel") if e.kind == "country")
    assert israel.names_state() and not israel.names_rulers()
