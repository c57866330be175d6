-- newsevents store, schema version 6: date precision 'before' (a background event, "had resigned",
-- with no date of its own: before publication, day unknown), in PostgreSQL's SQL (DuckDB's: v6_before.sql).
ALTER TABLE events DROP CONSTRAINT events_date_precision_check;
ALTER TABLE events ADD CONSTRAINT events_date_precision_check
    CHECK (date_precision IN ('day', 'month', 'year', 'publication', 'before', 'unknown'));
