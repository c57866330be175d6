"""The server's read-only view of the store: one connection held open, or one per request.

DuckDB lets one process write a file, and while it writes no other process may open it,
even read-only. ``Database`` holds a read-only connection for the server's life (fast,
and the analysis index is checked once), or, with ``reopen``, opens the file for each
request and closes it after, so that ``newsevents ingest`` can take the file between
requests; a request that meets a writer gets 503 and may be retried.

A PostgreSQL store (a ``postgresql://`` URL) is served from an in-memory DuckDB copy, since
the analysis SQL is DuckDB's: taken at start-up, or per request with ``reopen`` (slow on a
large store, but it shows what the concurrent ingests have written).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from newsevents.analysis_index import index_is_current
from newsevents.errors import StoreError
from newsevents.query import Queries
from newsevents.store import Store
from newsevents.store.backend import is_postgres_url
from newsevents.store.snapshot import duckdb_snapshot


class Database:
    def __init__(self, path: Path | str, *, reopen: bool = False, query_seconds: float = 20.0) -> None:
        self.path = path
        self.reopen = reopen
        self.query_seconds = query_seconds
        self._store: Store | None = None
        self._copy: duckdb.DuckDBPyConnection | None = None
        self._indexed = False
        if is_postgres_url(path):
            if not reopen:
                self._copy = _postgres_copy(str(path))
        elif not reopen:
            self._store = Store(path, read_only=True)
            self._indexed = index_is_current(self._store.connection)
        elif not Path(path).is_file():
            raise StoreError(f"cannot open store {path}: no such file (read-only needs an existing store)")

    @contextmanager
    def queries(self) -> Iterator[Queries]:
        """Queries on a cursor of their own; a statement running past ``query_seconds`` is interrupted."""
        held = self._copy if self._copy is not None else self._store.connection if self._store is not None else None
        if held is not None:
            cursor = held.cursor()
            try:
                with _deadline(cursor, self.query_seconds):
                    yield Queries(cursor, indexed=self._indexed)
            finally:
                cursor.close()
            return
        if is_postgres_url(self.path):
            copy = _postgres_copy(str(self.path))
            try:
                with _deadline(copy, self.query_seconds):
                    yield Queries(copy)
            finally:
                copy.close()
            return
        with Store(self.path, read_only=True) as store, _deadline(store.connection, self.query_seconds):
            yield Queries(store.connection)

    def warm(self) -> None:
        """Run the dashboard's first queries once at start-up: imports, DuckDB's caches and plans
        are then ready when the first person opens the page."""
        import networkx  # noqa: F401  (the network route's import, paid here)

        from newsevents import analysis
        from newsevents.query import Filter

        with self.queries() as q:
            q.info()
            analysis.timeline(q, Filter())
            analysis.map_points(q, Filter())
            analysis.network(q, Filter(), n=40)
            analysis.events(q, Filter(), limit=25)
            analysis.count(q, Filter())

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
        if self._copy is not None:
            self._copy.close()
            self._copy = None


def _postgres_copy(url: str) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB copy of the PostgreSQL store at ``url``."""
    with Store(url, read_only=True) as store:
        return duckdb_snapshot(store)


@contextmanager
def _deadline(conn: duckdb.DuckDBPyConnection, seconds: float) -> Iterator[None]:
    timer = threading.Timer(seconds, conn.interrupt)
    timer.start()
    try:
        yield
    except duckdb.InterruptException as e:
        raise StoreError(f"the query took longer than {seconds:g} s and was stopped; narrow the filter") from e
    finally:
        timer.cancel()
