"""The command line, run in-process with typer's CliRunner on real files and real DuckDB."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsevents.cli import app

ARTICLE = "Sudan\n\nBy A. Writer\n\nThe Sudanese army attacked rebels in Darfur on Monday.\n- Advertisement -\n"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    p = tmp_path / name
    if isinstance(content, bytes):
        p.write_bytes(content)
    else:
        p.write_text(content, encoding="utf-8")
    return p


def test_cli_code_prints_jsonl_event_records(runner, tmp_path) -> None:
    f = _write(tmp_path, "a.txt", ARTICLE)
    result = runner.invoke(app, ["code", str(f), "--date", "2024-03-06", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert events and events[0]["doc_id"] == "a"
    assert {"event_id", "sentence", "trigger", "source", "target", "cameo", "plover", "status", "date",
            "date_precision", "location", "rule", "confidence"} <= set(events[0])
    assert not any("Writer" in json.dumps(e) for e in events)  # the byline is no actor


def test_cli_code_csv_has_a_header_and_rows(runner, tmp_path) -> None:
    f = _write(tmp_path, "a.txt", ARTICLE)
    result = runner.invoke(app, ["code", str(f), "--format", "csv"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("event_id,doc_id") and len(lines) >= 2


def test_cli_code_reads_stdin(runner) -> None:
    result = runner.invoke(app, ["code", "-", "--format", "jsonl"], input="Iran condemned Israel on Monday.\n")
    assert result.exit_code == 0
    assert json.loads(result.stdout.splitlines()[0])["source"]["code"] == "IRN"


def test_cli_bad_date_is_one_line(runner, tmp_path) -> None:
    f = _write(tmp_path, "a.txt", ARTICLE)
    result = runner.invoke(app, ["code", str(f), "--date", "yesterday"])
    assert result.exit_code == 2
    assert "--date 'yesterday'" in result.stderr and "Traceback" not in result.output


@pytest.mark.parametrize(("name", "content", "message"), [
    ("empty.txt", "", "empty"),
    ("binary.txt", b"\x00\x01\x02binary\x00", "binary"),
    ("latin1.txt", "Caf\xe9 attacked".encode("latin-1"), "UTF-8"),
    ("huge.txt", "Word. " * 1_800_000, "over the limit"),
    ("broken.jsonl", '{"id": "ok", "text": "Iran condemned Israel."}\n{"id": broken\n', "broken.jsonl:2"),
])
def test_cli_bad_input_is_reported_and_others_still_run(runner, tmp_path, name, content, message) -> None:
    bad = _write(tmp_path, name, content)
    good = _write(tmp_path, "good.txt", "Iran condemned Israel on Monday.")
    result = runner.invoke(app, ["code", str(bad), str(good), "--format", "jsonl"])
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 1 and name in errors[0] and message in errors[0]
    docs = {json.loads(line)["doc_id"] for line in result.stdout.splitlines()}
    assert "good" in docs


def test_cli_missing_path_is_reported(runner, tmp_path) -> None:
    good = _write(tmp_path, "good.txt", "Iran condemned Israel on Monday.")
    result = runner.invoke(app, ["code", str(tmp_path / "nope.txt"), str(good), "--format", "jsonl"])
    assert result.exit_code == 1
    assert "nope.txt" in result.stderr and result.stdout.strip()


def test_cli_ingest_twice_adds_nothing_and_events_lists(runner, tmp_path) -> None:
    db = tmp_path / "e.duckdb"
    f = _write(tmp_path, "a.txt", ARTICLE)
    first = runner.invoke(app, ["ingest", str(f), "--db", str(db), "--date", "2024-03-06"])
    assert first.exit_code == 0, first.output
    listed = runner.invoke(app, ["events", "--db", str(db), "--format", "jsonl"])
    n = len(listed.stdout.splitlines())
    assert n >= 1
    second = runner.invoke(app, ["ingest", str(f), "--db", str(db), "--date", "2024-03-06"])
    assert second.exit_code == 0 and "0 new articles" in second.stderr
    again = runner.invoke(app, ["events", "--db", str(db), "--format", "jsonl"])
    assert len(again.stdout.splitlines()) == n


def test_cli_ingest_uses_env_db(runner, tmp_path, monkeypatch) -> None:
    db = tmp_path / "env.duckdb"
    monkeypatch.setenv("NEWSEVENTS_DB", str(db))
    f = _write(tmp_path, "a.txt", ARTICLE)
    assert runner.invoke(app, ["ingest", str(f)]).exit_code == 0
    assert db.exists()


def test_cli_ingest_with_a_bad_file_stores_the_good_ones(runner, tmp_path) -> None:
    db = tmp_path / "e.duckdb"
    good = _write(tmp_path, "a.txt", ARTICLE)
    bad = _write(tmp_path, "b.txt", b"\x00\x00")
    result = runner.invoke(app, ["ingest", str(bad), str(good), "--db", str(db)])
    assert result.exit_code == 1 and "b.txt" in result.stderr
    assert "1 new articles" in result.stderr


def test_cli_events_on_missing_db_is_one_line(runner, tmp_path) -> None:
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and "none.duckdb" in result.stderr


def test_cli_unknown_model_says_how_to_install(runner, tmp_path) -> None:
    f = _write(tmp_path, "a.txt", ARTICLE)
    result = runner.invoke(app, ["code", str(f), "--model", "xx_no_such_model"])
    assert result.exit_code == 2
    assert "xx_no_such_model" in result.stderr and "install" in result.stderr


@pytest.mark.parametrize("command", ["code", "ingest", "events"])
def test_cli_every_command_has_help_with_an_example(runner, command) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "Example" in result.stdout
