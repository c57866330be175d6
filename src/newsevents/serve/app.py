"""The FastAPI application of ``newsevents serve``: the JSON API, the dashboard and the API docs.

Security, on every route: an optional token (``Authorization: Bearer T``, a ``token``
query parameter, which also sets a same-site cookie so the dashboard's own requests
carry it, or that cookie); a Content-Security-Policy that lets pages load scripts,
styles, images and data from this server only (and map tiles from the one server that
``tiles`` names, if any); no CORS headers (browsers refuse cross-origin reads); bounded
query strings. The store is opened read-only.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.types import ASGIApp

from newsevents.errors import QueryError, StoreError
from newsevents.serve.api import router
from newsevents.serve.cache import Cached, ResponseCache
from newsevents.serve.database import Database

COOKIE = "newsevents_token"
MAX_QUERY_STRING = 4096
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:{tiles}; connect-src 'self'; "
       "frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
#: A tile URL template: http(s), a host (and port), and a path with {z}, {x} and {y}.
TILES_RE = re.compile(r"^(https?://[A-Za-z0-9.\-]+(?::[0-9]{1,5})?)/[A-Za-z0-9._~!$&'()*+,;=:@%/?{}\-]*$")
PAGES = {"/": "index.html", "/docs": "docs.html"}
STATIC_TYPES = {".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".html": "text/html"}


@dataclass(frozen=True)
class ServeSettings:
    db: Path | str                   # a DuckDB file, or a postgresql:// URL (served from a DuckDB copy)
    token: str | None = None
    reopen: bool = False             # open the store per request, so that an ingest can write between requests
    query_seconds: float = 20.0      # a query running longer is interrupted (503)
    cache: bool = True               # keep answers in memory (never with reopen: the store may change)
    tiles: str | None = None         # the dashboard map's raster tiles, e.g. http://localhost:8080/{z}/{x}/{y}.png


def tile_origin(template: str) -> str:
    """The origin (scheme, host, port) of a tile URL template, which the page's CSP then allows images from."""
    match = TILES_RE.match(template)
    if match is None or any(part not in template for part in ("{z}", "{x}", "{y}")):
        raise QueryError(f"tiles {template!r}: expected an http(s) URL with {{z}}, {{x}} and {{y}}, "
                         "such as http://localhost:8080/tiles/{z}/{x}/{y}.png")
    return match.group(1)


def static_dir() -> Path:
    return Path(str(resources.files("newsevents.serve") / "static"))


class Guard(BaseHTTPMiddleware):
    """Token check, request bounds and security headers for every response."""

    def __init__(self, app: ASGIApp, token: str | None, cache: ResponseCache | None, csp: str) -> None:
        super().__init__(app)
        self.token = token
        self.cache = cache
        self.csp = csp

    def _authorised(self, request: Request) -> tuple[bool, bool]:
        """(allowed, set the cookie): any of header, query parameter or cookie may carry the token."""
        if self.token is None:
            return True, False
        header = request.headers.get("authorization", "")
        offered = [header[7:] if header.lower().startswith("bearer ") else "",
                   request.cookies.get(COOKIE, "")]
        query = request.query_params.get("token", "")
        if query and secrets.compare_digest(query.encode(), self.token.encode()):
            return True, True
        return any(secrets.compare_digest(o.encode(), self.token.encode()) for o in offered if o), False

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        if len(request.url.query) > MAX_QUERY_STRING:
            response: Response = JSONResponse({"detail": "query string too long"}, status_code=414)
        else:
            allowed, set_cookie = self._authorised(request)
            if not allowed:
                response = JSONResponse({"detail": "missing or wrong token"}, status_code=401,
                                        headers={"WWW-Authenticate": "Bearer"})
            else:
                response = await self._answer(request, call_next)
                if set_cookie and self.token is not None:
                    response.set_cookie(COOKIE, self.token, httponly=True, samesite="strict")
        response.headers["Content-Security-Policy"] = self.csp
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["Cache-Control"] = "no-store"
        return response


    async def _answer(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        """The route's response, or the same answer kept from an earlier identical API request."""
        if self.cache is None or request.method != "GET" or not request.url.path.startswith("/api/"):
            return await call_next(request)
        key = self.cache.key(request.url)
        hit = self.cache.get(key)
        if hit is None:
            response = await call_next(request)
            if response.status_code != 200:
                return response
            body = b"".join([chunk async for chunk in response.body_iterator])  # type: ignore[attr-defined]
            hit = Cached(body, response.status_code, tuple(response.headers.items()))
            self.cache.put(key, hit)
        return Response(hit.body, status_code=hit.status, headers=dict(hit.headers))


def create_app(settings: ServeSettings) -> FastAPI:
    """The application; the store is opened here (read-only) and closed at shutdown."""
    tiles = "" if settings.tiles is None else " " + tile_origin(settings.tiles)
    database = Database(settings.db, reopen=settings.reopen, query_seconds=settings.query_seconds)
    app = FastAPI(title="newsevents", version="1", docs_url=None, redoc_url=None,
                  description="Events coded from news: timelines, dyads, panels, networks, alerts and the "
                              "evidence of every event. Every endpoint takes the same filters.")
    app.state.database = database
    app.state.tiles = settings.tiles
    cache = None if settings.reopen or not settings.cache else ResponseCache()
    app.add_middleware(Guard, token=settings.token, cache=cache, csp=CSP.format(tiles=tiles))
    app.include_router(router, prefix="/api")
    app.add_exception_handler(QueryError, _bad_request)
    app.add_exception_handler(StoreError, _unavailable)
    static = static_dir()

    for route, name in PAGES.items():
        app.add_api_route(route, _page(static / name), include_in_schema=False, methods=["GET"])

    @app.get("/static/{name}", include_in_schema=False)
    def asset(name: str) -> Response:
        path = static / name
        if "/" in name or path.suffix not in STATIC_TYPES or not path.is_file():
            return JSONResponse({"detail": "not found"}, status_code=404)
        return FileResponse(path, media_type=STATIC_TYPES[path.suffix])

    app.router.on_startup.append(database.warm)
    app.router.on_shutdown.append(database.close)
    return app


def _page(path: Path) -> Callable[[], FileResponse]:
    def page() -> FileResponse:
        return FileResponse(path, media_type="text/html")

    return page


async def _bad_request(_request: Request, exc: Exception) -> Response:
    return JSONResponse({"detail": str(exc)}, status_code=400)


async def _unavailable(_request: Request, exc: Exception) -> Response:
    return JSONResponse({"detail": str(exc)}, status_code=503)
