-- newsevents store, schema version 8: date precision 'week' (a week, written as its ISO 8601 week,
-- '2019-W17'), in PostgreSQL's SQL (DuckDB's: v8_week.sql).
ALTER TABLE events DROP CONSTRAINT events_date_precision_check;
ALTER TABLE events ADD CONSTRAINT events_date_precision_check
    CHECK (date_precision IN ('day', 'week', 'month', 'year', 'publication', 'before', 'unknown'));
