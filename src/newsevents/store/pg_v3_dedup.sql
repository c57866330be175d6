-- newsevents store, schema version 3: article and event de-duplication (see migrations.py),
-- in PostgreSQL's SQL (DuckDB's: v3_dedup.sql). MinHash values are below 2**33, so BIGINT holds them.
--
-- Articles: the same story seen again (same URL, same normalised text, or a near-duplicate
-- rewrite) is stored once; every other sighting is a row of `sightings`.
-- Events: events that agree on date, source, target, CAMEO code, status and location
-- (GDELT's rule) are one row of `events`; each sighting of it, with its own evidence
-- (article, sentence, trigger, rule), is a row of `mentions`. `event_counts` gives
-- GDELT's NumMentions, NumArticles and NumSources.

-- What de-duplication needs to know about each stored article (newsevents/dedup.py).
CREATE TABLE fingerprints (
    doc_id   VARCHAR PRIMARY KEY REFERENCES articles (id),
    url_key  VARCHAR,    -- normalised URL: no scheme, www., fragment, tracking parameters
    minhash  BIGINT[]      -- MinHash signature of the word 5-grams; NULL for very short texts
);

-- Locality-sensitive hashing: one row per (article, band of its signature).
CREATE TABLE lsh_bands (
    band_key BIGINT NOT NULL,
    doc_id   VARCHAR NOT NULL REFERENCES articles (id)
);

-- Every time an input gave a story that was already stored.
--   same: the same record again under another file (same id, same text)
--   url:  the same page (same normalised URL) with a different text: an update
--   text: another article with the same normalised text (a syndicated copy)
--   near: a near-duplicate rewrite (estimated Jaccard of 5-grams >= the threshold)
CREATE TABLE sightings (
    source_path VARCHAR NOT NULL,   -- where the duplicate was read
    seen_id     VARCHAR NOT NULL,   -- the id it had there
    doc_id      VARCHAR NOT NULL,   -- the stored article it duplicates
    url         VARCHAR,
    date        DATE,
    reason      VARCHAR NOT NULL CHECK (reason IN ('same', 'url', 'text', 'near')),
    similarity  DOUBLE PRECISION NOT NULL CHECK (similarity BETWEEN 0 AND 1),
    PRIMARY KEY (source_path, seen_id)
);

-- The merge key of each stored event: md5 of date|source|target|cameo|status|place.
CREATE TABLE event_keys (
    merge_key VARCHAR PRIMARY KEY,
    event_id  VARCHAR NOT NULL UNIQUE REFERENCES events (event_id)
);

INSERT INTO event_keys
SELECT merge_key, (array_agg(event_id ORDER BY ingested_at, doc_id, sentence_index, trigger_start, event_id))[1]
FROM (
    SELECT e.*, a.ingested_at,
           md5(concat_ws('|', coalesce(e.date, ''), coalesce(e.source_code, ''), coalesce(e.target_code, ''),
                         e.cameo, e.status,
                         coalesce(CAST(e.location_geonameid AS VARCHAR), e.location_name, ''))) AS merge_key
    FROM events e JOIN articles a ON a.id = e.doc_id
) AS keyed GROUP BY merge_key;

-- Mentions gain their evidence; version 2 had one mention per event, built from `events`.
DROP TABLE mentions;
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
    confidence     DOUBLE PRECISION NOT NULL CHECK (confidence BETWEEN 0 AND 1)
);

INSERT INTO mentions
SELECT e.event_id, k.event_id, e.doc_id, e.sentence_index, e.sentence, e.trigger_text, e.trigger_start,
       e.trigger_end, e.rule, e.confidence
FROM events e
JOIN event_keys k ON k.merge_key = md5(concat_ws('|', coalesce(e.date, ''), coalesce(e.source_code, ''),
    coalesce(e.target_code, ''), e.cameo, e.status,
    coalesce(CAST(e.location_geonameid AS VARCHAR), e.location_name, '')));

DELETE FROM events WHERE event_id NOT IN (SELECT event_id FROM event_keys);

-- A syndicated copy or near-duplicate rewrite is another article carrying the story, as
-- in GDELT; a re-read of the same record or an updated page is not.
CREATE VIEW event_counts AS
WITH mention_counts AS (
    SELECT event_id, count(*) AS num_mentions FROM mentions GROUP BY event_id
),
carriers AS (
    SELECT DISTINCT m.event_id, m.doc_id AS carrier, a.url, a.source_path
    FROM mentions m JOIN articles a ON a.id = m.doc_id
    UNION ALL
    SELECT DISTINCT m.event_id, s.source_path || '#' || s.seen_id AS carrier, s.url, s.source_path
    FROM (SELECT DISTINCT event_id, doc_id FROM mentions) m
    JOIN sightings s ON s.doc_id = m.doc_id AND s.reason IN ('text', 'near')
),
carrier_counts AS (
    SELECT event_id,
           count(DISTINCT carrier) AS num_articles,
           count(DISTINCT coalesce(nullif(substring(lower(url) FROM '^[a-z]+://(?:www\.)?([^/:?#]+)'), ''),
                                   source_path, carrier)) AS num_sources
    FROM carriers GROUP BY event_id
)
SELECT event_id, num_mentions, num_articles, num_sources
FROM mention_counts JOIN carrier_counts USING (event_id);
