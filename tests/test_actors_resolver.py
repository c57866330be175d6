"""Actor resolution: countries, adjectives, capitals, roles, organisations, people by date, coreference."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from newsevents.actors.dictionary import ActorDictionary
from newsevents.actors.resolver import ActorResolver, Mentions
from newsevents.errors import DataFileError
from newsevents.pipeline import Pipeline


@pytest.fixture(scope="module")
def resolver(pipeline: Pipeline) -> ActorResolver:
    return pipeline.resolver


@pytest.fixture(scope="module")
def nlp(pipeline: Pipeline) -> Language:
    return pipeline.nlp


def _resolve(nlp: Language, resolver: ActorResolver, sentence: str, head: str, when: date | None = None) -> str | None:
    doc = nlp(sentence)
    mentions = Mentions(date=when)
    found = None
    for tok in doc:  # in reading order, as the coder does, so coreference sees earlier mentions
        if tok.pos_ in {"PROPN", "NOUN", "PRON"} and tok.dep_ != "compound":
            actor = resolver.resolve(tok, mentions)
            if tok.text == head and found is None:
                found = actor.code if actor else None
    return found


@pytest.mark.parametrize(("sentence", "head", "code"), [
    ("North Korea fired a missile.", "Korea", "PRK"),
    ("The U.S. said nothing.", "U.S.", "USA"),
    ("Britain left the bloc.", "Britain", "GBR"),
    ("Senior Hungarian officials met.", "officials", "HUNGOV"),
    ("North Korean migrant laborers work in Russia.", "laborers", "PRKLAB"),
    ("U.S. troops arrived.", "troops", "USAMIL"),
    ("Syrian rebels shelled the town.", "rebels", "SYRREB"),
    ("Pyongyang tested a missile.", "Pyongyang", "PRKGOV"),
    ("The Kremlin denied it.", "Kremlin", "RUSGOV"),
    ("Iraqis voted on Sunday.", "Iraqis", "IRQ"),
    ("Poland's parliament voted.", "parliament", "POLLEG"),
    ("The president of Armenia spoke.", "president", "ARMGOV"),
])
def test_resolver_countries_roles_and_metonyms(nlp, resolver, sentence: str, head: str, code: str) -> None:
    assert _resolve(nlp, resolver, sentence, head) == code


@pytest.mark.parametrize(("sentence", "head", "prefix"), [
    ("The United Nations condemned the attack.", "Nations", "IGO"),
    ("NATO expanded.", "NATO", "IGO"),
    ("KCNA reported the test.", "KCNA", "PRK"),
    ("Hezbollah fired rockets.", "Hezbollah", "LBN"),
])
def test_resolver_organisations(nlp, resolver, sentence: str, head: str, prefix: str) -> None:
    code = _resolve(nlp, resolver, sentence, head)
    assert code is not None and code.startswith(prefix)


def test_resolver_leaders_of_the_seed(nlp, resolver) -> None:
    when = date(2019, 4, 27)
    assert _resolve(nlp, resolver, "North Korean leader Kim Jong Un met Putin.", "Un", when) == "PRKGOV"
    assert _resolve(nlp, resolver, "Russian President Vladimir Putin spoke.", "Putin", when) == "RUSGOV"
    assert _resolve(nlp, resolver, "Trump left early.", "Trump", when) == "USAGOV"


def test_resolver_same_surname_resolves_by_date(nlp, resolver) -> None:
    # Bush: George H. W. Bush in 1990, George W. Bush in 2003 — both US government then;
    # Trump between his terms is no longer government.
    assert _resolve(nlp, resolver, "Trump met Kim.", "Trump", date(2019, 6, 30)) == "USAGOV"
    out_of_office = _resolve(nlp, resolver, "Trump met Kim.", "Trump", date(2022, 6, 30))
    assert out_of_office is not None and out_of_office.startswith("USA")


def test_resolver_pronoun_refers_back(nlp, resolver) -> None:
    text = "Russian President Vladimir Putin arrived. He said nothing new."
    assert _resolve(nlp, resolver, text, "He", date(2019, 4, 27)) == "RUSGOV"


def test_resolver_user_actor_file_adds_entries(tmp_path: Path) -> None:
    f = tmp_path / "mine.yaml"
    f.write_text("- name: Jane Example\n  aliases: [Example]\n  roles:\n"
                 "    - {code: FRAGOV, title: Foreign Minister, start: 2024-01-01, end: null}\n"
                 "- name: Example Liberation Front\n  code: FRAREB\n", encoding="utf-8")
    d = ActorDictionary.load([f])
    assert d.lookup("Jane Example")[0].code_on(date(2025, 1, 1)) == "FRAGOV"
    assert d.lookup("Example Liberation Front")[0].code == "FRAREB"


def test_resolver_bad_actor_file_names_the_file(tmp_path: Path) -> None:
    f = tmp_path / "bad.yaml"
    f.write_text("- name: Nobody\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"bad\.yaml"):
        ActorDictionary.load([f])


def test_resolver_people_of_a_country_live_there(nlp, resolver) -> None:
    assert _resolve(nlp, resolver, "The Kurds of Iraq demanded autonomy.", "Kurds") == "IRQ"


def test_resolver_person_far_from_any_office_is_not_them(nlp, resolver) -> None:
    # a short alias of a 2018-2021 minister, in a 1980 story, is someone (or something) else
    assert _resolve(nlp, resolver, "Serbian union (AKK) officials met.", "officials", date(1980, 1, 1)) == "SRBGOV"


def test_resolver_pronoun_skips_things_that_only_carry_a_country(nlp, resolver) -> None:
    # "they" is the rebels who said it, not the Ghanaian proposal they turned down
    text = "Ivory Coast rebels turned down a Ghanaian truce proposal, and said they opposed foreign troops."
    assert _resolve(nlp, resolver, text, "they") == "CIVREB"


@pytest.mark.parametrize(("sentence", "head", "code"), [
    ("The leader of the opposition in Tanzania was shot.", "leader", "TZAOPP"),
    ("A spokesman for the Taliban denied it.", "spokesman", "AFGREB"),
    ("The leader of North Korea arrived.", "leader", "PRKGOV"),  # a state's leader is its office holder
])
def test_resolver_position_inside_a_body_takes_the_body(nlp, resolver, sentence: str, head: str, code: str) -> None:
    assert _resolve(nlp, resolver, sentence, head, date(2021, 1, 1)) == code


@pytest.mark.parametrize(("sentence", "head", "on", "code"), [
    # the office the phrase names wins over the date's ("President Gbagbo", "U.N. mediator Cordovez")
    ("President Laurent Gbagbo extended the curfew.", "Gbagbo", date(1995, 1, 1), "CIVGOV"),
    ("Opposition leader Laurent Gbagbo marched.", "Gbagbo", date(2005, 1, 1), "CIVOPP"),
    # a position takes the sector of the body it leads
    ("Afghan rebel leaders rejected the plan.", "leaders", date(1988, 1, 1), "AFGREB"),
    ("An Iraqi police spokesman confirmed it.", "spokesman", date(2010, 1, 1), "IRQCOP"),
])
def test_resolver_the_phrase_names_the_office(nlp, resolver, sentence: str, head: str, on: date, code: str) -> None:
    assert _resolve(nlp, resolver, sentence, head, on) == code


@pytest.mark.parametrize(("country", "on", "name"), [
    ("RUS", date(1983, 6, 1), "Yuri Andropov"),   # the party's General Secretary, not the head of state
    ("CHN", date(1983, 6, 1), "Deng Xiaoping"),  # not the NPC's chairman (a legislature)
    ("PAK", date(1980, 6, 1), "Muhammad Zia-ul-Haq"),
    ("AGO", date(1990, 6, 1), "Jose Eduardo dos Santos"),  # not the rebels' "leader" Savimbi
])
def test_resolver_the_leader_in_history(resolver, country: str, on: date, name: str) -> None:
    held = resolver.dictionary.holder(country, "leader", on)
    assert held is not None and held.name == name


@pytest.mark.parametrize(("on", "code"), [(date(2010, 1, 1), "AFGREB"), (date(2024, 1, 1), "AFGGOV")])
def test_resolver_organisation_code_follows_the_date(nlp, resolver, on: date, code: str) -> None:
    # organisations.csv `later`: the Taliban govern Afghanistan from 2021-08-15
    assert _resolve(nlp, resolver, "The Taliban rejected the report.", "Taliban", on) == code


def test_resolver_bad_later_column_names_the_file(tmp_path: Path) -> None:
    from newsevents.actors.dictionary import _code_periods
    with pytest.raises(DataFileError, match=r"organisations\.csv"):
        _code_periods("AFGREB", "AFGGOV-2021", "organisations.csv", 7)
