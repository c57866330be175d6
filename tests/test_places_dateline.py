"""Datelines: "QUETTA, Pakistan (AP) —" read into places, agency, date and span."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.dateline import DatelineParser, parse_dateline
from newsevents.records import Article

PUBLISHED = dt.date(2021, 1, 5)


@pytest.mark.parametrize(
    ("text", "places", "agency", "body"),
    [
        ("QUETTA, Pakistan (AP) — Gunmen opened fire on a bus.", ("QUETTA, Pakistan",), "AP", "Gunmen"),
        ("KABUL, Afghanistan — A car bomb went off near a checkpoint.", ("KABUL, Afghanistan",), None, "A car"),
        ("WASHINGTON (AP) -- The senate voted on the bill.", ("WASHINGTON",), "AP", "The senate"),
        ("MOSUL/ERBIL (Reuters) - Iraqi troops advanced.", ("MOSUL", "ERBIL"), "Reuters", "Iraqi"),
        ("Nairobi (CNN) Kenyan police dispersed a march.", ("Nairobi",), "CNN", "Kenyan"),
        ("SPRINGFIELD, Ill. (AP) — The governor signed it.", ("SPRINGFIELD, Ill.",), "AP", "The governor"),
        ("LA PAZ, Bolivia—Miners blocked the highway.", ("LA PAZ, Bolivia",), None, "Miners"),
        ("PORT-AU-PRINCE, Haiti – Gangs torched a market.", ("PORT-AU-PRINCE, Haiti",), None, "Gangs"),
    ],
)
def test_dateline_reads_place_agency_and_span(text: str, places: tuple[str, ...], agency: str | None,
                                              body: str) -> None:
    found = parse_dateline(text, PUBLISHED)
    assert found is not None
    assert found.places == places
    assert found.agency == agency
    assert found.start == 0
    assert text[found.end:].startswith(body)


def test_dateline_month_day_is_latest_on_or_before_publication() -> None:
    found = parse_dateline("LAGOS, Dec. 30 (Reuters) - Fuel prices rose.", PUBLISHED)
    assert found is not None and found.places == ("LAGOS",)
    assert found.date == dt.date(2020, 12, 30)
    same_year = parse_dateline("BOGOTA, January 4 (Reuters) - Rebels freed two hostages.", PUBLISHED)
    assert same_year is not None and same_year.date == dt.date(2021, 1, 4)
    assert same_year.places == ("BOGOTA",)


def test_dateline_after_byline_lines() -> None:
    text = "By Jane Doe and John Roe\n\nSTAFF WRITERS\n\nDHAKA, Bangladesh — Garment workers walked out."
    found = parse_dateline(text)
    assert found is not None and found.places == ("DHAKA, Bangladesh",)
    assert text[found.start:].startswith("DHAKA") and text[found.end:].startswith("Garment")


@pytest.mark.parametrize(
    "text",
    [
        "UNCERTAINTY IS the enemy of investment, economists say.",
        "FILE - In this photo, soldiers patrol a street.",
        "The United States - and its allies - agreed.",
        "Officials said on Monday that talks would resume.",
        "A long opening line that is clearly a sentence of the story itself and not a byline at all.\n\n"
        "TUNIS — Protesters gathered.",
    ],
)
def test_dateline_absent(text: str) -> None:
    assert parse_dateline(text) is None


def test_dateline_parser_loads_packaged_lists() -> None:
    parser = DatelineParser.load()
    assert "reuters" in parser.agencies and "file" in parser.not_places


def test_dateline_pipeline_fills_article(pipeline) -> None:  # type: ignore[no-untyped-def]
    article = Article(id="d1", text="HERAT, Afghanistan (AP) — Police arrested three men.", date=PUBLISHED)
    coded, _events = next(iter(pipeline.code_articles([article])))
    assert coded.dateline is not None
    assert coded.dateline.places == ("HERAT, Afghanistan",)
    assert coded.text[coded.dateline.end:].startswith("Police")


def test_dateline_day_dates_the_story(pipeline) -> None:  # type: ignore[no-untyped-def]
    article = Article(id="d2", text="LAGOS, June 3 (Reuters) - Nigerian police arrested ten protesters.",
                      date=dt.date(2021, 6, 5))
    _coded, events = next(iter(pipeline.code_articles([article])))
    assert events and events[0].date == "2021-06-03" and events[0].date_precision == "publication"
