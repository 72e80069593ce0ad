-- 0010_stations.sql on PostgreSQL: the same tables (see there), and the trigger function that logs
-- a bump or a recall as an update of its order, so every station sharing the store shows it at once.

CREATE TABLE restaurant_settings (
    key            TEXT COLLATE "C" PRIMARY KEY,
    value          TEXT COLLATE "C" NOT NULL,
    updated_at     TEXT COLLATE "C" NOT NULL
);

CREATE TABLE routing_rules (
    position       INTEGER PRIMARY KEY,
    kind           TEXT COLLATE "C" NOT NULL,
    pattern        TEXT COLLATE "C" NOT NULL,
    platform       TEXT COLLATE "C" NOT NULL DEFAULT '',
    station        TEXT COLLATE "C" NOT NULL
);

CREATE TABLE station_bumps (
    platform       TEXT COLLATE "C" NOT NULL,
    order_id       TEXT COLLATE "C" NOT NULL,
    station        TEXT COLLATE "C" NOT NULL,
    line_id        TEXT COLLATE "C" NOT NULL DEFAULT '',
    bumped_at      TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (platform, order_id, station, line_id)
);

CREATE INDEX station_bumps_recent ON station_bumps (station, line_id, bumped_at);

CREATE FUNCTION changes_station_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM kds_log_change('order', OLD.platform || ':' || OLD.order_id, OLD.platform, 'update');
        RETURN OLD;
    END IF;
    PERFORM kds_log_change('order', NEW.platform || ':' || NEW.order_id, NEW.platform, 'update');
    RETURN NEW;
END;
$$;

CREATE TRIGGER changes_station_bump AFTER INSERT OR DELETE ON station_bumps
    FOR EACH ROW EXECUTE FUNCTION changes_station_bump();
