"""The analysis filter and every SQL statement the analysis runs, in one place.

A ``Filter`` says which events count (dates, actors, dyad, codes, status, place, text); it
compiles to a WHERE clause with ``?`` parameters only: no value from a user is ever put
into the SQL text. Column names come from the fixed lists below, never from input.

The statements read the events through the analysis index (``newsevents.analysis_index``)
where it is current, using a rollup or a sorted copy only where it gives exactly what the
events give, and otherwise compute the same columns from ``events`` on every query.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from datetime import date, timedelta
from typing import Any, Literal, get_args

import duckdb

from newsevents.analysis_index import (
    ACTORS_ALL_TABLE,
    ACTORS_TABLE,
    BY_SOURCE,
    BY_TARGET,
    COUNTED,
    COUNTRIES_TABLE,
    COUNTRY_ACTORS,
    COUNTRY_PANEL,
    COUNTRY_PANEL_YEARS,
    COUNTRY_PLACES,
    COUNTRY_WEEKS,
    DYADS_TABLE,
    HEAVY_DYADS,
    HEAVY_MONTHS,
    INDEX_TABLE,
    LIVE_RELATION,
    MONTHS_TABLE,
    OTHER_CODES,
    PAIRS_TABLE,
    PANEL_TABLE,
    PANEL_YEARS,
    PLACES_ALL_TABLE,
    PLACES_TABLE,
    ROLLUP_TABLE,
    WEEKS_TABLE,
    index_is_current,
)
from newsevents.coding.ontology import PLOVER_TYPES
from newsevents.errors import QueryError
from newsevents.records import Status

Interval = Literal["day", "week", "month", "year"]
INTERVALS: tuple[str, ...] = ("day", "week", "month", "year")
STATUSES: tuple[str, ...] = get_args(Status)
CODE_RE = re.compile(r"^[A-Z0-9]{1,20}$")
CAMEO_RE = re.compile(r"^[0-9]{2,4}$")
MAX_TEXT = 200
EVIDENCE_BY_KEY = 1000  # pages up to this many events fetch their evidence by key
RECENT_PERIODS = 64  # the newest days (or months) read first to find where a page of the newest events starts

QUAD_COUNTS = ", ".join(f"CAST(sum(q{q}) AS BIGINT) AS q{q}" for q in range(1, 5))
#: A panel's measures from a rollup with counts per QuadClass (``PANEL_TABLE``, ``COUNTRY_PANEL``).
PANEL_MEASURES = f"""CAST(sum(n) AS BIGINT) AS events, sum(goldstein_sum) AS goldstein_sum,
    sum(goldstein_sum) / sum(n) AS goldstein_mean, {QUAD_COUNTS}, CAST(sum(sources) AS BIGINT) AS sources"""


def parse_statuses(text: str) -> tuple[str, ...]:
    """"asserted, future" -> ("asserted", "future"): the statuses a filter counts, sorted, once each."""
    return tuple(sorted({s.strip() for s in text.split(",") if s.strip()}))


def _either(column: str) -> str:
    return f"(source_{column} = ? OR target_{column} = ?)"


def _actor(side: str) -> str:
    """An actor value matches a side's full code or its country."""
    return f"({side}_code = ? OR {side}_country = ?)"


