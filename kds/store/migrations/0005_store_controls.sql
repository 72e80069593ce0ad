-- Store controls (pause, resume, busy mode, sold out, back in stock) with who and when, kept for
-- the day's report. A control with an end has its reversal stored with it, due at that time, so
-- the store reopens by itself even when KDS was stopped meanwhile. Controls the platform is told
-- about are sent like outbox actions: state pending | sending | done | failed | withdrawn (a
-- scheduled reversal replaced by a newer control); local ones (busy mode) are done at once.
-- `reverses` is the control a scheduled reversal ends; `codes` the dish's codes there (JSON list).

CREATE TABLE store_controls (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    platform       TEXT NOT NULL,
    kind           TEXT NOT NULL,
    item           TEXT NOT NULL DEFAULT '',
    codes          TEXT NOT NULL DEFAULT '[]',
    minutes        INTEGER NOT NULL DEFAULT 0,
    who            TEXT NOT NULL,
    at             TEXT NOT NULL,
    until          TEXT,
    reverses       INTEGER REFERENCES store_controls (id),
    state          TEXT NOT NULL,
    attempts       INTEGER NOT NULL DEFAULT 0,
    next_attempt   TEXT,
    last_error     TEXT NOT NULL DEFAULT '',
    error_kind     TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);

CREATE INDEX store_controls_due ON store_controls (state, next_attempt);

CREATE INDEX store_controls_target ON store_controls (platform, item, at);
