-- newsevents store, schema version 2, in PostgreSQL's SQL (DuckDB's is inline in migrations.py).
-- Every sighting of an event (replaced by the mentions of version 3).
CREATE TABLE mentions (
    event_id       VARCHAR NOT NULL REFERENCES events (event_id),
    doc_id         VARCHAR NOT NULL REFERENCES articles (id),
    sentence_index INTEGER NOT NULL,
    confidence     DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (event_id, doc_id, sentence_index)
);
INSERT INTO mentions SELECT event_id, doc_id, sentence_index, confidence FROM events;
