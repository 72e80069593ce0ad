-- 0004_contacts.sql on PostgreSQL: the same table and index; the trigger needs a function there.

CREATE TABLE order_contacts (
    platform      TEXT COLLATE "C" NOT NULL,
    order_id      TEXT COLLATE "C" NOT NULL,
    state         TEXT COLLATE "C" NOT NULL,
    attempts      INTEGER NOT NULL DEFAULT 0,
    next_attempt  TEXT COLLATE "C",
    last_error    TEXT COLLATE "C" NOT NULL DEFAULT '',
    phone         TEXT COLLATE "C" NOT NULL DEFAULT '',
    address       TEXT COLLATE "C" NOT NULL DEFAULT '',
    created_at    TEXT COLLATE "C" NOT NULL,
    updated_at    TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (platform, order_id),
    FOREIGN KEY (platform, order_id) REFERENCES orders (platform, order_id) ON DELETE CASCADE
);

CREATE INDEX order_contacts_due ON order_contacts (state, next_attempt);

CREATE FUNCTION orders_delete_print_jobs() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM print_jobs WHERE order_key = OLD.platform || ':' || OLD.order_id;
    RETURN OLD;
END;
$$;

CREATE TRIGGER orders_delete_print_jobs AFTER DELETE ON orders
    FOR EACH ROW EXECUTE FUNCTION orders_delete_print_jobs();
