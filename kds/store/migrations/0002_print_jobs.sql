-- Print ledger: one row per print job. A job is keyed by (order, document kind, revision, the printer
-- it was routed to, reprint number): the unique key is what makes an automatic print happen once,
-- even across restarts. `printer` is the printer now in charge (a fallback may take over from `route`).
-- state: queued | sending | done | failed | uncertain ("may have printed": found sending at start-up).

CREATE TABLE print_jobs (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    order_key     TEXT NOT NULL,
    kind          TEXT NOT NULL,
    revision      TEXT NOT NULL,
    route         TEXT NOT NULL,
    reprint       INTEGER NOT NULL DEFAULT 0,
    printer       TEXT NOT NULL,
    state         TEXT NOT NULL,
    auto          INTEGER NOT NULL DEFAULT 0,
    document      TEXT NOT NULL,
    title         TEXT NOT NULL DEFAULT '',
    attempts      INTEGER NOT NULL DEFAULT 0,
    next_attempt  TEXT,
    last_error    TEXT NOT NULL DEFAULT '',
    partial       INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    done_at       TEXT,
    UNIQUE (order_key, kind, revision, route, reprint)
);

CREATE INDEX print_jobs_due ON print_jobs (printer, state, next_attempt);

CREATE INDEX print_jobs_order ON print_jobs (order_key, kind);
