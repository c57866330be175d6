"""The gazetteer down to towns and divisions: index, precision, ADM1 codes, homonyms by containment."""

from __future__ import annotations

import pytest

from newsevents.pipeline import Pipeline
from newsevents.places.gazetteer import Gazetteer, index_keys


@pytest.fixture(scope="module")
def gazetteer(pipeline: Pipeline) -> Gazetteer:
    return pipeline.places.gazetteer


def test_places_gazetteer_index_agrees_with_code(gazetteer: Gazetteer) -> None:
    """The stored index was built with today's ``fold`` and word lists (else: rebuild the data)."""
    lines = gazetteer._lines
    kinds = {"P": "town", "A1": "admin1", "A2": "admin2"}
    checked = 0
    for number in range(4, len(lines), 997):
        row = lines[number].split("\t")
        keys = index_keys(row[2], kinds[row[0]], gazetteer.words)
        for key in keys:
            assert number in {abs(n) for n in gazetteer._line_numbers(key)}, (row[2], key)
        checked += 1
    assert checked > 200


@pytest.mark.parametrize(
    ("name", "kind", "country", "adm1"),
    [
        ("Lashkargah", "town", "AFG", "AF10"),
        ("Helmand", "admin1", "AFG", "AF10"),
        ("Soroti", "town", "UGA", None),
        ("Guanare", "town", "VEN", "VE18"),
        ("Portuguesa", "admin1", "VEN", "VE18"),
        ("Texas", "admin1", "USA", "USTX"),
        ("Syria", "country", "SYR", "SY"),
    ],
)
def test_places_gazetteer_towns_and_divisions(
    gazetteer: Gazetteer, name: str, kind: str, country: str, adm1: str | None
) -> None:
    place = gazetteer.lookup_place(name)
    assert place is not None and place.kind == kind and place.country == country
    if adm1 is not None:
        assert gazetteer.adm1(place) == adm1


@pytest.mark.parametrize(
    ("name", "context", "country"),
    [
        ("Tripoli", (), "LBY"),
        ("Tripoli", ("LBN",), "LBN"),
        ("Tripoli, Lebanon", (), "LBN"),
        ("La Paz", (), "BOL"),
        ("La Paz, Baja California Sur", (), "MEX"),
        ("Hyderabad, Sindh", (), "PAK"),
        ("Iquique, Tarapaca", (), "CHL"),
    ],
)
def test_places_gazetteer_homonyms(gazetteer: Gazetteer, name: str, context: tuple[str, ...], country: str) -> None:
    place = gazetteer.lookup_place(name, context)
    assert place is not None and place.country == country


def test_places_gazetteer_unknown_town_in_a_country_is_the_country(gazetteer: Gazetteer) -> None:
    place = gazetteer.lookup_place("Qaryat Zzyzx, Syria")
    assert place is not None and place.kind == "country" and place.country == "SYR"


def test_places_gazetteer_kind_asked(gazetteer: Gazetteer) -> None:
    town = gazetteer.lookup_place("Kandahar")
    province = gazetteer.lookup_place("Kandahar", kind="admin1")
    assert town is not None and town.kind == "town"
    assert province is not None and province.kind == "admin1" and province.country == "AFG"


def test_places_gazetteer_containers(gazetteer: Gazetteer) -> None:
    town = gazetteer.lookup_place("Lashkargah")
    assert town is not None
    assert [p.kind for p in gazetteer.containers(town)] == ["admin1", "country"]
    assert gazetteer.containers(town)[0].name == "Helmand"


def test_places_gazetteer_precision_in_location(gazetteer: Gazetteer) -> None:
    loc = gazetteer.lookup("Manbij")
    assert loc is not None and loc.precision == "town" and loc.adm1 is not None and loc.adm1.startswith("SY")
    country = gazetteer.country("AFG")
    assert country is not None and country.precision == "country"


def test_places_gazetteer_small_namesakes_lose_to_famous_cities(gazetteer: Gazetteer) -> None:
    for name, context, country in (("Geneva", ("USA",), "CHE"), ("Athens", ("USA",), "GRC"),
                                   ("Paris", ("USA",), "FRA"), ("Tripoli", ("LBN",), "LBN"),
                                   ("Hyderabad", ("PAK",), "PAK"), ("Georgia", ("USA",), "USA")):
        place = gazetteer.lookup_place(name, context)
        assert place is not None and place.country == country, (name, place)


@pytest.mark.parametrize(
    ("name", "context", "country"),
    [
        ("Central District", ("HKG",), None),
        ("Central District", ("ISR",), "ISR"),
        ("Eastern Province", ("SAU",), "SAU"),
        ("Eastern Province", ("USA",), None),
        ("Northern Province", ("ZMB",), "ZMB"),
    ],
)
def test_places_gazetteer_compass_divisions_only_in_story_countries(
        gazetteer: Gazetteer, name: str, context: tuple[str, ...], country: str | None) -> None:
    """A division named by a compass word and a division noun is one of many countries': it is found only
    in a country of the story."""
    place = gazetteer.lookup_place(name, context)
    assert (place.country if place is not None else None) == country
