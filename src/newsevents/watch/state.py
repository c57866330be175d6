"""What `watch` remembers, in the store itself (tables `watch_feeds` and `watch_items`,
migration 4): the validators of each feed, and each item seen with what became of it.

An item is marked `stored` in the same transaction as its article (``Store.write(also=...)``),
so a watcher killed at any moment neither loses an item nor fetches one twice after a restart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from newsevents.store import Store
from newsevents.store.backend import IN_TEXTS

Statement = tuple[str, Sequence[Any]]

_UPSERT_ITEM = (
    "INSERT INTO watch_items (item_key, feed_url, url, status, tries, error, seen_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (item_key) DO UPDATE SET status = EXCLUDED.status, tries = EXCLUDED.tries, "
    "error = EXCLUDED.error, seen_at = EXCLUDED.seen_at")


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class Validators:
    etag: str | None = None
    last_modified: str | None = None


class WatchState:
    """Reads and writes the watch tables of one store."""

    def __init__(self, store: Store, max_tries: int = 3) -> None:
        self._store = store
        self.max_tries = max_tries

    def validators(self, feed_url: str) -> Validators:
        row = self._store.connection.execute(
            "SELECT etag, last_modified FROM watch_feeds WHERE url = ?", [feed_url]).fetchone()
        return Validators(*row) if row else Validators()

    def save_validators(self, feed_url: str, validators: Validators) -> None:
        self._store.connection.execute(
            "INSERT INTO watch_feeds (url, etag, last_modified, checked_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (url) DO UPDATE SET etag = EXCLUDED.etag, last_modified = EXCLUDED.last_modified, "
            "checked_at = EXCLUDED.checked_at", [feed_url, validators.etag, validators.last_modified, _now()])

    def to_fetch(self, keys: Sequence[str]) -> set[str]:
        """The keys among ``keys`` still to fetch: never seen, or failed fewer than ``max_tries`` times."""
        if not keys:
            return set()
        done = {key for key, in self._store.connection.execute(
            f"SELECT item_key FROM watch_items WHERE item_key {IN_TEXTS} "
            "AND status <> 'failed'", [list(keys)]).fetchall()}
        return set(keys) - done

    def tries(self, key: str) -> int:
        row = self._store.connection.execute("SELECT tries FROM watch_items WHERE item_key = ?", [key]).fetchone()
        return int(row[0]) if row else 0

    def stored(self, key: str, feed_url: str, url: str | None) -> Statement:
        """The statement that marks an item stored, for the transaction that stores its article."""
        return _UPSERT_ITEM, [key, feed_url, url, "stored", self.tries(key) + 1, None, _now()]

    def failed(self, key: str, feed_url: str, url: str | None, error: str) -> bool:
        """Record a failed try; True when it was the last one allowed."""
        tries = self.tries(key) + 1
        last = tries >= self.max_tries
        self._store.connection.execute(
            _UPSERT_ITEM, [key, feed_url, url, "given_up" if last else "failed", tries, error[:500], _now()])
        return last