@dataclass(frozen=True)
class Filter:
    """Which events an analysis counts. Every field is optional; the default counts asserted
    and future events, as GDELT and ICEWS count events, of any date, actor and code."""

    start: date | None = None
    end: date | None = None
    actor: str | None = None       # an actor code (USAGOV) on either side
    country: str | None = None     # an actor country (ISO alpha-3) on either side
    sector: str | None = None      # an actor sector (GOV, MIL, REB, ...) on either side
    source: str | None = None      # dyad: who acts (code or country) ...
    target: str | None = None      # ... against whom (code or country)
    directed: bool = True          # False: source and target in either direction
    cameo: str | None = None       # a CAMEO code or its root ("19" = 190..196)
    plover: str | None = None
    quad_class: int | None = None
    statuses: tuple[str, ...] = COUNTED
    place: str | None = None       # the event's country (alpha-3) or place name
    text: str | None = None        # words in the sentence

    def __post_init__(self) -> None:
        for name in ("actor", "country", "sector", "source", "target"):
            value = getattr(self, name)
            if value is not None and not CODE_RE.match(value):
                raise QueryError(f"{name} {value!r}: expected an upper-case code such as USA or USAGOV")
        if self.cameo is not None and not CAMEO_RE.match(self.cameo):
            raise QueryError(f"cameo {self.cameo!r}: expected a CAMEO code or root such as 19 or 190")
        if self.plover is not None and self.plover not in PLOVER_TYPES:
            raise QueryError(f"plover {self.plover!r}: expected one of {', '.join(PLOVER_TYPES)}")
        if self.quad_class is not None and self.quad_class not in (1, 2, 3, 4):
            raise QueryError(f"quad_class {self.quad_class}: expected 1, 2, 3 or 4")
        if not self.statuses or any(s not in STATUSES for s in self.statuses):
            raise QueryError(f"status {','.join(self.statuses)!r}: expected some of {', '.join(STATUSES)}")
        if self.start and self.end and self.start > self.end:
            raise QueryError(f"start {self.start} is after end {self.end}")
        if self.text is not None and not 0 < len(self.text) <= MAX_TEXT:
            raise QueryError(f"text: give 1 to {MAX_TEXT} characters")
        if self.place is not None and not 0 < len(self.place) <= 100:
            raise QueryError("place: give 1 to 100 characters")
        if (self.source is None or self.target is None) and not self.directed:
            raise QueryError("an undirected dyad needs both source and target")

    @classmethod
    def from_mapping(cls, values: Mapping[str, str]) -> Filter:
        """A filter from text values, as in a URL query or ``--where key=value`` options."""
        known = {f.name for f in fields(cls)} - {"statuses"} | {"status"}
        unknown = set(values) - known
        if unknown:
            raise QueryError(f"unknown filter {', '.join(sorted(unknown))}; known: {', '.join(sorted(known))}")
        kwargs: dict[str, Any] = {}
        for key, value in values.items():
            if value in ("", None):
                continue
            try:
                if key in ("start", "end"):
                    kwargs[key] = date.fromisoformat(value)
                elif key == "quad_class":
                    kwargs[key] = int(value)
                elif key == "directed":
                    kwargs[key] = value.lower() not in ("0", "false", "no")
                elif key == "status":
                    kwargs["statuses"] = parse_statuses(value)
                else:
                    kwargs[key] = value
            except ValueError as e:
                raise QueryError(f"{key} {value!r}: {e}") from None
        return cls(**kwargs)

    def counts_default(self) -> bool:
        """True when the filter counts the default statuses: the counted-only rollups can answer."""
        return self.statuses == COUNTED

    def undated(self) -> bool:
        return self.start is None and self.end is None

    def is_dates_only(self) -> bool:
        """True when only dates (and status) restrict the events: the rollup can answer."""
        return self.restricts_only()

    def restricts_only(self, *names: str) -> bool:
        """True when no field but the dates, the status and ``names`` restricts the events."""
        rest = {x.name for x in fields(self)} - {"start", "end", "statuses", "directed"}
        return all(getattr(self, name) is None for name in rest - set(names))

    def month_aligned(self) -> bool:
        """True when the dates are whole months (start on a 1st, end on a month's last day)."""
        return ((self.start is None or self.start.day == 1)
                and (self.end is None or (self.end + timedelta(days=1)).day == 1))

    def year_aligned(self) -> bool:
        """True when the dates are whole years (start on 1 January, end on 31 December)."""
        return ((self.start is None or (self.start.month, self.start.day) == (1, 1))
                and (self.end is None or (self.end.month, self.end.day) == (12, 31)))

    def week_aligned(self) -> bool:
        """True when the dates are whole weeks (start on a Monday, end on a Sunday)."""
        return (self.start is None or self.start.weekday() == 0) and (self.end is None or self.end.weekday() == 6)

    def month_where(self, grain: str = "month", *, status: bool = True, **equal: Any) -> tuple[str, list[Any]]:
        """The WHERE clause of a monthly (or weekly) rollup whose ``grain`` column holds each period's
        first day: status (unless the rollup counts the default statuses alone), the periods within
        the dates (aligned to them), and ``column = value`` pairs."""
        clauses = [f"status IN ({', '.join('?' * len(self.statuses))})" if status else "true"]
        params: list[Any] = list(self.statuses) if status else []
        if self.start is not None:
            clauses.append(f"{grain} >= ?")
            params.append(self.start)
        if self.end is not None:
            clauses.append(f"{grain} <= ?")
            params.append(self.end)
        for column, value in equal.items():
            clauses.append(f"{column} = ?")
            params.append(value)
        return " AND ".join(clauses), params

    def where(self) -> tuple[str, list[Any]]:
        """The WHERE clause (without the keyword) and its parameters."""
        clauses: list[str] = [f"status IN ({', '.join('?' * len(self.statuses))})"]
        params: list[Any] = list(self.statuses)
        if self.start is not None:
            clauses.append("day >= ?")
            params.append(self.start)
        if self.end is not None:
            clauses.append("day <= ?")
            params.append(self.end)
        for name in ("actor", "country", "sector"):
            value = getattr(self, name)
            if value is not None:
                clauses.append(_either("code" if name == "actor" else name))
                params += [value, value]
        self._dyad(clauses, params)
        self._codes(clauses, params)
        if self.place is not None:
            clauses.append("(location_country = ? OR lower(location_name) = lower(?))")
            params += [self.place, self.place]
        if self.text is not None:
            clauses.append("event_id IN (SELECT event_id FROM events WHERE contains(lower(sentence), lower(?)))")
            params.append(self.text)
        return " AND ".join(clauses), params

    def _dyad(self, clauses: list[str], params: list[Any]) -> None:
        if self.source is not None and self.target is not None and not self.directed:
            pair = f"({_actor('source')} AND {_actor('target')})"
            clauses.append(f"({pair} OR {pair})")
            params += [self.source, self.source, self.target, self.target,
                       self.target, self.target, self.source, self.source]
            return
        for side in ("source", "target"):
            value = getattr(self, side)
            if value is not None:
                clauses.append(_actor(side))
                params += [value, value]

    def _codes(self, clauses: list[str], params: list[Any]) -> None:
        if self.cameo is not None:
            clauses.append("starts_with(cameo, ?)")
            params.append(self.cameo)
        if self.plover is not None:
            clauses.append("plover_type = ?")
            params.append(self.plover)
        if self.quad_class is not None:
            clauses.append("quad_class = ?")
            params.append(self.quad_class)


