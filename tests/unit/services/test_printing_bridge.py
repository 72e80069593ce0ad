"""The print bridge: which order changes ask the print queue for which documents."""

from __future__ import annotations

from pathlib import Path

from kds.clock import FakeClock
from kds.domain.changes import Changes
from kds.domain.events import EventKind
from kds.printing.config import PrinterConfig, PrintSettings
from kds.printing.document import DocKind
from kds.printing.queue import PrintQueue
from kds.services.engine import Engine
from kds.services.printing import ALL, PrintBridge
from kds.store.db import Database
from kds.store.print_jobs import PrintJobRepository
from tests.fakes.platform import FakePlatform


class RecordingQueue:
    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []
        self.kinds: list[tuple[DocKind, ...]] = []

    def order_arrived(self, order, revision="1", kinds=ALL) -> Changes:
        self.calls.append(("arrived", order.key.order_id))
        self.kinds.append(tuple(kinds))
        return Changes()

    def order_confirmed(self, order, revision="1", kinds=ALL) -> Changes:
        self.calls.append(("confirmed", order.key.order_id))
        self.kinds.append(tuple(kinds))
        return Changes()

    def contact_read(self, order, revision="1") -> Changes:
        self.calls.append(("contact", order.key.order_id))
        return Changes()

    def order_dispatched(self, order, rider, *, reference) -> Changes:
        self.calls.append(("dispatched", order.key.order_id))
        return Changes()

    def order_cancelled(self, order, status=None) -> Changes:
        self.calls.append(("cancelled", order.key.order_id))
        return Changes()

    def order_refunded(self, order, items, refunded, *, reference, reason="") -> Changes:
        self.calls.append(("refunded", order.key.order_id))
        return Changes()


async def test_confirm_then_cancel_asks_for_ticket_then_stop_slip(engine: Engine, fake: FakePlatform,
                                                                  clock: FakeClock) -> None:
    queue = RecordingQueue()
    PrintBridge(engine.orders.orders, queue, engine.bus)
    order = fake.add_order()
    poller = engine.pollers[fake.platform]

    async def poll() -> None:
        clock.advance(61)  # past the rate-limit window
        await poller.poll_once()

    await poll()
    assert queue.calls == [("arrived", order.key.order_id)]
    fake.push(order.key.order_id, EventKind.ACCEPTED)
    await poll()
    assert queue.calls[-1] == ("confirmed", order.key.order_id)
    fake.push(order.key.order_id, EventKind.CANCELLED, reason="customer")
    await poll()
    assert queue.calls[-1] == ("cancelled", order.key.order_id)
    await poll()  # nothing new: nothing printed again
    assert len(queue.calls) == 3


async def test_partial_refund_asks_for_a_refund_slip(engine: Engine, fake: FakePlatform) -> None:
    from kds.domain.money import Money

    queue = RecordingQueue()
    PrintBridge(engine.orders.orders, queue, engine.bus)
    order = fake.add_order()
    fake.push(order.key.order_id, EventKind.ACCEPTED)
    await engine.pollers[fake.platform].poll_once()
    fake.push(order.key.order_id, EventKind.PARTIAL_REFUND, amount=Money.of("10.00", order.currency))
    await engine.pollers[fake.platform].poll_once()
    assert queue.calls[-1] == ("refunded", order.key.order_id)


async def test_catch_up_prints_accepted_open_orders_once_with_the_real_queue(
        engine: Engine, fake: FakePlatform, db: Database, clock: FakeClock, tmp_path: Path) -> None:
    # An order accepted while the printing side was down (a crash between the two): catch-up prints
    # its kitchen ticket; a second catch-up (another restart) prints nothing more.
    order = fake.add_order()
    fake.push(order.key.order_id, EventKind.ACCEPTED)
    await engine.pollers[fake.platform].poll_once()
    out = tmp_path / "kitchen.bin"
    settings = PrintSettings(printers=(PrinterConfig(name="kitchen", target=f"file:{out}"),))
    ledger = PrintJobRepository(db)
    for _ in range(2):
        queue = PrintQueue(ledger, settings, clock)
        bridge = PrintBridge(engine.orders.orders, queue, engine.bus)
        await queue.start()
        bridge.catch_up()
        await queue.close()
        bridge.close()
    jobs = [j for j in ledger.for_order(str(order.key)) if j.kind == "kitchen"]
    assert len(jobs) == 1


