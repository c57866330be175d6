-- newsevents store, schema version 1: the baseline, in PostgreSQL's SQL (DuckDB's: schema.sql).
-- The same tables, columns, keys and checks; DuckDB's DOUBLE is DOUBLE PRECISION here.
--
-- This file is migration 1 (see migrations.py) for PostgreSQL stores. Later versions are applied on top of it,
-- in order, by the SQL listed in migrations.py; the current schema is this file plus
-- those migrations. Never edit this file once released: add a migration instead.
--
-- One row of `events` is one event record of DESIGN.md, flattened: the nested
-- source/target/attribution actors, trigger, plover and location become prefixed columns
-- (Store.events rebuilds the nested dicts). Checks mirror the record contract so that
-- a malformed event fails its whole transaction instead of being stored.

-- Key/value facts about the file itself. `schema_version` is the number of the last
-- migration applied (an integer, stored as text like every value here).
CREATE TABLE IF NOT EXISTS meta (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);

-- One news item, stored once: by id, and by the hash of its normalised text
-- (Article.content_hash), so the same story read from two sources is not coded twice.
CREATE TABLE articles (
    id           VARCHAR PRIMARY KEY,
    content_hash VARCHAR NOT NULL UNIQUE,  -- sha1 of lower-cased, whitespace-collapsed text
    title        VARCHAR,
    url          VARCHAR,
    date         DATE,                     -- publication date; anchors relative dates
    author       VARCHAR,
    source_path  VARCHAR,                  -- file it was read from
    text         VARCHAR NOT NULL,
    n_events     INTEGER NOT NULL CHECK (n_events >= 0),  -- rows in `events` for this article
    ingested_at  TIMESTAMP NOT NULL        -- UTC
);

CREATE TABLE events (
    event_id          VARCHAR PRIMARY KEY,  -- Event.event_id: stable across runs
    doc_id            VARCHAR NOT NULL REFERENCES articles (id),
    sentence_index    INTEGER NOT NULL CHECK (sentence_index >= 0),
    sentence          VARCHAR NOT NULL,
    -- the words that name the event, as character offsets into `sentence`
    trigger_text      VARCHAR NOT NULL,
    trigger_start     INTEGER NOT NULL CHECK (trigger_start >= 0),
    trigger_end       INTEGER NOT NULL CHECK (trigger_end >= trigger_start),
    -- who did it (all NULL when the event has no source actor)
    source_text       VARCHAR,
    source_code       VARCHAR,              -- CAMEO actor code, e.g. PRKGOV
    source_country    VARCHAR,              -- ISO 3166-1 alpha-3
    source_sector     VARCHAR,              -- role code, e.g. GOV
    source_name       VARCHAR,              -- canonical name
    -- to whom (all NULL when there is no target)
    target_text       VARCHAR,
    target_code       VARCHAR,
    target_country    VARCHAR,
    target_sector     VARCHAR,
    target_name       VARCHAR,
    -- what: CAMEO event code with its QuadClass and Goldstein value
    cameo             VARCHAR NOT NULL,
    quad_class        INTEGER NOT NULL CHECK (quad_class BETWEEN 0 AND 4),
    goldstein         DOUBLE PRECISION NOT NULL CHECK (goldstein BETWEEN -10 AND 10),
    -- PLOVER type (NULL for CAMEO 01x statements), mode and contexts
    plover_type       VARCHAR,
    plover_mode       VARCHAR,
    plover_context    VARCHAR[],
    -- negated and hypothetical events are stored (they are information) but not counted
    status            VARCHAR NOT NULL
                      CHECK (status IN ('asserted', 'negated', 'hypothetical', 'future')),
    -- who reported it ("X said ..."), all NULL when the text states it directly
    attribution_text    VARCHAR,
    attribution_code    VARCHAR,
    attribution_country VARCHAR,
    attribution_sector  VARCHAR,
    attribution_name    VARCHAR,
    -- when: kept as the contract's text ('YYYY-MM-DD'), with how precise it is
    date              VARCHAR,
    date_precision    VARCHAR NOT NULL
                      CHECK (date_precision IN ('day', 'month', 'year', 'publication', 'unknown')),
    -- where (all NULL when no place was found)
    location_name     VARCHAR,
    location_country  VARCHAR,
    location_lat      DOUBLE PRECISION CHECK (location_lat BETWEEN -90 AND 90),
    location_lon      DOUBLE PRECISION CHECK (location_lon BETWEEN -180 AND 180),
    location_geonameid BIGINT,
    -- evidence: which pattern or model coded it, and how sure it is
    rule              VARCHAR NOT NULL,
    confidence        DOUBLE PRECISION NOT NULL CHECK (confidence BETWEEN 0 AND 1)
);
