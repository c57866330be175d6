"""Conflict and protest wordings, agentless events and the codebook's killing codes, on our own sentences."""

from __future__ import annotations

import pytest


def _types(events) -> set[str | None]:  # type: ignore[no-untyped-def]
    return {e.plover.type for e in events if e.counted and e.plover}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Brazilian president spoke with his Argentine counterpart by phone.", "CONSULT"),
    ("Pyongyang cut off all communication lines with Seoul.", "SANCTION"),
    ("Georgia suspended cooperation with the European Union.", "SANCTION"),
    ("Thai and Cambodian soldiers exchanged fire near the temple.", "ASSAULT"),
    ("Insurgents fired on the positions of the army near Beni.", "ASSAULT"),
    ("A youth threw a hand grenade into a market in Imphal.", "ASSAULT"),
    ("Rioters set a police station on fire in Dhaka.", "ASSAULT"),
    ("Hundreds of fishermen gathered outside the port authority in Mombasa.", "PROTEST"),
    ("Students marched to the ministry of education in Santiago.", "PROTEST"),
    ("Nurses staged a sit-in at the hospital in Accra.", "PROTEST"),
    ("Truck drivers blocked the highway near Lahore.", "PROTEST"),
    ("Shopkeepers took part in a demonstration in Kano.", "PROTEST"),
])
def test_coding_field_wordings_are_coded(code, sentence: str, expected: str) -> None:
    assert expected in _types(code(sentence))


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Clashes broke out between two clans in Galkayo.", "ASSAULT"),
    ("Heavy fighting was reported near the airport of El Fasher.", "ASSAULT"),
    ("Two explosions were heard in the centre of Mogadishu.", "ASSAULT"),
    ("Three bodies were found near a highway in Sinaloa.", "ASSAULT"),
    ("Five soldiers were killed in an ambush in Tillaberi.", "ASSAULT"),
    ("A protest took place outside the town hall in Oaxaca.", "PROTEST"),
    ("Workers protested.", "PROTEST"),
])
def test_coding_field_agentless_events_are_coded(code, sentence: str, expected: str) -> None:
    events = [e for e in code(sentence) if e.counted]
    assert expected in _types(events)


@pytest.mark.parametrize("sentence", [
    "The documentary attacks corruption in the health system.",  # a thing is no doer
    "Homes were destroyed by floods in Malawi.",  # nature is no doer
    "The island was struck by a cyclone in March.",
    "A person whose visa expires is usually deported.",  # a rule, not a deed
    "Most people in the region oppose the new mine.",  # a standing attitude
    "The agreement provides a window for talks.",  # figurative
    "The singer made an appeal to her base of young voters.",
    "The ceasefire is set to begin at midnight.",
    "Her new song shot up the charts in Mexico.",
])
def test_coding_field_guards_code_no_event(code, sentence: str) -> None:
    assert not [e for e in code(sentence) if e.counted]


@pytest.mark.parametrize(("sentence", "cameo"), [
    ("Rebels killed five soldiers in Darfur.", "190"),  # no weapon named: conventional force
    ("A roadside bomb killed four policemen in Kandahar.", "183"),  # an improvised bomb
    ("Militants killed the governor of Kunduz province.", "186"),  # a politically significant person
    ("Army airstrikes killed 40 al-Shabab fighters near Jilib.", "190"),  # a counted group: no assassination
    ("Troops killed dozens of Taliban militants in Helmand.", "190"),
])
def test_coding_field_killing_codes_follow_the_codebook(code, sentence: str, cameo: str) -> None:
    assert cameo in {e.cameo for e in code(sentence) if e.counted}


def test_coding_field_protest_is_coded_before_its_message(code) -> None:
    events = code("Residents gathered to denounce the governor of Lagos over power cuts.")
    assert _types(events) == {"PROTEST"}


@pytest.mark.parametrize(("sentence", "cameo"), [
    ("Peruvian President Dina Boluarte declined to resign.", "1231"),
    ("Armenia and Azerbaijan failed to reach agreement in Vienna.", "120"),
])
def test_coding_field_refusals_and_failures_are_rejections(code, sentence: str, cameo: str) -> None:
    assert cameo in {e.cameo for e in code(sentence) if e.counted}


def test_coding_field_one_event_per_trigger_and_actor_pair(code) -> None:
    events = code("Kenya hosted talks with Uganda and Kenya held talks with Uganda again.")
    keys = [(e.trigger.start, e.source and e.source.code, e.target and e.target.code) for e in events]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(("sentence", "source", "kind"), [
    ('"We will crush the rebels," the army chief of Sudan said.', "SDN", "THREATEN"),
    ('The defence minister of Chad said: "We will attack the bandits near the border."', "TCD", "THREATEN"),
    ('"We will impose sanctions on Iran," the French foreign minister said.', "FRA", "THREATEN"),
])
def test_coding_field_threat_in_a_quotation_has_the_speaker_as_source(code, sentence: str, source: str,
                                                                      kind: str) -> None:
    assert (source, kind) in {(e.source.code[:3], e.plover.type) for e in code(sentence)
                              if e.source and e.plover and e.counted}
