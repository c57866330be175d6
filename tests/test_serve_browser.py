"""The dashboard in Debian's Chromium driven by Playwright, against a real server on a real store.

It loads the dashboard, sets a filter, sees the timeline and the map change, opens an event
and reads its sentence; article text with a <script> element stays text; and no request
leaves the machine (every request the page makes is recorded and must go to the server).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import uvicorn

from newsevents.serve import ServeSettings, create_app
from serve_data import SCRIPT, build_store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
TOKEN = "browser-token"

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def _serving(settings: ServeSettings) -> Iterator[str]:
    port = _free_port()
    config = uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not instance.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert instance.started, "the server did not start"
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("browser") / "events.duckdb")


@pytest.fixture(scope="module")
def server(db: Path) -> Iterator[str]:
    with _serving(ServeSettings(db=db, token=TOKEN)) as base:
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.fail("Debian's chromium is not installed (make test installs it: apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


def test_serve_browser_filters_and_opens_evidence_offline(server: str, browser) -> None:  # type: ignore[no-untyped-def]
    # Bypassing the page's CSP lets the test evaluate its own checks, and shows that the escaping
    # alone (not only the CSP) keeps article text from running as script.
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(f"{server}/?token={TOKEN}")
    page.wait_for_function("document.getElementById('timeline').dataset.total === '61'")
    page.wait_for_function("Number(document.getElementById('map').dataset.total) > 0")
    map_before = page.get_attribute("#map", "data-total")

    page.fill("input[name=country]", "CHN")
    page.click("button[type=submit]")
    page.wait_for_function("document.getElementById('timeline').dataset.total === '4'")
    page.wait_for_function(f"document.getElementById('map').dataset.total !== '{map_before}'")
    assert page.get_attribute("#map", "data-total") == "4" and "country=CHN" in page.url

    # the table reloads after the charts: wait for its filtered rows before opening one
    page.wait_for_function("document.getElementById('events-count').textContent.endsWith(' of 4')")
    page.click("#events tbody tr:has-text('held talks') >> nth=0")
    page.wait_for_selector("#evidence:not([hidden])")
    assert "held talks" in page.inner_text("#ev-sentence") and page.inner_text("#ev-sentence mark") == "held talks"

    page.goto(f"{server}/?text=spokesman")
    page.click("#events tbody tr:has-text('spokesman') >> nth=0")
    page.wait_for_selector("#evidence:not([hidden])")
    assert SCRIPT in page.inner_text("#ev-sentence") and SCRIPT in page.inner_text("#ev-fields")
    assert page.evaluate("window.__xss") is None
    assert page.get_attribute("#ev-link", "href") is None  # a javascript: URL is not made a link

    outside = [url for url in requests if not url.startswith(server) and not url.startswith("data:")]
    assert requests and not outside, outside
    context.close()


class _TileServer(ThreadingHTTPServer):
    """A tile server of one grey PNG on a free port, which notes the paths asked for."""

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Tile)
        self.asked: list[str] = []


class _Tile(BaseHTTPRequestHandler):
    PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010800000000"
                        "3a7e9b550000000a49444154789c63680000008200816778b3a30000000049454e44ae426082")

    def do_GET(self) -> None:
        assert isinstance(self.server, _TileServer)
        self.server.asked.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()
        self.wfile.write(self.PNG)

    def log_message(self, *args: object) -> None:
        pass


def test_serve_browser_draws_the_map_from_the_tiles_given(db: Path, browser) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    tiles = _TileServer()
    threading.Thread(target=tiles.serve_forever, daemon=True).start()
    template = f"http://127.0.0.1:{tiles.server_address[1]}/tiles/{{z}}/{{x}}/{{y}}.png"
    try:
        with _serving(ServeSettings(db=db, tiles=template)) as base:
            page = browser.new_page()  # the page's own CSP must let the tiles in (and nothing else)
            loaded: list[str] = []
            refused: list[str] = []
            page.on("requestfinished", lambda r: loaded.append(r.url))
            page.on("console", lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None)
            page.goto(f"{base}/")
            expect(page.locator("#map")).to_have_attribute("data-total", "36")
            expect(page.locator("#map svg image")).to_have_count(12)
            expect(page.locator("#map svg circle")).to_have_count(2)
            deadline = time.monotonic() + 20
            while sum("/tiles/" in url for url in loaded) < 12 and time.monotonic() < deadline:
                page.wait_for_timeout(100)
            page.close()
    finally:
        tiles.shutdown()
    assert not refused, refused
    assert "/tiles/2/0/0.png" in tiles.asked and "/tiles/2/3/2.png" in tiles.asked
