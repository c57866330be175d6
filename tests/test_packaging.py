"""The README's pip route (`pip install -e .`) installs what its examples import."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_packaging_main_dependencies_cover_events_df() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {re.split(r"[<>=!~ \[]", dep, maxsplit=1)[0].lower() for dep in project["dependencies"]}
    assert {"pandas", "pyarrow", "duckdb"} <= names


def test_packaging_lock_pins_the_main_dependencies() -> None:
    lock = (ROOT / "requirements" / "lock.txt").read_text(encoding="utf-8").lower()
    assert "pandas==" in lock and "pyarrow==" in lock
