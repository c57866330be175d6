"""Conflict and protest notes (tests/data/field_notes.tsv): the main event gets the right PLOVER type."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from newsevents.pipeline import Pipeline
from newsevents.records import Article

NOTES = Path(__file__).parent / "data" / "field_notes.tsv"


def _notes() -> list[tuple[str, str]]:
    rows = [line.split("\t") for line in NOTES.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return [(kind, text) for kind, text in rows]


def test_coding_notes_file_has_at_least_a_hundred_notes_of_many_types() -> None:
    notes = _notes()
    assert len(notes) >= 100
    assert len({kind for kind, _ in notes}) >= 10


def test_coding_notes_main_event_has_the_right_type(pipeline: Pipeline) -> None:
    notes = _notes()
    articles = [Article(id=str(i), text=text, date=date(2024, 12, 31)) for i, (_, text) in enumerate(notes)]
    wrong = []
    for (expected, text), (_, events) in zip(notes, pipeline.code_articles(articles), strict=True):
        counted = sorted((e for e in events if e.counted and e.plover), key=lambda e: e.trigger.start)
        got = counted[0].plover.type if counted and counted[0].plover else None
        if got != expected:
            wrong.append(f"{text} -> {got} (expected {expected})")
    assert len(wrong) <= len(notes) // 10, "\n".join(wrong)
