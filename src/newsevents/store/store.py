"""The store: articles and their events in an embedded DuckDB file or a PostgreSQL database.

Writes are transactional: an article and its events are stored together or not at all,
and storing an article a second time (same id, or same normalised text) changes nothing.
``Store("events.duckdb")`` opens DuckDB, ``Store("postgresql://host/db")`` PostgreSQL
(``store/backend.py`` says what differs); everything else is the same.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from newsevents.errors import StoreError
from newsevents.records import Article, Event
from newsevents.store import migrations
from newsevents.store.backend import DEFAULT_FILENAME, ENV_VAR, IN_TEXTS, MEMORY, Backend, locate, open_backend
from newsevents.store.rows import (
    ARTICLE_COLUMNS,
    COUNT_COLUMNS,
    EVENT_COLUMNS,
    MENTION_COLUMNS,
    SIGHTING_COLUMNS,
    article_record,
    article_row,
    event_record,
    event_row,
    fingerprint_rows,
    mention_row,
    merge_key,
    unique_events,
)
from newsevents.store.screen import Screen, Verdict
from newsevents.store.table import ARTICLE_FIELDS, TABLE_COLUMNS, TableQuery

if TYPE_CHECKING:
    import pandas
    import pyarrow

__all__ = ["DEFAULT_FILENAME", "ENV_VAR", "MEMORY", "Store", "default_db_path"]

Coded = Sequence[tuple[Article, Sequence[Event]]]


def default_db_path() -> Path:
    """$NEWSEVENTS_DB if set, else ./newsevents.duckdb in the working directory."""
    return Path(locate(None))


class Store:
    """Articles and events in a DuckDB file or a PostgreSQL database (a ``postgresql://`` URL);
    ``Store(path_or_url)`` creates or upgrades the schema."""

    def __init__(self, path: str | Path, *, read_only: bool = False, verify: bool = False) -> None:
        """``verify``: read every stored row first (``verify()``), so that a corrupt file is
        found before anything is written to it."""
        self._backend = open_backend(path, read_only=read_only)
        self.path = self._backend.target
        self.read_only = read_only
        self._conn = self._backend.conn
        try:
            if verify:
                self.verify()
            self._version = self._prepare_schema()
            self._screen = Screen(self._conn)
        except BaseException:
            self._backend.close()
            raise

    def verify(self) -> None:
        """Read every row of every table (DuckDB checks each block it reads against its checksum);
        raise StoreError if the file is corrupt anywhere. PostgreSQL looks after its own pages."""
        if self._backend.kind != "duckdb":
            return
        try:
            for table in sorted(self._backend.tables()):
                self._conn.execute(f'SELECT count(*), max(hash(t)) FROM "{table}" t').fetchall()
        except self._backend.errors as e:
            first = str(e).splitlines()[0] if str(e) else type(e).__name__
            raise StoreError(f"store {self.path} is corrupt ({first}); nothing was written to it") from e

    def _prepare_schema(self) -> int:
        errors = self._backend.errors
        try:
            version = migrations.read_version(self._backend)
        except errors as e:
            raise StoreError(f"cannot read store {self.path}: {e}") from e
        if version is None:
            what = "a DuckDB file" if self._backend.kind == "duckdb" else "a PostgreSQL database"
            raise StoreError(f"{self.path} is {what} but not a newsevents store (no `meta` table)")
        if version > migrations.CURRENT_VERSION:
            raise StoreError(
                f"store {self.path} has schema version {version}, newer than this newsevents "
                f"understands ({migrations.CURRENT_VERSION}); upgrade newsevents")
        if version == migrations.CURRENT_VERSION:
            return version
        if self.read_only:
            raise StoreError(
                f"store {self.path} has schema version {version} and needs upgrading to "
                f"{migrations.CURRENT_VERSION}; open it once without read-only")
        try:
            return migrations.upgrade(self._backend, version)
        except errors as e:
            raise StoreError(f"cannot upgrade store {self.path} from schema version {version}: {e}") from e

    @property
    def connection(self) -> Any:
        """The connection, for queries and exports (write through the methods above): DuckDB's,
        or for PostgreSQL a wrapper with the same ``execute(sql, [params])`` and ``?`` placeholders."""
        return self._conn

    @property
    def backend(self) -> Backend:
        """The database behind the store and what differs between DuckDB and PostgreSQL."""
        return self._backend

    @property
    def schema_version(self) -> int:
        return self._version

    # -- life cycle ----------------------------------------------------------------------

    def close(self) -> None:
        self._backend.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------

    def has_article(self, article: Article) -> bool:
        """True if an article with the same id, or the same normalised text, is stored."""
        row = self._conn.execute(
            "SELECT 1 FROM articles WHERE id = ? OR content_hash = ? LIMIT 1",
            [article.id, article.content_hash()]).fetchone()
        return row is not None

    @property
    def screen(self) -> Screen:
        """The de-duplication decisions for this store (it remembers articles judged new until written)."""
        return self._screen

    def judge(self, articles: Sequence[Article]) -> list[Verdict]:
        """De-duplicate a batch before coding it: see ``newsevents.store.screen``."""
        return self._screen.judge(articles)

    def add_article(self, article: Article, events: Sequence[Event]) -> bool:
        """Store the article and its events in one transaction; False (nothing written) if already stored."""
        return self.add_articles([(article, events)]) == 1

    def add_articles(self, batch: Iterable[tuple[Article, Sequence[Event]]]) -> int:
        """De-duplicate and store many coded articles in one transaction; return how many were new.

        An article already stored, or repeated within the batch (same text, same URL or a
        near-duplicate), is recorded as a sighting and its events are dropped; one whose id is
        taken by another story is stored under a new id (``screen.renamed_id``), its events
        with it. On any error the whole batch is rolled back: nothing is written.
        """
        items = list(batch)
        coded, sightings = _split(self.judge([article for article, _ in items]), items)
        return self.write(coded, sightings)

    def write(self, coded: Coded, sightings: Sequence[tuple[Any, ...]], *,
              also: Sequence[tuple[str, Sequence[Any]]] = ()) -> int:
        """Store articles judged new (``judge``), with their events, and the sightings of
        duplicates, in one transaction; return how many articles were stored. Events are merged
        with stored events that agree on date, source, target, CAMEO code, status and place
        (``rows.merge_key``). Where other processes write too (PostgreSQL), the batch is judged
        again under the write lock, so an article one of them stored meanwhile is not stored twice.
        ``also`` are more (SQL, parameters) statements for the same transaction (``watch`` records
        the feed items it stored with them, so that a kill can lose neither)."""
        try:
            return self._write(coded, sightings, also)
        finally:  # stored or not, the batch's articles are no longer waiting to be stored
            for article, _ in coded:
                self._screen.pending.remove(article.id)

    def _write(self, coded: Coded, sightings: Sequence[tuple[Any, ...]],
               also: Sequence[tuple[str, Sequence[Any]]]) -> int:
        if self.read_only:
            raise StoreError(f"store {self.path} is open read-only")
        self._conn.execute("BEGIN TRANSACTION")
        try:
            todo, seen = coded, sightings
            if self._backend.shared:
                self._backend.lock_writes()
                todo, seen = self._recheck(coded, sightings)
            self._insert(todo, seen)
            for statement, params in also:
                self._conn.execute(statement, list(params))
            self._conn.execute("COMMIT")
        except self._backend.errors as e:
            self._conn.execute("ROLLBACK")
            raise StoreError(f"store {self.path}: nothing written: {e}") from e
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        return len(todo)

    def _recheck(self, coded: Coded, sightings: Sequence[tuple[Any, ...]]
                 ) -> tuple[Coded, list[tuple[Any, ...]]]:
        """The batch judged again against the store as it is now, inside the write lock: what
        another process stored since is dropped (or becomes a sighting), as in a single run."""
        verdicts = Screen(self._conn, self._screen.near_threshold).judge([article for article, _ in coded])
        todo, seen = _split(verdicts, coded)
        return todo, [*sightings, *seen]

    def _insert(self, coded: Coded, sightings: Sequence[tuple[Any, ...]]) -> None:
        now = datetime.now(UTC).replace(tzinfo=None)
        article_rows: list[tuple[Any, ...]] = []
        new_events: list[Event] = []
        for article, events in coded:
            unique = unique_events(events)
            for event in unique:
                if event.doc_id != article.id:
                    raise StoreError(
                        f"store {self.path}: nothing written: event {event.event_id} has doc_id "
                        f"{event.doc_id!r} but was given with article {article.id!r}")
            article_rows.append(article_row(article, len(unique), now))
            new_events.extend(unique)
        prints, bands = fingerprint_rows([(a.id, a.text, a.url) for a, _ in coded])
        self._insert_rows("articles", ARTICLE_COLUMNS, article_rows)
        self._insert_rows("fingerprints", ("doc_id", "url_key", "minhash"), prints)
        self._insert_rows("lsh_bands", ("band_key", "doc_id"), bands)
        self._insert_sightings(sightings)
        self._insert_events(new_events)

    def _insert_sightings(self, sightings: Sequence[tuple[Any, ...]]) -> None:
        """New sightings only: the first one of a (file, id) is kept, as in an uninterrupted run."""
        fresh = list({(row[0], row[1]): row for row in reversed(sightings)}.values())[::-1]
        self._backend.insert_new("sightings", SIGHTING_COLUMNS, fresh)

    def _insert_events(self, events: Sequence[Event]) -> None:
        """Each event joins the stored event with its merge key, or becomes a new one."""
        keys = [merge_key(e) for e in events]
        merged: dict[str, str] = {}
        if keys:
            merged = dict(self._conn.execute(
                f"SELECT merge_key, event_id FROM event_keys WHERE merge_key {IN_TEXTS}",
                [sorted(set(keys))]).fetchall())
        event_rows: list[tuple[Any, ...]] = []
        key_rows: list[tuple[Any, ...]] = []
        mention_rows: list[tuple[Any, ...]] = []
        for event, key in zip(events, keys, strict=True):
            if key not in merged:
                merged[key] = event.event_id
                event_rows.append(event_row(event))
                key_rows.append((key, event.event_id))
            mention_rows.append(mention_row(event, merged[key]))
        self._insert_rows("events", EVENT_COLUMNS, event_rows)
        self._insert_rows("event_keys", ("merge_key", "event_id"), key_rows)
        self._insert_rows("mentions", MENTION_COLUMNS, mention_rows)

    def _insert_rows(self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        self._backend.insert_rows(table, columns, rows)

    # -- reading -------------------------------------------------------------------------

    def events(self, *, doc_id: str | None = None, counted_only: bool = False,
               limit: int | None = None, with_counts: bool = False) -> list[dict[str, Any]]:
        """Stored events as DESIGN.md event records, ordered by doc, sentence, trigger.

        One record per merged event, with the evidence of its first mention; ``with_counts``
        adds the other columns of the event table (``newsevents.store.table``): GDELT's
        ``num_mentions``, ``num_articles`` and ``num_sources``, and the article's title, URL,
        file and time of storing."""
        sql, params = TableQuery(doc_id, include_all=not counted_only, limit=limit).sql()
        out = []
        for row in self._conn.execute(sql, params).fetchall():
            flat = dict(zip(TABLE_COLUMNS, row, strict=True))
            record = event_record(flat)
            if with_counts:
                record |= {c: flat[c] for c in (*COUNT_COLUMNS, *ARTICLE_FIELDS)}
                if record["ingested_at"] is not None:
                    record["ingested_at"] = record["ingested_at"].isoformat()
            out.append(record)
        return out

    def mentions(self, event_id: str) -> list[dict[str, Any]]:
        """Every sighting of one event, with its evidence (article, sentence, trigger, rule)."""
        cursor = self._conn.execute(
            f"SELECT {', '.join(MENTION_COLUMNS)} FROM mentions WHERE event_id = ? "
            "ORDER BY doc_id, sentence_index, trigger_start", [event_id])
        return [dict(zip(MENTION_COLUMNS, row, strict=True)) for row in cursor.fetchall()]

    def events_df(self, *, doc_id: str | None = None, counted_only: bool = False,
                  limit: int | None = None) -> pandas.DataFrame:
        """The same events as a pandas DataFrame with the columns of the event table (docs/schema.md)."""
        try:
            import pandas  # noqa: F401  (duckdb needs it; imported here to fail with a clear message)
        except ImportError as e:
            raise StoreError("events_df needs pandas: pip install pandas") from e
        sql, params = TableQuery(doc_id, include_all=not counted_only, limit=limit).sql()
        return self._backend.frame(sql, params)

    def events_arrow(self, *, doc_id: str | None = None, counted_only: bool = False,
                     limit: int | None = None) -> pyarrow.Table:
        """The same events as a pyarrow Table with the columns of the event table (docs/schema.md)."""
        try:
            import pyarrow  # noqa: F401  (as in events_df)
        except ImportError as e:
            raise StoreError("events_arrow needs pyarrow: pip install pyarrow") from e
        sql, params = TableQuery(doc_id, include_all=not counted_only, limit=limit).sql()
        return self._backend.arrow(sql, params)

    def articles(self, *, with_text: bool = False) -> list[dict[str, Any]]:
        """Stored articles in id order, dates as ISO text; the full text only if asked for."""
        columns = [c for c in ARTICLE_COLUMNS if with_text or c != "text"]
        rows = self._conn.execute(f"SELECT {', '.join(columns)} FROM articles ORDER BY id", []).fetchall()
        return [article_record(dict(zip(columns, row, strict=True))) for row in rows]

    def count_articles(self) -> int:
        return self._count("articles")

    def count_events(self) -> int:
        return self._count("events")

    def _count(self, table: str) -> int:
        row = self._conn.execute(f"SELECT count(*) FROM {table}", []).fetchone()
        return int(row[0]) if row else 0


def _split(verdicts: Sequence[Verdict], items: Coded) -> tuple[list[tuple[Article, Sequence[Event]]],
                                                                  list[tuple[Any, ...]]]:
    """Coded articles after their verdicts: the new ones (renamed with their events where their id was
    taken), and the sightings of the others."""
    coded: list[tuple[Article, Sequence[Event]]] = []
    sightings: list[tuple[Any, ...]] = []
    for verdict, (article, events) in zip(verdicts, items, strict=True):
        if verdict.kind == "new":
            renamed = verdict.article.id != article.id
            coded.append((verdict.article, [dataclasses.replace(e, doc_id=verdict.article.id)
                                            for e in events] if renamed else events))
        elif verdict.sighting is not None:
            sightings.append(verdict.sighting)
    return coded, sightings
