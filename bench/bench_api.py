"""API latency: `python bench/bench_api.py STORE.duckdb [--requests 40] [--clients 1 8] [--screenshot PNG]`

Starts `newsevents serve` on the store (build one with bench/make_store.py --index), then
for each endpoint sends --requests requests from 1 and from 8 concurrent clients and prints
p50 and p95 latency in milliseconds. Each request draws its filter from a fixed list (no
filter, a country among the most active, a year, a dyad); the draws are seeded, so two runs
send the same requests. The server's answer cache is off unless --cache is given, so every
request is computed. With
--browser it also times the dashboard's first load in Debian's Chromium (until every panel
has drawn) and, with --screenshot, saves a picture of it. The README records the figures
of the last measurement.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

COUNTRIES = ["CHN", "IND", "USA", "IDN", "PAK", "BRA", "NGA", "BGD", "RUS", "MEX", "JPN", "ETH", "PHL", "EGY"]
YEARS = [str(y) for y in range(2008, 2026)]
ENDPOINTS: dict[str, dict[str, str]] = {
    "timeline": {"interval": "month"},
    "dyad": {"interval": "month"},
    "panel": {"interval": "year", "limit": "1000"},
    "top-actors": {"n": "20"},
    "top-dyads": {"n": "20"},
    "network": {"n": "40"},
    "map": {"n": "2000"},
    "alerts": {"unit": "location", "limit": "100"},
    "events": {"limit": "25"},
}
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def filters(endpoint: str, rng: random.Random) -> dict[str, str]:
    """One request's filter: a dyad for the dyad series, else none, a country, or a year."""
    a, b = rng.sample(COUNTRIES, 2)
    if endpoint == "dyad":
        return {"source": a, "target": b, "directed": "false"}
    kind = rng.choice(["none", "country", "year"])
    if kind == "country":
        return {"country": a}
    if kind == "year":
        year = rng.choice(YEARS)
        return {"start": f"{year}-01-01", "end": f"{year}-12-31"}
    return {}


def fetch(url: str, token: str | None) -> float:
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"} if token else {})
    t0 = time.perf_counter()
    with urllib.request.urlopen(request, timeout=120) as response:
        response.read()
        if response.status != 200:
            raise RuntimeError(f"{url}: {response.status}")
    return (time.perf_counter() - t0) * 1000


def measure(base: str, endpoint: str, clients: int, requests: int, token: str | None) -> list[float]:
    rng = random.Random(f"{endpoint}-{clients}")
    urls = [f"{base}/api/{endpoint}?{urlencode({**ENDPOINTS[endpoint], **filters(endpoint, rng)})}"
            for _ in range(requests)]
    with ThreadPoolExecutor(clients) as pool:
        return list(pool.map(lambda u: fetch(u, token), urls))


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1] if len(values) > 1 else values[0]


def start_server(db: Path, port: int, token: str | None, cache: bool) -> subprocess.Popen[bytes]:
    exe = Path(sys.executable).with_name("newsevents")
    args = [str(exe), "serve", "--db", str(db), "--port", str(port), "--cache" if cache else "--no-cache"]
    args += ["--token", token] if token else []
    server = subprocess.Popen(args, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            fetch(f"http://127.0.0.1:{port}/api/info", token)
            return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("the server did not start")


def first_load(base: str, token: str | None, screenshot: Path | None) -> float:
    """Seconds from navigation until every panel of the dashboard has drawn."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 1500}, bypass_csp=True)
        if token:
            context.add_cookies([{"name": "newsevents_token", "value": token, "url": base}])
        page = context.new_page()
        t0 = time.perf_counter()
        page.goto(f"{base}/")
        page.wait_for_function("""() => ['timeline', 'map'].every(id => document.getElementById(id).dataset.total)
            && document.getElementById('network').dataset.nodes
            && document.querySelector('#dyads svg, #dyads p')
            && document.getElementById('events-count').textContent""", timeout=120_000)
        seconds = time.perf_counter() - t0
        if screenshot:
            page.screenshot(path=str(screenshot), full_page=True)
        browser.close()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("db", type=Path)
    parser.add_argument("--requests", type=int, default=40, help="Requests per endpoint and client count.")
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 8])
    parser.add_argument("--endpoints", nargs="+", default=list(ENDPOINTS))
    parser.add_argument("--browser", action="store_true", help="Time the dashboard's first load too.")
    parser.add_argument("--screenshot", type=Path, help="Save the dashboard as this PNG (implies --browser).")
    parser.add_argument("--json", type=Path, help="Also write the figures here.")
    parser.add_argument("--cache", action="store_true", help="Let the server keep answers (off: every request "
                        "is computed, the figures are for first requests).")
    args = parser.parse_args()
    token = os.urandom(8).hex()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    server = start_server(args.db, port, token, args.cache)
    results: dict[str, object] = {}
    try:
        if args.browser or args.screenshot:
            results["dashboard_first_load_s"] = round(first_load(base, token, args.screenshot), 2)
            print(f"dashboard first load: {results['dashboard_first_load_s']} s")
        print(f"{'endpoint':<12}" + "".join(f"{f'p50/p95 ms, {c} client' + ('s' if c > 1 else ''):>26}"
                                            for c in args.clients))
        for endpoint in args.endpoints:
            cells = []
            for c in args.clients:
                times = measure(base, endpoint, c, args.requests, token)
                p50, p95 = percentile(times, 50), percentile(times, 95)
                results[f"{endpoint}/{c}"] = {"p50_ms": round(p50), "p95_ms": round(p95)}
                cells.append(f"{p50:>14.0f} / {p95:<9.0f}")
            print(f"{endpoint:<12}" + "".join(f"{cell:>26}" for cell in cells), flush=True)
    finally:
        server.terminate()
        server.wait(timeout=30)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n")


if __name__ == "__main__":
    main()
