"""Magnitudes: how many were killed, injured, arrested, or took part, read from the event's clause.

Each case is a sentence of our own, the word that triggers the event, and the counts expected
as (min, max): None where the text gives no bound ("at least 20" has no max)."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.magnitude import MagnitudeReader
from newsevents.pipeline import Pipeline
from newsevents.records import Article, Count, Magnitude
from newsevents.store import Store

Bounds = tuple[int | None, int | None]

CASES: list[tuple[str, str, dict[str, Bounds]]] = [
    ('A roadside bomb killed 11 coal miners in the province on Sunday.', 'killed', {'dead': (11, 11)}),
    ('At least 20 people were wounded when the mortar shells hit the market.', 'wounded', {'injured': (20, None)}),
    ('Thousands of protesters marched through the capital on Friday.', 'marched', {'size': (2000, 9999)}),
    ('Dozens were detained after the clashes, police said.', 'detained', {'arrested': (24, 99)}),
    ('Gunmen attacked a village overnight, killing 14 people and wounding 9 others.', 'attacked',
     {'dead': (14, 14), 'injured': (9, 9)}),
    ('Police arrested 35 demonstrators outside the parliament building.', 'arrested', {'arrested': (35, 35)}),
    ('The airstrike killed more than 40 civilians, local officials said.', 'killed', {'dead': (40, None)}),
    ('Security forces detained about 200 opposition supporters on Tuesday.', 'detained', {'arrested': (200, 200)}),
    ('The explosion killed five soldiers and injured 12 others.', 'killed', {'dead': (5, 5), 'injured': (12, 12)}),
    ('Hundreds of students rallied in front of the ministry.', 'rallied', {'size': (200, 999)}),
    ('Tens of thousands of workers went on strike across the country.', 'strike', {'size': (20000, 99999)}),
    ('Militants killed two police officers at a checkpoint.', 'killed', {'dead': (2, 2)}),
    ('Authorities said 1,200 people had been arrested since the unrest began.', 'arrested', {'arrested': (1200, 1200)}),
    ('The shelling killed at least 7 and wounded dozens more.', 'killed', {'dead': (7, None), 'injured': (24, 99)}),
    ('A suicide bomber killed 23 worshippers at a mosque.', 'killed', {'dead': (23, 23)}),
    ('Rebels abducted 18 aid workers near the border.', 'abducted', {'arrested': (18, 18)}),
    ('Nearly 300 protesters gathered outside the embassy.', 'gathered', {'size': (None, 300)}),
    ('Troops opened fire on the crowd, killing 3 demonstrators.', 'fire', {'dead': (3, 3)}),
    ('Two million people joined the march against the reform.', 'joined', {'size': (2000000, 2000000)}),
    ('The police detained a dozen activists during the rally.', 'detained', {'arrested': (12, 12)}),
    ('Clashes between the two groups left 16 dead and 40 injured.', 'Clashes', {'dead': (16, 16), 'injured': (40, 40)}),
    ('The army said its soldiers killed 31 insurgents in the mountains.', 'killed', {'dead': (31, 31)}),
    ('Some 5,000 farmers blocked the highways with tractors.', 'blocked', {'size': (5000, 5000)}),
    ('Officers arrested three suspects in connection with the attack.', 'arrested', {'arrested': (3, 3)}),
    ('The government deployed 2,000 troops to the region.', 'deployed', {'size': (2000, 2000)}),
    ('Eleven people died in the fire that followed the bombing.', 'died', {'dead': (11, 11)}),
    ('The attack wounded 8 policemen, the ministry said.', 'attack', {'injured': (8, 8)}),
    ('Up to 50 people were feared dead after the landslide hit the camp.', 'dead', {'dead': (None, 50)}),
    ('The junta jailed 14 journalists last year.', 'jailed', {'arrested': (14, 14)}),
    ('Scores of people were injured in the stampede.', 'injured', {'injured': (40, 99)}),
    ('The militia executed 9 prisoners, a human rights group said.', 'executed', {'dead': (9, 9)}),
    ('Israeli strikes killed 27 Palestinians in Gaza on Monday.', 'killed', {'dead': (27, 27)}),
    ('Hundreds of refugees crossed the border on foot.', 'crossed', {'size': (200, 999)}),
    ('Soldiers wounded four protesters with rubber bullets.', 'wounded', {'injured': (4, 4)}),
    ('More than 100 opposition members were detained before the vote.', 'detained', {'arrested': (100, None)}),
    ('The bombing killed 12 and injured 30 at a bus station.', 'bombing', {'dead': (12, 12), 'injured': (30, 30)}),
    ('A crowd of 3,000 protested against the new tax.', 'protested', {'size': (3000, 3000)}),
    ('Ten students were arrested at the university on Wednesday.', 'arrested', {'arrested': (10, 10)}),
    ('The coalition said its strikes killed 60 fighters.', 'killed', {'dead': (60, 60)}),
    ('Pirates seized a tanker and took 21 crew members hostage.', 'seized', {}),
    ('The police fired tear gas at 500 demonstrators.', 'fired', {}),
    ('Dozens of people were killed in the fighting.', 'killed', {'dead': (24, 99)}),
    ('The government freed 40 political prisoners on Sunday.', 'freed', {}),
    ('Nine civilians were killed and 15 wounded in the strike.', 'killed', {'dead': (9, 9), 'injured': (15, 15)}),
    ('The president met 3 governors in the capital.', 'met', {}),
    ('The death toll from the attack rose to 45.', 'attack', {'dead': (45, 45)}),
    ('Several hundred supporters rallied for the opposition leader.', 'rallied', {'size': (200, 999)}),
    ('Police said 70 suspects were rounded up during the raids.', 'raids', {'arrested': (70, 70)}),
    ('The earthquake of 2023 and the war have displaced people.', 'displaced', {}),
    ('A 25-year-old man was arrested on Monday.', 'arrested', {}),
    ('The ministry spent 5 million dollars on the program.', 'spent', {}),
    ('At least 13 soldiers died in the ambush.', 'ambush', {'dead': (13, None)}),
    ('Forty protesters were injured when police charged the crowd.', 'injured', {'injured': (40, 40)}),
    ('Russian forces captured 12 Ukrainian soldiers near the town.', 'captured', {'arrested': (12, 12)}),
    ('Fifteen thousand people marched in the city center.', 'marched', {'size': (15000, 15000)}),
    ('The gunmen killed one guard and kidnapped 6 tourists.', 'killed', {'dead': (1, 1), 'arrested': (6, 6)}),
    ('The blast killed 4 people, two of them children.', 'blast', {'dead': (4, 4)}),
    ('In 2019, the court sentenced 8 activists to prison.', 'sentenced', {}),
    ('The riots left over 200 people injured.', 'riots', {'injured': (200, None)}),
    ('About 40 people were killed when the jets bombed the town.', 'bombed', {'dead': (40, 40)}),
    ('The union said 10,000 workers joined the walkout.', 'walkout', {'size': (10000, 10000)}),
    ('Hundreds of thousands of people took to the streets.', 'took', {'size': (200000, 999999)}),
]


@pytest.fixture(scope="module")
def reader() -> MagnitudeReader:
    return MagnitudeReader()


def test_magnitude_has_at_least_sixty_sentences() -> None:
    assert len({sentence for sentence, _, _ in CASES}) >= 60


@pytest.mark.parametrize(("sentence", "trigger", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_magnitude_reads_the_counts_of_the_event(pipeline: Pipeline, reader: MagnitudeReader, sentence: str,
                                                 trigger: str, expected: dict[str, Bounds]) -> None:
    doc = pipeline.nlp(sentence)
    token = next(t for t in doc if t.text == trigger)
    magnitude = reader.read(token) or Magnitude()
    got = {kind: (count.low, count.high) for kind in ("dead", "injured", "arrested", "size")
           if (count := getattr(magnitude, kind)) is not None}
    assert got == expected


@pytest.mark.parametrize(("sentence", "trigger", "kind", "words"), [
    ("A roadside bomb killed 11 coal miners in the province on Sunday.", "killed", "dead", "killed 11 coal miners"),
    ("At least 20 people were wounded when the mortar shells hit the market.", "wounded", "injured",
     "At least 20 people were wounded"),
    ("Thousands of protesters marched through the capital on Friday.", "marched", "size", "Thousands of protesters"),
    ("Dozens were detained after the clashes, police said.", "detained", "arrested", "Dozens were detained"),
])
def test_magnitude_keeps_the_words_it_read(pipeline: Pipeline, reader: MagnitudeReader, sentence: str,
                                           trigger: str, kind: str, words: str) -> None:
    token = next(t for t in pipeline.nlp(sentence) if t.text == trigger)
    assert getattr(reader.read(token), kind).text == words


def test_magnitude_is_carried_by_coded_events(pipeline: Pipeline) -> None:
    [event] = [e for e in pipeline.code_article(Article("m", "Sudanese troops killed 14 rebels in Darfur on Monday.",
                                                        date=date(2024, 3, 6))) if e.trigger.text == "killed"]
    assert event.magnitude is not None and event.magnitude.dead == Count(14, 14, "killed 14 rebels")
    assert event.to_dict()["magnitude"]["dead"] == {"min": 14, "max": 14, "text": "killed 14 rebels"}


def test_magnitude_is_stored_and_exported(pipeline: Pipeline, tmp_path) -> None:  # type: ignore[no-untyped-def]
    article = Article("m", "Police arrested 35 demonstrators outside the parliament building in Cairo.",
                      date=date(2024, 3, 6))
    with Store(tmp_path / "m.duckdb") as store:
        store.add_article(article, pipeline.code_article(article))
        [record] = [r for r in store.events() if r["trigger"]["text"] == "arrested"]
        frame = store.events_df()
    assert record["magnitude"]["arrested"] == {"min": 35, "max": 35, "text": "arrested 35 demonstrators"}
    assert list(frame["magnitude_arrested_min"]) == [35]


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Gunmen killed " + "7" * 400 + " villagers in the north.", "killed"),  # a float infinity, once
    ("Militants killed 88213409771265 soldiers near the border.", "killed"),  # an identifier, not a toll
    ("Three billion people protested against the tax on Monday.", "protested"),  # a population, not a crowd
    ("Police detained 5,000,000,000 people overnight.", "detained"),
])
def test_magnitude_ignores_numbers_no_event_counts(pipeline: Pipeline, reader: MagnitudeReader, sentence: str,
                                                   trigger: str) -> None:
    token = next(t for t in pipeline.nlp(sentence) if t.text == trigger)
    magnitude = reader.read(token) or Magnitude()
    counts = [c for kind in ("dead", "injured", "arrested", "size") if (c := getattr(magnitude, kind)) is not None]
    assert all(c.low is None or c.low <= 2**31 - 1 for c in counts)
    assert all(c.high is None or c.high <= 2**31 - 1 for c in counts)


def test_magnitude_of_a_huge_number_does_not_fail_the_store(pipeline: Pipeline, tmp_path) -> None:  # type: ignore[no-untyped-def]
    article = Article("h", "Caption 3094417720158\n\nSoldiers killed at least 12 rebels in Darfur on Monday. "
                      "Three billion people protested in Cairo.", date=date(2024, 3, 6))
    with Store(tmp_path / "h.duckdb") as store:
        store.add_article(article, pipeline.code_article(article))
        assert any(r["trigger"]["text"] == "killed" for r in store.events())
