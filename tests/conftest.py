"""Shared fixtures: the real spaCy model and one Pipeline for the whole test session."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsevents.pipeline import Pipeline
from newsevents.records import Article, Event

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the project")
    return SHARED


@pytest.fixture
def code(pipeline: Pipeline):  # type: ignore[no-untyped-def]
    """code("sentence", date) -> events, with the session pipeline."""

    def run(text: str, when: date | None = date(2019, 4, 27)) -> list[Event]:
        return pipeline.code_article(Article(id="t", text=text, date=when))

    return run
