"""The change feed on PostgreSQL: a write on one station's store is delivered to another's listener, once,
in order, also when the listener's connection was cut and a write happened while it was away."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from kds.domain.actions import Action
from kds.domain.order import Platform
from kds.domain.states import OrderStatus, Stage
from kds.store.connect import open_database
from kds.store.db import Database
from kds.store.feed import Change, ChangeListener, ChangeLog
from kds.store.orders import OrderRepository
from kds.store.outbox import OutboxRepository
from tests.fakes.platform import make_order
from tests.fakes.waiting import until_blocking
from tests.postgres import fresh_schema

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


class Heard:
    """What a listener delivered (on its thread)."""

    def __init__(self) -> None:
        self.changes: list[Change] = []
        self.lost = 0
        self.lock = threading.Lock()

    def __call__(self, batch: list[Change], lost: bool) -> None:
        with self.lock:
            self.changes.extend(batch)
            self.lost += lost

    def items(self, topic: str = "order") -> list[tuple[str, str]]:
        with self.lock:
            return [(c.item, c.op) for c in self.changes if c.topic == topic]


@pytest.fixture
def stations() -> Iterator[tuple[Database, Database]]:
    """Two stations' stores on one fresh PostgreSQL schema."""
    with fresh_schema() as dsn:
        counter, kitchen = open_database(dsn, origin="counter"), open_database(dsn, origin="kitchen")
        yield counter, kitchen
        counter.close()
        kitchen.close()


def test_a_write_on_one_station_reaches_the_other_once_and_in_order(stations: tuple[Database, Database]) -> None:
    counter, kitchen = stations
    heard = Heard()
    listener = ChangeListener(kitchen, heard)
    listener.start()
    try:
        until_blocking(listener.connected.is_set, timeout=10, message="the listener never connected")
        orders = OrderRepository(counter)
        order = make_order(Platform.KEETA_OD, order_id="o1", created_at=T0)
        orders.save(order, OrderStatus(), "{}", T0)
        orders.save_status(order.key, OrderStatus(stage=Stage.READY), T0)
        record, _ = OutboxRepository(counter).enqueue(order.key, Action.READY, {}, T0)
        until_blocking(lambda: heard.items("action"), timeout=10, message=lambda: f"heard {heard.changes}")
        assert heard.items() == [("keeta_od:o1", "insert"), ("keeta_od:o1", "update")]
        assert heard.items("action") == [(str(record.id), "insert")]
        assert [c.origin for c in heard.changes] == ["counter"] * 3
        seqs = [c.seq for c in heard.changes]
        assert seqs == sorted(set(seqs))
        # Its own writes are not told back to a station, and marking an order told is no change.
        OrderRepository(kitchen).save_status(order.key, OrderStatus(stage=Stage.DONE), T0)
        orders.mark_surfaced([order.key])
        OutboxRepository(counter).mark_sending(record.id, T0)
        until_blocking(lambda: len(heard.items("action")) == 2, timeout=10)
        assert heard.items() == [("keeta_od:o1", "insert"), ("keeta_od:o1", "update")]
        assert heard.lost == 0
    finally:
        listener.stop()
    assert not listener.running


def test_a_rolled_back_write_is_never_heard(stations: tuple[Database, Database]) -> None:
    counter, kitchen = stations
    heard = Heard()
    listener = ChangeListener(kitchen, heard)
    listener.start()
    try:
        until_blocking(listener.connected.is_set, timeout=10)
        orders = OrderRepository(counter)

        def crash_mid_transaction() -> None:
            with counter.transaction():
                orders.save(make_order(Platform.KEETA_OD, order_id="gone", created_at=T0), OrderStatus(), "{}", T0)
                raise RuntimeError("crash")

        with pytest.raises(RuntimeError, match="crash"):
            crash_mid_transaction()
        orders.save(make_order(Platform.KEETA_OD, order_id="kept", created_at=T0), OrderStatus(), "{}", T0)
        until_blocking(lambda: heard.items(), timeout=10)
        assert heard.items() == [("keeta_od:kept", "insert")] and heard.lost == 0
    finally:
        listener.stop()


def test_a_cut_connection_loses_nothing(stations: tuple[Database, Database]) -> None:
    counter, kitchen = stations
    heard = Heard()
    # A long check interval: only the doorbell, or the reconnection, can bring the changes.
    listener = ChangeListener(kitchen, heard, check_every=3600)
    listener.start()
    try:
        until_blocking(listener.connected.is_set, timeout=10)
        orders = OrderRepository(counter)
        orders.save(make_order(Platform.KEETA_OD, order_id="before", created_at=T0), OrderStatus(), "{}", T0)
        until_blocking(lambda: heard.items(), timeout=10)
        first_pid = listener.backend_pid
        with counter.transaction():
            # Cut the line and write in the same transaction: the write commits while the listener is
            # away, so its notification can reach no one.
            ended = counter.conn.execute("SELECT pg_terminate_backend(?)", (first_pid,)).fetchone()[0]
            orders.save(make_order(Platform.KEETA_OD, order_id="while-away", created_at=T0), OrderStatus(), "{}", T0)
        assert ended
        until_blocking(lambda: len(heard.items()) == 2, timeout=15, message=lambda: f"heard {heard.changes}")
        assert listener.backend_pid != first_pid  # it did connect again
        orders.save(make_order(Platform.KEETA_OD, order_id="after", created_at=T0), OrderStatus(), "{}", T0)
        until_blocking(lambda: len(heard.items()) == 3, timeout=10)
        assert [item for item, _ in heard.items()] == ["keeta_od:before", "keeta_od:while-away", "keeta_od:after"]
        assert ChangeLog(kitchen).latest() == heard.changes[-1].seq
    finally:
        listener.stop()


def test_a_station_further_behind_than_the_log_keeps_is_told_to_read_everything_again(
        stations: tuple[Database, Database]) -> None:
    counter, kitchen = stations
    orders = OrderRepository(counter)
    for name in ("a", "b", "c", "d"):
        orders.save(make_order(Platform.KEETA_OD, order_id=name, created_at=T0), OrderStatus(), "{}", T0)
    # The kitchen last read change 1; the log was pruned up to 3 meanwhile (it keeps the latest rows only).
    counter.conn.execute("DELETE FROM changes WHERE seq <= 3")
    heard = Heard()
    listener = ChangeListener(kitchen, heard, after=1)
    listener.start()
    try:
        until_blocking(lambda: heard.items(), timeout=10)
        assert heard.items() == [("keeta_od:d", "insert")] and heard.lost == 1
    finally:
        listener.stop()