async def test_a_self_delivery_receipt_waits_for_the_contact_and_prints_it(
        engine: Engine, fake: FakePlatform, db: Database, clock: FakeClock) -> None:
    from kds.domain.actions import Action
    from kds.domain.order import OrderType
    from kds.domain.riders import Rider
    from kds.printing.document import from_json, preview

    order = fake.add_order(type=OrderType.SELF_DELIVERY)
    fake.plain = {"ENC_abc": "+55 11 98765-4321", order.address.formatted: "Rua Augusta, 1500",
                  order.address.number: "1500", order.address.complement: "Apto 42"}
    ledger = PrintJobRepository(db)
    settings = PrintSettings(printers=(PrinterConfig(name="counter", target="file:/dev/null"),))
    queue = PrintQueue(ledger, settings, clock)  # not started: jobs stay in the ledger
    PrintBridge(engine.orders.orders, queue, engine.bus)
    await engine.pollers[fake.platform].poll_once()
    fake.push(order.key.order_id, EventKind.ACCEPTED)
    clock.advance(61)
    await engine.pollers[fake.platform].poll_once()
    kinds = [j.kind for j in ledger.for_order(str(order.key))]
    assert kinds == ["kitchen"]  # the kitchen does not wait; the receipt does
    await engine.contacts.run_due()
    (receipt,) = [j for j in ledger.for_order(str(order.key)) if j.kind == "receipt"]
    text = preview(from_json(receipt.document), 48)
    assert "+55 11 98765-4321" in text and "Rua Augusta, 1500" in text and "Apto 42" in text

    # Dispatch: the rider's slip, once, with who, where and what to collect.
    engine.orders.request(order.key, Action.DISPATCH, rider=Rider(3, "Carlos Pereira"))
    await engine.runner.run_due()
    (slip,) = [j for j in ledger.for_order(str(order.key)) if j.kind == "delivery"]
    text = preview(from_json(slip.document), 48)
    assert "Rider: Carlos Pereira" in text and "+55 11 98765-4321" in text and "Apto 42" in text
    assert "Items" in text and order.totals.total.format() in text


async def test_platform_delivered_receipts_print_at_once_without_contact(
        engine: Engine, fake: FakePlatform, db: Database, clock: FakeClock) -> None:
    from kds.printing.document import from_json, preview

    order = fake.add_order()
    ledger = PrintJobRepository(db)
    queue = PrintQueue(ledger, PrintSettings(printers=(PrinterConfig(name="counter", target="file:/dev/null"),)),
                       clock)
    PrintBridge(engine.orders.orders, queue, engine.bus)
    fake.push(order.key.order_id, EventKind.ACCEPTED)
    await engine.pollers[fake.platform].poll_once()
    (receipt,) = [j for j in ledger.for_order(str(order.key)) if j.kind == "receipt"]
    assert "ENC_" not in preview(from_json(receipt.document), 48)
    assert fake.decrypts == []


async def test_an_order_another_station_polled_and_confirmed_prints_here(fake: FakePlatform, clock: FakeClock) -> None:
    """On a shared store the feed says which orders changed, not how: the printer's station prints from the store."""
    from kds.services.bus import ChangeBus
    from kds.store.connect import open_database
    from kds.store.leases import SoleStation
    from kds.store.orders import OrderRepository
    from tests.postgres import fresh_schema

    with fresh_schema() as dsn:
        counter_db, kitchen_db = open_database(dsn), open_database(dsn)
        try:
            counter = Engine(counter_db, [fake], clock, leases=SoleStation("COUNTER"))
            kitchen_bus, queue = ChangeBus(), RecordingQueue()
            PrintBridge(OrderRepository(kitchen_db), queue, kitchen_bus)
            order = fake.add_order()
            fake.push(order.key.order_id, EventKind.ACCEPTED)
            await counter.pollers[fake.platform].poll_once()  # the counter polls; the kitchen prints
            kitchen_bus.publish(Changes(orders=frozenset({order.key})))  # as the change feed tells it
            assert queue.calls == [("arrived", order.key.order_id), ("confirmed", order.key.order_id)]
        finally:
            counter_db.close()
            kitchen_db.close()
