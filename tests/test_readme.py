"""The README documents every command, and its Quick start is the two make targets."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands)


@pytest.mark.parametrize("command", COMMANDS)
def test_readme_documents_command(command: str) -> None:
    assert f"newsevents {command}" in README


def test_readme_quick_start_is_two_make_commands() -> None:
    quick = README.split("## Quick start", 1)[1].split("```", 2)[1]
    assert [line.split("#")[0].strip() for line in quick.strip().splitlines()[1:]] == ["make demo", "make test"]
