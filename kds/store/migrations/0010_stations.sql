-- Kitchen stations and routing (the restaurant's, shared by every screen on the store), and the
-- bumps each station made. Portable SQL: the same script runs on SQLite and PostgreSQL.
--
-- restaurant_settings: the restaurant's own settings, one JSON value per key (`stations`: the
-- station names in order, `default_station`: where an unmatched line goes).
-- routing_rules: tried in `position` order; the first match decides (`kds.domain.routing`). The
-- list is saved as a whole, so `position` is its key (no generated ids to differ between engines).
-- station_bumps: a station finished a line (`line_id`) or its whole part of an order (`line_id` = '').
-- The expo's own bump is station ''. A recall deletes the station's rows of that order.
-- A bump or a recall is logged in `changes` (migration 0008) as an update of its order, so every
-- station sharing the store shows it. PostgreSQL runs 0010_stations.postgresql.sql instead (its
-- triggers call functions).

CREATE TABLE restaurant_settings (
    key            TEXT PRIMARY KEY,
    value          TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);

CREATE TABLE routing_rules (
    position       INTEGER PRIMARY KEY,
    kind           TEXT NOT NULL,
    pattern        TEXT NOT NULL,
    platform       TEXT NOT NULL DEFAULT '',
    station        TEXT NOT NULL
);

CREATE TABLE station_bumps (
    platform       TEXT NOT NULL,
    order_id       TEXT NOT NULL,
    station        TEXT NOT NULL,
    line_id        TEXT NOT NULL DEFAULT '',
    bumped_at      TEXT NOT NULL,
    PRIMARY KEY (platform, order_id, station, line_id)
);

CREATE INDEX station_bumps_recent ON station_bumps (station, line_id, bumped_at);

CREATE TRIGGER changes_station_bump_insert AFTER INSERT ON station_bumps
BEGIN
    INSERT INTO changes (topic, item, ref, op) VALUES ('order', NEW.platform || ':' || NEW.order_id, NEW.platform, 'update');
END;

CREATE TRIGGER changes_station_bump_delete AFTER DELETE ON station_bumps
BEGIN
    INSERT INTO changes (topic, item, ref, op) VALUES ('order', OLD.platform || ':' || OLD.order_id, OLD.platform, 'update');
END;
