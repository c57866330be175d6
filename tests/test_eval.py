"""`newsevents eval` prints the same figures as the project's scorer, and lists errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsevents.cli import app


@pytest.mark.slow
def test_eval_matches_the_shared_scorer(shared: Path, tmp_path: Path) -> None:
    gold = shared / "eval" / "plover-gsr-dev.json"
    runner = CliRunner()
    ours = json.loads(runner.invoke(app, ["eval", str(gold), "--json"]).stdout)
    coded = runner.invoke(app, ["code", str(gold), "--format", "jsonl"])
    pred = tmp_path / "dev.jsonl"
    pred.write_text(coded.stdout, encoding="utf-8")
    theirs = json.loads(subprocess.run([sys.executable, str(shared / "eval" / "score_plover.py"), str(gold),
                                        str(pred), "--json"], capture_output=True, text=True, check=True).stdout)
    for key in ("records", "type_macro_f1", "source_acc", "target_acc", "triple_acc", "location_acc"):
        assert ours[key] == pytest.approx(theirs[key]), key
    assert ours["type_micro"] == pytest.approx(theirs["type_micro"])


def test_eval_errors_lists_misses_with_sentences(tmp_path: Path) -> None:
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps([
        {"id": "g1", "text": "Iran condemned Israel on Monday.", "event": "DISAPPROVE",
         "source": [{"code": "IRN"}], "target": [{"code": "ISR"}]},
        {"id": "g2", "text": "The weather was cold in Seoul.", "event": "ASSAULT", "source": "KOR", "target": ""},
    ]), encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(gold), "--errors"])
    assert result.exit_code == 0, result.output
    assert "records  2" in result.stdout
    assert "MISSED       ASSAULT    g2" in result.stdout and "The weather was cold in Seoul." in result.stdout


def test_eval_unreadable_gold_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(bad)])
    assert result.exit_code == 2 and "bad.json" in result.stderr
