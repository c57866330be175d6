"""The pattern file format, and a political scientist's own pattern file at work."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsevents.coding.grammar import Grammar
from newsevents.coding.ontology import Ontology
from newsevents.coding.patterns import PatternSet, inflections, parse_line
from newsevents.errors import DataFileError
from newsevents.pipeline import Pipeline, Settings
from newsevents.records import Article


def test_patterns_parse_words_alternatives_optional_and_target() -> None:
    p = parse_line("163  impose sanction|embargo [on|against] *", "mine.txt:3")
    assert p.code == "163" and p.trigger == frozenset({"impose"}) and not p.noun
    assert [sorted(w.options) for w in p.words] == [["embargo", "sanction"], ["against", "on"]]
    assert p.words[1].optional and p.target_after == 1
    assert parse_line("040  summit:n", "x:1").noun
    assert parse_line("043  host +", "x:1").target_required
    assert parse_line("---  meet with criticism", "x:1").code == "---"
    subject = parse_line("074  arrive @peacekeeper|peacekeepers [in] *", "x:1").subject
    assert subject is not None and subject.options == frozenset({"peacekeeper", "peacekeepers"})


@pytest.mark.parametrize("line", ["abc meet", "040", "040 meet * *", "040 meet * +", "040 meet (with)",
                                  "040 meet @a @b", "040 meet @[a]"])
def test_patterns_malformed_line_names_file_and_line(line: str) -> None:
    with pytest.raises(DataFileError, match=r"mine\.txt:7"):
        parse_line(line, "mine.txt:7")


def test_patterns_inflections_catch_lemmatizer_errors() -> None:
    assert {"stages", "staged", "staging"} == inflections("stage")
    assert "imposed" in inflections("impose") and "carried" in inflections("carry")


def test_patterns_every_code_exists_and_every_root_code_has_a_pattern() -> None:
    ontology = Ontology.load()
    codes = PatternSet.load().codes()
    assert codes <= {c.code for c in ontology}
    three_digit = {c.code for c in ontology if len(c.code) == 3}
    covered = {c[:3] for c in codes}
    # every 3-digit CAMEO code can be produced by at least one pattern
    assert sorted(three_digit - covered) == []


def test_patterns_user_file_adds_a_pattern(tmp_path: Path) -> None:
    mine = tmp_path / "my-patterns.txt"
    mine.write_text("# tariffs are sanctions too\n163  slap tariff|tariffs on *\n", encoding="utf-8")
    pipeline = Pipeline(Settings(pattern_files=(str(mine),)))
    events = pipeline.code_article(Article(id="a", text="Washington slapped tariffs on Canada.", date=date(2025, 3, 1)))
    assert [(e.cameo, e.source and e.source.code, e.target and e.target.code, e.rule.split(":")[0]) for e in events] \
        == [("163", "USAGOV", "CAN", str(mine))]


def test_patterns_synonym_set_expands_where_a_word_may_stand(tmp_path: Path) -> None:
    f = tmp_path / "mine.txt"
    f.write_text("&ARMED = troops|soldiers|army\n154  deploy &ARMED|police [to] *\n"
                 "190  shell @&ARMED\n", encoding="utf-8")
    ps = PatternSet()
    ps.read(f, name="mine.txt")
    deploy = ps.for_lemma("deploy", noun=False)[0]
    assert deploy.words[0].options == frozenset({"troops", "soldiers", "army", "police"})
    subject = ps.for_lemma("shell", noun=False)[0].subject
    assert subject is not None and "soldiers" in subject.options


def test_patterns_synonym_set_names_ignore_case(tmp_path: Path) -> None:
    f = tmp_path / "mine.txt"
    f.write_text("&crowd = villagers|herders\n141  march @&Crowd\n", encoding="utf-8")
    ps = PatternSet()
    ps.read(f, name="mine.txt")
    subject = ps.for_lemma("march", noun=False)[0].subject
    assert subject is not None and subject.options == frozenset({"villagers", "herders"})


def test_patterns_unknown_synonym_set_is_an_error() -> None:
    with pytest.raises(DataFileError, match="unknown synonym set &NOPE"):
        parse_line("154  deploy &NOPE", "mine.txt:2", {})


def test_patterns_own_layer_is_tried_before_the_imported_layer() -> None:
    ps = PatternSet()
    ps.add(parse_line("190  launch attack|attacks [on|against] *", "imported.txt:1", layer=1))
    ps.add(parse_line("190  launch", "core.txt:1"))
    assert [p.layer for p in ps.for_lemma("launch", noun=False)] == [0, 1]


def test_patterns_packaged_imported_layer_loads_with_its_provenance() -> None:
    ps = PatternSet.load()
    imported = {p.origin.split(":")[0] for ps_ in ps.by_trigger.values() for p in ps_ if p.layer == 1}
    assert imported == {"patterns/imported/petrarch2_verbs.txt"}
    assert "&MILITARY" in ps.synsets


def test_patterns_arms_set_is_the_weapons_a_deployment_moves() -> None:
    # one set of weapons for "deployed tanks", "the deployment of missiles" (data/patterns/deeds.txt) and the
    # doer of a deployment read off the forces moved (grammar.yaml moved_force_nouns)
    assert PatternSet.load().synsets["&ARMS"] <= Grammar.load().moved_force_nouns
