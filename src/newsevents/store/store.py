"""The DuckDB store: articles and their events in one embedded file.

Writes are transactional: an article and its events are stored together or not at all,
and storing an article a second time (same id, or same normalised text) changes nothing.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import duckdb

from newsevents.errors import StoreError
from newsevents.records import COUNTED_STATUSES, Article, Event
from newsevents.store import migrations
from newsevents.store.rows import (
    ARTICLE_COLUMNS,
    EVENT_COLUMNS,
    MENTION_COLUMNS,
    article_record,
    article_row,
    event_record,
    event_row,
    mention_row,
    unique_events,
)

if TYPE_CHECKING:
    import pandas
    import pyarrow

ENV_VAR = "NEWSEVENTS_DB"
DEFAULT_FILENAME = "newsevents.duckdb"
MEMORY = ":memory:"


def default_db_path() -> Path:
    """$NEWSEVENTS_DB if set, else ./newsevents.duckdb in the working directory."""
    env = os.environ.get(ENV_VAR)
    return Path(env) if env else Path.cwd() / DEFAULT_FILENAME


def _open_message(path: str, error: duckdb.Error) -> str:
    text = str(error)
    if "not a valid DuckDB database file" in text:
        return f"cannot open store {path}: the file exists but is not a DuckDB database"
    if "Could not set lock" in text or "Conflicting lock" in text:
        return f"cannot open store {path}: it is locked by another process (close it and retry)"
    return f"cannot open store {path}: {text}"


class Store:
    """Articles and events in a DuckDB file; ``Store(path)`` creates or upgrades the schema."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = str(path)
        self.read_only = read_only
        if read_only and self.path != MEMORY and not Path(self.path).is_file():
            raise StoreError(
                f"cannot open store {self.path}: no such file (read-only needs an existing store)")
        try:
            self._conn = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as e:
            raise StoreError(_open_message(self.path, e)) from e
        try:
            self._version = self._prepare_schema()
        except BaseException:
            self._conn.close()
            raise

    def _prepare_schema(self) -> int:
        try:
            version = migrations.read_version(self._conn)
        except duckdb.Error as e:
            raise StoreError(f"cannot read store {self.path}: {e}") from e
        if version is None:
            raise StoreError(f"{self.path} is a DuckDB file but not a newsevents store (no `meta` table)")
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
            return migrations.upgrade(self._conn, version)
        except duckdb.Error as e:
            raise StoreError(f"cannot upgrade store {self.path} from schema version {version}: {e}") from e

    @property
    def schema_version(self) -> int:
        return self._version

    # -- life cycle ----------------------------------------------------------------------

    def close(self) -> None:
        self._conn.close()

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

    def add_article(self, article: Article, events: Sequence[Event]) -> bool:
        """Store the article and its events in one transaction; False (nothing written) if already stored."""
        return self.add_articles([(article, events)]) == 1

    def add_articles(self, batch: Iterable[tuple[Article, Sequence[Event]]]) -> int:
        """Store many articles in one transaction; return how many were new.

        Articles already stored, or repeated within the batch (same id or same normalised
        text), are skipped. On any error the whole batch is rolled back: nothing is written.
        """
        if self.read_only:
            raise StoreError(f"store {self.path} is open read-only")
        items = [(article, article.content_hash(), events) for article, events in batch]
        self._conn.execute("BEGIN TRANSACTION")
        try:
            added = self._insert(items)
            self._conn.execute("COMMIT")
        except duckdb.Error as e:
            self._conn.execute("ROLLBACK")
            raise StoreError(f"store {self.path}: nothing written: {e}") from e
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        return added

    def _insert(self, items: list[tuple[Article, str, Sequence[Event]]]) -> int:
        """Insert the new articles of ``items`` with their events, in bulk; return how many."""
        seen_ids, seen_hashes = self._stored_keys([a.id for a, _, _ in items], [h for _, h, _ in items])
        now = datetime.now(UTC).replace(tzinfo=None)
        article_rows: list[tuple[Any, ...]] = []
        new_events: list[Event] = []
        for article, content_hash, events in items:
            if article.id in seen_ids or content_hash in seen_hashes:
                continue
            seen_ids.add(article.id)
            seen_hashes.add(content_hash)
            unique = unique_events(events)
            for event in unique:
                if event.doc_id != article.id:
                    raise StoreError(
                        f"store {self.path}: nothing written: event {event.event_id} has doc_id "
                        f"{event.doc_id!r} but was given with article {article.id!r}")
            article_rows.append(article_row(article, len(unique), now))
            new_events.extend(unique)
        self._insert_rows("articles", ARTICLE_COLUMNS, article_rows)
        self._insert_rows("events", EVENT_COLUMNS, [event_row(e) for e in new_events])
        self._insert_rows("mentions", MENTION_COLUMNS, [mention_row(e) for e in new_events])
        return len(article_rows)

    def _stored_keys(self, ids: list[str], hashes: list[str]) -> tuple[set[str], set[str]]:
        """The ids and content hashes among these that are already stored."""
        if not ids:
            return set(), set()
        rows = self._conn.execute(
            "SELECT id, content_hash FROM articles "
            "WHERE id IN (SELECT unnest(?)) OR content_hash IN (SELECT unnest(?))", [ids, hashes]).fetchall()
        return {r[0] for r in rows}, {r[1] for r in rows}

    def _insert_rows(self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        """One INSERT for all rows: each column goes in as one list and is unnested (much faster
        than executemany, which runs one statement a row)."""
        if not rows:
            return
        values = [list(column) for column in zip(*rows, strict=True)]
        select = ", ".join("unnest(?)" for _ in columns)
        self._conn.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {select}", values)

    # -- reading -------------------------------------------------------------------------

    def _event_query(self, doc_id: str | None, counted_only: bool, limit: int | None
                     ) -> tuple[str, list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        if doc_id is not None:
            where.append("doc_id = ?")
            params.append(doc_id)
        if counted_only:
            statuses = sorted(COUNTED_STATUSES)
            where.append(f"status IN ({', '.join('?' * len(statuses))})")
            params.extend(statuses)
        sql = f"SELECT {', '.join(EVENT_COLUMNS)} FROM events"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY doc_id, sentence_index, trigger_start, event_id"
        if limit is not None:
            if limit < 0:
                raise ValueError(f"limit must be >= 0, got {limit}")
            sql += " LIMIT ?"
            params.append(limit)
        return sql, params

    def events(self, *, doc_id: str | None = None, counted_only: bool = False,
               limit: int | None = None) -> list[dict[str, Any]]:
        """Stored events as DESIGN.md event records, ordered by doc, sentence, trigger."""
        sql, params = self._event_query(doc_id, counted_only, limit)
        rows = self._conn.execute(sql, params).fetchall()
        return [event_record(dict(zip(EVENT_COLUMNS, row, strict=True))) for row in rows]

    def events_df(self, *, doc_id: str | None = None, counted_only: bool = False,
                  limit: int | None = None) -> pandas.DataFrame:
        """The same events as a pandas DataFrame with the flat columns of the `events` table."""
        try:
            import pandas  # noqa: F401  (duckdb needs it; imported here to fail with a clear message)
        except ImportError as e:
            raise StoreError("events_df needs pandas: pip install pandas") from e
        sql, params = self._event_query(doc_id, counted_only, limit)
        return self._conn.execute(sql, params).df()

    def events_arrow(self, *, doc_id: str | None = None, counted_only: bool = False,
                     limit: int | None = None) -> pyarrow.Table:
        """The same events as a pyarrow Table with the flat columns of the `events` table."""
        try:
            import pyarrow  # noqa: F401  (as in events_df)
        except ImportError as e:
            raise StoreError("events_arrow needs pyarrow: pip install pyarrow") from e
        sql, params = self._event_query(doc_id, counted_only, limit)
        return self._conn.sql(sql, params=params).to_arrow_table()

    def articles(self, *, with_text: bool = False) -> list[dict[str, Any]]:
        """Stored articles in id order, dates as ISO text; the full text only if asked for."""
        columns = [c for c in ARTICLE_COLUMNS if with_text or c != "text"]
        rows = self._conn.execute(f"SELECT {', '.join(columns)} FROM articles ORDER BY id").fetchall()
        return [article_record(dict(zip(columns, row, strict=True))) for row in rows]

    def count_articles(self) -> int:
        return self._count("articles")

    def count_events(self) -> int:
        return self._count("events")

    def _count(self, table: str) -> int:
        row = self._conn.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0