#: A timeline's measures, from events and from a rollup's counts (the same numbers).
EVENT_MEASURES = """count(*) AS events, sum(goldstein) AS goldstein_sum, avg(goldstein) AS goldstein_mean,
    count(*) FILTER (quad_class = 1) / count(*) AS q1_share, count(*) FILTER (quad_class = 2) / count(*) AS q2_share,
    count(*) FILTER (quad_class = 3) / count(*) AS q3_share, count(*) FILTER (quad_class = 4) / count(*) AS q4_share,
    CAST(sum(num_sources) AS BIGINT) AS sources"""
ROLLUP_MEASURES = """CAST(sum(n) AS BIGINT) AS events, sum(goldstein_sum) AS goldstein_sum,
    sum(goldstein_sum) / sum(n) AS goldstein_mean,
    coalesce(sum(n) FILTER (quad_class = 1), 0) / sum(n) AS q1_share,
    coalesce(sum(n) FILTER (quad_class = 2), 0) / sum(n) AS q2_share,
    coalesce(sum(n) FILTER (quad_class = 3), 0) / sum(n) AS q3_share,
    coalesce(sum(n) FILTER (quad_class = 4), 0) / sum(n) AS q4_share, CAST(sum(sources) AS BIGINT) AS sources"""


def period(interval: str, column: str = "day") -> str:
    """The SQL expression of a day's period start; ``interval`` is checked against INTERVALS."""
    if interval not in INTERVALS:
        raise QueryError(f"interval {interval!r}: expected one of {', '.join(INTERVALS)}")
    return f"CAST(date_trunc('{interval}', {column}) AS DATE)"


