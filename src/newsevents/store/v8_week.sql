-- newsevents store, schema version 8: date precision 'week' ("last week", "earlier this week": a week,
-- written as its ISO 8601 week, '2019-W17'), in DuckDB's SQL.
--
-- DuckDB cannot change a CHECK constraint, nor alter a table that foreign keys point to, so
-- `events` and the two tables that point to it (`event_keys`, `mentions`) are copied, dropped
-- and created again with the same columns and keys (those of version 7); the `event_counts` view reads
-- them by name. PostgreSQL changes the constraint in place (pg_v8_week.sql).

CREATE TEMP TABLE keep_events AS SELECT * FROM events;
CREATE TEMP TABLE keep_keys AS SELECT * FROM event_keys;
CREATE TEMP TABLE keep_mentions AS SELECT * FROM mentions;
DROP TABLE mentions;
DROP TABLE event_keys;
DROP TABLE events;

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
    goldstein         DOUBLE NOT NULL CHECK (goldstein BETWEEN -10 AND 10),
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
                      CHECK (date_precision IN ('day', 'week', 'month', 'year', 'publication', 'before',
                                                 'unknown')),
    -- where (all NULL when no place was found)
    location_name     VARCHAR,
    location_country  VARCHAR,
    location_lat      DOUBLE CHECK (location_lat BETWEEN -90 AND 90),
    location_lon      DOUBLE CHECK (location_lon BETWEEN -180 AND 180),
    location_geonameid BIGINT,
    -- evidence: which pattern or model coded it, and how sure it is
    rule              VARCHAR NOT NULL,
    confidence        DOUBLE NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    -- version 5: how fine the place is, where in the text it was found, GDELT's ADM1 code
    location_precision VARCHAR,
    location_source    VARCHAR,
    location_adm1      VARCHAR,
    -- version 7: how many dead, injured, arrested and how large a group (min, max, the words)
    magnitude_dead_min INTEGER,
    magnitude_dead_max INTEGER,
    magnitude_dead_text VARCHAR,
    magnitude_injured_min INTEGER,
    magnitude_injured_max INTEGER,
    magnitude_injured_text VARCHAR,
    magnitude_arrested_min INTEGER,
    magnitude_arrested_max INTEGER,
    magnitude_arrested_text VARCHAR,
    magnitude_size_min INTEGER,
    magnitude_size_max INTEGER,
    magnitude_size_text VARCHAR
);
INSERT INTO events SELECT * FROM keep_events;

CREATE TABLE event_keys (
    merge_key VARCHAR PRIMARY KEY,
    event_id  VARCHAR NOT NULL UNIQUE REFERENCES events (event_id)
);
INSERT INTO event_keys SELECT * FROM keep_keys;

CREATE TABLE mentions (
    mention_id     VARCHAR PRIMARY KEY,  -- Event.event_id of this sighting
    event_id       VARCHAR NOT NULL REFERENCES events (event_id),  -- the merged event
    doc_id         VARCHAR NOT NULL REFERENCES articles (id),
    sentence_index INTEGER NOT NULL,
    sentence       VARCHAR NOT NULL,
    trigger_text   VARCHAR NOT NULL,
    trigger_start  INTEGER NOT NULL,
    trigger_end    INTEGER NOT NULL CHECK (trigger_end >= trigger_start),
    rule           VARCHAR NOT NULL,
    confidence     DOUBLE NOT NULL CHECK (confidence BETWEEN 0 AND 1)
);
INSERT INTO mentions SELECT * FROM keep_mentions;

DROP TABLE keep_events;
DROP TABLE keep_keys;
DROP TABLE keep_mentions;
