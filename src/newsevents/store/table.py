"""The one event table: the flat columns that `events`, `export` and ``Store.events_df()`` share.

A row is one (merged) event: the columns of the `events` table, GDELT's counts over its
mentions (``num_mentions``, ``num_articles``, ``num_sources``) and the article it was first
seen in (title, URL, file, when it was stored). ``docs/schema.md`` is the codebook of these
columns; a test checks that the two agree. By default only counted events (asserted ones,
and future ones, which the coder codes as intents) are rows; ``include_all`` adds the
negated and hypothetical ones, told apart by ``status``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsevents.records import COUNTED_STATUSES
from newsevents.store.rows import COUNT_COLUMNS, EVENT_COLUMNS, flatten_record

ARTICLE_FIELDS: tuple[str, ...] = ("article_title", "article_url", "article_path", "ingested_at")

#: Every column of the event table, in order.
TABLE_COLUMNS: tuple[str, ...] = (*EVENT_COLUMNS, *COUNT_COLUMNS, *ARTICLE_FIELDS)

#: Columns that hold codes which look like numbers ("062", "04") and must be read as text;
#: ``pandas.read_csv(path, dtype=TEXT_DTYPES)`` keeps them so.
TEXT_COLUMNS: tuple[str, ...] = tuple(
    c for c in TABLE_COLUMNS
    if c in ("cameo", "doc_id", "date") or c.endswith(("_code", "_country", "_sector")))

_SELECT: dict[str, str] = {
    **{c: f"e.{c}" for c in EVENT_COLUMNS},
    # a list in the store, text in the table so that CSV, JSON and DataFrames agree
    "plover_context": "array_to_string(e.plover_context, ';') AS plover_context",
    **{c: f"CAST(coalesce(n.{c}, 0) AS INTEGER) AS {c}" for c in COUNT_COLUMNS},
    "article_title": "a.title AS article_title",
    "article_url": "a.url AS article_url",
    "article_path": "a.source_path AS article_path",
    "ingested_at": "a.ingested_at AS ingested_at",
}


def text_dtypes() -> dict[str, type]:
    """The ``dtype`` argument that makes ``pandas.read_csv`` keep codes as text."""
    return dict.fromkeys(TEXT_COLUMNS, str)


@dataclass(frozen=True)
class TableQuery:
    """Which events to list: one article, counted only (the default) or all, at most ``limit``."""

    doc_id: str | None = None
    include_all: bool = False
    limit: int | None = None

    def __post_init__(self) -> None:
        if self.limit is not None and self.limit < 0:
            raise ValueError(f"limit must be >= 0, got {self.limit}")

    def sql(self) -> tuple[str, list[Any]]:
        """The SELECT of the event table, with its parameters."""
        where: list[str] = []
        params: list[Any] = []
        if self.doc_id is not None:
            where.append("e.doc_id = ?")
            params.append(self.doc_id)
        if not self.include_all:
            statuses = sorted(COUNTED_STATUSES)
            where.append(f"e.status IN ({', '.join('?' * len(statuses))})")
            params.extend(statuses)
        sql = (f"SELECT {', '.join(_SELECT[c] for c in TABLE_COLUMNS)} FROM events e "
               "LEFT JOIN event_counts n ON n.event_id = e.event_id JOIN articles a ON a.id = e.doc_id")
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY e.doc_id, e.sentence_index, e.trigger_start, e.event_id"
        if self.limit is not None:
            sql += " LIMIT ?"
            params.append(self.limit)
        return sql, params

    def literal_sql(self) -> str:
        """The SELECT with its parameters written in, for statements that take none (COPY)."""
        sql, params = self.sql()
        parts = sql.split("?")
        values = [str(int(p)) if isinstance(p, int) else "'" + str(p).replace("'", "''") + "'" for p in params]
        return parts[0] + "".join(v + rest for v, rest in zip(values, parts[1:], strict=True))


def flat_row(record: dict[str, Any]) -> dict[str, Any]:
    """An event record (the nested shape of ``Event.to_dict``, with the optional count and
    article keys of ``Store.events``) as a row of the table; what it lacks is None."""
    row = flatten_record(record)
    row["plover_context"] = ";".join(row["plover_context"] or []) if row["plover_context"] is not None else None
    for column in (*COUNT_COLUMNS, *ARTICLE_FIELDS):
        row[column] = record.get(column)
    return {c: row.get(c) for c in TABLE_COLUMNS}
