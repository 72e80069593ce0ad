-- The change log: every write that changes what a screen shows (an order, an action, a print job,
-- a store control, a read contact) adds a row here in its own transaction, written by the triggers
-- below so that no writer can forget it. Stations sharing a store read it on by `seq` (PostgreSQL's
-- NOTIFY only wakes them), so a missed notification or a reconnect loses nothing.
-- topic: order | action | print_job | store_control | contact. `item` is the order's key
-- (platform:order_id) or the row's id; `ref` the order's key of an action or print job, the platform
-- of an order or store control. op: insert | update | delete. `origin`: the station that wrote it
-- (its PostgreSQL application_name; empty on SQLite, where one station writes).
-- Only the latest 50,000 rows are kept; a station further behind reloads everything.
-- PostgreSQL runs 0008_changes.postgresql.sql instead (its triggers call functions).

CREATE TABLE changes (
    seq     INTEGER PRIMARY KEY,
    topic   TEXT NOT NULL,
    item    TEXT NOT NULL,
    ref     TEXT NOT NULL DEFAULT '',
    op      TEXT NOT NULL,
    origin  TEXT NOT NULL DEFAULT ''
);

CREATE TRIGGER changes_keep_recent AFTER INSERT ON changes
BEGIN
    DELETE FROM changes WHERE seq <= NEW.seq - 50000;
END;

CREATE TRIGGER changes_order_insert AFTER INSERT ON orders
BEGIN
    INSERT INTO changes (topic, item, ref, op) VALUES ('order', NEW.platform || ':' || NEW.order_id, NEW.platform, 'insert');
END;

CREATE TRIGGER changes_order_update AFTER UPDATE OF display_id, stage, is_open, content, status, raw, details ON orders
BEGIN
    INSERT INTO changes (topic, item, ref, op) VALUES ('order', NEW.platform || ':' || NEW.order_id, NEW.platform, 'update');
END;

CREATE TRIGGER changes_order_delete AFTER DELETE ON orders
BEGIN
    INSERT INTO changes (topic, item, ref, op) VALUES ('order', OLD.platform || ':' || OLD.order_id, OLD.platform, 'delete');
END;

CREATE TRIGGER changes_action_insert AFTER INSERT ON actions
BEGIN
    INSERT INTO changes (topic, item, ref, op) VALUES ('action', NEW.id, NEW.platform || ':' || NEW.order_id, 'insert');
END;

CREATE TRIGGER changes_action_update AFTER UPDATE ON actions
BEGIN
    INSERT INTO changes (topic, item, ref, op) VALUES ('action', NEW.id, NEW.platform || ':' || NEW.order_id, 'update');
END;

CREATE TRIGGER changes_print_job_insert AFTER INSERT ON print_jobs
BEGIN
    INSERT INTO changes (topic, item, ref, op) VALUES ('print_job', NEW.id, NEW.order_key, 'insert');
END;

CREATE TRIGGER changes_print_job_update AFTER UPDATE ON print_jobs
BEGIN
    INSERT INTO changes (topic, item, ref, op) VALUES ('print_job', NEW.id, NEW.order_key, 'update');
END;

CREATE TRIGGER changes_print_job_delete AFTER DELETE ON print_jobs
BEGIN
    INSERT INTO changes (topic, item, ref, op) VALUES ('print_job', OLD.id, OLD.order_key, 'delete');
END;

CREATE TRIGGER changes_store_control_insert AFTER INSERT ON store_controls
BEGIN
    INSERT INTO changes (topic, item, ref, op) VALUES ('store_control', NEW.id, NEW.platform, 'insert');
END;

CREATE TRIGGER changes_store_control_update AFTER UPDATE ON store_controls
BEGIN
    INSERT INTO changes (topic, item, ref, op) VALUES ('store_control', NEW.id, NEW.platform, 'update');
END;

CREATE TRIGGER changes_contact_update AFTER UPDATE ON order_contacts
BEGIN
    INSERT INTO changes (topic, item, ref, op) VALUES ('contact', NEW.platform || ':' || NEW.order_id, NEW.platform, 'update');
END;
