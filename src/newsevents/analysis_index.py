"""The analysis index: tables beside the events that make the analysis fast on large stores.

``newsevents index`` (``build_index``) writes, in one transaction: the events with their day
and number of sources, sorted by day (``analysis_events``); copies sorted by each side's
country and code; daily, weekly, monthly and yearly rollups; the all-time dyads, actors and
places of the dashboard's first view; and rollups of the counted events keyed to what each
question groups by for one country (``COUNTED_ROLLUPS``), so that an answer reads thousands
of rows, not millions. ``meta`` records the counts of events and mentions it was built
from: after an ingest the index is stale (``index_is_current`` is false) and the analysis
reads the events directly (``LIVE_RELATION``) until the index is built again. The queries
that read these tables are in ``newsevents.query``.
"""

from __future__ import annotations

import duckdb

from newsevents.records import COUNTED_STATUSES

#: The statuses counted by default (GDELT's and ICEWS's events), as the index's tables count them.
COUNTED: tuple[str, ...] = tuple(sorted(COUNTED_STATUSES))
INDEX_TABLE = "analysis_events"
ROLLUP_TABLE = "analysis_rollup"
INDEX_META_KEY = "analysis_index"

#: The live relation: what ``analysis_events`` holds, computed from the store's tables.
LIVE_RELATION = """(
    SELECT e.event_id, e.doc_id, TRY_CAST(e.date AS DATE) AS day,
           e.source_code, e.source_country, e.source_sector,
           e.target_code, e.target_country, e.target_sector,
           e.cameo, e.quad_class, e.goldstein, e.plover_type, e.status,
           e.location_name, e.location_country, e.location_lat, e.location_lon,
           coalesce(c.num_sources, 1) AS num_sources
    FROM events e LEFT JOIN event_counts c USING (event_id)
)"""

PLACES_TABLE = "analysis_places"
ACTORS_TABLE = "analysis_actors"
COUNTRIES_TABLE = "analysis_countries"
DYADS_TABLE = "analysis_dyads"
PANEL_TABLE = "analysis_panel"
WEEKS_TABLE = "analysis_weeks"
PLACES_ALL_TABLE = "analysis_places_all"
BY_SOURCE = "analysis_by_source"
BY_TARGET = "analysis_by_target"
MONTHS_TABLE = "analysis_months"
ACTORS_ALL_TABLE = "analysis_actors_all"
HEAVY_DYADS = "analysis_heavy_dyads"
HEAVY_MONTHS = "analysis_heavy_months"
COUNTRY_ACTORS = "analysis_country_actors"
COUNTRY_PLACES = "analysis_country_places"
COUNTRY_PANEL = "analysis_country_panel"
COUNTRY_WEEKS = "analysis_country_weeks"
PANEL_YEARS = "analysis_panel_years"
COUNTRY_PANEL_YEARS = "analysis_country_panel_years"
PAIRS_TABLE = "analysis_pairs"
OTHER_CODES = "analysis_other_codes"
MONTH = "CAST(date_trunc('month', day) AS DATE)"
COUNTED_SQL = ", ".join(repr(s) for s in COUNTED)
#: How many of the busiest dyads (all time) ``HEAVY_MONTHS`` keeps: a top-n list whose n-th dyad
#: has at least as many events as the least busy of them is exact (every other dyad has fewer).
HEAVY_COUNT = 100_000
QUADS = ", ".join(f"count(*) FILTER (quad_class = {q}) AS q{q}" for q in range(1, 5))
#: A panel's sums by year, from its sums by month.
YEAR_SUMS = ", ".join(f"sum({c}) AS {c}" for c in ("n", "goldstein_sum", "q1", "q2", "q3", "q4", "sources"))
UNITS = (("source", "source_country"), ("target", "target_country"), ("location", "location_country"))

#: Each counted event once per country on either side (once where both sides share it):
#: the events of ``Filter(country=c)`` are the rows of ``slice = c``.
SIDES = f"""(SELECT source_country AS slice, * FROM {INDEX_TABLE}
    WHERE status IN ({COUNTED_SQL}) AND source_country IS NOT NULL
    UNION ALL
    SELECT target_country AS slice, * FROM {INDEX_TABLE}
    WHERE status IN ({COUNTED_SQL}) AND target_country IS NOT NULL
          AND target_country IS DISTINCT FROM source_country)"""


