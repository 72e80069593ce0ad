-- Retention: an order final for a while loses its customer's name, phone and address (`erased_at`
-- says when), and an order past the keep time goes with everything hanging off it
-- (`kds.store.retention`). The index finds closed orders by their last change, oldest first.

ALTER TABLE orders ADD COLUMN erased_at TEXT;

CREATE INDEX orders_closed ON orders (is_open, updated_at);
