"""Where a store lives: an embedded DuckDB file, or a PostgreSQL server (``store/postgres.py``).

``Store``, ``Screen`` and the migrations write their SQL once, with ``?`` placeholders, in
the subset both databases read (lists go in as ``CAST(? AS TEXT[])``). A ``Backend`` does
the few things that differ: bulk inserts, insert-if-absent, the write lock that lets several
processes share one database, and DataFrame/Arrow results.

``open_backend("events.duckdb")`` opens DuckDB; ``open_backend("postgresql://...")`` opens
PostgreSQL with psycopg 3.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol

import duckdb

from newsevents.errors import StoreError

if TYPE_CHECKING:
    import pandas
    import pyarrow

ENV_VAR = "NEWSEVENTS_DB"
DEFAULT_FILENAME = "newsevents.duckdb"
MEMORY = ":memory:"
URL_SCHEMES = ("postgresql://", "postgres://")
#: ``column IN (...)`` a list given as one parameter, in SQL both databases read.
IN_TEXTS = "IN (SELECT unnest(CAST(? AS TEXT[])))"
IN_INTS = "IN (SELECT unnest(CAST(? AS BIGINT[])))"

Rows = Sequence[tuple[Any, ...]]


def is_postgres_url(target: str | Path) -> bool:
    return isinstance(target, str) and target.startswith(URL_SCHEMES)


def locate(db: str | Path | None) -> str:
    """The store to open: ``db``, else $NEWSEVENTS_DB, else ./newsevents.duckdb."""
    if db is not None and str(db):
        return str(db)
    return os.environ.get(ENV_VAR) or str(Path.cwd() / DEFAULT_FILENAME)


class Cursor(Protocol):
    """What callers read from ``Connection.execute`` (DuckDB's connection is its own cursor)."""

    @property
    def description(self) -> Any: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def fetchmany(self, size: int = ...) -> list[Any]: ...


class Connection(Protocol):
    """DuckDB's connection API, the part the store and its readers use: ``?`` placeholders."""

    def execute(self, query: str, parameters: Any = ...) -> Any: ...

    def close(self) -> None: ...


class Backend(Protocol):
    """One open database and what differs between DuckDB and PostgreSQL."""

    kind: Literal["duckdb", "postgres"]
    #: Where it is, for messages (a PostgreSQL URL without its password).
    target: str
    read_only: bool
    #: True when other processes may write at the same time (writes take ``lock_writes``).
    shared: bool
    #: The exceptions the driver raises.
    errors: tuple[type[Exception], ...]

    @property
    def conn(self) -> Connection: ...

    def tables(self) -> set[str]: ...

    def insert_rows(self, table: str, columns: Sequence[str], rows: Rows) -> None: ...

    def insert_new(self, table: str, columns: Sequence[str], rows: Rows) -> None:
        """Insert the rows whose primary key is not taken; the others change nothing."""

    def set_meta(self, key: str, value: str) -> None: ...

    def lock_writes(self) -> None:
        """Inside a transaction: wait until no other process is writing (released at COMMIT)."""

    def frame(self, sql: str, params: Sequence[Any]) -> pandas.DataFrame: ...

    def arrow(self, sql: str, params: Sequence[Any]) -> pyarrow.Table: ...

    def close(self) -> None: ...


def _open_message(path: str, error: duckdb.Error) -> str:
    text = str(error)
    if "not a valid DuckDB database file" in text:
        return f"cannot open store {path}: the file exists but is not a DuckDB database"
    if "Could not set lock" in text or "Conflicting lock" in text:
        return f"cannot open store {path}: it is locked by another process (close it and retry)"
    return f"cannot open store {path}: {text}"


class DuckBackend:
    """An embedded DuckDB file: one writing process at a time (DuckDB locks the file)."""

    kind: Literal["duckdb", "postgres"] = "duckdb"
    shared = False
    errors: tuple[type[Exception], ...] = (duckdb.Error,)

    def __init__(self, path: str, *, read_only: bool = False) -> None:
        self.target = path
        self.read_only = read_only
        if read_only and path != MEMORY and not Path(path).is_file():
            raise StoreError(f"cannot open store {path}: no such file (read-only needs an existing store)")
        try:
            self._conn = duckdb.connect(path, read_only=read_only)
        except duckdb.Error as e:
            raise StoreError(_open_message(path, e)) from e

    @property
    def conn(self) -> duckdb.DuckDBPyConnection:
        return self._conn

    def tables(self) -> set[str]:
        return {row[0] for row in self._conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}

    def insert_rows(self, table: str, columns: Sequence[str], rows: Rows) -> None:
        """One INSERT for all rows: each column goes in as one list and is unnested (much faster
        than executemany, which runs one statement a row)."""
        if rows:
            self._conn.execute(self._unnest_insert("INSERT", table, columns), _column_lists(rows))

    def insert_new(self, table: str, columns: Sequence[str], rows: Rows) -> None:
        if rows:
            self._conn.execute(self._unnest_insert("INSERT OR IGNORE", table, columns), _column_lists(rows))

    @staticmethod
    def _unnest_insert(verb: str, table: str, columns: Sequence[str]) -> str:
        select = ", ".join("unnest(?)" for _ in columns)
        return f"{verb} INTO {table} ({', '.join(columns)}) SELECT {select}"

    def set_meta(self, key: str, value: str) -> None:
        self._conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [key, value])

    def lock_writes(self) -> None:
        """Nothing to do: DuckDB lets one process open the file for writing."""

    def frame(self, sql: str, params: Sequence[Any]) -> pandas.DataFrame:
        return self._conn.execute(sql, list(params)).df()

    def arrow(self, sql: str, params: Sequence[Any]) -> pyarrow.Table:
        return self._conn.sql(sql, params=list(params)).to_arrow_table()

    def close(self) -> None:
        self._conn.close()


def _column_lists(rows: Rows) -> list[list[Any]]:
    return [list(column) for column in zip(*rows, strict=True)]


def open_backend(target: str | Path, *, read_only: bool = False) -> Backend:
    """DuckDB for a file path (or ``:memory:``), PostgreSQL for a ``postgresql://`` URL."""
    if is_postgres_url(target):
        from newsevents.store.postgres import PostgresBackend

        return PostgresBackend(str(target), read_only=read_only)
    return DuckBackend(str(target), read_only=read_only)