def _unit_rows(grain: str, relation: str = INDEX_TABLE, keep: str = "status") -> str:
    """Each dated event of ``relation`` once per unit of the country panel (its source's, its target's
    and its place's country), with the first day of its ``grain`` (month or week)."""
    return " UNION ALL ".join(
        f"""SELECT '{unit}' AS unit, CAST(date_trunc('{grain}', day) AS DATE) AS {grain}, {column} AS unit_country,
                   {keep}, quad_class, goldstein, num_sources
            FROM {relation} WHERE day IS NOT NULL AND {column} IS NOT NULL"""
        for unit, column in UNITS)


#: Rollups of the counted events alone (asserted and future, what a filter counts unless told
#: otherwise) for the filters the dashboard sends most: one country on either side (``slice``),
#: a dyad of two countries (``PAIRS_TABLE``), and the busiest dyads. ``OTHER_CODES`` lists the
#: actor codes that are not their own country: a dyad of two countries none of which is such a
#: code matches its events by country alone, as ``PAIRS_TABLE`` counts them.
COUNTED_ROLLUPS = [
    f"""CREATE TABLE {HEAVY_DYADS} AS
        SELECT e.source_code AS source, e.target_code AS target, e.source_country, e.target_country,
               any_value(h.events) AS total, count(*) AS n, sum(goldstein) AS goldstein_sum
        FROM {INDEX_TABLE} e JOIN (SELECT source, target, events FROM {DYADS_TABLE} WHERE events >= (
            SELECT min(events) FROM (SELECT events FROM {DYADS_TABLE} ORDER BY events DESC LIMIT HEAVY_COUNT))) h
        ON e.source_code = h.source AND e.target_code = h.target
        WHERE status IN ({COUNTED_SQL}) GROUP BY ALL ORDER BY n DESC""",
    f"""CREATE TABLE {HEAVY_MONTHS} AS
        SELECT {MONTH} AS month, source_code AS source, target_code AS target, source_country, target_country,
               count(*) AS n, sum(goldstein) AS goldstein_sum
        FROM {INDEX_TABLE} e SEMI JOIN {HEAVY_DYADS} h ON e.source_code = h.source AND e.target_code = h.target
        WHERE status IN ({COUNTED_SQL}) AND day IS NOT NULL GROUP BY ALL ORDER BY month""",
    f"""CREATE TABLE {COUNTRY_ACTORS} AS
        SELECT slice, actor, count(*) AS n, sum(goldstein) AS goldstein_sum FROM (
            SELECT slice, source_code AS actor, goldstein FROM {SIDES} WHERE source_code IS NOT NULL
            UNION ALL
            SELECT slice, target_code AS actor, goldstein FROM {SIDES} WHERE target_code IS NOT NULL)
        GROUP BY ALL ORDER BY slice, n DESC""",
    f"""CREATE TABLE {COUNTRY_PLACES} AS
        SELECT slice, round(location_lat, 2) AS lat, round(location_lon, 2) AS lon,
               any_value(location_name) AS place, any_value(location_country) AS place_country,
               count(*) AS n, sum(goldstein) AS goldstein_sum
        FROM {SIDES} WHERE location_lat IS NOT NULL GROUP BY slice, lat, lon ORDER BY slice, n DESC""",
    f"""CREATE TABLE {COUNTRY_PANEL} AS
        SELECT slice, unit, month, unit_country, count(*) AS n, sum(goldstein) AS goldstein_sum, {QUADS},
               sum(num_sources) AS sources FROM ({_unit_rows("month", SIDES, "slice")})
        GROUP BY ALL ORDER BY slice, unit, month""",
    f"""CREATE TABLE {COUNTRY_PANEL_YEARS} AS
        SELECT slice, unit, CAST(date_trunc('year', month) AS DATE) AS year, unit_country, {YEAR_SUMS}
        FROM {COUNTRY_PANEL} GROUP BY ALL ORDER BY slice, unit, year""",
    f"""CREATE TABLE {COUNTRY_WEEKS} AS
        SELECT slice, unit, week, unit_country, count(*) AS n FROM ({_unit_rows("week", SIDES, "slice")})
        GROUP BY ALL ORDER BY slice, unit, week""",
    f"""CREATE TABLE {PAIRS_TABLE} AS
        SELECT source_country, target_country, {MONTH} AS month, count(*) AS n, sum(goldstein) AS goldstein_sum
        FROM {INDEX_TABLE} WHERE status IN ({COUNTED_SQL}) AND day IS NOT NULL
                                 AND source_country IS NOT NULL AND target_country IS NOT NULL
        GROUP BY ALL ORDER BY source_country, target_country, month""",
    f"""CREATE TABLE {OTHER_CODES} AS
        SELECT source_code AS code FROM {INDEX_TABLE} WHERE source_code IS DISTINCT FROM source_country
        UNION SELECT target_code FROM {INDEX_TABLE} WHERE target_code IS DISTINCT FROM target_country""",
]


