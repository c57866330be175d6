"""The HTTP API on a real DuckDB file: pages, downloads, evidence, token, bounds and escaping."""

from __future__ import annotations

import io
from pathlib import Path

import pandas
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.cli.analysis import serve
from newsevents.errors import QueryError
from newsevents.serve import ServeSettings, create_app
from newsevents.serve.app import static_dir
from serve_data import SCRIPT, build_store

TOKEN = "tok-3f9a"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("api") / "events.duckdb")


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    with TestClient(create_app(ServeSettings(db=db))) as c:
        yield c  # type: ignore[misc]


def test_serve_api_pages_a_table(client: TestClient) -> None:
    first = client.get("/api/events", params={"limit": 10}).json()
    second = client.get("/api/events", params={"limit": 10, "offset": 10}).json()
    assert first["total"] == second["total"] == 61 and len(first["rows"]) == len(second["rows"]) == 10
    assert {r["event_id"] for r in first["rows"]}.isdisjoint(r["event_id"] for r in second["rows"])


def test_serve_api_downloads_csv_and_parquet(client: TestClient) -> None:
    params = {"country": "PRK", "interval": "month"}
    rows = client.get("/api/timeline", params=params).json()["rows"]
    csv = client.get("/api/timeline", params={**params, "format": "csv"})
    parquet = client.get("/api/timeline", params={**params, "format": "parquet"})
    assert csv.headers["content-type"].startswith("text/csv") and "attachment" in csv.headers["content-disposition"]
    from_csv = pandas.read_csv(io.StringIO(csv.text))
    from_parquet = pandas.read_parquet(io.BytesIO(parquet.content))
    assert from_csv["events"].tolist() == from_parquet["events"].tolist() == [r["events"] for r in rows]


def test_serve_api_event_has_its_evidence(client: TestClient) -> None:
    row = client.get("/api/events", params={"text": "round 5 of talks"}).json()["rows"][0]
    event = client.get(f"/api/events/{row['event_id']}").json()
    assert event["sentence"][event["trigger_start"]:event["trigger_end"]] == "met"
    assert event["title"] == "Round 5 of the talks" and event["url"] == "https://news.example/usprk/5"
    assert event["source_code"] == "USAGOV" and event["location_name"] == "Pyongyang" and event["mentions"]
    assert client.get("/api/events/nope").status_code == 404


def test_serve_api_network_downloads_graphml(client: TestClient) -> None:
    graph = client.get("/api/network").json()
    assert {"source": "USAGOV", "target": "PRKGOV", "weight": 24, "goldstein": 1.0} in graph["edges"]
    xml = client.get("/api/network", params={"format": "graphml"})
    assert xml.text.startswith("<graphml") or "<graphml" in xml.text[:300]


def test_serve_escapes_script_in_title_and_sentence(client: TestClient) -> None:
    row = client.get("/api/events", params={"text": "spokesman"}).json()["rows"][0]
    assert SCRIPT in row["sentence"] and SCRIPT in row["title"]
    response = client.get(f"/api/events/{row['event_id']}")
    assert response.headers["content-type"] == "application/json" and SCRIPT in response.json()["title"]
    assert "script-src 'self'" in response.headers["content-security-policy"]
    page = client.get("/")
    assert "script-src 'self'" in page.headers["content-security-policy"] and "window.__xss" not in page.text
    code = "".join((static_dir() / name).read_text() for name in ("dashboard.js", "charts.js", "docs.js"))
    assert ".innerHTML" not in code and "eval(" not in code and "document.write" not in code


def test_serve_pages_load_nothing_from_elsewhere(client: TestClient) -> None:
    for page in ("/", "/docs"):
        html = client.get(page).text
        assert "http://" not in html and "https://" not in html and "//cdn" not in html
    assert client.get("/static/world.svg").headers["content-type"].startswith("image/svg+xml")
    assert client.get("/static/..%2Fapp.py").status_code == 404
    assert client.get("/openapi.json").json()["paths"]["/api/timeline"]


