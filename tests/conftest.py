"""Shared fixtures: the real spaCy model and one Pipeline for the whole test session."""

from __future__ import annotations

import os
from collections.abc import Iterator
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


@pytest.fixture
def roles_at(code):  # type: ignore[no-untyped-def]
    """The (source, target) codes of the events of ``text`` whose trigger's first word is ``trigger``."""

    def roles(text: str, trigger: str, when: date) -> set[tuple[str | None, str | None]]:
        return {(e.source.code if e.source else None, e.target.code if e.target else None)
                for e in code(text, when) if e.trigger.text.split()[0] == trigger}

    return roles


@pytest.fixture
def date_of(pipeline: Pipeline):  # type: ignore[no-untyped-def]
    """The date the resolver gives the last word ``word`` of ``text`` published on ``published``."""

    def resolve(text: str, word: str, published: date) -> tuple[str | None, str]:
        doc = pipeline.nlp(text)
        trigger = [t for t in doc if t.text == word][-1]
        return pipeline.dates.resolve(trigger, published)

    return resolve


@pytest.fixture(scope="session")
def postgres_server_url() -> Iterator[str]:
    """A PostgreSQL server of the session's own (tests/pg_server.py); skipped where PostgreSQL is not
    installed, unless NEWSEVENTS_TEST_POSTGRES=required (as in `make test`, which installs it)."""
    from pg_server import find_bindir, postgres_server

    bindir = find_bindir()
    if bindir is None:
        if os.environ.get("NEWSEVENTS_TEST_POSTGRES") == "required":
            pytest.fail("PostgreSQL is not installed: apt-get install postgresql (make test does)")
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    with postgres_server(bindir) as url:
        yield url


@pytest.fixture
def postgres_url(postgres_server_url: str) -> str:
    """The URL of a fresh, empty database on the session's PostgreSQL server."""
    from pg_server import new_database

    return new_database(postgres_server_url)
