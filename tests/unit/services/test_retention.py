"""Retention on the fake clock: a final order's customer is erased from every byte of the file; old orders go.

The whole course runs on both store engines (`store_target`): SQLite, and PostgreSQL when one is given.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from kds.clock import FakeClock
from kds.domain.events import BadEvent, EventKind, RawEvent
from kds.domain.order import OrderType
from kds.platforms.base import FetchedOrder
from kds.services.engine import Engine, EngineSettings
from kds.services.retention import RetentionSettings
from kds.store.connect import open_database
from kds.store.db import Database
from kds.store.orders import OrderRepository
from kds.store.print_jobs import PrintJobRepository
from kds.store.stations import BumpRepository
from tests.fakes.platform import FakePlatform

NAME = "Maria Silva"
PHONE = "98765-4321"
PLACE = "Jardim das Flores casa 7"
OPEN_NAME = "Joaquim Barbosa"


class WebhookPlatform(FakePlatform):
    """A platform whose raw order and event payloads carry the customer's contact, as webhooks do."""

    async def fetch_order(self, order_id: str) -> FetchedOrder:
        """The order, with the customer in its raw JSON."""
        fetched = await super().fetch_order(order_id)
        customer = fetched.order.customer
        mine = customer.name == NAME
        return FetchedOrder(fetched.order, {"id": order_id, "customer": {"name": customer.name,
                                                                         "phone": PHONE if mine else "1234"},
                                            "address": PLACE if mine else "Rua do Open"})

    def webhook(self, order_id: str, kind: EventKind, name: str) -> None:
        """Queue an event whose raw payload holds the whole customer."""
        event = self.push(order_id, kind)
        self.queue[-1] = (event, RawEvent(event.event_id, order_id, kind.name,
                                          {"eventId": event.event_id, "customer": name,
                                           "phone": PHONE if name == NAME else "1234"}))


@pytest.fixture
def store(store_target: str) -> Iterator[Database]:
    """The store on each engine."""
    db = open_database(store_target)
    yield db
    db.close()


def file_bytes(db: Database) -> bytes:
    """Every byte of the store: the file and its write-ahead log."""
    assert db.path is not None
    return b"".join(p.read_bytes() for p in (db.path, Path(f"{db.path}-wal")) if p.exists())


def stored(db: Database) -> bytes:
    """What the store holds: every byte of a SQLite file; every row of every table on PostgreSQL.

    (PostgreSQL's files are the server's: a deleted row's old version lasts there until autovacuum.)
    """
    if db.path is not None:
        return file_bytes(db)
    tables = [r[0] for r in db.conn.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        " AND table_type = 'BASE TABLE'").fetchall()]
    assert "orders" in tables
    return "\n".join(repr(tuple(row)) for table in tables
                     for row in db.conn.execute(f"SELECT * FROM {table}").fetchall()).encode()


def order_changes(db: Database, key: str) -> list[tuple[str, str]]:
    """The change log's rows about the order `key` (platform:order_id), oldest first: (topic, op)."""
    return [(r[0], r[1]) for r in db.conn.execute(
        "SELECT topic, op FROM changes WHERE item=? OR ref=? ORDER BY seq", (key, key)).fetchall()]


async def poll(engine: Engine, fake: FakePlatform, clock: FakeClock) -> None:
    clock.advance(61)  # past the fake platform's rate limit (2 polls a minute)
    await engine.pollers[fake.platform].poll_once()


def count(db: Database, table: str, order_id: str) -> int:
    return int(db.conn.execute(f"SELECT COUNT(*) FROM {table} WHERE order_id=?", (order_id,)).fetchone()[0])