def test_serve_token_protects_every_route(db: Path) -> None:
    with TestClient(create_app(ServeSettings(db=db, token=TOKEN))) as c:
        for path in ("/", "/docs", "/openapi.json", "/static/dashboard.js", "/api/info", "/api/events/x", "/nope"):
            assert c.get(path).status_code == 401, path
            assert c.get(path, headers={"Authorization": "Bearer wrong"}).status_code == 401, path
        assert c.get("/api/info", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200
        assert c.get("/", params={"token": TOKEN}).status_code == 200  # and sets the cookie the dashboard uses
        assert c.get("/api/info").status_code == 200


def test_serve_requests_are_bounded(client: TestClient) -> None:
    assert client.get("/api/events", params={"limit": 1_000_000}).status_code == 422
    assert client.get("/api/timeline", params={"text": "x" * 500}).status_code == 422
    assert client.get("/api/timeline", params={"country": "usa' OR 1=1 --"}).status_code == 422
    assert client.get("/api/timeline", params={"start": "2021-01-01", "end": "2020-01-01"}).status_code == 400
    assert client.get("/api/timeline?" + "a=1&" * 2000).status_code == 414


def test_serve_has_no_cors_and_binds_localhost(client: TestClient) -> None:
    response = client.get("/api/info", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in response.headers
    assert client.options("/api/info", headers={"Origin": "https://elsewhere.example",
                                                "Access-Control-Request-Method": "GET"}).status_code == 405
    import inspect

    assert inspect.signature(serve).parameters["host"].default == "127.0.0.1"


def test_serve_reopen_reads_the_store_per_request(db: Path) -> None:
    with TestClient(create_app(ServeSettings(db=db, reopen=True))) as c:
        first = c.get("/api/timeline", params={"interval": "year"}).json()
        assert first == c.get("/api/timeline", params={"interval": "year"}).json()
        assert sum(r["events"] for r in first["rows"]) == 61


def test_serve_cache_keys_ignore_the_token_and_evict_the_oldest() -> None:
    from starlette.datastructures import URL

    from newsevents.serve.cache import Cached, ResponseCache

    cache = ResponseCache(max_bytes=10, max_entry=6)
    assert cache.key(URL("/api/timeline?b=2&a=1&token=x")) == cache.key(URL("/api/timeline?a=1&b=2"))
    for name in ("one", "two", "three"):
        cache.put(name, Cached(b"12345", 200, ()))
    cache.put("big", Cached(b"1234567", 200, ()))
    assert cache.get("one") is None and cache.get("two") and cache.get("three") and cache.get("big") is None


@pytest.mark.parametrize("reopen", [False, True])
def test_serve_postgres_store_answers_as_duckdb(db: Path, client: TestClient, postgres_url: str, reopen: bool) -> None:
    build_store(postgres_url)  # type: ignore[arg-type]
    with TestClient(create_app(ServeSettings(db=postgres_url, reopen=reopen))) as c:
        for route in ("/api/timeline", "/api/top-actors"):
            assert c.get(route).json() == client.get(route).json()


def test_serve_tiles_option_lets_the_dashboard_draw_tiles_from_that_server(db: Path, client: TestClient) -> None:
    assert client.get("/api/info").json()["tiles"] is None
    assert "img-src 'self' data:;" in client.get("/").headers["content-security-policy"]
    template = "http://127.0.0.1:8080/osm/{z}/{x}/{y}.png"
    with TestClient(create_app(ServeSettings(db=db, tiles=template))) as c:
        assert c.get("/api/info").json()["tiles"] == template
        assert "img-src 'self' data: http://127.0.0.1:8080;" in c.get("/").headers["content-security-policy"]
    for bad in ("javascript:alert(1)//{z}{x}{y}", "http://tiles.example/{z}/{x}.png", "http://a b/{z}/{x}/{y}",
                "http://x.example;script-src */{z}/{x}/{y}"):
        with pytest.raises(QueryError):
            create_app(ServeSettings(db=db, tiles=bad))
    result = CliRunner().invoke(app, ["serve", "--db", str(db), "--tiles", "ftp://x/{z}/{x}/{y}"])
    assert result.exit_code != 0 and "tiles" in result.output