#: The index: the events with their day and sources, sorted by day, and rollups that answer
#: the common questions without reading every event: per day (timelines filtered by dates
#: alone), and per month: places (the map), actors (top actors), countries (timelines of
#: one country), the country panel and its weeks (alerts). A rollup is used only where it
#: gives exactly what the events give (``tests/test_analysis.py`` compares them).
BUILD_INDEX = [
    f"CREATE TABLE {INDEX_TABLE} AS SELECT * FROM {LIVE_RELATION} ORDER BY day, source_country, event_id",
    f"""CREATE TABLE {ROLLUP_TABLE} AS
        SELECT day, quad_class, status, count(*) AS n, sum(goldstein) AS goldstein_sum,
               sum(num_sources) AS sources
        FROM {INDEX_TABLE} WHERE day IS NOT NULL GROUP BY ALL ORDER BY day""",
    f"""CREATE TABLE {MONTHS_TABLE} AS
        SELECT {MONTH} AS month, quad_class, status, sum(n) AS n, sum(goldstein_sum) AS goldstein_sum,
               sum(sources) AS sources
        FROM {ROLLUP_TABLE} GROUP BY ALL ORDER BY month""",
    f"""CREATE TABLE {PLACES_TABLE} AS
        SELECT {MONTH} AS month, round(location_lat, 2) AS lat, round(location_lon, 2) AS lon, status,
               any_value(location_name) AS place, any_value(location_country) AS country,
               count(*) AS n, sum(goldstein) AS goldstein_sum
        FROM {INDEX_TABLE} WHERE location_lat IS NOT NULL GROUP BY month, lat, lon, status ORDER BY month""",
    f"""CREATE TABLE {ACTORS_TABLE} AS
        SELECT month, actor, status, count(*) AS n, sum(goldstein) AS goldstein_sum FROM (
            SELECT {MONTH} AS month, source_code AS actor, status, goldstein FROM {INDEX_TABLE}
            WHERE source_code IS NOT NULL
            UNION ALL
            SELECT {MONTH} AS month, target_code AS actor, status, goldstein FROM {INDEX_TABLE}
            WHERE target_code IS NOT NULL)
        GROUP BY ALL ORDER BY month""",
    f"""CREATE TABLE {ACTORS_ALL_TABLE} AS
        SELECT actor, status, sum(n) AS n, sum(goldstein_sum) AS goldstein_sum FROM {ACTORS_TABLE}
        GROUP BY ALL ORDER BY n DESC""",
    f"""CREATE TABLE {COUNTRIES_TABLE} AS
        SELECT month, country, quad_class, status, count(*) AS n, sum(goldstein) AS goldstein_sum,
               sum(num_sources) AS sources FROM (
            SELECT {MONTH} AS month, source_country AS country, quad_class, status, goldstein, num_sources
            FROM {INDEX_TABLE} WHERE source_country IS NOT NULL AND day IS NOT NULL
            UNION ALL
            SELECT {MONTH} AS month, target_country AS country, quad_class, status, goldstein, num_sources
            FROM {INDEX_TABLE} WHERE target_country IS NOT NULL AND day IS NOT NULL
                                 AND target_country IS DISTINCT FROM source_country)
        GROUP BY ALL ORDER BY country, month""",
    f"""CREATE TABLE {PANEL_TABLE} AS
        SELECT unit, month, unit_country AS country, status, count(*) AS n, sum(goldstein) AS goldstein_sum,
               {QUADS}, sum(num_sources) AS sources FROM ({_unit_rows("month")})
        GROUP BY ALL ORDER BY unit, month""",
    f"""CREATE TABLE {PANEL_YEARS} AS
        SELECT unit, CAST(date_trunc('year', month) AS DATE) AS year, country, status, {YEAR_SUMS}
        FROM {PANEL_TABLE} GROUP BY ALL ORDER BY unit, year""",
    f"""CREATE TABLE {WEEKS_TABLE} AS
        SELECT unit, week, unit_country AS country, status, count(*) AS n FROM ({_unit_rows("week")})
        GROUP BY ALL ORDER BY unit, week""",
    f"""CREATE TABLE {PLACES_ALL_TABLE} AS
        SELECT lat, lon, any_value(place) AS place, any_value(country) AS country, sum(n) AS events,
               sum(goldstein_sum) AS goldstein_sum
        FROM {PLACES_TABLE} WHERE status IN ({COUNTED_SQL})
        GROUP BY lat, lon ORDER BY events DESC, lat, lon""",
    # every dyad's counted events over all time, busiest first: the dashboard's first view
    f"""CREATE TABLE {DYADS_TABLE} AS
        SELECT source_code AS source, target_code AS target, count(*) AS events, sum(goldstein) AS goldstein_sum
        FROM {INDEX_TABLE} WHERE status IN ({COUNTED_SQL})
                             AND source_code IS NOT NULL AND target_code IS NOT NULL
        GROUP BY ALL ORDER BY events DESC, source, target""",
    *COUNTED_ROLLUPS,
    # the events again, sorted by each side's country and code: a filter on an actor or a
    # country reads only the row groups that hold it (DuckDB's min/max zone maps)
    f"CREATE TABLE {BY_SOURCE} AS SELECT * FROM {INDEX_TABLE} ORDER BY source_country, source_code, day",
    f"CREATE TABLE {BY_TARGET} AS SELECT * FROM {INDEX_TABLE} ORDER BY target_country, target_code, day",
]