class Queries:
    """Runs the analysis statements on one DuckDB connection (a cursor per thread is fine)."""

    def __init__(self, conn: duckdb.DuckDBPyConnection, indexed: bool | None = None) -> None:
        self.conn = conn
        self.indexed = index_is_current(conn) if indexed is None else indexed

    @property
    def relation(self) -> str:
        return INDEX_TABLE if self.indexed else LIVE_RELATION

    def run(self, sql: str, params: list[Any]) -> Any:
        """A pandas DataFrame of the statement's result."""
        return self.conn.execute(sql, params).df()

    def filtered(self, f: Filter, one_a_day: bool = False, by_day: bool = False) -> tuple[str, list[Any]]:
        """A sub-query of the events the filter keeps; ``one_a_day`` keeps one per date, dyad and code.

        On an index, a filter on an actor or a country reads the copies sorted by side as a union of
        disjoint branches (each adds a condition on a sort column), which together keep exactly the
        events of the filter; ``by_day`` reads the copy sorted by day instead (for a few days' events)."""
        where, params = f.where()
        if not self.indexed:
            branches: list[tuple[str, str, list[Any]]] = [(LIVE_RELATION, "", [])]
        else:
            branches = [(INDEX_TABLE, "", [])] if by_day else self._branches(f)
        sql = " UNION ALL ".join(f"SELECT * FROM {table} WHERE {where}{extra}" for table, extra, _ in branches)
        values = [v for _, _, extra_values in branches for v in (*params, *extra_values)]
        if one_a_day:
            sql = (f"SELECT * FROM ({sql}) QUALIFY row_number() OVER (PARTITION BY day, source_code, target_code, "
                   "cameo ORDER BY event_id) = 1")
        return f"({sql})", values

    @staticmethod
    def _branches(f: Filter) -> list[tuple[str, str, list[Any]]]:
        """(table, extra condition, its values) for each disjoint part of the filter's events."""
        if f.country is not None:
            return [(BY_SOURCE, " AND source_country = ?", [f.country]),
                    (BY_TARGET, " AND target_country = ? AND source_country IS DISTINCT FROM ?", [f.country] * 2)]
        if f.actor is not None:
            return [(BY_SOURCE, " AND source_code = ?", [f.actor]),
                    (BY_TARGET, " AND target_code = ? AND source_code IS DISTINCT FROM ?", [f.actor] * 2)]
        if f.source is not None and f.target is not None and not f.directed:
            other = " AND NOT coalesce(source_code = ? OR source_country = ?, false)"
            return [*_side_branches(BY_SOURCE, "source", f.source, "", []),
                    *_side_branches(BY_SOURCE, "source", f.target, other, [f.source] * 2)]
        if f.source is not None:
            return _side_branches(BY_SOURCE, "source", f.source, "", [])
        if f.target is not None:
            return _side_branches(BY_TARGET, "target", f.target, "", [])
        return [(INDEX_TABLE, "", [])]

    def country_only(self, f: Filter, *, undated: bool = False) -> bool:
        """True when the index answers ``f`` from a country's counted rollups: one country (on either
        side), the default statuses, and whole months (or, with ``undated``, no dates at all)."""
        return (self.indexed and f.country is not None and f.restricts_only("country") and f.counts_default()
                and (f.undated() if undated else f.month_aligned()))

    def timeline(self, f: Filter, interval: str, one_a_day: bool) -> Any:
        if self.indexed and not one_a_day and f.is_dates_only():
            if f.month_aligned() and interval in ("month", "year"):
                where, params = f.month_where()
                table, column = MONTHS_TABLE, "month"
            else:
                (where, params), table, column = f.where(), ROLLUP_TABLE, "day"
            return self.run(f"SELECT {period(interval, column)} AS period, {ROLLUP_MEASURES} FROM {table} "
                            f"WHERE {where} GROUP BY period ORDER BY period", params)
        if (self.indexed and not one_a_day and f.country is not None and f.restricts_only("country")
                and f.month_aligned() and interval in ("month", "year")):
            where, params = f.month_where(country=f.country)
            return self.run(f"SELECT {period(interval, 'month')} AS period, {ROLLUP_MEASURES} "
                            f"FROM {COUNTRIES_TABLE} WHERE {where} GROUP BY period ORDER BY period", params)
        rel, params = self.filtered(f, one_a_day)
        return self.run(f"SELECT {period(interval)} AS period, {EVENT_MEASURES} FROM {rel} WHERE day IS NOT NULL "
                        "GROUP BY period ORDER BY period", params)

    def dyad_series(self, f: Filter, interval: str, one_a_day: bool) -> Any:
        """A→B beside B→A per period; ``f`` has source A and target B, directed or not."""
        p = period(interval)
        both = replace(f, directed=False)
        if not one_a_day and interval in ("month", "year") and self._by_pairs(both):
            return self._pair_series(both, interval)
        rel, params = self.filtered(both, one_a_day)
        a_to_b = "(source_code = ? OR source_country = ?)"
        return self.run(f"""SELECT {p} AS period,
                count(*) FILTER ({a_to_b}) AS a_to_b, count(*) FILTER (NOT {a_to_b}) AS b_to_a,
                avg(goldstein) FILTER ({a_to_b}) AS a_to_b_goldstein,
                avg(goldstein) FILTER (NOT {a_to_b}) AS b_to_a_goldstein
                FROM {rel} WHERE day IS NOT NULL GROUP BY period ORDER BY period""",
                        [f.source, f.source, f.source, f.source, f.source, f.source, f.source, f.source, *params])

    def _by_pairs(self, f: Filter) -> bool:
        """True when the monthly dyads of countries give a dyad's series: two countries that are no
        actor's code (and no event has a country without a code), counted statuses, whole months."""
        if not (self.indexed and f.restricts_only("source", "target") and f.counts_default() and f.month_aligned()):
            return False
        row = self.conn.execute(f"SELECT count(*) FROM {OTHER_CODES} WHERE code IN (?, ?) OR code IS NULL",
                                [f.source, f.target]).fetchone()
        return row is not None and row[0] == 0

    def _pair_series(self, f: Filter, interval: str) -> Any:
        where, params = f.month_where(status=False)
        pairs = [(f.source, f.target)] if f.source == f.target else [(f.source, f.target), (f.target, f.source)]
        rows = " UNION ALL ".join(f"SELECT * FROM {PAIRS_TABLE} WHERE {where} AND source_country = ? "
                                  "AND target_country = ?" for _ in pairs)
        values = [v for pair in pairs for v in (*params, *pair)]
        ab = "source_country = ?"
        return self.run(f"""SELECT {period(interval, 'month')} AS period,
                CAST(coalesce(sum(n) FILTER ({ab}), 0) AS BIGINT) AS a_to_b,
                CAST(coalesce(sum(n) FILTER (NOT {ab}), 0) AS BIGINT) AS b_to_a,
                sum(goldstein_sum) FILTER ({ab}) / sum(n) FILTER ({ab}) AS a_to_b_goldstein,
                sum(goldstein_sum) FILTER (NOT {ab}) / sum(n) FILTER (NOT {ab}) AS b_to_a_goldstein
                FROM ({rows}) GROUP BY period ORDER BY period""", [*[f.source] * 6, *values])

    def panel(self, f: Filter, unit: str, interval: str) -> Any:
        column = _unit_column(unit)
        if self.indexed and f.month_aligned() and interval in ("month", "year"):
            grain = "year" if interval == "year" and f.year_aligned() else "month"  # by year: 1/12 of the rows
            rollup = None
            if f.is_dates_only():
                rollup = (PANEL_YEARS if grain == "year" else PANEL_TABLE), "country", f.month_where(grain, unit=unit)
            elif self.country_only(f):
                rollup = ((COUNTRY_PANEL_YEARS if grain == "year" else COUNTRY_PANEL), "unit_country",
                          f.month_where(grain, status=False, slice=f.country, unit=unit))
            if rollup is not None:
                table, country, (where, params) = rollup
                return self.run(f"""SELECT {country} AS country, {period(interval, grain)} AS period,
                        {PANEL_MEASURES} FROM {table} WHERE {where} GROUP BY ALL ORDER BY country, period""", params)
        rel, params = self.filtered(f)
        return self.run(f"""SELECT {column} AS country, {period(interval)} AS period, count(*) AS events,
                sum(goldstein) AS goldstein_sum, avg(goldstein) AS goldstein_mean,
                count(*) FILTER (quad_class = 1) AS q1, count(*) FILTER (quad_class = 2) AS q2,
                count(*) FILTER (quad_class = 3) AS q3, count(*) FILTER (quad_class = 4) AS q4,
                CAST(sum(num_sources) AS BIGINT) AS sources
                FROM {rel} WHERE day IS NOT NULL AND {column} IS NOT NULL
                GROUP BY ALL ORDER BY country, period""", params)

    def top_actors(self, f: Filter, n: int) -> Any:
        if self.indexed and f.is_dates_only() and f.month_aligned():
            where, params = f.month_where()
            table = ACTORS_ALL_TABLE if f.undated() else ACTORS_TABLE
            return self.run(f"""SELECT actor, CAST(sum(n) AS BIGINT) AS events,
                    sum(goldstein_sum) / sum(n) AS goldstein_mean FROM {table} WHERE {where}
                    GROUP BY actor ORDER BY events DESC, actor LIMIT ?""", [*params, n])
        if self.country_only(f, undated=True):
            return self.run(f"""SELECT actor, CAST(n AS BIGINT) AS events, goldstein_sum / n AS goldstein_mean
                    FROM {COUNTRY_ACTORS} WHERE slice = ? ORDER BY events DESC, actor LIMIT ?""", [f.country, n])
        rel, params = self.filtered(f)
        return self.run(f"""SELECT actor, count(*) AS events, avg(goldstein) AS goldstein_mean FROM (
                SELECT source_code AS actor, goldstein FROM {rel} WHERE source_code IS NOT NULL
                UNION ALL
                SELECT target_code AS actor, goldstein FROM {rel} WHERE target_code IS NOT NULL)
                GROUP BY actor ORDER BY events DESC, actor LIMIT ?""", [*params, *params, n])

    def top_dyads(self, f: Filter, n: int) -> Any:
        if self.indexed and f == Filter():
            return self.run(f"""SELECT source, target, events, goldstein_sum / events AS goldstein_mean, goldstein_sum
                    FROM {DYADS_TABLE}
                    WHERE events >= (SELECT min(events) FROM (SELECT events FROM {DYADS_TABLE} LIMIT ?))
                    ORDER BY events DESC, source, target LIMIT ?""", [n, n])
        if self.indexed and f.restricts_only("country") and f.counts_default() and f.month_aligned():
            busiest = self._busiest_dyads(f, n)
            if busiest is not None:
                return busiest
        rel, params = self.filtered(f)
        return self.run(f"""SELECT source_code AS source, target_code AS target, count(*) AS events,
                avg(goldstein) AS goldstein_mean, sum(goldstein) AS goldstein_sum
                FROM {rel} WHERE source_code IS NOT NULL AND target_code IS NOT NULL
                GROUP BY ALL ORDER BY events DESC, source, target LIMIT ?""", [*params, n])

    def _busiest_dyads(self, f: Filter, n: int) -> Any:
        """The top ``n`` dyads from the busiest dyads of all time (``HEAVY_DYADS``), or None where they
        may not be the top: each other dyad has fewer events than the least busy of them, so the list
        is exact when its n-th dyad has at least that many."""
        table, (where, params) = (HEAVY_DYADS, ("true", [])) if f.undated() else (HEAVY_MONTHS,
                                                                                 f.month_where(status=False))
        if f.country is not None:
            where += " AND (source_country = ? OR target_country = ?)"
            params += [f.country, f.country]
        df = self.run(f"""SELECT source, target, CAST(sum(n) AS BIGINT) AS events,
                sum(goldstein_sum) / sum(n) AS goldstein_mean, sum(goldstein_sum) AS goldstein_sum
                FROM {table} WHERE {where} GROUP BY source, target ORDER BY events DESC, source, target LIMIT ?""",
                      [*params, n])
        row = self.conn.execute(f"SELECT min(total) FROM {HEAVY_DYADS}").fetchone()
        floor = row[0] if row else None
        exact = len(df) == n and (n == 0 or (floor is not None and df["events"].iloc[-1] >= floor))
        return df if exact else None

    def alerts(self, f: Filter, unit: str, this_week: date, threshold: float, min_events: int) -> Any:
        """Per unit (a country or a dyad): its events in the week of ``this_week`` (a Monday), its weekly
        means over the 4 and the 52 weeks before, their ratios, and whether that is an alert (see
        ``analysis.alerts``); units without events in any of these weeks are absent."""
        weekly, params = self.weekly_counts(f, unit, this_week - timedelta(weeks=52))
        return self.run(f"""SELECT *, events / nullif(mean_4, 0) AS ratio_4, events / nullif(mean_52, 0) AS ratio_52,
                events >= ? AND (events >= ? * mean_4 OR events >= ? * mean_52) AS alert FROM (
                    SELECT unit, CAST(? AS DATE) AS week,
                           CAST(coalesce(sum(events) FILTER (week = ?), 0) AS BIGINT) AS events,
                           coalesce(sum(events) FILTER (week >= ? AND week < ?), 0) / 4 AS mean_4,
                           coalesce(sum(events) FILTER (week < ?), 0) / 52 AS mean_52
                    FROM ({weekly}) WHERE week <= ? GROUP BY unit)
                ORDER BY alert DESC, events DESC, unit""",
                        [min_events, threshold, threshold, this_week, this_week, this_week - timedelta(weeks=4),
                         this_week, this_week, *params, this_week])

    def weekly_counts(self, f: Filter, unit: str, since: date) -> tuple[str, list[Any]]:
        """A query of the events per unit and week (its Monday) from ``since`` (a Monday) on."""
        if self.indexed and unit != "dyad" and f.is_dates_only():
            return self._weeks_by_rollup(f, unit, since)
        if self.indexed and unit != "dyad" and self.country_only(f) and f.week_aligned():
            where, params = f.month_where("week", status=False, slice=f.country, unit=unit)
            return (f"SELECT unit_country AS unit, week, n AS events FROM {COUNTRY_WEEKS} WHERE {where} "
                    "AND week >= ?", [*params, since])
        column = "source_code || '>' || target_code" if unit == "dyad" else _unit_column(unit)
        rel, params = self.filtered(f)
        return (f"""SELECT {column} AS unit, {period('week')} AS week, count(*) AS events
                FROM {rel} WHERE day >= ? AND {column} IS NOT NULL GROUP BY ALL""", [*params, since])

    def _weeks_by_rollup(self, f: Filter, unit: str, since: date) -> tuple[str, list[Any]]:
        """Whole weeks from the weekly rollup; the days of a week cut by the filter's dates from the events."""
        first = f.start if f.start is None else f.start + timedelta(days=-f.start.weekday() % 7)
        last = f.end if f.end is None else f.end - timedelta(days=(f.end.weekday() + 1) % 7)
        statuses, status_params = replace(f, start=None, end=None).where()
        column = _unit_column(unit)
        parts, values = [f"""SELECT country AS unit, week, n AS events FROM {WEEKS_TABLE}
                WHERE {statuses} AND unit = ? AND week >= ? AND week >= ? AND week <= ?"""], []
        if f.start is not None and f.end is not None and first is not None and last is not None and first > last:
            parts, edges = [], [(f.start, f.end)]  # no whole week
        else:
            values = [*status_params, unit, since, first or date.min, (last or date.max) - timedelta(days=6)]
            edges = [(lo, hi) for lo, hi in ((f.start, first - timedelta(days=1) if first else None),
                                             (last + timedelta(days=1) if last else None, f.end))
                     if lo is not None and hi is not None and lo <= hi]
        for lo, hi in edges:
            parts.append(f"""SELECT {column} AS unit, {period('week')} AS week, count(*) AS events FROM {INDEX_TABLE}
                    WHERE {statuses} AND day >= ? AND day <= ? AND day >= ? AND {column} IS NOT NULL GROUP BY ALL""")
            values += [*status_params, lo, hi, since]
        return " UNION ALL ".join(parts), values

    def last_day(self, f: Filter) -> date | None:
        if self.indexed and f.is_dates_only():
            where, params = f.where()
            row = self.conn.execute(f"SELECT max(day) FROM {ROLLUP_TABLE} WHERE {where}", params).fetchone()
            return row[0] if row else None
        if self.indexed and f.country is not None and f.restricts_only("country") and f.month_aligned():
            where, params = f.month_where(country=f.country)
            month = self.conn.execute(f"SELECT max(month) FROM {COUNTRIES_TABLE} WHERE {where}", params).fetchone()
            if month is None or month[0] is None:
                return None
            f = replace(f, start=month[0])  # the last month with events: read its days alone
        rel, params = self.filtered(f, by_day=self.indexed and f.country is not None)
        row = self.conn.execute(f"SELECT max(day) FROM {rel}", params).fetchone()
        return row[0] if row else None

    def map_points(self, f: Filter, limit: int) -> Any:
        if self.indexed and f == Filter():
            return self.run(f"""SELECT lat, lon, place, country, CAST(events AS BIGINT) AS events,
                    goldstein_sum / events AS goldstein_mean FROM {PLACES_ALL_TABLE}
                    WHERE events >= (SELECT min(events) FROM (SELECT events FROM {PLACES_ALL_TABLE} LIMIT ?))
                    ORDER BY events DESC, lat, lon LIMIT ?""", [limit, limit])
        if self.indexed and f.is_dates_only() and f.month_aligned():
            where, params = f.month_where()
            return self.run(f"""SELECT lat, lon, any_value(place) AS place, any_value(country) AS country,
                    CAST(sum(n) AS BIGINT) AS events, sum(goldstein_sum) / sum(n) AS goldstein_mean
                    FROM {PLACES_TABLE} WHERE {where} GROUP BY lat, lon ORDER BY events DESC, lat, lon LIMIT ?""",
                            [*params, limit])
        if self.country_only(f, undated=True):
            return self.run(f"""SELECT lat, lon, place, place_country AS country, CAST(n AS BIGINT) AS events,
                    goldstein_sum / n AS goldstein_mean FROM {COUNTRY_PLACES} WHERE slice = ?
                    ORDER BY events DESC, lat, lon LIMIT ?""", [f.country, limit])
        rel, params = self.filtered(f)
        return self.run(f"""SELECT round(location_lat, 2) AS lat, round(location_lon, 2) AS lon,
                any_value(location_name) AS place, any_value(location_country) AS country, count(*) AS events,
                avg(goldstein) AS goldstein_mean
                FROM {rel} WHERE location_lat IS NOT NULL GROUP BY lat, lon ORDER BY events DESC, lat, lon LIMIT ?""",
                        [*params, limit])

    def events(self, f: Filter, limit: int, offset: int) -> Any:
        recent = self._recent(f, limit + offset)
        rel, params = self.filtered(recent, by_day=recent is not f)
        page = f"""SELECT event_id, day AS date, source_code, target_code, cameo, quad_class, goldstein, plover_type,
                status, location_name, location_country FROM {rel}
                ORDER BY day DESC NULLS LAST, event_id LIMIT ? OFFSET ?"""
        if limit > EVIDENCE_BY_KEY:
            return self.run(f"""SELECT r.*, e.sentence, e.trigger_start, e.trigger_end, e.rule, a.title, a.url
                    FROM ({page}) r JOIN events e USING (event_id) LEFT JOIN articles a ON a.id = e.doc_id
                    ORDER BY r.date DESC NULLS LAST, r.event_id""", [*params, limit, offset])
        rows = self.run(page, [*params, limit, offset])
        return rows.merge(self._evidence(list(rows["event_id"])), on="event_id", how="left")

    def _evidence(self, event_ids: list[str]) -> Any:
        """Sentence, trigger, rule and article of a page of events, looked up by key (the stores'
        primary-key indexes answer constant IN lists without reading the tables)."""
        import pandas

        marks = ", ".join("?" * len(event_ids)) or "NULL"
        evidence = self.conn.execute(f"""SELECT event_id, doc_id, sentence, trigger_start, trigger_end, rule
                FROM events WHERE event_id IN ({marks})""", event_ids).fetchall()
        docs = sorted({row[1] for row in evidence})
        doc_marks = ", ".join("?" * len(docs)) or "NULL"
        articles = {doc: (title, url) for doc, title, url in self.conn.execute(
            f"SELECT id, title, url FROM articles WHERE id IN ({doc_marks})", docs).fetchall()}
        columns = ["event_id", "sentence", "trigger_start", "trigger_end", "rule", "title", "url"]
        return pandas.DataFrame([(row[0], *row[2:], *articles.get(row[1], (None, None))) for row in evidence],
                                columns=columns)

    def _periods(self, f: Filter, months: bool = False) -> tuple[str, str, str, list[Any]] | None:
        """(rollup, its period column, WHERE, parameters) of the daily or the monthly counts that give
        the dated events of ``f``, where one does: dates alone (by month with ``months`` where they are
        whole months), or one country and whole months."""
        if not self.indexed:
            return None
        if f.is_dates_only():
            return (MONTHS_TABLE, "month", *f.month_where()) if months and f.month_aligned() else (
                ROLLUP_TABLE, "day", *f.where())
        if f.country is not None and f.restricts_only("country") and f.month_aligned():
            return COUNTRIES_TABLE, "month", *f.month_where(country=f.country)
        return None

    def _recent(self, f: Filter, rows: int) -> Filter:
        """The filter from the latest day (or month) on which the newest ``rows`` events start (from a
        rollup), so that listing the newest events reads only the last days of the index sorted by day."""
        periods = self._periods(f)
        if periods is None:
            return f
        table, column, where, params = periods
        newest = self.conn.execute(f"SELECT {column}, sum(n) FROM {table} WHERE {where} GROUP BY {column} "
                                   f"ORDER BY {column} DESC LIMIT {RECENT_PERIODS}", params).fetchall()
        upto = 0
        for start, n in newest:  # most often the newest few periods hold the page
            upto += n
            if upto >= rows:
                return replace(f, start=start)
        if len(newest) < RECENT_PERIODS or self._dated(f) < rows:
            return f  # fewer dated events than asked for: undated ones follow, read everything
        row = self.conn.execute(f"""SELECT min({column}) FROM (
                SELECT {column}, sum(sum(n)) OVER (ORDER BY {column} DESC) AS upto FROM {table} WHERE {where}
                GROUP BY {column} QUALIFY upto - sum(n) < ?)""", [*params, rows]).fetchone()
        return f if row is None or row[0] is None else replace(f, start=row[0])

    def _dated(self, f: Filter) -> int:
        """Events with a day that ``f`` keeps, from a rollup (``_periods``)."""
        periods = self._periods(f, months=True)
        if periods is None:
            return 0
        table, _, where, params = periods
        row = self.conn.execute(f"SELECT coalesce(sum(n), 0) FROM {table} WHERE {where}", params).fetchone()
        return int(row[0]) if row else 0

    def count(self, f: Filter) -> int:
        if self._periods(f) is not None:
            undated = 0
            if f.undated():
                where, params = f.where()
                row = self.conn.execute(f"SELECT count(*) FROM {INDEX_TABLE} WHERE day IS NULL AND {where}",
                                        params).fetchone()
                undated = int(row[0]) if row else 0
            return undated + self._dated(f)
        rel, params = self.filtered(f)
        row = self.conn.execute(f"SELECT count(*) FROM {rel}", params).fetchone()
        return int(row[0]) if row else 0

    def info(self) -> dict[str, Any]:
        """Events (all statuses), articles, first and last day, and whether the index is current."""
        days = f"(SELECT day FROM {ROLLUP_TABLE})" if self.indexed else self.relation
        row = self.conn.execute(f"""SELECT (SELECT count(*) FROM {self.relation}), CAST(min(day) AS VARCHAR),
                CAST(max(day) AS VARCHAR), (SELECT count(*) FROM articles) FROM {days}""").fetchone()
        events, first, last, articles = row if row else (0, None, None, 0)
        return {"events": events, "articles": articles, "first_day": first, "last_day": last,
                "indexed": self.indexed}

    def mentions(self, event_id: str) -> Any:
        return self.run("""SELECT m.*, a.title, a.url FROM mentions m LEFT JOIN articles a ON a.id = m.doc_id
                WHERE m.event_id = ? ORDER BY m.doc_id, m.sentence_index, m.trigger_start""", [event_id])

    def event(self, event_id: str) -> Any:
        return self.run("""SELECT e.*, a.title, a.url, a.date AS published FROM events e
                LEFT JOIN articles a ON a.id = e.doc_id WHERE e.event_id = ?""", [event_id])


def _side_branches(table: str, side: str, value: str, extra: str,
                   extra_values: list[Any]) -> list[tuple[str, str, list[Any]]]:
    """An actor value matches the side's country, or else its code: two disjoint branches."""
    return [(table, f" AND {side}_country = ?{extra}", [value, *extra_values]),
            (table, f" AND {side}_code = ? AND {side}_country IS DISTINCT FROM ?{extra}",
             [value, value, *extra_values])]


def _unit_column(unit: str) -> str:
    columns = {"location": "location_country", "source": "source_country", "target": "target_country"}
    if unit not in columns:
        raise QueryError(f"unit {unit!r}: expected one of {', '.join(columns)}")
    return columns[unit]
