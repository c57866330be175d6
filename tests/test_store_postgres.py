"""The PostgreSQL store, on a real server the session starts (tests/pg_server.py): the same schema,
records and de-duplication as DuckDB, readers beside writers, and concurrent ingest processes."""

from __future__ import annotations

import json
import multiprocessing
import subprocess
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.errors import StoreError
from newsevents.records import Article, Trigger
from newsevents.store import Store
from newsevents.store.migrations import CURRENT_VERSION
from newsevents.store.postgres import redact, to_pyformat
from test_store import make_article, make_event

# Articles written for these tests, one event-bearing story each.
STORIES = [
    "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Tuesday.",
    "Israeli troops attacked Hamas fighters in Gaza on Monday, the army said.",
    "The United Nations condemned North Korea for a missile test on Friday.",
    "Protesters marched against the government of Kenya in Nairobi on Sunday.",
    "Iran accused the United States of sabotage at a nuclear site on Wednesday.",
    "Turkey sent aid to Syria after the earthquake on Thursday.",
    "France and Germany signed a defence agreement in Paris on Saturday.",
    "Pakistani police arrested opposition leaders in Lahore on Tuesday.",
    "Ukraine asked the European Union for more air defence systems on Monday.",
]


def _jsonl(path: Path, indices: Sequence[int]) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for i in indices:
            out.write(json.dumps({"id": f"story-{i}", "text": STORIES[i], "date": "2024-05-0" + str(1 + i % 9)}) + "\n")
    return path


def _contents(url_or_path: str) -> dict[str, Any]:
    """What must not depend on how many processes wrote: articles, every sighting of an event, merged events."""
    with Store(url_or_path, read_only=True) as store:
        conn = store.connection
        mentions = sorted(r[0] for r in conn.execute("SELECT mention_id FROM mentions", []).fetchall())
        keys = sorted(r[0] for r in conn.execute("SELECT merge_key FROM event_keys", []).fetchall())
        return {"articles": [a["id"] for a in store.articles()], "events": store.count_events(),
                "mentions": mentions, "merge_keys": keys}


def test_postgres_pyformat_keeps_quoted_text_and_escapes_percent() -> None:
    assert to_pyformat("SELECT '?', x FROM t WHERE a = ? AND b LIKE 'a%'") == \
        "SELECT '?', x FROM t WHERE a = %s AND b LIKE 'a%%'"


def test_postgres_redact_hides_the_password() -> None:
    assert redact("postgresql://u:secret@h:5432/db") == "postgresql://u:***@h:5432/db"
    assert redact("postgresql://u@h/db") == "postgresql://u@h/db"


def test_postgres_store_round_trips_like_duckdb(postgres_url: str, tmp_path: Path) -> None:
    other = make_article("other", "A different story about a summit in Hanoi that ended early.")
    batch = [(make_article(), [make_event()]),
             (other, [make_event("other", trigger=Trigger("met", 1, 4), cameo="036")])]
    records = []
    for target in (postgres_url, str(tmp_path / "same.duckdb")):
        with Store(target) as store:
            assert store.schema_version == CURRENT_VERSION
            assert store.add_articles(batch) == 2
            assert store.add_articles(batch) == 0  # stored once
            records.append((store.events(with_counts=True), store.articles(with_text=True),
                            store.mentions(batch[0][1][0].event_id)))
    (pg_events, pg_articles, pg_mentions), (duck_events, duck_articles, duck_mentions) = records
    assert pg_mentions == duck_mentions
    for pg_rows, duck_rows in ((pg_events, duck_events), (pg_articles, duck_articles)):
        assert [{k: v for k, v in r.items() if k != "ingested_at"} for r in pg_rows] == \
            [{k: v for k, v in r.items() if k != "ingested_at"} for r in duck_rows]


def test_postgres_store_same_text_elsewhere_is_a_sighting(postgres_url: str) -> None:
    with Store(postgres_url) as store:
        store.add_article(make_article(), [make_event()])
        copy = Article(id="copy", text=make_article().text, date=date(2019, 4, 27), source_path="/tmp/other.txt")
        assert not store.add_article(copy, [make_event("copy")])
        rows = store.connection.execute("SELECT seen_id, doc_id, reason FROM sightings", []).fetchall()
    assert rows == [("copy", "seed", "text")]


