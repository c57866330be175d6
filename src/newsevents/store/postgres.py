"""The PostgreSQL backend: one database that many processes write and read at once (psycopg 3).

The store's SQL is written with DuckDB's ``?`` placeholders; ``PostgresConnection.execute``
turns them into psycopg's ``%s`` and always passes the values separately (parameterised
SQL only; table and column names come from the code, never from input).

Several ``ingest`` processes may write to one database together. Each write is one
transaction that first takes a transaction-scoped advisory lock (``lock_writes``), so
writes are serialised while coding, the slow part, runs in parallel; inside the lock the
store judges the batch again against what the others have written (``Store.write``), and
the unique keys of `articles`, `events`, `mentions` and `sightings` are the backstop.
Readers are never blocked: PostgreSQL shows them the last committed state.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql as pgsql

from newsevents.errors import StoreError
from newsevents.store.backend import Rows

if TYPE_CHECKING:
    import pandas
    import pyarrow

#: The advisory lock key that serialises writers ("news" in ASCII).
WRITE_LOCK = 0x6E657773


def to_pyformat(query: str) -> str:
    """DuckDB-style ``?`` placeholders to psycopg's ``%s``; a literal ``%`` becomes ``%%``.

    A ``?`` inside a quoted string or identifier is left alone."""
    out: list[str] = []
    quote = ""
    for char in query:
        if quote:
            if char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
        elif char == "?":
            out.append("%s")
            continue
        out.append("%%" if char == "%" else char)
    return "".join(out)


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


class FrameCursor(psycopg.Cursor[Any]):
    """A psycopg cursor that also gives its result as a DataFrame, like DuckDB's ``.df()``."""

    def df(self) -> pandas.DataFrame:
        import pandas

        names = [d.name for d in self.description or []]
        return pandas.DataFrame(self.fetchall(), columns=names)


class PostgresConnection:
    """The part of DuckDB's connection API the store and its readers use, on PostgreSQL."""

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self.raw = conn

    def execute(self, query: str, parameters: Sequence[Any] | None = None) -> FrameCursor:
        cursor = self.raw.cursor()
        assert isinstance(cursor, FrameCursor)
        if parameters is None:
            cursor.execute(query.encode("utf-8"))  # no placeholders: may hold several statements
        else:
            cursor.execute(to_pyformat(query), list(parameters))
        return cursor

    def close(self) -> None:
        self.raw.close()


class PostgresBackend:
    """A PostgreSQL database given as ``postgresql://user@host:port/dbname``."""

    kind: Literal["duckdb", "postgres"] = "postgres"
    shared = True
    errors: tuple[type[Exception], ...] = (psycopg.Error,)

    def __init__(self, url: str, *, read_only: bool = False) -> None:
        self.target = redact(url)
        self.read_only = read_only
        try:
            raw = psycopg.connect(url, autocommit=True, cursor_factory=FrameCursor)
        except psycopg.Error as e:
            message = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
            raise StoreError(f"cannot open store {self.target}: {message}") from e
        self._conn = PostgresConnection(raw)
        if read_only:
            self._conn.execute("SET default_transaction_read_only = on")

    @property
    def conn(self) -> PostgresConnection:
        return self._conn

    def tables(self) -> set[str]:
        return {row[0] for row in self._conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()", []).fetchall()}

    def insert_rows(self, table: str, columns: Sequence[str], rows: Rows) -> None:
        """COPY: the fastest way into PostgreSQL (psycopg adapts lists, dates and NULLs)."""
        if not rows:
            return
        statement = pgsql.SQL("COPY {} ({}) FROM STDIN").format(
            pgsql.Identifier(table), pgsql.SQL(", ").join(map(pgsql.Identifier, columns)))
        with self._conn.raw.cursor() as cursor, cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row(row)

    def insert_new(self, table: str, columns: Sequence[str], rows: Rows) -> None:
        if not rows:
            return
        statement = pgsql.SQL("INSERT INTO {} ({}) VALUES ({}) ON CONFLICT DO NOTHING").format(
            pgsql.Identifier(table), pgsql.SQL(", ").join(map(pgsql.Identifier, columns)),
            pgsql.SQL(", ").join(pgsql.Placeholder() * len(columns)))
        with self._conn.raw.cursor() as cursor:
            cursor.executemany(statement, [list(row) for row in rows])

    def set_meta(self, key: str, value: str) -> None:
        self._conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value", [key, value])

    def lock_writes(self) -> None:
        self._conn.execute("SELECT pg_advisory_xact_lock(?)", [WRITE_LOCK])

    def frame(self, sql: str, params: Sequence[Any]) -> pandas.DataFrame:
        return self._conn.execute(sql, params).df()

    def arrow(self, sql: str, params: Sequence[Any]) -> pyarrow.Table:
        import pyarrow

        cursor = self._conn.execute(sql, params)
        names = [d.name for d in cursor.description or []]
        columns = list(zip(*cursor.fetchall(), strict=True)) or [() for _ in names]
        return pyarrow.table({name: list(values) for name, values in zip(names, columns, strict=True)})

    def close(self) -> None:
        self._conn.close()


def export_file(conn: PostgresConnection, fmt: str, path: Path, *, include_all: bool = False) -> int:
    """``store.export.export_file`` for PostgreSQL, which cannot COPY into a local file."""
    from newsevents.store.export import table_rows, write_stream
    from newsevents.store.table import TABLE_COLUMNS

    if fmt != "parquet":
        with path.open("w", encoding="utf-8", newline="") as out:
            return write_stream(conn, fmt, out, include_all=include_all)  # type: ignore[arg-type]
    import pyarrow.parquet

    rows = list(table_rows(conn, include_all=include_all))  # type: ignore[arg-type]
    table = pyarrow.table({c: [row[c] for row in rows] for c in TABLE_COLUMNS})
    pyarrow.parquet.write_table(table, path)
    return len(rows)
