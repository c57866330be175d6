"""A DuckDB copy of a store, in memory: for readers that need DuckDB's SQL (the analysis) on a
PostgreSQL store. The copy has the same schema (made by the same migrations) and the rows the
store holds at the moment of copying; later writes to the store are not in it."""

from __future__ import annotations

import duckdb

from newsevents.store.store import MEMORY, Store

#: The tables the events and their counts are read from, parents before children.
TABLES: tuple[str, ...] = ("articles", "events", "event_keys", "mentions", "sightings")
CHUNK = 5000


def duckdb_snapshot(store: Store) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection holding a copy of ``store``'s articles, events and counts."""
    copy = Store(MEMORY)
    for table in TABLES:
        cursor = store.connection.execute(f"SELECT * FROM {table}", [])
        columns = [d[0] for d in cursor.description or []]
        while rows := cursor.fetchmany(CHUNK):
            copy.backend.insert_rows(table, columns, [tuple(row) for row in rows])
    conn = copy.backend.conn
    assert isinstance(conn, duckdb.DuckDBPyConnection)
    return conn
