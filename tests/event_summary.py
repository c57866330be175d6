"""Compact views of coded events for coder tests: (source country, PLOVER type, target country, status), and
the (source code, target code) pairs of the asserted events for actor tests."""

from __future__ import annotations

from newsevents.records import Event

Summary = tuple[str | None, str | None, str | None, str]


def summarize(events: list[Event]) -> set[Summary]:
    return {(e.source.code[:3] if e.source else None, e.plover.type if e.plover else None,
             e.target.code[:3] if e.target else None, e.status) for e in events}


def asserted_pairs(events: list[Event]) -> list[tuple[str | None, str | None]]:
    """(source code, target code) of each asserted event, in order."""
    return [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in events if e.status == "asserted"]
