"""Where an act of force is when its sentence names no place: at the scene told a sentence or two before,
not at the dateline or the story's capital; and a territory's story is not focused on its state's capital
(issue #12). Sentences are ours."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.pipeline import Pipeline
from newsevents.records import Article, Event


def _code(pipeline: Pipeline, text: str, when: date = date(2019, 6, 12)) -> list[Event]:
    return pipeline.code_article(Article(id="a", text=text, date=when))


def _at(pipeline: Pipeline, text: str, word: str) -> list[Event]:
    return [e for e in _code(pipeline, text) if e.trigger.text.split()[0] == word]


@pytest.mark.parametrize(("text", "word", "name"), [
        ("LIMA, Peru — Gunmen ambushed a police patrol near Ayacucho on Monday, officials said. Two officers "
         "were wounded.", "wounded", "Ayacucho"),
        ("MANILA (AP) — Militants attacked an army post in Jolo on Sunday. Soldiers killed three of the "
         "attackers, the army said.", "killed", "Jolo"),
        ("ABUJA, Nigeria — Bandits stormed a village in Zamfara on Saturday, police said. They abducted "
         "twenty women.", "abducted", "Zamfara"),
])
def test_places_scene_the_toll_is_at_the_attack(pipeline: Pipeline, text: str, word: str, name: str) -> None:
    events = _at(pipeline, text, word)
    assert events and all(e.location is not None and e.location.name == name for e in events), events


@pytest.mark.parametrize(("text", "word", "name"), [
        # an attack of another day is another scene
        ("LIMA, Peru — Gunmen ambushed a police patrol near Ayacucho in 2009. Police arrested two men on "
         "Monday.", "arrested", "Ayacucho"),
])
def test_places_scene_ends(pipeline: Pipeline, text: str, word: str, name: str) -> None:
    events = _at(pipeline, text, word)
    assert events and all(e.location is None or e.location.name != name for e in events), events


def test_places_scene_a_territorys_story_is_not_at_the_capital(pipeline: Pipeline) -> None:
    text = ("Protesters filled the streets of Hong Kong again on Sunday. Crowds marched across Hong Kong for a "
            "third week. Hong Kong's leader stayed silent. Diplomats in Beijing said China would not bend. "
            "A spokesman spoke in Beijing on Monday. Police fired tear gas at the crowds.")
    events = _at(pipeline, text, "fired")
    assert events and all(e.location is None or e.location.name != "Beijing" for e in events), events


def test_places_scene_the_lead_attack_beats_the_dateline(pipeline: Pipeline) -> None:
    text = ("BOGOTA, Colombia — Rebels killed four soldiers in an ambush in Cauca province, the army said "
            "Tuesday. The defense minister spoke. Officials met. Aides were busy. Two more soldiers were "
            "wounded later.")
    events = _at(pipeline, text, "wounded")
    assert events and all(e.location is not None and e.location.name != "Bogota" for e in events), events



@pytest.mark.parametrize(("text", "word", "name"), [
        ("The foreign minister said in Nairobi on Tuesday that Britain would support the new Somali government.",
         "support", "Nairobi"),
        ("The Japanese premier told reporters in Jakarta that Tokyo would support the new Indonesian cabinet.",
         "support", "Jakarta"),
])
def test_places_scene_words_are_where_they_were_said(pipeline: Pipeline, text: str, word: str, name: str) -> None:
    events = _at(pipeline, text, word)
    assert events and all(e.location is not None and e.location.name == name for e in events), events

