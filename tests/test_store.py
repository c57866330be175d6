"""The DuckDB store: round trips, idempotence, transactions, errors, exports, env var."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from datetime import date
from pathlib import Path

import duckdb
import pytest

from newsevents.errors import StoreError
from newsevents.records import Actor, Article, Event, Location, Plover, Trigger
from newsevents.store import Store, default_db_path
from newsevents.store.table import TABLE_COLUMNS

SENTENCE = "Kim Jong Un met Vladimir Putin in Vladivostok on Thursday."


def make_article(doc_id: str = "seed", text: str = "Kim met Putin. Talks went well.") -> Article:
    return Article(id=doc_id, text=text, date=date(2019, 4, 26), title="Summit", url=f"https://example.org/{doc_id}",
                   source_path="/tmp/seed.txt", author="A. Writer")


def make_event(doc_id: str = "seed", /, **changes: object) -> Event:
    event = Event(
        doc_id=doc_id, sentence_index=0, sentence=SENTENCE, trigger=Trigger("met", 12, 15),
        source=Actor("Kim Jong Un", "PRKGOV", "PRK", "GOV", "Kim Jong Un"),
        target=Actor("Vladimir Putin", "RUSGOV", "RUS", "GOV", "Vladimir Putin"),
        cameo="044", quad_class=1, goldstein=1.0, plover=Plover("CONSULT", "third-party", ("diplomatic",)),
        status="asserted", attribution=Actor("Reuters", "MED", None, "MED", None),
        date="2019-04-25", date_precision="day",
        location=Location("Vladivostok", "RUS", 43.1056, 131.8735, 2013348),
        rule="pattern:meet", confidence=0.9,
    )
    return dataclasses.replace(event, **changes)  # type: ignore[arg-type]


def bare_event(doc_id: str = "seed") -> Event:
    """An event with every optional part missing: a statement (no PLOVER type), no target."""
    return Event(doc_id=doc_id, sentence_index=1, sentence="Talks went well.", trigger=Trigger("went", 6, 10),
                 source=None, target=None, cameo="010", quad_class=0, goldstein=0.0, plover=None,
                 status="negated")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "events.duckdb"


def test_store_round_trip_gives_back_the_event_records(db: Path) -> None:
    events = [make_event(), bare_event()]
    with Store(db) as store:
        assert store.add_article(make_article(), events) is True
    with Store(db, read_only=True) as store:
        got = store.events()
        assert got == [e.to_dict() for e in events]
        assert store.count_articles() == 1
        assert store.count_events() == 2
        [article] = store.articles()
        assert article["id"] == "seed"
        assert article["date"] == "2019-04-26"
        assert article["n_events"] == 2
        assert article["content_hash"] == make_article().content_hash()
        assert "text" not in article
        assert store.articles(with_text=True)[0]["text"] == make_article().text


@pytest.mark.parametrize(("kwargs", "expected"), [
    ({}, 3),
    ({"doc_id": "b"}, 1),
    ({"counted_only": True}, 2),
    ({"limit": 1}, 1),
    ({"doc_id": "a", "counted_only": True}, 1),
])
def test_store_events_filters(db: Path, kwargs: dict[str, object], expected: int) -> None:
    with Store(db) as store:
        store.add_article(make_article("a", "first story"), [make_event("a"), bare_event("a")])
        store.add_article(make_article("b", "second story"), [make_event("b", date="2019-04-24")])
        assert len(store.events(**kwargs)) == expected  # type: ignore[arg-type]
        assert len(store.events_df(**kwargs)) == expected  # type: ignore[arg-type]
        assert store.events_arrow(**kwargs).num_rows == expected  # type: ignore[arg-type]


def test_store_events_are_ordered_by_doc_sentence_trigger(db: Path) -> None:
    # different dates: events that agree on date, actors, code and place would be merged
    later = make_event("a", sentence_index=2, trigger=Trigger("met", 30, 33), date="2019-04-23")
    early = make_event("a", trigger=Trigger("met", 1, 4), date="2019-04-22")
    with Store(db) as store:
        store.add_article(make_article("b", "b"), [make_event("b")])
        store.add_article(make_article("a", "a"), [later, bare_event("a"), early])
        got = [(e["doc_id"], e["sentence_index"], e["trigger"]["start"]) for e in store.events()]
    assert got == [("a", 0, 1), ("a", 1, 6), ("a", 2, 30), ("b", 0, 12)]


def test_store_empty_plover_context_round_trips(db: Path) -> None:
    events = [make_event("a", plover=Plover("AGREE")), make_event("a", trigger=Trigger("met", 1, 4),
                                                                  plover=Plover("AID", None, ()), cameo="070")]
    with Store(db) as store:
        store.add_article(make_article("a"), events)
        assert sorted(e["plover"]["type"] for e in store.events()) == ["AGREE", "AID"]
        assert store.events() == sorted((e.to_dict() for e in events), key=lambda d: d["trigger"]["start"])


def test_store_adding_twice_changes_nothing(db: Path) -> None:
    with Store(db) as store:
        assert store.add_article(make_article(), [make_event()]) is True
        assert store.add_article(make_article(), [make_event(), bare_event()]) is False
        assert store.add_articles([(make_article(), [make_event()])]) == 0
        assert (store.count_articles(), store.count_events()) == (1, 1)


def test_store_same_text_under_another_id_is_not_added(db: Path) -> None:
    first = make_article("one", "Kim met  Putin.\n")
    again = make_article("two", "kim MET putin.")  # same text once whitespace and case are normalised
    with Store(db) as store:
        store.add_article(first, [make_event("one")])
        assert store.has_article(again)
        assert store.add_article(again, [make_event("two")]) is False
        assert [a["id"] for a in store.articles()] == ["one"]


def test_store_duplicates_within_a_batch_count_once(db: Path) -> None:
    batch = [(make_article("a", "x"), [make_event("a")]), (make_article("a", "y"), [make_event("a")]),
             (make_article("c", "X "), [make_event("c")]), (make_article("d", "z"), [])]
    with Store(db) as store:
        assert store.add_articles(batch) == 2
        assert sorted(a["id"] for a in store.articles()) == ["a", "d"]


def test_store_events_with_the_same_id_are_stored_once(db: Path) -> None:
    twin = make_event(sentence="Kim Jong Un met Vladimir Putin again.", rule="other")
    assert twin.event_id == make_event().event_id
    with Store(db) as store:
        store.add_article(make_article(), [make_event(), twin])
        assert store.count_events() == 1
        assert store.events()[0]["rule"] == "pattern:meet"
        assert store.articles()[0]["n_events"] == 1


@pytest.mark.parametrize("bad", [
    {"quad_class": 9},
    {"goldstein": 11.0},
    {"confidence": 1.5},
    {"status": "rumoured"},
    {"date_precision": "fortnight"},
    {"trigger": Trigger("met", 15, 12)},
    {"doc_id": "someone-else"},
])
def test_store_a_bad_event_rolls_back_the_whole_batch(db: Path, bad: dict[str, object]) -> None:
    with Store(db) as store:
        store.add_article(make_article("old", "already here"), [make_event("old")])
        batch = [  # dates differ so that no event is merged into another
            (make_article("a", "first new"), [make_event("a", date="2019-04-21")]),
            (make_article("b", "second new"), [bare_event("b"), make_event("b", **{"date": "2019-04-22", **bad})]),
            (make_article("c", "third new"), [make_event("c", date="2019-04-23")]),
        ]
        with pytest.raises(StoreError, match="nothing written"):
            store.add_articles(batch)
        assert [a["id"] for a in store.articles()] == ["old"]
        assert store.count_events() == 1
        # the store is still usable after the rollback
        assert store.add_articles(batch[:1]) == 1
    with Store(db, read_only=True) as store:
        assert (store.count_articles(), store.count_events()) == (2, 2)


def test_store_read_only_open_of_a_missing_file_fails(db: Path) -> None:
    with pytest.raises(StoreError, match="no such file"):
        Store(db, read_only=True)
    assert not db.exists()


def test_store_read_only_refuses_writes(db: Path) -> None:
    Store(db).close()
    with Store(db, read_only=True) as store, pytest.raises(StoreError, match="read-only"):
        store.add_article(make_article(), [])


@pytest.mark.parametrize("content", [b"", b"this is plain text, not a database\n" * 200])
def test_store_a_file_that_is_not_duckdb_fails(db: Path, content: bytes) -> None:
    db.write_bytes(content)
    with pytest.raises(StoreError, match="not a DuckDB database"):
        Store(db)
    assert db.read_bytes() == content


def test_store_a_file_locked_by_another_process_fails(db: Path) -> None:
    Store(db).close()
    hold = "import duckdb, sys; c = duckdb.connect(sys.argv[1]); print('open', flush=True); sys.stdin.read()"
    holder = subprocess.Popen([sys.executable, "-c", hold, str(db)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreError, match="locked by another process"):
            Store(db)
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)
    with Store(db, read_only=True) as store:
        assert store.count_articles() == 0


def test_store_a_foreign_duckdb_file_is_left_alone(db: Path) -> None:
    conn = duckdb.connect(str(db))
    conn.execute("CREATE TABLE articles (x INTEGER)")
    conn.close()
    with pytest.raises(StoreError, match="not a newsevents store"):
        Store(db)


def test_store_a_newer_schema_is_refused(db: Path) -> None:
    Store(db).close()
    conn = duckdb.connect(str(db))
    conn.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        Store(db)


def test_store_events_df_and_arrow_have_the_flat_columns(db: Path) -> None:
    with Store(db) as store:
        store.add_article(make_article(), [make_event(), bare_event()])
        frame = store.events_df()
        table = store.events_arrow()
    assert frame.shape == (2, len(TABLE_COLUMNS))
    assert list(frame.columns) == list(TABLE_COLUMNS)
    assert table.shape == (2, len(TABLE_COLUMNS))
    assert table.column_names == list(TABLE_COLUMNS)
    assert frame["plover_context"][0] == "diplomatic"  # the table's text form, ';' between contexts
    assert table.column("location_geonameid").to_pylist() == [2013348, None]


def test_store_default_path_follows_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSEVENTS_DB", raising=False)
    monkeypatch.chdir(tmp_path)
    assert default_db_path() == tmp_path / "newsevents.duckdb"
    monkeypatch.setenv("NEWSEVENTS_DB", str(tmp_path / "elsewhere.duckdb"))
    assert default_db_path() == tmp_path / "elsewhere.duckdb"
