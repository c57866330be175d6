"""A small news site on 127.0.0.1 for the watch tests: feeds and pages the test sets, and every
failure a real site gives (404, 500, slow, huge, robots.txt), with a count of requests per path."""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    delay: float = 0.0  # seconds before answering (a slow page)
    etag: str | None = None


class NewsSite:
    """Routes by path; ``hits`` counts requests, ``conditional`` the paths asked with If-None-Match."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: Counter[str] = Counter()
        self.conditional: Counter[str] = Counter()
        self.lock = threading.Lock()
        self.base = ""

    def url(self, path: str) -> str:
        return self.base + path

    def answer(self, handler: BaseHTTPRequestHandler) -> None:
        path = handler.path
        with self.lock:
            self.hits[path] += 1
            route = self.routes.get(path)
            if handler.headers.get("If-None-Match"):
                self.conditional[path] += 1
        if route is None:
            handler.send_error(404)
            return
        time.sleep(route.delay)
        if route.etag and handler.headers.get("If-None-Match") == route.etag:
            handler.send_response(304)
            handler.end_headers()
            return
        handler.send_response(route.status)
        handler.send_header("Content-Type", route.content_type)
        handler.send_header("Content-Length", str(len(route.body)))
        if route.etag:
            handler.send_header("ETag", route.etag)
        handler.end_headers()
        handler.wfile.write(route.body)


@contextmanager
def serve(site: NewsSite) -> Iterator[NewsSite]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            with suppress(BrokenPipeError, ConnectionResetError):  # the client gave up on a slow page
                site.answer(self)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


def rss(site: NewsSite, items: list[tuple[str, str]]) -> bytes:
    """An RSS 2.0 document with (guid, page path or URL) items."""
    entries = "".join(
        f"<item><title>Story {escape(key)}</title>"
        f"<link>{escape(path if path.startswith('http') else site.url(path))}</link>"
        f"<guid isPermaLink=\"false\">{escape(key)}</guid><pubDate>Mon, 06 May 2024 08:00:00 GMT</pubDate></item>"
        for key, path in items)
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test news</title>'
            f"<link>{site.base}/</link><description>Stories for the tests</description>{entries}</channel></rss>"
            ).encode()


_PLACES = ["Kenya", "Ghana", "Peru", "Chile", "Norway", "Japan", "Egypt", "Brazil", "India", "Canada", "Poland",
           "Mexico", "Nigeria", "Vietnam", "Turkey", "Spain"]
_DEEDS = ["signed a trade agreement with", "criticised", "hosted talks with", "sent food aid to", "accused",
          "praised", "threatened sanctions against", "met officials from"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def story_page(seed: int) -> bytes:
    """An HTML news page whose three sentences are drawn by ``seed``: different seeds, different stories."""
    pick = random.Random(seed)
    sentences = []
    for _ in range(3):
        a, b = pick.sample(_PLACES, 2)
        sentences.append(f"The government of {a} {pick.choice(_DEEDS)} {b} on {pick.choice(_DAYS)}, "
                         f"officials said in statement number {pick.randint(100, 99999)}.")
    paragraphs = "".join(f"<p>{s}</p>" for s in sentences)
    return (f"<html><head><title>Report {seed}</title></head><body><nav>Home | World</nav>"
            f"<article><h1>Report {seed}</h1>{paragraphs}</article><footer>Contact us</footer></body></html>"
            ).encode()
