"""Schema versions of the store, and how to bring an older file up to date.

Each migration turns schema version ``n - 1`` into version ``n``. A new file starts at
version 0 and receives all of them; an older file receives the ones it lacks, all in one
transaction, when it is opened (``Store`` does this). To change the schema, append a
``Migration`` with the next number: never edit one that has been released, since files
out there already carry it.

A PostgreSQL store has the same tables, columns, keys and version numbers. Where DuckDB's
type names differ (``DOUBLE``, ``UBIGINT``) the script is translated; where the SQL itself is not
PostgreSQL's (``first()``, ``regexp_extract``, altering a CHECK), a migration names its PostgreSQL
script too (``postgres_sql_file``, ``pg_v*.sql``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsevents.store.backend import Backend


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    sql: str = ""  # inline SQL, or ...
    sql_file: str = ""  # ... the name of a .sql file beside this module
    #: The same change in PostgreSQL's SQL, where DuckDB's differs (a file beside this module).
    postgres_sql_file: str = ""
    #: Python run after the SQL, in the same transaction, for what SQL cannot compute
    #: (e.g. the MinHash fingerprints of articles already stored).
    backfill: Callable[[Backend], None] | None = None

    def script(self, kind: str = "duckdb") -> str:
        """The migration's SQL for the backend ``kind``: PostgreSQL's own file where DuckDB's SQL cannot
        be translated, else DuckDB's with its type names spelt PostgreSQL's way."""
        if kind == "postgres" and self.postgres_sql_file:
            return resources.files(__package__).joinpath(self.postgres_sql_file).read_text(encoding="utf-8")
        sql = resources.files(__package__).joinpath(self.sql_file).read_text(encoding="utf-8") if self.sql_file \
            else self.sql
        return _postgres_types(sql) if kind == "postgres" else sql


def _postgres_types(sql: str) -> str:
    """DuckDB's DOUBLE and UBIGINT in PostgreSQL's names (DOUBLE PRECISION, BIGINT)."""
    return re.sub(r"\bUBIGINT\b", "BIGINT", re.sub(r"\bDOUBLE\b(?! PRECISION)", "DOUBLE PRECISION", sql))


def backfill_fingerprints(backend: Backend) -> None:
    """Fingerprints (URL key, MinHash, LSH bands) of the articles stored before version 3."""
    from newsevents.store.rows import fingerprint_rows

    offset = 0
    while rows := backend.conn.execute("SELECT id, text, url FROM articles ORDER BY id LIMIT 500 OFFSET ?",
                                       [offset]).fetchall():
        offset += len(rows)
        prints, bands = fingerprint_rows(rows)
        backend.insert_rows("fingerprints", ("doc_id", "url_key", "minhash"), prints)
        backend.insert_rows("lsh_bands", ("band_key", "doc_id"), bands)


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
              sql_file="v3_dedup.sql", postgres_sql_file="pg_v3_dedup.sql", backfill=backfill_fingerprints),
    Migration(4, "watch: feeds polled and feed items seen", sql_file="v4_watch.sql"),
    Migration(
        5,
        "location precision, source and ADM1 code",
        sql="""
        -- How fine an event's place is (country, admin1, admin2, town: GDELT's Geo_Type), where in the
        -- text it was found (clause, sentence, dateline, article, actor) and GDELT's ADM1 code.
        -- Events stored before this version have none: NULL.
        ALTER TABLE events ADD COLUMN location_precision VARCHAR;
        ALTER TABLE events ADD COLUMN location_source VARCHAR;
        ALTER TABLE events ADD COLUMN location_adm1 VARCHAR;
        """,
    ),
    Migration(6, "date precision 'before'", sql_file="v6_before.sql", postgres_sql_file="pg_v6_before.sql"),
    Migration(7, "magnitudes: dead, injured, arrested and group size of each event (min, max, words)",
              sql="".join(f"ALTER TABLE events ADD COLUMN magnitude_{kind}_{part} {kind_type};\n"
                          for kind in ("dead", "injured", "arrested", "size")
                          for part, kind_type in (("min", "INTEGER"), ("max", "INTEGER"), ("text", "VARCHAR")))),
    Migration(8, "date precision 'week'", sql_file="v8_week.sql", postgres_sql_file="pg_v8_week.sql"),
)

#: The version a file has once every migration has been applied.
CURRENT_VERSION: int = MIGRATIONS[-1].version

#: Tables a newsevents store owns; a file holding them without a `meta` table is not ours.
OWN_TABLES: frozenset[str] = frozenset({"meta", "articles", "events", "mentions", "fingerprints", "lsh_bands",
                                        "sightings", "event_keys", "watch_feeds", "watch_items"})


def read_version(backend: Backend) -> int | None:
    """The store's schema version: 0 for an empty one, None if it holds other tables but no `meta`."""
    tables = backend.tables()
    if "meta" not in tables:
        return 0 if not tables & OWN_TABLES else None
    row = backend.conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def pending(version: int) -> list[Migration]:
    return [m for m in MIGRATIONS if m.version > version]


def upgrade(backend: Backend, version: int) -> int:
    """Apply the migrations after ``version`` in one transaction; return the new version.

    On any error the transaction is rolled back and the store is left as it was. Where
    several processes share the store, the first one upgrades and the others wait for it
    (``lock_writes``) and then find nothing left to do.
    """
    if not pending(version):
        return version
    conn = backend.conn
    conn.execute("BEGIN TRANSACTION")
    try:
        if backend.shared:
            backend.lock_writes()
            version = read_version(backend) or 0
        todo = pending(version)
        conn.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)")
        for migration in todo:
            conn.execute(migration.script(backend.kind))
            if migration.backfill is not None:
                migration.backfill(backend)
        if todo:
            backend.set_meta("schema_version", str(todo[-1].version))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return todo[-1].version if todo else version