def test_postgres_store_a_bad_event_rolls_back_the_batch(postgres_url: str) -> None:
    with Store(postgres_url) as store:
        with pytest.raises(StoreError, match="nothing written"):
            store.add_articles([(make_article(), [make_event(confidence=3.0)])])
        assert store.count_articles() == 0 and store.count_events() == 0
        assert store.add_article(make_article(), [make_event()])  # the connection is usable again


def test_postgres_store_read_only_refuses_writes(postgres_url: str) -> None:
    Store(postgres_url).close()
    with Store(postgres_url, read_only=True) as store, pytest.raises(StoreError, match="read-only"):
        store.add_article(make_article(), [make_event()])


def test_postgres_store_frames_have_the_flat_columns(postgres_url: str, tmp_path: Path) -> None:
    frames = []
    for target in (postgres_url, str(tmp_path / "f.duckdb")):
        with Store(target) as store:
            store.add_article(make_article(), [make_event()])
            frames.append((store.events_df(), store.events_arrow()))
    (pg_df, pg_arrow), (duck_df, duck_arrow) = frames
    assert list(pg_df.columns) == list(duck_df.columns) and len(pg_df) == len(duck_df) == 1
    assert pg_arrow.column_names == duck_arrow.column_names and pg_arrow.num_rows == 1


def test_postgres_store_unreachable_server_is_one_line() -> None:
    with pytest.raises(StoreError, match=r"cannot open store postgresql://u:\*\*\*@127.0.0.1:9/x"):
        Store("postgresql://u:pw@127.0.0.1:9/x?connect_timeout=2")


def test_postgres_store_readers_see_committed_rows_while_a_writer_holds_a_transaction(postgres_url: str) -> None:
    with Store(postgres_url) as writer, Store(postgres_url, read_only=True) as reader:
        writer.add_article(make_article(), [make_event()])
        writer.connection.execute("BEGIN")
        writer.backend.lock_writes()
        writer.connection.execute("DELETE FROM mentions", [])
        assert reader.count_events() == 1 and len(reader.events()) == 1  # not blocked, sees the committed state
        writer.connection.execute("ROLLBACK")


def test_postgres_cli_ingest_events_and_export(postgres_url: str, tmp_path: Path, pipeline: Any) -> None:
    from newsevents.corpus import Ingest
    from newsevents.ingest import iter_articles

    runner = CliRunner()
    source = _jsonl(tmp_path / "news.jsonl", range(4))
    result = runner.invoke(app, ["ingest", str(source), "--db", postgres_url, "--quiet"])
    assert result.exit_code == 0, result.output
    with Store(tmp_path / "same.duckdb") as store:
        Ingest(store, pipeline=pipeline).run(iter_articles([str(source)]))
    outputs = []
    for target in (postgres_url, str(tmp_path / "same.duckdb")):
        listed = runner.invoke(app, ["events", "--db", target, "--format", "jsonl"])
        csv_file = tmp_path / f"{len(outputs)}.csv"
        exported = runner.invoke(app, ["export", "--db", target, "--format", "gdelt", "-o", str(csv_file)])
        parquet = runner.invoke(app, ["export", "--db", target, "--format", "parquet",
                                      "-o", str(tmp_path / f"{len(outputs)}.parquet")])
        assert listed.exit_code == exported.exit_code == parquet.exit_code == 0, listed.output + exported.output
        records = [{k: v for k, v in json.loads(line).items() if k != "ingested_at"}
                   for line in listed.stdout.splitlines()]
        outputs.append((records, [line.split("\t")[:57] for line in csv_file.read_text().splitlines()]))
    assert outputs[0] == outputs[1] and outputs[0][0]
    import pyarrow.parquet

    assert pyarrow.parquet.read_table(tmp_path / "0.parquet").num_rows == \
        pyarrow.parquet.read_table(tmp_path / "1.parquet").num_rows > 0


