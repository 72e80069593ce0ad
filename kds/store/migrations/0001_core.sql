-- Core engine: events (deduped by platform + event id), orders, action outbox, quarantine,
-- and a log of rate-limited requests so limits hold across restarts.

CREATE TABLE events (
    platform     TEXT NOT NULL,
    event_id     TEXT NOT NULL,
    order_id     TEXT NOT NULL,
    event_type   TEXT NOT NULL,
    kind         TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    received_at  TEXT NOT NULL,
    acked_at     TEXT,
    seq          INTEGER NOT NULL,
    payload      TEXT NOT NULL,
    event        TEXT NOT NULL,
    PRIMARY KEY (platform, event_id)
);

CREATE INDEX events_order ON events (platform, order_id, created_at);

CREATE INDEX events_unacked ON events (platform, acked_at) WHERE acked_at IS NULL;

CREATE TABLE orders (
    platform     TEXT NOT NULL,
    order_id     TEXT NOT NULL,
    display_id   TEXT NOT NULL,
    stage        INTEGER NOT NULL,
    is_open      INTEGER NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    content      TEXT NOT NULL,
    status       TEXT NOT NULL,
    raw          TEXT NOT NULL,
    search       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (platform, order_id)
);

CREATE INDEX orders_open ON orders (is_open, created_at);

CREATE INDEX orders_created ON orders (created_at);

CREATE TABLE actions (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    platform       TEXT NOT NULL,
    order_id       TEXT NOT NULL,
    action         TEXT NOT NULL,
    dedupe_key     TEXT NOT NULL UNIQUE,
    params         TEXT NOT NULL,
    state          TEXT NOT NULL,
    attempts       INTEGER NOT NULL DEFAULT 0,
    next_attempt   TEXT,
    last_error     TEXT NOT NULL DEFAULT '',
    error_kind     TEXT NOT NULL DEFAULT '',
    outcome        TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);

CREATE INDEX actions_due ON actions (state, next_attempt);

CREATE INDEX actions_order ON actions (platform, order_id);

CREATE TABLE quarantine (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    platform     TEXT NOT NULL,
    event_id     TEXT NOT NULL DEFAULT '',
    order_id     TEXT NOT NULL DEFAULT '',
    event_type   TEXT NOT NULL DEFAULT '',
    reason       TEXT NOT NULL,
    raw          TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    acked_at     TEXT
);

CREATE TABLE request_log (
    bucket  TEXT NOT NULL,
    at      REAL NOT NULL
);

CREATE INDEX request_log_bucket ON request_log (bucket, at);

CREATE TABLE meta (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
