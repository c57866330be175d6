"""Older store files are upgraded in place, keeping their data."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import pytest

from newsevents.errors import StoreError
from newsevents.records import Actor, Article, Event, Plover, Trigger
from newsevents.store import Store
from newsevents.store.migrations import CURRENT_VERSION, MIGRATIONS


def v1_file(path: Path) -> None:
    """A store as version 1 wrote it: the baseline schema, one article, one event."""
    conn = duckdb.connect(str(path))
    conn.execute(MIGRATIONS[0].script())
    conn.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    conn.execute("INSERT INTO articles (id, content_hash, date, text, n_events, ingested_at) VALUES "
                 "('old', 'h', DATE '2019-04-26', 'Kim met Putin.', 1, TIMESTAMP '2024-01-01 00:00:00')")
    conn.execute(
        "INSERT INTO events (event_id, doc_id, sentence_index, sentence, trigger_text, trigger_start, "
        "trigger_end, source_text, source_code, cameo, quad_class, goldstein, plover_type, plover_context, "
        "status, date_precision, rule, confidence) VALUES ('e1', 'old', 0, 'Kim met Putin.', 'met', 4, 7, "
        "'Kim', 'PRKGOV', '044', 1, 1.0, 'CONSULT', ['diplomatic'], 'asserted', 'unknown', 'meet', 0.9)")
    conn.close()


def test_store_migrations_are_numbered_in_order() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
    assert len(MIGRATIONS) == CURRENT_VERSION


def test_store_version_1_file_is_upgraded_in_place(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    v1_file(db)
    with Store(db) as store:
        assert store.schema_version == CURRENT_VERSION
        [event] = store.events()
        assert event["event_id"] == "e1"
        assert event["plover"] == {"type": "CONSULT", "mode": None, "context": ["diplomatic"]}
        assert event["target"] is None
    conn = duckdb.connect(str(db), read_only=True)
    assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (
        str(CURRENT_VERSION),)
    # the events already stored get their sighting in the new mentions table
    assert conn.execute("SELECT event_id, doc_id FROM mentions").fetchall() == [("e1", "old")]
    conn.close()


def test_store_version_0_file_gets_every_table(tmp_path: Path) -> None:
    db = tmp_path / "v0.duckdb"
    conn = duckdb.connect(str(db))
    conn.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)")
    conn.execute("INSERT INTO meta VALUES ('schema_version', '0')")
    conn.close()
    with Store(db) as store:
        assert store.schema_version == CURRENT_VERSION
        event = Event(doc_id="new", sentence_index=0, sentence="Kim met Putin.", trigger=Trigger("met", 4, 7),
                      source=Actor("Kim", "PRKGOV"), target=None, cameo="044", quad_class=1, goldstein=1.0,
                      plover=Plover("CONSULT"))
        assert store.add_article(Article("new", "Kim met Putin.", date(2019, 4, 25)), [event])
        assert store.events() == [event.to_dict()]


def test_store_read_only_open_does_not_upgrade(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    v1_file(db)
    with pytest.raises(StoreError, match="needs upgrading"):
        Store(db, read_only=True)
    with Store(db) as store:
        assert store.schema_version == CURRENT_VERSION


def test_store_a_failed_upgrade_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    v1_file(db)
    conn = duckdb.connect(str(db))
    conn.execute("CREATE TABLE mentions (x INTEGER)")  # in the way of migration 2
    conn.close()
    with pytest.raises(StoreError, match="cannot upgrade"):
        Store(db)
    conn = duckdb.connect(str(db), read_only=True)
    assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == ("1",)
    assert conn.execute("SELECT count(*) FROM events").fetchone() == (1,)
    conn.close()


def v2_file(path: Path) -> None:
    """A store as version 2 wrote it: two articles reporting the same meeting, one event each."""
    conn = duckdb.connect(str(path))
    conn.execute(MIGRATIONS[0].script())
    conn.execute(MIGRATIONS[1].script())
    conn.execute("INSERT INTO meta VALUES ('schema_version', '2')")
    for n, (doc, url) in enumerate([("a", "https://x.org/a"), ("b", "https://y.org/b")]):
        conn.execute("INSERT INTO articles (id, content_hash, url, date, text, n_events, ingested_at) VALUES "
                     f"('{doc}', 'h{doc}', '{url}', DATE '2019-04-26', 'Kim met Putin in Vladivostok, said {doc}.',"
                     f" 1, TIMESTAMP '2024-01-0{n + 1} 00:00:00')")
        conn.execute(
            "INSERT INTO events (event_id, doc_id, sentence_index, sentence, trigger_text, trigger_start, "
            "trigger_end, source_code, target_code, cameo, quad_class, goldstein, status, date, date_precision, "
            f"location_name, location_geonameid, rule, confidence) VALUES ('e{doc}', '{doc}', 0, 'Kim met Putin.', "
            "'met', 4, 7, 'PRKGOV', 'RUSGOV', '044', 1, 1.0, 'asserted', '2019-04-25', 'day', 'Vladivostok', "
            "2013348, 'meet', 0.9)")
        conn.execute(f"INSERT INTO mentions VALUES ('e{doc}', '{doc}', 0, 0.9)")
    conn.close()


def test_store_version_2_file_is_upgraded_and_its_events_merged(tmp_path: Path) -> None:
    db = tmp_path / "v2.duckdb"
    v2_file(db)
    with Store(db) as store:
        assert store.schema_version == CURRENT_VERSION >= 3
        [event] = store.events(with_counts=True)
        assert (event["event_id"], event["num_mentions"], event["num_articles"], event["num_sources"]) == (
            "ea", 2, 2, 2)
        conn = store.connection
        assert conn.execute("SELECT mention_id, event_id, doc_id, trigger_text FROM mentions ORDER BY 1").fetchall(
            ) == [("ea", "ea", "a", "met"), ("eb", "ea", "b", "met")]
        # fingerprints were computed for the articles already there: a re-read is recognised
        assert conn.execute("SELECT count(*) FROM fingerprints WHERE minhash IS NOT NULL").fetchone() == (2,)
        copy = Article("c", "Kim met Putin in Vladivostok, said a.", url="https://x.org/a")
        assert store.add_article(copy, []) is False


def version_7_store(target: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """A store as version 7 wrote it (no date precision 'week'), holding one event with its mention and
    merge key; returns the event as stored."""
    from newsevents.store import migrations
    from test_store import make_article, make_event

    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", MIGRATIONS[:7])
        patch.setattr(migrations, "CURRENT_VERSION", 7)
        with Store(target) as store:
            assert store.schema_version == 7
            assert store.add_article(make_article(), [make_event()])
            with pytest.raises(StoreError):  # version 7 has no week
                store.add_article(make_article("other", "Kim met Putin last week."),
                                  [make_event("other", date="2019-W17", date_precision="week")])
            return store.events(with_counts=True)[0]


def check_week_upgrade(target: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Opening a version 7 store upgrades it in place: its event, mention and merge key kept, a week storable."""
    from test_store import make_article, make_event

    kept = version_7_store(target, monkeypatch)
    with Store(target) as store:
        assert store.schema_version == CURRENT_VERSION >= 8
        assert store.events(with_counts=True) == [kept]
        conn = store.connection
        assert conn.execute("SELECT count(*) FROM mentions", []).fetchone() == (1,)
        assert conn.execute("SELECT count(*) FROM event_keys", []).fetchone() == (1,)
        week = make_event("other", date="2019-W17", date_precision="week")
        assert store.add_article(make_article("other", "Kim met Putin last week."), [week])
        assert {e["date_precision"] for e in store.events()} == {"day", "week"}


def test_store_version_7_file_is_upgraded_to_keep_weeks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    check_week_upgrade(str(tmp_path / "v7.duckdb"), monkeypatch)
