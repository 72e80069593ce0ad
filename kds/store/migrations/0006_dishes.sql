-- The dish catalogue: every dish KDS has seen in an order, one row per platform's way of naming
-- it (an entry). `entry_key` is `code:<the platform's code>` when the platform sends the
-- restaurant's own code, else `name:<normalised name>`; `norm` is the normalised name, which
-- matching compares. `dish` is the dish key the entry belongs to: entries of several platforms
-- sharing it are one dish (sold-out controls name the dish key). Staff link or split entries by
-- changing `dish`; seeing the entry again only updates its names and `last_seen`.
-- `names` is the name in other languages as the platform sent them (JSON list of [code, name]).

CREATE TABLE dish_entries (
    platform    TEXT NOT NULL,
    entry_key   TEXT NOT NULL,
    code        TEXT NOT NULL DEFAULT '',
    name        TEXT NOT NULL,
    norm        TEXT NOT NULL,
    names       TEXT NOT NULL DEFAULT '[]',
    dish        TEXT NOT NULL,
    first_seen  TEXT NOT NULL,
    last_seen   TEXT NOT NULL,
    PRIMARY KEY (platform, entry_key)
);

CREATE INDEX dish_entries_dish ON dish_entries (dish);

CREATE INDEX dish_entries_code ON dish_entries (code);

CREATE INDEX dish_entries_norm ON dish_entries (norm);
