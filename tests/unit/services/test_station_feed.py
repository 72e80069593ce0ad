"""Other stations' changes on this station's engine: the change log's rows as `Changes`, and the runners woken."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from kds.clock import FakeClock
from kds.domain.actions import Action
from kds.domain.changes import Changes
from kds.domain.events import EventKind
from kds.domain.order import OrderKey, Platform
from kds.services.engine import Engine, EngineSettings
from kds.services.feed import changes_of
from kds.services.outbox import OutboxSettings
from kds.store.connect import open_database
from kds.store.feed import Change
from tests.fakes.platform import FakePlatform
from tests.fakes.waiting import until
from tests.postgres import fresh_schema


def row(seq: int, topic: str, item: str, ref: str = "", op: str = "update") -> Change:
    return Change(seq, topic, item, ref, op, "counter")


def test_log_rows_become_the_changes_the_writer_published() -> None:
    key = OrderKey(Platform.KEETA_OD, "o1")
    batch = [row(1, "order", "keeta_od:o1", "keeta_od", "insert"), row(2, "action", "7", "keeta_od:o1", "insert"),
             row(3, "print_job", "9", "keeta_od:o1"), row(4, "store_control", "3", "gofood"),
             row(5, "contact", "keeta_od:o2", "keeta_od"), row(6, "order", "nowhere:x"), row(7, "mystery", "?")]
    other = OrderKey(Platform.KEETA_OD, "o2")
    assert changes_of(batch) == Changes(orders=frozenset({key, other}), new_orders=frozenset({key}),
                                        actions=frozenset({7}), print_jobs=frozenset({9}),
                                        store=frozenset({Platform.GOFOOD}), contacts=frozenset({other}))


@pytest.fixture
def shared() -> Iterator[str]:
    with fresh_schema() as dsn:
        yield dsn


async def test_a_tap_stored_by_another_station_is_sent_at_once_by_the_one_running_the_outbox(
        shared: str, fake: FakePlatform, clock: FakeClock) -> None:
    # The counter's runner would look again only in an hour: only the feed can make it send now.
    idle = EngineSettings(undo_seconds=0, outbox=OutboxSettings(idle_wait=3600))
    counter = Engine(open_database(shared, origin="counter"), [fake], clock, idle)
    kitchen = Engine(open_database(shared, origin="kitchen"), [fake], clock, EngineSettings(undo_seconds=0))
    order = fake.add_order()
    fake.push(order.key.order_id, EventKind.ACCEPTED)
    await counter.pollers[fake.platform].poll_once()
    counter.feed.start()
    runner = asyncio.ensure_future(counter.runner.run())
    try:
        await until(lambda: counter.feed.listener is not None and counter.feed.listener.connected.is_set(),
                    timeout=10)
        kitchen.orders.request(order.key, Action.READY, undo=False)  # the kitchen runs no outbox
        await until(lambda: fake.calls_of(Action.READY), timeout=10, message="the counter never sent the kitchen's tap")
        assert len(fake.calls_of(Action.READY)) == 1
    finally:
        runner.cancel()
        await asyncio.gather(runner, return_exceptions=True)
        await counter.feed.stop()
        counter.db.close()
        kitchen.db.close()
