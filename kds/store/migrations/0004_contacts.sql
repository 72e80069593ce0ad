-- Plain contact data of self-delivery orders: the customer's phone and address as the platform
-- decrypted them (batchDecrypt), with the state of reading them so the retries survive a restart.
-- A row exists only for orders the restaurant delivers itself, and goes with its order (cascade).
-- `address` is the decrypted address as JSON; `phone` and `address` stay empty until decrypted.
-- state: pending | done | failed.

CREATE TABLE order_contacts (
    platform      TEXT NOT NULL,
    order_id      TEXT NOT NULL,
    state         TEXT NOT NULL,
    attempts      INTEGER NOT NULL DEFAULT 0,
    next_attempt  TEXT,
    last_error    TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    address       TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (platform, order_id),
    FOREIGN KEY (platform, order_id) REFERENCES orders (platform, order_id) ON DELETE CASCADE
);

CREATE INDEX order_contacts_due ON order_contacts (state, next_attempt);

-- Receipts and delivery slips print the plain phone and address, and the print ledger keeps the
-- document of each job: when an order goes, so do its print jobs.
CREATE TRIGGER orders_delete_print_jobs AFTER DELETE ON orders
BEGIN
    DELETE FROM print_jobs WHERE order_key = OLD.platform || ':' || OLD.order_id;
END;
