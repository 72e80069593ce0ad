-- Orders whose details could not be read yet are kept as placeholders (details = 'pending', then
-- 'unreadable' once KDS gave up), so the board shows them at once.
-- `surfaced` is 0 from the moment a change of the order is committed until the listeners (board,
-- auto-accept, printing, sounds) were told; a crash in between is caught up at the next start.

ALTER TABLE orders ADD COLUMN details TEXT NOT NULL DEFAULT 'complete';

ALTER TABLE orders ADD COLUMN surfaced INTEGER NOT NULL DEFAULT 1;

CREATE INDEX orders_unsurfaced ON orders (platform) WHERE surfaced = 0;

CREATE INDEX orders_placeholders ON orders (platform) WHERE details = 'pending';

-- Arrival order is `seq`; every writer (poller, outbox, closing sweep) numbers from the stored maximum.
CREATE INDEX events_seq ON events (seq);
