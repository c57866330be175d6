"""The ``newsevents`` command: one sub-command per verb, one module per group of verbs.

Library errors (``NewsEventsError``) become one line on stderr and a non-zero exit
status; a bad input file is reported and the other inputs still run.
"""

from __future__ import annotations

from newsevents.cli import actors, analysis, code, evaluate, store, watch  # noqa: F401  (registers the commands)
from newsevents.cli.common import app

__all__ = ["app", "main"]


def main() -> None:
    app()
