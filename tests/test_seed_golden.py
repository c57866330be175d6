"""Golden test: the seed article, coded by the command line and scored by the project's scorer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from newsevents.cli import app


def test_seed_article_scores(shared: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["code", str(shared / "examples" / "seed-article.txt"),
                                      "--date", "2019-04-27", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    pred = tmp_path / "seed.jsonl"
    pred.write_text(result.stdout, encoding="utf-8")
    scored = subprocess.run([sys.executable, str(shared / "eval" / "score_seed.py"),
                             str(shared / "examples" / "seed-expected.json"), str(pred), "--json"],
                            capture_output=True, text=True, check=True)
    score = json.loads(scored.stdout)
    assert score["found"] >= 14
    assert score["forbidden_violated"] == 0
    assert score["dates_ok"] == score["dates"] == 2
    assert score["locations_ok"] == score["locations"] == 2