async def test_a_final_order_loses_its_customer_after_a_day_and_goes_after_ninety(store: Database,
                                                                                 clock: FakeClock) -> None:
    db = store
    fake = WebhookPlatform(clock)
    engine = Engine(db, [fake], clock, EngineSettings(undo_seconds=0))
    done = fake.add_order(type=OrderType.SELF_DELIVERY, customer=NAME)
    assert done.address is not None
    fake.plain = {done.customer.phone: f"+55 11 {PHONE}", done.address.formatted: PLACE,
                  done.address.number: "1500", done.address.complement: "Apto 42"}
    still_open = fake.add_order(type=OrderType.PICKUP, customer=OPEN_NAME)
    await poll(engine, fake, clock)
    fake.webhook(done.key.order_id, EventKind.ACCEPTED, NAME)
    fake.webhook(still_open.key.order_id, EventKind.ACCEPTED, OPEN_NAME)
    await poll(engine, fake, clock)
    await engine.contacts.run_due()  # the self-delivery order's phone and address, decrypted and kept
    jobs = PrintJobRepository(db)
    job = jobs.add(order_key=str(done.key), kind="receipt", revision="1", route="counter", printer="counter",
                   document=f'{{"lines": ["{NAME}", "{PHONE}", "{PLACE}"]}}', title="Receipt", auto=True,
                   now=clock.now())
    assert job is not None
    jobs.mark_done(job, clock.now())
    OrderRepository(db).quarantine(fake.platform, BadEvent({"customer": NAME}, "unknown event type",
                                                           "bad-1", done.key.order_id), clock.now())
    db.conn.execute("UPDATE quarantine SET acked_at=?", (clock.now().isoformat(),))
    fake.webhook(done.key.order_id, EventKind.DELIVERED, NAME)
    await poll(engine, fake, clock)
    bumps = BumpRepository(db)
    for order in (done, still_open):  # the grill finished both
        bumps.bump(order.key, "GRILL", clock.now())
    ticket = engine.orders.ticket(done.key)
    assert ticket is not None and not ticket.status.is_open
    assert ticket.contact is not None and ticket.contact.phone
    for text in (NAME, PHONE, PLACE, OPEN_NAME):
        assert text.encode() in stored(db)  # the test would prove nothing otherwise

    clock.advance(timedelta(hours=23).total_seconds())
    report = await engine.retention.run_once()
    assert report.erased == 0 and NAME.encode() in stored(db)  # not a day yet

    clock.advance(timedelta(hours=2).total_seconds())
    report = await engine.retention.run_once()
    assert (report.erased, report.purged) == (1, 0)
    left = stored(db)
    for text in (NAME, PHONE, PLACE, "Apto 42"):
        assert text.encode() not in left, text
    assert OPEN_NAME.encode() in left  # the open order keeps its customer
    erased = engine.orders.ticket(done.key)
    assert erased is not None and erased.order.display_id == done.display_id  # the order itself stays
    assert erased.order.lines == done.lines
    assert erased.order.customer.name == "" and erased.order.address is None
    assert engine.retention.last() == report

    assert len(order_changes(db, str(done.key))) > 3  # stored, accepted, delivered, bumped, erased...

    clock.advance(timedelta(days=90).total_seconds())
    report = await engine.retention.run_once()
    assert report.purged == 1
    assert engine.orders.ticket(done.key) is None
    for table in ("events", "actions", "order_contacts", "quarantine", "station_bumps"):
        assert count(db, table, done.key.order_id) == 0, table
    assert jobs.for_order(str(done.key)) == []
    # Of the change log's rows about it, only its delete is left: other stations sharing the store drop it.
    assert order_changes(db, str(done.key)) == [("order", "delete")]
    kept = engine.orders.ticket(still_open.key)  # open 90 days on: never touched
    assert kept is not None and kept.order.customer.name == OPEN_NAME and kept.status.is_open
    assert count(db, "events", still_open.key.order_id) == 2
    assert count(db, "station_bumps", still_open.key.order_id) == 1
    assert len(order_changes(db, str(still_open.key))) > 1


async def test_the_task_has_a_name_and_waits_for_the_board_before_its_first_run(db: Database, clock: FakeClock,
                                                                                fake: FakePlatform) -> None:
    engine = Engine(db, [fake], clock, EngineSettings(retention=RetentionSettings(first_after=60)))
    engine.start()
    try:
        names = {t.get_name() for t in engine._tasks}
        assert "retention" in names
        assert engine.retention.last() is None
    finally:
        await engine.stop()


def test_new_store_files_give_freed_pages_back(db: Database) -> None:
    assert int(db.conn.execute("PRAGMA auto_vacuum").fetchone()[0]) == 2  # incremental
    with db.transaction() as conn:
        conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", [(f"k{i}", "x" * 4000) for i in range(300)])
    assert db.path is not None
    size = db.path.stat().st_size + Path(f"{db.path}-wal").stat().st_size
    with db.transaction() as conn:
        conn.execute("DELETE FROM meta WHERE key LIKE 'k%'")
    free = int(db.conn.execute("PRAGMA freelist_count").fetchone()[0])
    assert db.reclaim(64) == free - 64  # a step gives back as many pages as asked
    while db.reclaim(64):
        pass
    assert db.path.stat().st_size + Path(f"{db.path}-wal").stat().st_size < size / 4
