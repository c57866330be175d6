"""A compact view of coded events for coder tests: (source country, PLOVER type, target country, status)."""

from __future__ import annotations

from newsevents.records import Event

Summary = tuple[str | None, str | None, str | None, str]


def summarize(events: list[Event]) -> set[Summary]:
    return {(e.source.code[:3] if e.source else None, e.plover.type if e.plover else None,
             e.target.code[:3] if e.target else None, e.status) for e in events}
