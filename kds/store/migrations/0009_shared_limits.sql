-- Several stations on one store: the polling rate limit and who runs what are shared.
--
-- `rate_slots`: a ring of `limit` slots per rate-limit bucket (`poll:<platform>:<account>`), each made
-- when first needed. A request takes the slot used longest ago, and only once that use has left the
-- window; the take is an insert of a new slot or a compare-and-set on `at_ms` (milliseconds since the
-- epoch: exact in both engines), so two stations racing for the last slot cannot both win. Any window
-- then holds at most `limit` requests.
--
-- `leases`: who holds each named lease (`poll:<platform>:<account>`, `outbox`), for showing only: the
-- lease itself is a PostgreSQL advisory lock (kds.store.leases), lost with its holder's session.

CREATE TABLE rate_slots (
    bucket  TEXT NOT NULL,
    slot    INTEGER NOT NULL,
    at_ms   BIGINT NOT NULL,
    PRIMARY KEY (bucket, slot)
);

CREATE TABLE leases (
    name        TEXT PRIMARY KEY,
    holder      TEXT NOT NULL,
    since       TEXT NOT NULL
);
