"""Schema versions of the store, and how to bring an older file up to date.

Each migration turns schema version ``n - 1`` into version ``n``. A new file starts at
version 0 and receives all of them; an older file receives the ones it lacks, all in one
transaction, when it is opened (``Store`` does this). To change the schema, append a
``Migration`` with the next number: never edit one that has been released, since files
out there already carry it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

import duckdb


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    sql: str = ""  # inline SQL, or ...
    sql_file: str = ""  # ... the name of a .sql file beside this module
    #: Python run after the SQL, in the same transaction, for what SQL cannot compute
    #: (e.g. the MinHash fingerprints of articles already stored).
    backfill: Callable[[duckdb.DuckDBPyConnection], None] | None = None

    def script(self) -> str:
        if self.sql_file:
            return resources.files(__package__).joinpath(self.sql_file).read_text(encoding="utf-8")
        return self.sql


def backfill_fingerprints(conn: duckdb.DuckDBPyConnection) -> None:
    """Fingerprints (URL key, MinHash, LSH bands) of the articles stored before version 3."""
    from newsevents.store.rows import fingerprint_rows

    offset = 0
    while rows := conn.execute("SELECT id, text, url FROM articles ORDER BY id LIMIT 500 OFFSET ?",
                               [offset]).fetchall():
        offset += len(rows)
        prints, bands = fingerprint_rows(rows)
        insert_columns(conn, "fingerprints", 3, prints)
        insert_columns(conn, "lsh_bands", 2, bands)


def insert_columns(conn: duckdb.DuckDBPyConnection, table: str, width: int,
                   rows: list[tuple[object, ...]]) -> None:
    """One INSERT for all rows: each column goes in as one list and is unnested (much faster
    than executemany, which runs one statement a row)."""
    if not rows:
        return
    values = [list(column) for column in zip(*rows, strict=True)]
    select = ", ".join("unnest(?)" for _ in range(width))
    conn.execute(f"INSERT INTO {table} SELECT {select}", values)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles and events", sql_file="schema.sql"),
    Migration(
        2,
        "mentions: one row per sighting of an event",
        sql="""
        -- Every sighting of an event: today each event is seen once, in its own article.
        -- Cross-article de-duplication will attach later sightings of the same event to
        -- the first one, so that GDELT's num_mentions (rows), num_articles (distinct
        -- doc_id) and num_sources (distinct site of articles.url) are counts over this table.
        CREATE TABLE mentions (
            event_id       VARCHAR NOT NULL REFERENCES events (event_id),
            doc_id         VARCHAR NOT NULL REFERENCES articles (id),
            sentence_index INTEGER NOT NULL,
            confidence     DOUBLE NOT NULL,
            PRIMARY KEY (event_id, doc_id, sentence_index)
        );
        INSERT INTO mentions SELECT event_id, doc_id, sentence_index, confidence FROM events;
        """,
    ),
    Migration(3, "de-duplication: fingerprints, sightings, merged events, mentions with evidence",
              sql_file="v3_dedup.sql", backfill=backfill_fingerprints),
)

#: The version a file has once every migration has been applied.
CURRENT_VERSION: int = MIGRATIONS[-1].version

#: Tables a newsevents store owns; a file holding them without a `meta` table is not ours.
OWN_TABLES: frozenset[str] = frozenset({"meta", "articles", "events", "mentions", "fingerprints", "lsh_bands",
                                        "sightings", "event_keys"})


def read_version(conn: duckdb.DuckDBPyConnection) -> int | None:
    """The file's schema version: 0 for an empty file, None if it holds other tables but no `meta`."""
    tables = {row[0] for row in conn.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
    if "meta" not in tables:
        return 0 if not tables & OWN_TABLES else None
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def pending(version: int) -> list[Migration]:
    return [m for m in MIGRATIONS if m.version > version]


def upgrade(conn: duckdb.DuckDBPyConnection, version: int) -> int:
    """Apply the migrations after ``version`` in one transaction; return the new version.

    On any error the transaction is rolled back and the file is left as it was.
    """
    todo = pending(version)
    if not todo:
        return version
    conn.execute("BEGIN TRANSACTION")
    try:
        conn.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)")
        for migration in todo:
            conn.execute(migration.script())
            if migration.backfill is not None:
                migration.backfill(conn)
        conn.execute(
            "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(todo[-1].version)])
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return todo[-1].version
