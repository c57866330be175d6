"""The JSON API: one route per analysis function, each taking the same filter parameters.

Tables come as ``{"total", "offset", "limit", "rows"}`` pages, or whole (up to
``MAX_DOWNLOAD`` rows) as CSV or Parquet with ``format=csv|parquet``. The routes are
thin: each calls the function of ``newsevents.analysis`` that the CLI verb calls.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import JSONResponse, Response

from newsevents import analysis
from newsevents.errors import QueryError
from newsevents.query import (
    CAMEO_RE,
    CODE_RE,
    COUNTED,
    MAX_TEXT,
    PLOVER_TYPES,
    Filter,
    Interval,
    Queries,
    parse_statuses,
)

router = APIRouter()

MAX_PAGE = 10_000
MAX_DOWNLOAD = analysis.MAX_ROWS
CODE = CODE_RE.pattern
Format = Literal["json", "csv", "parquet"]
Unit = Literal["location", "source", "target"]


def filter_params(
    start: Annotated[date | None, Query(description="First day (YYYY-MM-DD).")] = None,
    end: Annotated[date | None, Query(description="Last day (YYYY-MM-DD).")] = None,
    actor: Annotated[str | None, Query(pattern=CODE, description="Actor code on either side, e.g. USAGOV.")] = None,
    country: Annotated[str | None, Query(pattern=CODE, description="Actor country on either side (ISO alpha-3).")]
    = None,
    sector: Annotated[str | None, Query(pattern=CODE, description="Actor sector on either side, e.g. MIL.")] = None,
    source: Annotated[str | None, Query(pattern=CODE, description="Dyad: the source's code or country.")] = None,
    target: Annotated[str | None, Query(pattern=CODE, description="Dyad: the target's code or country.")] = None,
    directed: Annotated[bool, Query(description="False: the dyad in either direction.")] = True,
    cameo: Annotated[str | None, Query(pattern=CAMEO_RE.pattern, description="CAMEO code or root, e.g. 19.")] = None,
    plover: Annotated[Literal[PLOVER_TYPES] | None, Query(description="PLOVER type.")] = None,  # type: ignore[valid-type]
    quad_class: Annotated[int | None, Query(ge=1, le=4, description="QuadClass 1-4.")] = None,
    status: Annotated[str, Query(pattern=r"^[a-z,]{1,60}$", description="Statuses counted, comma-separated.")]
    = ",".join(COUNTED),
    place: Annotated[str | None, Query(min_length=1, max_length=100, description="Event country or place name.")]
    = None,
    text: Annotated[str | None, Query(min_length=1, max_length=MAX_TEXT, description="Words in the sentence.")] = None,
) -> Filter:
    try:
        return Filter(start=start, end=end, actor=actor, country=country, sector=sector, source=source,
                      target=target, directed=directed, cameo=cameo, plover=plover, quad_class=quad_class,
                      statuses=parse_statuses(status), place=place, text=text)
    except QueryError as e:
        raise HTTPException(status_code=400, detail=str(e)) from None


class Page:
    """Paging and output format of a table."""

    def __init__(self, limit: Annotated[int, Query(ge=0, le=MAX_PAGE, description="Rows per page.")] = 1000,
                 offset: Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip.")] = 0,
                 format: Annotated[Format, Query(description="json (paged), or a csv or parquet download.")]
                 = "json") -> None:
        self.limit, self.offset, self.format = limit, offset, format


Filt = Annotated[Filter, Depends(filter_params)]
Paged = Annotated[Page, Depends(Page)]


def _queries(request: Request) -> Iterator[Queries]:
    with request.app.state.database.queries() as q:
        yield q


Q = Annotated[Queries, Depends(_queries)]


def table(df: Any, page: Page, name: str, total: int | None = None) -> Response:
    """A DataFrame as a JSON page, or as a CSV or Parquet file (dates as YYYY-MM-DD)."""
    if page.format == "json":
        rows = df.iloc[page.offset:page.offset + page.limit].copy() if total is None else df
        body = analysis.dates_as_text(rows).to_json(orient="records", force_ascii=False)
        n = len(df) if total is None else total
        return Response(f'{{"total":{n},"offset":{page.offset},"limit":{page.limit},"rows":{body}}}',
                        media_type="application/json")
    df = analysis.dates_as_text(df.head(MAX_DOWNLOAD).copy())
    headers = {"Content-Disposition": f'attachment; filename="{name}.{page.format}"'}
    if page.format == "csv":
        return Response(df.to_csv(index=False), media_type="text/csv; charset=utf-8", headers=headers)
    buffer = io.BytesIO()
    df.to_parquet(buffer, index=False)
    return Response(buffer.getvalue(), media_type="application/vnd.apache.parquet", headers=headers)


def route(path: str, summary: str) -> Callable[[Callable[..., Response]], Callable[..., Response]]:
    return router.get(path, summary=summary, response_class=Response,
                      responses={200: {"content": {"application/json": {}, "text/csv": {},
                                                   "application/vnd.apache.parquet": {}}}})


@route("/timeline", "Events, Goldstein sum and mean, QuadClass shares and sources per period")
def timeline(q: Q, f: Filt, page: Paged, interval: Interval = "month", one_a_day: bool = False) -> Response:
    return table(analysis.timeline(q, f, interval=interval, one_a_day=one_a_day), page, "timeline")


@route("/dyad", "A→B beside B→A per period (needs source and target)")
def dyad(q: Q, f: Filt, page: Paged, interval: Interval = "month", one_a_day: bool = False) -> Response:
    return table(analysis.dyad_series(q, f, interval=interval, one_a_day=one_a_day), page, "dyad")


@route("/panel", "A country-by-period panel for regression")
def panel(q: Q, f: Filt, page: Paged, unit: Unit = "source", interval: Interval = "month") -> Response:
    return table(analysis.panel(q, f, unit=unit, interval=interval), page, "panel")


@route("/top-actors", "The actors in most events, on either side")
def top_actors(q: Q, f: Filt, page: Paged, n: Annotated[int, Query(ge=1, le=1000)] = 20) -> Response:
    return table(analysis.top_actors(q, f, n=n), page, "top-actors")


@route("/top-dyads", "The directed source→target pairs with most events")
def top_dyads(q: Q, f: Filt, page: Paged, n: Annotated[int, Query(ge=1, le=1000)] = 20) -> Response:
    return table(analysis.top_dyads(q, f, n=n), page, "top-dyads")


@route("/map", "Located events grouped by place")
def map_points(q: Q, f: Filt, page: Paged, n: Annotated[int, Query(ge=1, le=10_000)] = 2000) -> Response:
    return table(analysis.map_points(q, f, n=n), page, "map")


@route("/alerts", "This week's events per country or dyad against the previous 4 and 52 weeks")
def alerts(q: Q, f: Filt, page: Paged, unit: Literal["location", "source", "target", "dyad"] = "location",
           week: date | None = None, threshold: Annotated[float, Query(gt=0, le=1000)] = 2.0,
           min_events: Annotated[int, Query(ge=0, le=1_000_000)] = 3) -> Response:
    return table(analysis.alerts(q, f, unit=unit, week=week, threshold=threshold, min_events=min_events),
                 page, "alerts")


@route("/events", "The events, newest first, with their evidence")
def events(q: Q, f: Filt, page: Paged) -> Response:
    total = analysis.count(q, f) if page.format == "json" else None
    df = analysis.events(q, f, limit=page.limit, offset=page.offset)
    return table(df, page, "events", total=total)


@router.get("/events/{event_id}", summary="One event with its evidence, article and mentions")
def event(q: Q, event_id: Annotated[str, PathParam(max_length=200)]) -> JSONResponse:
    record = analysis.event(q, event_id)
    if record is None:
        raise HTTPException(status_code=404, detail="no such event")
    return JSONResponse(record)


@router.get("/network", summary="The actor network: nodes and weighted, directed edges",
            response_class=Response,
            responses={200: {"content": {"application/json": {}, "application/xml": {}}}})
def network(q: Q, f: Filt, n: Annotated[int, Query(ge=1, le=1000)] = 100,
            min_events: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
            format: Literal["json", "graphml", "gexf"] = "json") -> Response:
    import networkx

    graph = analysis.network(q, f, n=n, min_events=min_events)
    if format == "json":
        return JSONResponse({"nodes": [{"id": k, **v} for k, v in graph.nodes(data=True)],
                             "edges": [{"source": a, "target": b, **v} for a, b, v in graph.edges(data=True)]})
    writer = networkx.generate_graphml if format == "graphml" else networkx.generate_gexf
    return Response("\n".join(writer(graph)), media_type="application/xml",
                    headers={"Content-Disposition": f'attachment; filename="network.{format}"'})


@router.get("/info", summary="The store: events, articles, first and last day, whether the index is current; "
            "and the map tiles' URL template the dashboard draws (null: the bundled outline)")
def info(q: Q, request: Request) -> JSONResponse:
    return JSONResponse({**q.info(), "tiles": request.app.state.tiles})