def store_stamp(conn: duckdb.DuckDBPyConnection) -> str:
    """What the index must match to be current: the counts of events and mentions."""
    row = conn.execute("SELECT (SELECT count(*) FROM events) || '/' || (SELECT count(*) FROM mentions)").fetchone()
    return str(row[0]) if row else ""


TABLES = (INDEX_TABLE, ROLLUP_TABLE, MONTHS_TABLE, PLACES_TABLE, ACTORS_TABLE, ACTORS_ALL_TABLE, COUNTRIES_TABLE,
          PANEL_TABLE, PANEL_YEARS, WEEKS_TABLE, PLACES_ALL_TABLE, DYADS_TABLE, HEAVY_DYADS, HEAVY_MONTHS,
          COUNTRY_ACTORS, COUNTRY_PLACES, COUNTRY_PANEL, COUNTRY_PANEL_YEARS, COUNTRY_WEEKS, PAIRS_TABLE, OTHER_CODES,
          BY_SOURCE, BY_TARGET)


def index_is_current(conn: duckdb.DuckDBPyConnection) -> bool:
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", [INDEX_META_KEY]).fetchone()
        tables = {r[0] for r in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
    except duckdb.Error:
        return False
    return row is not None and set(TABLES) <= tables and row[0] == store_stamp(conn)


def build_index(conn: duckdb.DuckDBPyConnection, heavy: int = HEAVY_COUNT) -> int:
    """(Re)build the analysis tables in one transaction; return the number of events indexed.
    ``heavy``: how many of the busiest dyads ``HEAVY_DYADS`` keeps."""
    conn.execute("BEGIN TRANSACTION")
    try:
        for table in TABLES:
            conn.execute(f"DROP TABLE IF EXISTS {table}")
        for sql in BUILD_INDEX:
            conn.execute(sql.replace("HEAVY_COUNT", str(int(heavy))))
        conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [INDEX_META_KEY, store_stamp(conn)])
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    row = conn.execute(f"SELECT count(*) FROM {INDEX_TABLE}").fetchone()
    return int(row[0]) if row else 0
