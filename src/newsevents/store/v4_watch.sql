-- newsevents store, schema version 4: what `newsevents watch` remembers across restarts
-- (newsevents/watch/). The same SQL in DuckDB and PostgreSQL.

-- Each feed polled: the validators of its last answer, for conditional requests.
CREATE TABLE watch_feeds (
    url           VARCHAR PRIMARY KEY,
    etag          VARCHAR,
    last_modified VARCHAR,
    checked_at    TIMESTAMP NOT NULL      -- UTC
);

-- Each feed item seen. `stored`: its page was coded and stored (or found to be a duplicate),
-- in the same transaction as the article; `failed`: its page could not be fetched or read
-- (`tries` times; retried in later rounds until the limit); `given_up`: no more tries.
CREATE TABLE watch_items (
    item_key  VARCHAR PRIMARY KEY,        -- the item's id (guid), else its link
    feed_url  VARCHAR NOT NULL,
    url       VARCHAR,
    status    VARCHAR NOT NULL CHECK (status IN ('stored', 'failed', 'given_up')),
    tries     INTEGER NOT NULL CHECK (tries >= 0),
    error     VARCHAR,
    seen_at   TIMESTAMP NOT NULL          -- UTC, last change
);