def _ingest_rounds(urls: list[str], indices: list[int], folder: str, barrier: Any) -> None:
    """One of the concurrent writers: its own Pipeline and connection; each round starts with the other."""
    from newsevents.corpus import Ingest
    from newsevents.ingest import iter_articles
    from newsevents.pipeline import Pipeline

    pipeline = Pipeline()
    source = _jsonl(Path(folder) / f"in-{indices[0]}.jsonl", indices)
    for url in urls:
        barrier.wait(timeout=120)
        with Store(url) as store:
            Ingest(store, pipeline=pipeline).run(iter_articles([str(source)]))


@pytest.mark.slow
def test_postgres_two_writers_on_overlapping_inputs_store_one_run_ten_times(
        postgres_server_url: str, tmp_path: Path, pipeline: Any) -> None:
    from newsevents.corpus import Ingest
    from newsevents.ingest import iter_articles
    from pg_server import new_database

    expected_db = str(tmp_path / "single.duckdb")
    with Store(expected_db) as store:
        Ingest(store, pipeline=pipeline).run(iter_articles([str(_jsonl(tmp_path / "all.jsonl", range(9)))]))
    expected = _contents(expected_db)
    urls = [new_database(postgres_server_url) for _ in range(10)]
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    writers = [context.Process(target=_ingest_rounds, args=(urls, indices, str(tmp_path), barrier))
               for indices in ([0, 1, 2, 3, 4, 5, 6], [3, 4, 5, 6, 7, 8, 0])]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(timeout=600)
        assert writer.exitcode == 0
    for url in urls:  # the schema was created by whichever came first; each round is one run's contents
        assert _contents(url) == expected


@pytest.mark.slow
def test_postgres_two_ingest_commands_started_together_store_one_run(postgres_url: str, tmp_path: Path) -> None:
    first = _jsonl(tmp_path / "first.jsonl", [0, 1, 2, 3, 4])
    second = _jsonl(tmp_path / "second.jsonl", [2, 3, 4, 5, 6])
    command = [str(Path(sys.executable).with_name("newsevents")), "ingest", "--db", postgres_url, "--quiet",
               "--batch", "2"]
    runs = [subprocess.Popen([*command, str(path)], stderr=subprocess.PIPE, text=True) for path in (first, second)]
    for run in runs:
        _, err = run.communicate(timeout=300)
        assert run.returncode == 0, err
    contents = _contents(postgres_url)
    assert contents["articles"] == [f"story-{i}" for i in range(7)]
    assert len(contents["mentions"]) == len(set(contents["mentions"])) > 0


def test_postgres_store_keeps_a_background_event_as_duckdb_does(postgres_url: str, tmp_path: Path) -> None:
    for target in (postgres_url, str(tmp_path / "before.duckdb")):
        with Store(target) as store:
            assert store.add_article(make_article(), [make_event(date=None, date_precision="before")])
            assert store.events()[0]["date_precision"] == "before"


def test_postgres_analysis_gives_the_numbers_duckdb_gives(postgres_url: str, tmp_path: Path, pipeline: Any) -> None:
    from newsevents import analysis
    from newsevents.corpus import Ingest
    from newsevents.ingest import iter_articles
    from newsevents.query import Filter

    source = _jsonl(tmp_path / "news.jsonl", range(9))
    frames = []
    for target in (postgres_url, str(tmp_path / "same.duckdb")):
        with Store(target) as store:
            Ingest(store, pipeline=pipeline).run(iter_articles([str(source)]))
        with Store(target, read_only=True) as store:
            frames.append((analysis.timeline(store, Filter(), interval="day"), analysis.top_actors(store, Filter())))
    (pg_timeline, pg_actors), (duck_timeline, duck_actors) = frames
    assert len(pg_timeline) > 0 and pg_timeline.equals(duck_timeline) and pg_actors.equals(duck_actors)
    result = CliRunner().invoke(app, ["top-actors", "--db", postgres_url])
    assert result.exit_code == 0 and result.stdout.strip(), result.output


def test_postgres_version_7_store_is_upgraded_to_keep_weeks(postgres_url: str,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from test_store_migrations import check_week_upgrade

    check_week_upgrade(postgres_url, monkeypatch)
