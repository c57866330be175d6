"""Answers kept in memory while the server holds the store open read-only (it cannot change then).

A bounded LRU of whole API responses, keyed by the path and the sorted query parameters
(the token left out). Only successful GET answers up to ``max_entry`` bytes are kept, and
the oldest go once ``max_bytes`` is exceeded. ``serve --reopen`` (the store may change
between requests) runs without it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass

from starlette.datastructures import URL


@dataclass(frozen=True)
class Cached:
    body: bytes
    status: int
    headers: tuple[tuple[str, str], ...]


class ResponseCache:
    def __init__(self, max_bytes: int = 64 << 20, max_entry: int = 4 << 20) -> None:
        self.max_bytes = max_bytes
        self.max_entry = max_entry
        self._entries: OrderedDict[str, Cached] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    @staticmethod
    def key(url: URL) -> str:
        from urllib.parse import parse_qsl, urlencode

        pairs = sorted((k, v) for k, v in parse_qsl(url.query, keep_blank_values=True) if k != "token")
        return f"{url.path}?{urlencode(pairs)}"

    def get(self, key: str) -> Cached | None:
        with self._lock:
            hit = self._entries.get(key)
            if hit is not None:
                self._entries.move_to_end(key)
            return hit

    def put(self, key: str, value: Cached) -> None:
        if len(value.body) > self.max_entry:
            return
        with self._lock:
            old = self._entries.pop(key, None)
            self._size += len(value.body) - (len(old.body) if old else 0)
            self._entries[key] = value
            while self._size > self.max_bytes and self._entries:
                _, dropped = self._entries.popitem(last=False)
                self._size -= len(dropped.body)
