"""Actor resolution in context: roles with country modifiers, ethnic groups, offices by date,
coreference, a user's override file, and the `newsevents actors` command."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsevents.actors.dictionary import ActorDictionary, canonical_title
from newsevents.actors.resolver import ActorResolver, Mentions
from newsevents.actors.unresolved import resolve_sentence
from newsevents.cli import app
from newsevents.pipeline import Pipeline
from newsevents.records import Actor

SEED_DATE = date(2019, 4, 27)


def _resolve(pipeline: Pipeline, text: str, head: str, when: date | None = SEED_DATE, nth: int = 0,
             resolver: ActorResolver | None = None) -> tuple[Actor | None, Mentions]:
    doc = pipeline.nlp(text)
    mentions = Mentions(date=when)
    found: dict[int, Actor] = {}
    for sent in doc.sents:
        found.update(resolve_sentence(resolver or pipeline.resolver, sent, mentions))
    tok = [t for t in doc if t.text == head][nth]
    return found.get(tok.i), mentions


def _code(pipeline: Pipeline, text: str, head: str, when: date | None = SEED_DATE, nth: int = 0) -> str | None:
    actor, _ = _resolve(pipeline, text, head, when, nth)
    return actor.code if actor else None


@pytest.mark.parametrize(("text", "head", "code"), [
    ("Senior Hungarian officials met.", "officials", "HUNGOV"),
    ("North Korean migrant laborers work in Russia.", "laborers", "PRKLAB"),
    ("U.S. Central Command said the strike killed two.", "Command", "USAMIL"),
    ("Syrian rebels shelled the town.", "rebels", "SYRREB"),
    ("Israeli army bulldozers demolished homes.", "bulldozers", "ISRMIL"),  # role from a compound
])
def test_actors_roles_with_country_modifiers(pipeline: Pipeline, text: str, head: str, code: str) -> None:
    assert _code(pipeline, text, head) == code


@pytest.mark.parametrize(("text", "head", "code"), [
    ("Iraqi Kurds demonstrated in Kirkuk.", "Kurds", "IRQ"),
    ("Turkish Kurd refugees crossed the border.", "refugees", "TURREF"),
    # "ethnic" + a demonym: coded by the country they live in, not the kin state
    ("Ethnic Albanians vowed to keep up the struggle, Macedonian officials said.", "Albanians", "MKD"),
    ("Serb police arrested four ethnic Albanians in southern Serbia.", "Albanians", "SRB"),
])
def test_actors_ethnic_groups_take_the_country_of_residence(pipeline: Pipeline, text: str, head: str,
                                                            code: str) -> None:
    assert _code(pipeline, text, head) == code


def test_actors_an_ethnic_name_inside_a_person_name_is_no_group(pipeline: Pipeline) -> None:
    # a person the dictionary does not know (Karen Bass, a former member of Congress, is known)
    assert _code(pipeline, "Karen Whitfield met the mayor.", "Whitfield") is None


@pytest.mark.parametrize(("text", "head", "name"), [
    ("Trump arrived in Seoul. The president said he was pleased.", "president", "Donald Trump"),
    ("Indian officials met. The foreign minister said talks went well.", "minister", "Sushma Swaraj"),
    ("India's External Affairs Minister spoke.", "Minister", "Sushma Swaraj"),
    ("The North Korean leader tested a missile.", "leader", "Kim Jong Un"),
    ("Russia's defense minister visited Syria.", "minister", "Sergei Shoigu"),
    ("The German leader spoke.", "leader", "Angela Merkel"),
])
def test_actors_titles_resolve_to_the_office_holder(pipeline: Pipeline, text: str, head: str, name: str) -> None:
    actor, _ = _resolve(pipeline, text, head)
    assert actor is not None and actor.name == name


def test_actors_titles_follow_the_article_date(pipeline: Pipeline) -> None:
    later, _ = _resolve(pipeline, "Trump arrived. The president spoke.", "president", date(2022, 6, 1))
    assert later is not None and later.name == "Joe Biden"


@pytest.mark.parametrize(("title", "canonical"), [
    ("Defense Minister", "defence minister"), ("Minister of Defence", "defence minister"),
    ("External Affairs Minister", "foreign minister"), ("Foreign Secretary", "foreign minister"),
    ("Premier", "prime minister"),
])
def test_actors_title_spellings_fold(title: str, canonical: str) -> None:
    assert canonical_title(title) == canonical


def test_actors_same_surname_in_two_years(pipeline: Pipeline) -> None:
    first, _ = _resolve(pipeline, "Bush met Gorbachev.", "Bush", date(1990, 6, 1))
    second, _ = _resolve(pipeline, "Bush met Blair.", "Bush", date(2003, 6, 1))
    assert first is not None and second is not None
    assert (first.code, second.code) == ("USAGOV", "USAGOV")
    assert first.name == "George H. W. Bush" and second.name == "George W. Bush"


@pytest.mark.parametrize(("text", "head", "nth", "code"), [
    ("North Korea fired a missile. The country said it was a test.", "country", 0, "PRK"),
    ("Hamas fired rockets. The group said it would fight on.", "group", 0, "PSEREB"),
    ("Russian President Vladimir Putin arrived. He said nothing new.", "He", 0, "RUSGOV"),
    ("Frantz Exantus, Haiti's secretary of state for communication, spoke. Exantus said the gang was weak.",
     "Exantus", 1, "HTIGOV"),  # a surname alone after the full name with its office
    ("Police fired tear gas at protesters in Nairobi.", "Police", 0, "KENCOP"),  # a bare role: the place
])
def test_actors_coreference_and_context(pipeline: Pipeline, text: str, head: str, nth: int, code: str) -> None:
    assert _code(pipeline, text, head, nth=nth) == code


def test_actors_two_leaders_are_both_last_people(pipeline: Pipeline) -> None:
    actor, mentions = _resolve(pipeline, "Putin met Kim in Vladivostok. The two leaders discussed sanctions.",
                               "leaders")
    assert actor is not None
    doc_head = next(m.start for m in mentions.items if m.actor.text == "The two leaders")
    assert [a.code for a in mentions.group(doc_head)] == ["RUSGOV", "PRKGOV"]


def test_actors_a_weapon_takes_no_country_from_context(pipeline: Pipeline) -> None:
    assert _code(pipeline, "North Korea fired a missile.", "missile") is None


def test_actors_user_file_overrides_a_built_in_entry(pipeline: Pipeline, tmp_path: Path) -> None:
    built_in = ActorDictionary.load()
    assert built_in.lookup("Kim")[0].name == "Kim Jong Un"
    mine = tmp_path / "mine.yaml"
    mine.write_text("- name: Kim Example\n  aliases: [Kim]\n  roles:\n"
                    "    - {code: KORBUS, title: Chairman, start: 2010-01-01, end: null}\n", encoding="utf-8")
    resolver = ActorResolver(ActorDictionary.load([mine]))
    actor, _ = _resolve(pipeline, "Kim met Putin.", "Kim", resolver=resolver)
    assert actor is not None and (actor.code, actor.name) == ("KORBUS", "Kim Example")


def test_actors_cli_lists_unresolved_phrases(tmp_path: Path) -> None:
    f = tmp_path / "news.jsonl"
    rows = [{"id": "1", "date": "2019-04-27", "text": "The Zorblax Collective attacked Iraqi troops near Mosul."},
            {"id": "2", "date": "2019-04-27", "text": "The Zorblax Collective met Iraqi officials on Monday."}]
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["actors", "--unresolved", str(f), "--top", "5"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert any(line.split() == ["2", "Zorblax", "Collective"] for line in lines)
    assert not any("Iraqi" in line for line in lines[1:])


def test_actors_cli_lookup_shows_code_and_entries() -> None:
    result = CliRunner().invoke(app, ["actors", "--lookup", "the Russian president", "--date", "2019-04-27"])
    assert result.exit_code == 0, result.output
    assert "RUSGOV" in result.output and "Vladimir Putin" in result.output


def test_actors_cli_needs_one_mode() -> None:
    result = CliRunner().invoke(app, ["actors"])
    assert result.exit_code != 0
