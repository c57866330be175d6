"""HTTP GET within limits: robots.txt, a per-host pace, a time limit, a size limit.

``Fetcher.get`` returns a ``Page`` (304 Not Modified included, for conditional requests
with ETag and Last-Modified) or raises ``FetchError`` saying what went wrong in one line:
the host is unreachable, the answer is an HTTP error, the page is too slow or too large, or
robots.txt forbids it. One ``Fetcher`` keeps the robots rules and the time of the last
request of each host it has met; nothing is kept in module state.
"""

from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.request
import urllib.robotparser
from dataclasses import dataclass, field
from email.message import Message
from urllib.parse import urlsplit

from newsevents.errors import FetchError

USER_AGENT = "newsevents-watch/0.1 (+https://github.com/newsevents)"
CHUNK = 64 * 1024


@dataclass(frozen=True)
class Limits:
    """How politely and how far to fetch."""

    timeout: float = 20.0  # seconds for one whole request (connect, headers, body)
    max_bytes: int = 5_000_000  # larger pages are refused
    per_host: float = 1.0  # seconds between two requests to the same host
    user_agent: str = USER_AGENT
    robots_ttl: float = 3600.0  # seconds a host's robots.txt is trusted before it is read again


@dataclass(frozen=True)
class Page:
    url: str
    status: int  # 200, or 304 when a conditional request found nothing new
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    content_type: str = ""


@dataclass
class _Host:
    last_request: float = float("-inf")
    robots: urllib.robotparser.RobotFileParser | None = None
    robots_read: float = float("-inf")


@dataclass
class Fetcher:
    limits: Limits = field(default_factory=Limits)
    _hosts: dict[str, _Host] = field(default_factory=dict)

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Page:
        """The page at ``url``; with ``etag``/``last_modified`` a 304 Page when it has not changed."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise FetchError(url, "not an http(s) URL")
        if not self._allowed(url):
            raise FetchError(url, "forbidden by robots.txt")
        headers = {"User-Agent": self.limits.user_agent}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._request(url, headers)

    def _host(self, url: str) -> _Host:
        parts = urlsplit(url)
        return self._hosts.setdefault(f"{parts.scheme}://{parts.netloc}", _Host())

    def _pace(self, url: str) -> None:
        host = self._host(url)
        wait = host.last_request + self.limits.per_host - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        host.last_request = time.monotonic()

    def _allowed(self, url: str) -> bool:
        """robots.txt, read once per host and TTL: missing (4xx) allows all; a server error or an
        unreachable host forbids for now (RFC 9309), and the page's own fetch is not tried."""
        host = self._host(url)
        if host.robots is None or time.monotonic() - host.robots_read > self.limits.robots_ttl:
            parts = urlsplit(url)
            rules = urllib.robotparser.RobotFileParser()
            try:
                page = self._request(f"{parts.scheme}://{parts.netloc}/robots.txt",
                                     {"User-Agent": self.limits.user_agent})
                rules.parse(page.body.decode("utf-8", "replace").splitlines())
            except FetchError as error:
                if not error.reason.startswith("HTTP 4"):
                    raise FetchError(url, f"robots.txt unavailable ({error.reason})") from None
                rules.parse([])
            host.robots, host.robots_read = rules, time.monotonic()
        return host.robots.can_fetch(self.limits.user_agent, url)

    def _request(self, url: str, headers: dict[str, str]) -> Page:
        self._pace(url)
        deadline = time.monotonic() + self.limits.timeout
        request = urllib.request.Request(url, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=self.limits.timeout) as answer:
                body = self._read(url, answer, deadline)
                return _page(url, answer.status, body, answer.headers)
        except urllib.error.HTTPError as error:
            if error.code == 304:
                return _page(url, 304, b"", error.headers)
            raise FetchError(url, f"HTTP {error.code} {error.reason}") from None
        except urllib.error.URLError as error:
            if isinstance(error.reason, TimeoutError):
                raise FetchError(url, f"no answer within {self.limits.timeout:g} s") from None
            raise FetchError(url, f"unreachable ({error.reason})") from None
        except TimeoutError:
            raise FetchError(url, f"no answer within {self.limits.timeout:g} s") from None
        except (OSError, http.client.HTTPException, ValueError) as error:
            raise FetchError(url, f"connection failed ({type(error).__name__}: {error})") from None

    def _read(self, url: str, answer: urllib.response.addinfourl, deadline: float) -> bytes:
        declared = answer.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > self.limits.max_bytes:
            raise FetchError(url, f"too large ({int(declared)} bytes > {self.limits.max_bytes})")
        chunks: list[bytes] = []
        size = 0
        while chunk := answer.read(CHUNK):
            size += len(chunk)
            if size > self.limits.max_bytes:
                raise FetchError(url, f"too large (more than {self.limits.max_bytes} bytes)")
            if time.monotonic() > deadline:
                raise FetchError(url, f"too slow (not complete within {self.limits.timeout:g} s)")
            chunks.append(chunk)
        return b"".join(chunks)


def _page(url: str, status: int, body: bytes, headers: Message) -> Page:
    return Page(url, status, body, headers.get("ETag"), headers.get("Last-Modified"),
                headers.get("Content-Type", ""))
