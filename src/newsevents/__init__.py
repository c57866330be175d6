"""newsevents: political event data from news text, offline on the CPU.

Notebook use::

    from datetime import date
    import newsevents
    events = newsevents.code_text("Kim Jong Un met Vladimir Putin in Vladivostok.", date=date(2019, 4, 25))
    with newsevents.Store("events.duckdb") as store:
        df = store.events_df()

Heavy modules (spaCy, DuckDB) load on first use, not on import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsevents.records import Actor, Article, Event, Location, Plover, Trigger

__version__ = "0.1.0"

if TYPE_CHECKING:
    from newsevents.pipeline import Pipeline, Settings, code_text, code_texts
    from newsevents.store import Store

__all__ = ["Actor", "Article", "Event", "Location", "Pipeline", "Plover", "Settings", "Store", "Trigger",
           "code_text", "code_texts"]

_LAZY = {"Pipeline": "newsevents.pipeline", "Settings": "newsevents.pipeline", "code_text": "newsevents.pipeline",
         "code_texts": "newsevents.pipeline", "Store": "newsevents.store"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'newsevents' has no attribute {name!r}")
