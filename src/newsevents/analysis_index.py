"""The analysis index: tables beside the events that make the analysis fast on large stores.

``newsevents index`` (``build_index``) writes, in one transaction: the events with their day
and number of sources, sorted by day (``analysis_events``); copies sorted by each side's
country and code; daily, weekly and monthly rollups; and the all-time dyads and places of
the dashboard's first view. ``meta`` records the counts of events and mentions it was built
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
MONTH = "CAST(date_trunc('month', day) AS DATE)"

def _unit_rows(grain: str) -> str:
    """Each dated event once per unit of the country panel (its source's, its target's and its place's
    country), with the first day of its ``grain`` (month or week)."""
    return " UNION ALL ".join(
        f"""SELECT '{unit}' AS unit, CAST(date_trunc('{grain}', day) AS DATE) AS {grain}, {column} AS country,
                   quad_class, status, goldstein, num_sources
            FROM {INDEX_TABLE} WHERE day IS NOT NULL AND {column} IS NOT NULL"""
        for unit, column in (("source", "source_country"), ("target", "target_country"),
                             ("location", "location_country")))




#: The index: the events with their day and sources, sorted by day, and rollups that answer
#: the common questions without reading every event: per day (timelines filtered by dates
#: alone), and per month: places (the map), actors (top actors) and countries (timelines of
#: one country). A rollup is used only where it gives exactly what the events give.
BUILD_INDEX = [
    *(f"DROP TABLE IF EXISTS {t}" for t in (INDEX_TABLE, ROLLUP_TABLE, PLACES_TABLE, ACTORS_TABLE, COUNTRIES_TABLE,
                                             DYADS_TABLE, BY_SOURCE, BY_TARGET, PANEL_TABLE, WEEKS_TABLE,
                                             PLACES_ALL_TABLE)),
    f"CREATE TABLE {INDEX_TABLE} AS SELECT * FROM {LIVE_RELATION} ORDER BY day, source_country, event_id",
    f"""CREATE TABLE {ROLLUP_TABLE} AS
        SELECT day, quad_class, status, count(*) AS n, sum(goldstein) AS goldstein_sum,
               sum(num_sources) AS sources
        FROM {INDEX_TABLE} WHERE day IS NOT NULL GROUP BY ALL ORDER BY day""",
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
        SELECT unit, month, country, quad_class, status, count(*) AS n, sum(goldstein) AS goldstein_sum,
               sum(num_sources) AS sources FROM ({_unit_rows("month")})
        GROUP BY ALL ORDER BY unit, month""",
    f"""CREATE TABLE {WEEKS_TABLE} AS
        SELECT unit, week, country, status, count(*) AS n FROM ({_unit_rows("week")}) GROUP BY ALL ORDER BY week""",
    f"""CREATE TABLE {PLACES_ALL_TABLE} AS
        SELECT lat, lon, any_value(place) AS place, any_value(country) AS country, sum(n) AS events,
               sum(goldstein_sum) AS goldstein_sum
        FROM {PLACES_TABLE} WHERE status IN ({', '.join(repr(s) for s in COUNTED)})
        GROUP BY lat, lon ORDER BY events DESC, lat, lon""",
    # every dyad's counted events over all time, busiest first: the dashboard's first view
    f"""CREATE TABLE {DYADS_TABLE} AS
        SELECT source_code AS source, target_code AS target, count(*) AS events, sum(goldstein) AS goldstein_sum
        FROM {INDEX_TABLE} WHERE status IN ({', '.join(repr(s) for s in COUNTED)})
                             AND source_code IS NOT NULL AND target_code IS NOT NULL
        GROUP BY ALL ORDER BY events DESC, source, target""",
    # the events again, sorted by each side's country and code: a filter on an actor or a
    # country reads only the row groups that hold it (DuckDB's min/max zone maps)
    f"CREATE TABLE {BY_SOURCE} AS SELECT * FROM {INDEX_TABLE} ORDER BY source_country, source_code, day",
    f"CREATE TABLE {BY_TARGET} AS SELECT * FROM {INDEX_TABLE} ORDER BY target_country, target_code, day",
    "INSERT OR REPLACE INTO meta VALUES (?, ?)",
]



def store_stamp(conn: duckdb.DuckDBPyConnection) -> str:
    """What the index must match to be current: the counts of events and mentions."""
    row = conn.execute("SELECT (SELECT count(*) FROM events) || '/' || (SELECT count(*) FROM mentions)").fetchone()
    return str(row[0]) if row else ""


def index_is_current(conn: duckdb.DuckDBPyConnection) -> bool:
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", [INDEX_META_KEY]).fetchone()
        tables = {r[0] for r in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
    except duckdb.Error:
        return False
    needed = {INDEX_TABLE, ROLLUP_TABLE, PLACES_TABLE, ACTORS_TABLE, COUNTRIES_TABLE, DYADS_TABLE, BY_SOURCE, BY_TARGET,
              PANEL_TABLE, WEEKS_TABLE, PLACES_ALL_TABLE}
    return row is not None and needed <= tables and row[0] == store_stamp(conn)


def build_index(conn: duckdb.DuckDBPyConnection) -> int:
    """(Re)build the analysis tables in one transaction; return the number of events indexed."""
    conn.execute("BEGIN TRANSACTION")
    try:
        for sql in BUILD_INDEX[:-1]:
            conn.execute(sql)
        conn.execute(BUILD_INDEX[-1], [INDEX_META_KEY, store_stamp(conn)])
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    row = conn.execute(f"SELECT count(*) FROM {INDEX_TABLE}").fetchone()
    return int(row[0]) if row else 0
